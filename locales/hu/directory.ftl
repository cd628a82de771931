## A tagjegyzék szerkesztése: szervezetek, partnerkeresés, tagok, hálózatok, importálás.

organisations-export = A lista letöltése CSV-formátumban
filter-offers = Partnerséget kínál
filter-seeks = Partnerséget keres

organisation-edit = A szervezet szerkesztése
organisation-edit-title = A szervezet adatainak szerkesztése
organisation-edit-back = Vissza a szervezethez
organisation-edit-not-allowed = A szervezetet csak a saját tagjai és a platformkoordinátorok szerkeszthetik.
organisation-save = A szervezet mentése
organisation-saved = A szervezetet elmentettük.
field-organisation-name = A szervezet neve
field-city = Település
field-description = Leírás
field-description-language = A leírás nyelve
field-topics = Szakterületek

partnerships-page-title = Partnerkeresés
partnerships-lead = Mit kínálnak és mit keresnek a hálózatok szervezetei. Szűrjön a partnerség típusa, a téma és az ország szerint.
partnerships-title = Ajánlatok és igények
partnerships-none-here = Ez a szervezet még nem adott meg ajánlatot vagy igényt.
partnerships-none = Egyetlen ajánlat vagy igény sem felel meg ezeknek a szűrőknek.
partnerships-found = { $count ->
    [one] { $count } ajánlat vagy igény
   *[other] { $count } ajánlat és igény
}
partnership-add = Ajánlat vagy igény hozzáadása
partnership-add-submit = Hozzáadás
partnership-added = Az ajánlatot vagy igényt hozzáadtuk.
partnership-withdraw = Visszavonás
partnership-removed = Az ajánlatot vagy igényt visszavontuk.
partnership-any-country = Bármely ország partnereit várja
partnership-open-to = A következő országok partnereit várja: { $countries }
field-direction = Ajánlat vagy igény
field-partnership-kind = A partnerség típusa
field-open-to = Mely országok partnereit várja
field-open-to-hint = Ha minden ország partnereit várja, ne jelöljön ki egyet sem; több ország kijelöléséhez tartsa lenyomva a Ctrl (vagy a ⌘) billentyűt.
suggestions-title = Lehetséges partnerek
suggestions-intro = Más szervezetek ajánlatai, amelyek megfelelnek e szervezet igényeinek: azonos a partnerség típusa, és legalább egy téma közös.
suggestions-mine = Lehetséges partnerek az Ön szervezete számára
suggestion-for = Erre az igényre válaszol: { $kind }

memberships-title = Hálózati tagságok
memberships-intro = Az Ön által koordinált hálózatok: vegye fel ezt a szervezetet, módosítsa a tagsági szintjét, vagy távolítsa el.
membership-add = Felvétel a hálózatba
membership-save = Szint módosítása
membership-remove = Eltávolítás a hálózatból
membership-saved = A tagságot elmentettük.
membership-removed = A szervezetet eltávolítottuk a hálózatból.
field-level = Tagsági szint
field-network = Hálózat

network-facilitators = Hálózati koordinátorok
field-expertise = Szakértelem
member-no-expertise = Még nincs megadva szakértelem.

network-create = Hálózat létrehozása
network-create-submit = A hálózat létrehozása
network-created = A hálózatot létrehoztuk.
field-network-name = A hálózat neve
field-network-kind = A hálózat típusa
field-network-parent = Melyik hálózat tagja
network-no-parent = Egyiké sem (legfelső szintű hálózat)
network-no-country = Nincs (nemzetközi vagy tematikus hálózat)
network-country-hint = Nemzeti és regionális hálózatnál meg kell adni az országot.

import-title = Szervezetek importálása
import-lead = Egy CSV-fájlból egyszerre sok szervezetet vehet fel egy hálózatba. Mielőtt bármi importálásra kerülne, minden sor ellenőrzésének eredményét láthatja.
import-not-allowed = Szervezeteket csak a hálózat koordinátorai és a platformkoordinátorok importálhatnak.
import-columns = A fájl első sora az oszlopok nevét tartalmazza: { $required } (kötelező) és { $optional } (nem kötelező). Az oszlopok tetszőleges sorrendben állhatnak, vesszővel vagy pontosvesszővel elválasztva.
import-lists-hint = Az ágazatoknál, a témáknál és a nyelveknél több, pontosvesszővel elválasztott érték is megadható, az exportált listával azonos kulcsokkal; a szint „core”, „member” vagy „associate” (üres mező esetén „member”).
import-network = A hálózat, amelyhez a szervezetek csatlakoznak
import-file = CSV-fájl (UTF-8)
import-upload = A fájl ellenőrzése
import-preview-title = Az importálás előnézete
import-preview-heading = A(z) { $file } fájl importálása a(z) { $network } hálózatba
import-summary = { $ready ->
    [one] { $ready } szervezet importálható
   *[other] { $ready } szervezet importálható
}, { $problems ->
    [one] { $problems } probléma
   *[other] { $problems } probléma
}.
import-problems = Problémás sorok
import-fix-and-upload = Amíg valamelyik sorban probléma van, semmi sem kerül importálásra. Javítsa ki a fájlt, és töltse fel újra.
import-ready = Importálható sorok
import-line = Sor
import-column = Oszlop
import-problem = Probléma
import-value = Érték a fájlban
import-apply = { $count ->
    [one] { $count } szervezet importálása
   *[other] { $count } szervezet importálása
}
import-applied = A szervezeteket importáltuk.
import-done = { $count ->
    [one] { $count } szervezetet importáltunk.
   *[other] { $count } szervezetet importáltunk.
}
import-another = Másik fájl importálása

error-text-missing = Töltse ki ezt a mezőt.
error-choice-unknown = Válasszon a felkínált értékek közül.
error-website-invalid = Adjon meg egy https:// vagy http:// kezdetű webcímet.
error-topic-missing = Válasszon legalább egy témát.
error-already-member = Ez a szervezet már tagja a hálózatnak.
error-organisation-exists = Ezen a településen már van ilyen nevű szervezet.
error-import-unreadable = A fájlt nem sikerült szervezeteket tartalmazó táblázatként beolvasni. Ellenőrizze, hogy UTF-8 kódolású CSV-fájlról van-e szó, és hogy az első sora megnevezi-e a kötelező oszlopokat.
error-import-empty = A fájl egyetlen szervezetet sem tartalmaz.
error-import-too-large = A fájl túl nagy: legfeljebb 5 MB és 20 000 szervezet lehet benne.
error-import-has-errors = Néhány sorban probléma van, ezért semmit sem importáltunk.
error-import-applied = Ezt a fájlt már importálták.
error-limit-reached = Elérte a korlátot: új bejegyzés hozzáadása előtt távolítson el egy meglévőt.
