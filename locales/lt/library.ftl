# Biblioteka: tinklų bendrai naudojami ištekliai keliomis kalbomis.

nav-library = Biblioteka
library-title = Biblioteka
library-lead = Tinklų narių parengti vadovai, žinynai, šablonai, vaizdo įrašai ir priemonės – kiekvienas visomis kalbomis, į kurias jis išverstas.
library-add = Pridėti išteklių
library-add-lead = Pasidalykite dokumentu, ePub failu, vaizdo įrašu, pristatymu, šablonu arba nuoroda. Pavadinimą ir santrauką nurodykite ta kalba, kuria išteklius parašytas; vertimus galėsite pridėti vėliau.
library-add-send = Išsaugoti išteklių
library-sign-in-to-add = Prisijunkite, kad galėtumėte pridėti išteklių
library-found = { $count ->
    [one] { $count } išteklius
    [few] { $count } ištekliai
    [many] { $count } ištekliaus
   *[other] { $count } išteklių
}
library-none = Nė vienas išteklius neatitinka šios paieškos.
library-search-label = Ieškoti pavadinimuose, santraukose ir failų tekste
library-sort = Rikiavimas
library-sort-relevance = Tinkamiausi
library-sort-newest = Naujausi viršuje
library-file = Failas
library-file-hint = Ne daugiau kaip { $size } MB (vaizdo įrašo – { $video } MB) arba nurodykite nuorodą į vietą, kur failas laikomas. PDF, ePub, biuro dokumentai (OpenDocument, Word, Excel, PowerPoint), vaizdo ir garso įrašai, paveikslėliai ir paprastas tekstas.

resource-kind = Rūšis
resource-kind-document = Dokumentas
resource-kind-epub = ePub
resource-kind-video = Vaizdo įrašas
resource-kind-presentation = Pristatymas
resource-kind-template = Šablonas arba priemonė
resource-kind-website = Svetainė
resource-kind-dataset = Duomenų rinkinys

resource-audience = Kam skirta
audience-trainers = Mokytojai ir profesijos mokytojai
audience-learners = Besimokantieji ir pameistriai
audience-managers = Profesinio mokymo teikėjų vadovai
audience-companies = Įmonės ir įmonių instruktoriai
audience-guidance = Karjeros konsultantai
audience-policymakers = Politikos formuotojai

resource-licence = Licencija
licence-cc-by = Priskyrimas (CC BY 4.0)
licence-cc-by-sa = Priskyrimas – Analogiškas platinimas (CC BY-SA 4.0)
licence-cc-by-nc = Priskyrimas – Nekomercinis naudojimas (CC BY-NC 4.0)
licence-cc-by-nc-sa = Priskyrimas – Nekomercinis naudojimas – Analogiškas platinimas (CC BY-NC-SA 4.0)
licence-cc-by-nd = Priskyrimas – Jokių išvestinių kūrinių (CC BY-ND 4.0)
licence-cc-by-nc-nd = Priskyrimas – Nekomercinis naudojimas – Jokių išvestinių kūrinių (CC BY-NC-ND 4.0)
licence-cc0 = Viešoji sritis (CC0 1.0)
licence-all-rights-reserved = Visos teisės saugomos
resource-attribution = „{ $title }“ – { $author }, licencija: { $licence }.
resource-licence-deed = Ką leidžia licencija
resource-rights-reserved = © { $author }. Visos teisės saugomos: prieš naudodami pakartotinai, kreipkitės į autorius.

resource-visibility = Kas gali matyti
visibility-everyone = Visi
visibility-members = Prisijungę nariai
visibility-network = Ištekliaus tinklo nariai

resource-status-draft = Juodraštis
resource-status-submitted = Laukia peržiūros
resource-status-published = Paskelbta
resource-draft-hint = kol išteklius nepaskelbtas, jį matote tik jūs ir tinklo koordinatoriai.
resource-submitted-hint = tinklo koordinatoriai jį peržiūri, prieš jam tampant viešu.
resource-hidden = Paslėpė moderatorius

resource-field-title = Pavadinimas
resource-field-summary = Santrauka
resource-field-author = Autoriai (kaip jie nurodomi autorystės nuorodoje)
resource-field-link = Nuoroda (svetainė arba vieta, kur laikomas vaizdo įrašas)
resource-field-draft = Kol kas palikti juodraštį
resource-language = Kalba
resource-topics = Teminės sritys
resource-sectors = Sektoriai
resource-countries = Šalys
resource-network = Tinklas
resource-network-none = Visa platforma
resource-organisation = Organizacija
resource-added-by = Pridėjo
resource-updated = Atnaujinta
resource-about = Apie šį išteklių
resource-original = originalas
resource-other-languages = Kitomis kalbomis
resource-not-in-your-language = Dar nėra { $language } kalba: rodoma { $shown } kalba, kuria išteklius parašytas.
resource-open-pdf = Atidaryti PDF
resource-download = Atsisiųsti
resource-open-link = Eiti į išteklių
resource-files = Failai
resource-file-name = Failas
resource-file-size = Dydis
resource-file-uploaded = Įkelta
resource-file-current = dabartinis
resource-pages = { $count ->
    [one] { $count } puslapis
    [few] { $count } puslapiai
    [many] { $count } puslapio
   *[other] { $count } puslapių
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Įkelti naują failą ({ $language })
resource-new-file-hint = Naujas failas tampa dabartiniu; ankstesni failai lieka sąraše ir juos vis dar galima atsisiųsti.
resource-new-file-send = Įkelti failą
resource-add-translation = Pridėti vertimą
resource-add-translation-send = Išsaugoti vertimą
resource-review = Peržiūra
resource-review-publish = Paskelbti
resource-review-return = Grąžinti autoriui kaip juodraštį
resource-publish = Paskelbti

resource-added = Išteklius pridėtas.
resource-version-added = Vertimas pridėtas.
resource-file-added = Naujas failas įkeltas; ankstesnis vis dar rodomas sąraše.
resource-published = Išteklius paskelbtas.
resource-submitted = Išteklius pateiktas: tinklo koordinatoriai jį peržiūrės, prieš jam tampant viešu.
resource-returned = Išteklius grąžintas autoriui kaip juodraštis.

upload-progress = Įkeliama: { $percent } %
upload-failed = Įkelti nepavyko. Bandykite dar kartą.

error-file-too-large = Failas viršija šios rūšies ištekliams nustatytą dydžio ribą. Vietoj to pasidalykite nuoroda į vietą, kur failas laikomas.
error-file-missing = Pasirinkite failą arba nurodykite nuorodą.
error-upload-incomplete = Įkėlimas nutrūko negavus viso failo. Niekas neišsaugota; bandykite dar kartą.
error-file-type-refused = Biblioteka nepriima šio tipo failų. Programos ir archyvai atmetami; ePub, OpenDocument ir Office failai priimami.
error-file-type-mismatch = Failo turinys neatitinka jo pavadinimo: failas, kurio pavadinimas baigiasi .pdf, turi būti PDF.
error-file-name-invalid = Failo pavadinime yra simbolių, kurių failo pavadinime negali būti, arba jis per ilgas (ne daugiau kaip 200 simbolių).
error-file-unreadable = Failo nepavyksta perskaityti: jis sugadintas arba išpakuotas tampa daug kartų didesnis nei pats failas.
error-file-duplicate = Būtent šis failas jau yra dabartinis šios versijos failas.
error-link-invalid = Nuoroda turi būti interneto adresas, prasidedantis https:// arba http://.
error-version-exists = Šis išteklius jau turi versiją šia kalba.
error-not-a-form = Ši užklausa nėra forma, kurią biblioteka galėtų perskaityti.
error-back-to-form = Grįžti į formą

## Rinkiniai (priemonių rinkiniai)

collections-title = Priemonių rinkiniai
collections-lead = Tinklų koordinatorių tam tikrai temai arba tinklui sudaryti išteklių rinkiniai; prie kiekvieno ištekliaus pateikiama pastaba, kodėl jis įtrauktas.
collections-none = Priemonių rinkinių dar nėra.
collection-count = { $count ->
    [one] { $count } išteklius
    [few] { $count } ištekliai
    [many] { $count } ištekliaus
   *[other] { $count } išteklių
}
collection-new = Naujas priemonių rinkinys
collection-new-lead = Priemonių rinkinyje bibliotekos ištekliai surenkami jūsų pasirinkta tvarka. Išteklius į jį pridėkite iš jų pačių puslapių.
collection-description = Kam skirtas šis priemonių rinkinys
collection-create = Sukurti priemonių rinkinį
collection-curator = Sudarė
collection-empty = Šiame priemonių rinkinyje dar nėra išteklių.
collection-unseen = { $count ->
    [one] Dar { $count } šio priemonių rinkinio išteklius skirtas tik nariams arba tik vieno tinklo nariams.
    [few] Dar { $count } šio priemonių rinkinio ištekliai skirti tik nariams arba tik vieno tinklo nariams.
    [many] Dar { $count } šio priemonių rinkinio ištekliaus skirta tik nariams arba tik vieno tinklo nariams.
   *[other] Dar { $count } šio priemonių rinkinio išteklių skirta tik nariams arba tik vieno tinklo nariams.
}
collection-add-hint = Norėdami pridėti išteklių, atidarykite jį bibliotekoje ir pasirinkite „Pridėti į priemonių rinkinį“.
collection-item-up = Perkelti aukštyn
collection-item-down = Perkelti žemyn
collection-item-remove = Pašalinti iš priemonių rinkinio
collection-item-note = Pastaba
collection-item-note-save = Išsaugoti pastabą
collection-note = Kodėl jis įtrauktas į priemonių rinkinį (neprivaloma)
collection-add-to = Pridėti į priemonių rinkinį
collection-which = Priemonių rinkinys
collection-add-send = Pridėti į priemonių rinkinį
collection-created = Priemonių rinkinys sukurtas. Išteklius į jį pridėkite iš jų puslapių.
collection-saved = Priemonių rinkinys išsaugotas.
collection-item-added = Išteklius pridėtas į priemonių rinkinį.

## Kur išteklius naudojamas ir jo prisegimas

used-in-title = Kur naudojama
used-in-collection = Priemonių rinkinys
used-in-thread = Kolegų konsultacijos
used-in-activity = Veiksmų planas
attached-title = Bibliotekos ištekliai
attached-add = Prisegti išteklių
attached-resource = Išteklius
attached-resource-hint = Ištekliaus puslapio bibliotekoje adresas arba jo numeris.
attached-add-send = Prisegti
attached-remove = Pašalinti
resource-attached = Išteklius prisegtas.
resource-detached = Išteklius pašalintas.
activity-resources = Ištekliai
activity-resources-none = Prie šios veiklos neprisegtas joks bibliotekos išteklius.
error-resource-unknown = Šiuo adresu ar numeriu nėra jokio bibliotekos ištekliaus, kurį galėtumėte skaityti.
error-already-listed = Šis išteklius čia jau yra.

## Redagavimas, pranešimai ir peržiūra

resource-edit = Redaguoti
resource-edit-lead = Pakeiskite ištekliaus aprašą ir vienos iš jo kalbinių versijų pavadinimą, santrauką bei nuorodą. Failai pridedami ištekliaus puslapyje; ankstesni failai išsaugomi.
resource-edit-version = Versija { $language } kalba
resource-edit-other-versions = Redaguoti kitos kalbos versiją
resource-edit-save = Išsaugoti pakeitimus
resource-saved = Pakeitimai išsaugoti.
resource-flag = Pranešti
resource-flagged = Ačiū! Bibliotekos peržiūrėtojai įvertins šį išteklių.
resource-moderation-hide = Paslėpti išteklių
resource-moderation-restore = Vėl rodyti išteklių
resource-moderation-dismiss = Palikti išteklių nepakeistą
library-review-title = Bibliotekos peržiūra
library-review-waiting = Laukia sprendimo
library-review-none = Nė vienas išteklius nelaukia peržiūros ir apie jokį išteklių nepranešta.
library-review-resource = Išteklius
