# Knjižnica: gradiva, ki jih delijo mreže, v več jezikih.

nav-library = Knjižnica
library-title = Knjižnica
library-lead = Vodniki, priročniki, predloge, videoposnetki in orodja članov mrež, vsako gradivo v jezikih, v katere je bilo prevedeno.
library-add = Dodaj gradivo
library-add-lead = Delite dokument, ePub, videoposnetek, predstavitev, predlogo ali povezavo. Naslov in povzetek navedite v jeziku, v katerem je gradivo napisano; prevode lahko dodate pozneje.
library-add-send = Dodaj gradivo
library-sign-in-to-add = Prijavite se, da boste lahko dodali gradivo
library-found = { $count ->
    [one] { $count } gradivo
    [two] { $count } gradivi
    [few] { $count } gradiva
   *[other] { $count } gradiv
}
library-none = Nobeno gradivo se ne ujema s tem iskanjem.
library-search-label = Iskanje po naslovih, povzetkih in besedilu datotek
library-sort = Razvrstitev
library-sort-relevance = Najboljše ujemanje
library-sort-newest = Najprej najnovejše
library-file = Datoteka
library-file-hint = Največ { $size } MB (videoposnetek: { $video } MB) ali pa navedite povezavo do mesta, kjer je datoteka objavljena. PDF, ePub, pisarniški dokumenti (OpenDocument, Word, Excel, PowerPoint), videoposnetki, zvočni posnetki, slike in navadno besedilo.

resource-kind = Vrsta
resource-kind-document = Dokument
resource-kind-epub = ePub
resource-kind-video = Videoposnetek
resource-kind-presentation = Predstavitev
resource-kind-template = Predloga ali orodje
resource-kind-website = Spletna stran
resource-kind-dataset = Nabor podatkov

resource-audience = Komu je namenjeno
audience-trainers = Učitelji in mentorji
audience-learners = Učeči se in vajenci
audience-managers = Vodstva izvajalcev PIU
audience-companies = Podjetja in mentorji v podjetjih
audience-guidance = Karierni svetovalci
audience-policymakers = Oblikovalci politik

resource-licence = Licenca
licence-cc-by = Priznanje avtorstva (CC BY 4.0)
licence-cc-by-sa = Priznanje avtorstva – Deljenje pod enakimi pogoji (CC BY-SA 4.0)
licence-cc-by-nc = Priznanje avtorstva – Nekomercialno (CC BY-NC 4.0)
licence-cc-by-nc-sa = Priznanje avtorstva – Nekomercialno – Deljenje pod enakimi pogoji (CC BY-NC-SA 4.0)
licence-cc-by-nd = Priznanje avtorstva – Brez predelav (CC BY-ND 4.0)
licence-cc-by-nc-nd = Priznanje avtorstva – Nekomercialno – Brez predelav (CC BY-NC-ND 4.0)
licence-cc0 = Javna domena (CC0 1.0)
licence-all-rights-reserved = Vse pravice pridržane
resource-attribution = „{ $title }“, avtor: { $author }, licenca: { $licence }.
resource-licence-deed = Kaj dovoljuje licenca
resource-rights-reserved = © { $author }. Vse pravice pridržane: pred ponovno uporabo se obrnite na avtorje.

resource-visibility = Kdo ga lahko vidi
visibility-everyone = Vsi
visibility-members = Prijavljeni člani
visibility-network = Člani njegove mreže

resource-status-draft = Osnutek
resource-status-submitted = Čaka na pregled
resource-status-published = Objavljeno
resource-draft-hint = dokler ni objavljeno, ga vidite samo vi in koordinatorji mreže.
resource-submitted-hint = koordinatorji mreže ga pregledajo, preden postane javno.
resource-hidden = Moderator je gradivo skril

resource-field-title = Naslov
resource-field-summary = Povzetek
resource-field-author = Avtorji (kot naj bodo navedeni pri priznanju avtorstva)
resource-field-link = Povezava (spletna stran ali mesto, kjer je videoposnetek objavljen)
resource-field-draft = Za zdaj ohrani kot osnutek
resource-language = Jezik
resource-topics = Teme
resource-sectors = Panoge
resource-countries = Države
resource-network = Mreža
resource-network-none = Celotna platforma
resource-organisation = Organizacija
resource-added-by = Dodal(a)
resource-updated = Posodobljeno
resource-about = O tem gradivu
resource-original = izvirnik
resource-other-languages = V drugih jezikih
resource-not-in-your-language = Še ni na voljo v jeziku: { $language }. Prikazano v jeziku, v katerem je bilo napisano: { $shown }.
resource-open-pdf = Odpri PDF
resource-download = Prenesi
resource-open-link = Odpri gradivo
resource-files = Datoteke
resource-file-name = Datoteka
resource-file-size = Velikost
resource-file-uploaded = Naloženo
resource-file-current = trenutna
resource-pages = { $count ->
    [one] { $count } stran
    [two] { $count } strani
    [few] { $count } strani
   *[other] { $count } strani
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Naloži novo datoteko ({ $language })
resource-new-file-hint = Nova datoteka postane trenutna; prejšnje datoteke ostanejo na seznamu in jih je še vedno mogoče prenesti.
resource-new-file-send = Naloži datoteko
resource-add-translation = Dodaj prevod
resource-add-translation-send = Dodaj prevod
resource-review = Pregled
resource-review-publish = Objavi
resource-review-return = Vrni avtorju kot osnutek
resource-publish = Objavi

resource-added = Gradivo je dodano.
resource-version-added = Prevod je dodan.
resource-file-added = Nova datoteka je naložena; prejšnja je še vedno na seznamu.
resource-published = Gradivo je objavljeno.
resource-submitted = Gradivo je oddano v pregled: koordinatorji mreže ga pregledajo, preden postane javno.
resource-returned = Gradivo je vrnjeno avtorju kot osnutek.

upload-progress = Nalaganje: { $percent } %
upload-failed = Nalaganje ni uspelo. Poskusite znova.

error-file-too-large = Datoteka presega omejitev za to vrsto gradiva. Namesto tega delite povezavo do mesta, kjer je objavljena.
error-file-missing = Izberite datoteko ali vnesite povezavo.
error-upload-incomplete = Nalaganje se je prekinilo, preden je prispela celotna datoteka. Nič ni bilo shranjeno; poskusite znova.
error-file-type-refused = Knjižnica te vrste datotek ne sprejema. Programi in arhivi so zavrnjeni; datoteke ePub, OpenDocument in Office so sprejete.
error-file-type-mismatch = Vsebina datoteke se ne ujema z njenim imenom: datoteka s končnico .pdf mora biti PDF.
error-file-name-invalid = Ime datoteke vsebuje znake, ki v imenu datoteke niso dovoljeni, ali pa je predolgo (največ 200 znakov).
error-file-unreadable = Datoteke ni mogoče prebrati: poškodovana je ali pa bi se po razširjanju povečala daleč čez svojo velikost.
error-file-duplicate = Prav ta datoteka je že trenutna datoteka te različice.
error-link-invalid = Povezava mora biti spletni naslov, ki se začne s https:// ali http://.
error-version-exists = Gradivo že ima različico v tem jeziku.
error-not-a-form = Ta zahteva ni obrazec, ki bi ga knjižnica lahko prebrala.
error-back-to-form = Nazaj na obrazec

## Zbirke orodij

collections-title = Zbirke orodij
collections-lead = Zbirke gradiv, ki so jih koordinatorji mrež sestavili za določeno temo ali mrežo; vsako gradivo ima opombo, zakaj je vključeno.
collections-none = Nobene zbirke orodij še ni.
collection-count = { $count ->
    [one] { $count } gradivo
    [two] { $count } gradivi
    [few] { $count } gradiva
   *[other] { $count } gradiv
}
collection-new = Nova zbirka orodij
collection-new-lead = Zbirka orodij združuje gradiva iz knjižnice v vrstnem redu, ki ga izberete sami. Gradiva vanjo dodajate z njihovih strani.
collection-description = Čemu je zbirka orodij namenjena
collection-create = Ustvari zbirko orodij
collection-curator = Pripravil(a)
collection-empty = Ta zbirka orodij še ne vsebuje nobenega gradiva.
collection-unseen = { $count ->
    [one] Še { $count } gradivo iz te zbirke orodij lahko vidijo samo prijavljeni člani ali člani ene mreže.
    [two] Še { $count } gradivi iz te zbirke orodij lahko vidijo samo prijavljeni člani ali člani ene mreže.
    [few] Še { $count } gradiva iz te zbirke orodij lahko vidijo samo prijavljeni člani ali člani ene mreže.
   *[other] Še { $count } gradiv iz te zbirke orodij lahko vidijo samo prijavljeni člani ali člani ene mreže.
}
collection-add-hint = Če želite dodati gradivo, ga odprite v knjižnici in izberite „Dodaj v zbirko orodij“.
collection-item-up = Premakni gor
collection-item-down = Premakni dol
collection-item-remove = Odstrani iz zbirke orodij
collection-item-note = Opomba
collection-item-note-save = Shrani opombo
collection-note = Zakaj je gradivo v zbirki orodij (neobvezno)
collection-add-to = Dodaj v zbirko orodij
collection-which = Zbirka orodij
collection-add-send = Dodaj v zbirko orodij
collection-created = Zbirka orodij je ustvarjena. Gradiva vanjo dodajte z njihovih strani.
collection-saved = Zbirka orodij je shranjena.
collection-item-added = Gradivo je dodano v zbirko orodij.

## Kje je gradivo uporabljeno in prilaganje gradiv

used-in-title = Uporabljeno v
used-in-collection = Zbirka orodij
used-in-thread = Kolegialno svetovanje
used-in-activity = Akcijski načrt
attached-title = Gradiva iz knjižnice
attached-add = Priloži gradivo
attached-resource = Gradivo
attached-resource-hint = Naslov njegove strani v knjižnici ali njegova številka.
attached-add-send = Priloži
attached-remove = Odstrani
resource-attached = Gradivo je priloženo.
resource-detached = Gradivo je odstranjeno.
activity-resources = Gradiva
activity-resources-none = Tej dejavnosti ni priloženo nobeno gradivo iz knjižnice.
error-resource-unknown = V knjižnici ni gradiva s tem naslovom ali številko, do katerega imate dostop.
error-already-listed = To gradivo je že tukaj.

## Urejanje, prijave in pregled

resource-edit = Uredi
resource-edit-lead = Spremenite podatke, ki opisujejo gradivo, ter naslov, povzetek in povezavo ene od njegovih jezikovnih različic. Datoteke se dodajajo na strani gradiva; prejšnje datoteke se ohranijo.
resource-edit-version = Različica v jeziku: { $language }
resource-edit-other-versions = Uredi drugo jezikovno različico
resource-edit-save = Shrani spremembe
resource-saved = Spremembe so shranjene.
resource-flag = Prijavi
resource-flagged = Hvala: pregledovalci knjižnice bodo pregledali to gradivo.
resource-moderation-hide = Skrij gradivo
resource-moderation-restore = Znova prikaži gradivo
resource-moderation-dismiss = Pusti gradivo nespremenjeno
library-review-title = Pregled gradiv v knjižnici
library-review-waiting = Čakajo na odločitev
library-review-none = Nobeno gradivo ne čaka na pregled in nobeno ni prijavljeno.
library-review-resource = Gradivo
