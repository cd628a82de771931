# A könyvtár: a hálózatok által megosztott anyagok, több nyelven.

nav-library = Könyvtár
library-title = Könyvtár
library-lead = Útmutatók, kézikönyvek, sablonok, videók és eszközök a hálózatok tagjaitól, mindegyik azokon a nyelveken, amelyekre lefordították.
library-add = Új anyag hozzáadása
library-add-lead = Osszon meg egy dokumentumot, ePub-fájlt, videót, prezentációt, sablont vagy hivatkozást. Adja meg a címét és az összefoglalóját azon a nyelven, amelyen készült; fordítások később is hozzáadhatók.
library-add-send = Anyag hozzáadása
library-sign-in-to-add = Anyag hozzáadásához jelentkezzen be
library-found = { $count ->
    [one] { $count } anyag
   *[other] { $count } anyag
}
library-none = Egyetlen anyag sem felel meg ennek a keresésnek.
library-search-label = Keresés a címekben, az összefoglalókban és a fájlok szövegében
library-sort = Sorrend
library-sort-relevance = Legjobb egyezés
library-sort-newest = Legújabbak elöl
library-file = Fájl
library-file-hint = Legfeljebb { $size } MB (videó esetén { $video } MB), vagy adjon meg egy hivatkozást arra a helyre, ahol a fájl elérhető. PDF, ePub, irodai dokumentumok (OpenDocument, Word, Excel, PowerPoint), videók, hangfájlok, képek és egyszerű szöveg.

resource-kind = Típus
resource-kind-document = Dokumentum
resource-kind-epub = ePub
resource-kind-video = Videó
resource-kind-presentation = Prezentáció
resource-kind-template = Sablon vagy eszköz
resource-kind-website = Weboldal
resource-kind-dataset = Adatkészlet

resource-audience = Célcsoport
audience-trainers = Tanárok és oktatók
audience-learners = Tanulók és tanulószerződéses gyakornokok
audience-managers = Szakképző intézmények vezetői
audience-companies = Vállalatok és vállalati oktatók
audience-guidance = Pályatanácsadók
audience-policymakers = Szakpolitikai döntéshozók

resource-licence = Licenc
licence-cc-by = Nevezd meg! (CC BY 4.0)
licence-cc-by-sa = Nevezd meg! – Így add tovább! (CC BY-SA 4.0)
licence-cc-by-nc = Nevezd meg! – Ne add el! (CC BY-NC 4.0)
licence-cc-by-nc-sa = Nevezd meg! – Ne add el! – Így add tovább! (CC BY-NC-SA 4.0)
licence-cc-by-nd = Nevezd meg! – Ne változtasd! (CC BY-ND 4.0)
licence-cc-by-nc-nd = Nevezd meg! – Ne add el! – Ne változtasd! (CC BY-NC-ND 4.0)
licence-cc0 = Közkincs (CC0 1.0)
licence-all-rights-reserved = Minden jog fenntartva
resource-attribution = „{ $title }”, szerző: { $author }, licenc: { $licence }.
resource-licence-deed = Amit a licenc megenged
resource-rights-reserved = © { $author }. Minden jog fenntartva: újrafelhasználás előtt kérje a szerzők engedélyét.

resource-visibility = Kik láthatják
visibility-everyone = Mindenki
visibility-members = Bejelentkezett tagok
visibility-network = Az adott hálózat tagjai

resource-status-draft = Piszkozat
resource-status-submitted = Ellenőrzésre vár
resource-status-published = Közzétéve
resource-draft-hint = közzétételéig csak Ön és a hálózat koordinátorai látják.
resource-submitted-hint = a hálózat koordinátorai ellenőrzik, mielőtt nyilvános lesz.
resource-hidden = Egy moderátor elrejtette

resource-field-title = Cím
resource-field-summary = Összefoglaló
resource-field-author = Szerzők (ahogyan a forrásmegjelölés feltünteti őket)
resource-field-link = Hivatkozás (weboldal, vagy ahol egy videó elérhető)
resource-field-draft = Egyelőre maradjon piszkozat
resource-language = Nyelv
resource-topics = Témák
resource-sectors = Ágazatok
resource-countries = Országok
resource-network = Hálózat
resource-network-none = Teljes platform
resource-organisation = Szervezet
resource-added-by = Hozzáadta
resource-updated = Frissítve
resource-about = Az anyagról
resource-original = eredeti
resource-other-languages = Más nyelveken
resource-not-in-your-language = Még nem érhető el { $language } nyelven: { $shown } nyelven látható, azon a nyelven, amelyen készült.
resource-open-pdf = PDF megnyitása
resource-download = Letöltés
resource-open-link = Ugrás az anyaghoz
resource-files = Fájlok
resource-file-name = Fájl
resource-file-size = Méret
resource-file-uploaded = Feltöltve
resource-file-current = aktuális
resource-pages = { $count ->
    [one] { $count } oldal
   *[other] { $count } oldal
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Új fájl feltöltése ({ $language })
resource-new-file-hint = Az új fájl lesz az aktuális; a korábbi fájlok a listában maradnak, és továbbra is letölthetők.
resource-new-file-send = Fájl feltöltése
resource-add-translation = Fordítás hozzáadása
resource-add-translation-send = Fordítás mentése
resource-review = Ellenőrzés
resource-review-publish = Közzététel
resource-review-return = Visszaküldés a szerzőnek piszkozatként
resource-publish = Közzététel

resource-added = Az anyagot hozzáadtuk.
resource-version-added = A fordítást hozzáadtuk.
resource-file-added = Az új fájlt feltöltöttük; a korábbi továbbra is a listában van.
resource-published = Az anyagot közzétettük.
resource-submitted = Az anyagot beküldtük: a hálózat koordinátorai ellenőrzik, mielőtt nyilvános lesz.
resource-returned = Az anyag piszkozatként visszakerült a szerzőjéhez.

upload-progress = Feltöltés: { $percent }%
upload-failed = A feltöltés nem sikerült. Kérjük, próbálja újra.

error-file-too-large = A fájl nagyobb, mint amekkorát ennél az anyagtípusnál megengedünk. Ehelyett osszon meg egy hivatkozást arra a helyre, ahol elérhető.
error-file-missing = Válasszon egy fájlt, vagy adjon meg egy hivatkozást.
error-upload-incomplete = A feltöltés megszakadt, mielőtt a teljes fájl megérkezett volna. Semmit sem őriztünk meg; kérjük, próbálja újra.
error-file-type-refused = A könyvtár nem fogad el ilyen típusú fájlt. Programokat és tömörített állományokat nem fogadunk el; ePub-, OpenDocument- és Office-fájlokat igen.
error-file-type-mismatch = A fájl tartalma nem egyezik a nevével: a .pdf végű fájlnak PDF-nek kell lennie.
error-file-name-invalid = A fájl neve olyan karaktereket tartalmaz, amelyek fájlnévben nem szerepelhetnek, vagy túl hosszú (legfeljebb 200 karakter).
error-file-unreadable = A fájl nem olvasható: sérült, vagy kicsomagolva sokszorosan nagyobb lenne, mint maga a fájl.
error-file-duplicate = Pontosan ez a fájl már most is ennek a változatnak az aktuális fájlja.
error-link-invalid = A hivatkozásnak https:// vagy http:// kezdetű webcímnek kell lennie.
error-version-exists = Az anyagnak már van változata ezen a nyelven.
error-not-a-form = Ez a kérés nem olyan űrlap, amelyet a könyvtár fel tud dolgozni.
error-back-to-form = Vissza az űrlaphoz

## Eszköztárak (anyaggyűjtemények)

collections-title = Eszköztárak
collections-lead = A hálózatok koordinátorai által egy-egy témához vagy hálózathoz összeállított anyaggyűjtemények; minden anyag mellett megjegyzés jelzi, miért került bele.
collections-none = Még nincs eszköztár.
collection-count = { $count ->
    [one] { $count } anyag
   *[other] { $count } anyag
}
collection-new = Új eszköztár
collection-new-lead = Az eszköztár a könyvtár anyagait az Ön által választott sorrendben gyűjti össze. Az anyagokat a saját oldalukon adhatja hozzá.
collection-description = Mire szolgál az eszköztár
collection-create = Eszköztár létrehozása
collection-curator = Összeállította
collection-empty = Ebben az eszköztárban még nincs anyag.
collection-unseen = { $count ->
    [one] Ennek az eszköztárnak további { $count } anyaga csak a tagok vagy csak egy hálózat számára érhető el.
   *[other] Ennek az eszköztárnak további { $count } anyaga csak a tagok vagy csak egy hálózat számára érhető el.
}
collection-add-hint = Anyag hozzáadásához nyissa meg az anyagot a könyvtárban, és válassza a „Hozzáadás eszköztárhoz” lehetőséget.
collection-item-up = Feljebb
collection-item-down = Lejjebb
collection-item-remove = Eltávolítás az eszköztárból
collection-item-note = Megjegyzés
collection-item-note-save = Megjegyzés mentése
collection-note = Miért került az eszköztárba (nem kötelező)
collection-add-to = Hozzáadás eszköztárhoz
collection-which = Eszköztár
collection-add-send = Hozzáadás az eszköztárhoz
collection-created = Az eszköztár létrejött. Az anyagokat a saját oldalukon adhatja hozzá.
collection-saved = Az eszköztárat elmentettük.
collection-item-added = Az anyagot hozzáadtuk az eszköztárhoz.

## Hol használják az anyagot, és az anyagok csatolása

used-in-title = Hol használják
used-in-collection = Eszköztár
used-in-thread = Kollegiális tanácsadás
used-in-activity = Cselekvési terv
attached-title = Anyagok a könyvtárból
attached-add = Anyag csatolása
attached-resource = Anyag
attached-resource-hint = Az anyag könyvtári oldalának címe vagy az anyag száma.
attached-add-send = Csatolás
attached-remove = Eltávolítás
resource-attached = Az anyagot csatoltuk.
resource-detached = Az anyagot eltávolítottuk.
activity-resources = Anyagok
activity-resources-none = Ehhez a tevékenységhez nincs csatolva anyag a könyvtárból.
error-resource-unknown = A könyvtárban nincs ilyen című vagy számú anyag, amelyhez Önnek hozzáférése van.
error-already-listed = Ez az anyag már szerepel itt.

## Szerkesztés, jelentések és ellenőrzés

resource-edit = Szerkesztés
resource-edit-lead = Módosítsa az anyag leíró adatait, valamint egyik nyelvi változatának címét, összefoglalóját és hivatkozását. Fájlokat az anyag oldalán lehet hozzáadni; a korábbiak megmaradnak.
resource-edit-version = Nyelvi változat: { $language }
resource-edit-other-versions = Másik nyelvi változat szerkesztése
resource-edit-save = Módosítások mentése
resource-saved = A módosításokat elmentettük.
resource-flag = Jelentés
resource-flagged = Köszönjük! A könyvtár ellenőrei megnézik ezt az anyagot.
resource-moderation-hide = Anyag elrejtése
resource-moderation-restore = Anyag újbóli megjelenítése
resource-moderation-dismiss = Anyag megtartása változatlanul
library-review-title = A könyvtár ellenőrzése
library-review-waiting = Döntésre vár
library-review-none = Egyetlen anyag sem vár ellenőrzésre, és jelentett anyag sincs.
library-review-resource = Anyag
