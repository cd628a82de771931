# Bibliotēka: tīklu kopīgotie resursi vairākās valodās.

nav-library = Bibliotēka
library-title = Bibliotēka
library-lead = Tīklu dalībnieku vadlīnijas, rokasgrāmatas, veidnes, video un rīki – katrs visās valodās, kurās tas ir tulkots.
library-add = Pievienot resursu
library-add-lead = Kopīgojiet dokumentu, ePub failu, video, prezentāciju, veidni vai saiti. Norādiet nosaukumu un kopsavilkumu tajā valodā, kurā resurss ir rakstīts; tulkojumus varēs pievienot vēlāk.
library-add-send = Saglabāt resursu
library-sign-in-to-add = Piesakieties, lai pievienotu resursu
library-found = { $count ->
    [zero] { $count } resursu
    [one] { $count } resurss
   *[other] { $count } resursi
}
library-none = Neviens resurss neatbilst meklēšanas nosacījumiem.
library-search-label = Meklēt nosaukumos, kopsavilkumos un failu tekstā
library-sort = Secība
library-sort-relevance = Visatbilstošākie
library-sort-newest = Jaunākie vispirms
library-file = Fails
library-file-hint = Ne vairāk kā { $size } MB (video – { $video } MB), vai norādiet saiti uz vietu, kur fails atrodas. PDF, ePub, biroja dokumenti (OpenDocument, Word, Excel, PowerPoint), video, audio, attēli un vienkāršs teksts.

resource-kind = Veids
resource-kind-document = Dokuments
resource-kind-epub = ePub
resource-kind-video = Video
resource-kind-presentation = Prezentācija
resource-kind-template = Veidne vai rīks
resource-kind-website = Tīmekļvietne
resource-kind-dataset = Datu kopa

resource-audience = Kam paredzēts
audience-trainers = Pedagogi un apmācītāji
audience-learners = Izglītojamie un mācekļi
audience-managers = Profesionālās izglītības iestāžu vadītāji
audience-companies = Uzņēmumi un mācību vadītāji uzņēmumos
audience-guidance = Karjeras konsultanti
audience-policymakers = Politikas veidotāji

resource-licence = Licence
licence-cc-by = Attiecinājums (CC BY 4.0)
licence-cc-by-sa = Attiecinājums – Dalīties līdzīgi (CC BY-SA 4.0)
licence-cc-by-nc = Attiecinājums – Nekomerciāls (CC BY-NC 4.0)
licence-cc-by-nc-sa = Attiecinājums – Nekomerciāls – Dalīties līdzīgi (CC BY-NC-SA 4.0)
licence-cc-by-nd = Attiecinājums – Bez atvasinājumiem (CC BY-ND 4.0)
licence-cc-by-nc-nd = Attiecinājums – Nekomerciāls – Bez atvasinājumiem (CC BY-NC-ND 4.0)
licence-cc0 = Publiskais domēns (CC0 1.0)
licence-all-rights-reserved = Visas tiesības aizsargātas
resource-attribution = „{ $title }” – { $author }, licence: { $licence }.
resource-licence-deed = Ko licence atļauj
resource-rights-reserved = © { $author }. Visas tiesības aizsargātas: pirms atkārtotas izmantošanas jautājiet autoriem.

resource-visibility = Kas to redz
visibility-everyone = Visi
visibility-members = Pieteikušies dalībnieki
visibility-network = Resursa tīkla dalībnieki

resource-status-draft = Melnraksts
resource-status-submitted = Gaida pārskatīšanu
resource-status-published = Publicēts
resource-draft-hint = kamēr tas nav publicēts, to redzat tikai jūs un tīkla koordinatori.
resource-submitted-hint = tīkla koordinatori to pārskata, pirms tas kļūst publisks.
resource-hidden = Moderatora paslēpts

resource-field-title = Nosaukums
resource-field-summary = Kopsavilkums
resource-field-author = Autori (kā tie norādīti atsaucē)
resource-field-link = Saite (tīmekļvietne vai vieta, kur atrodas video)
resource-field-draft = Pagaidām saglabāt kā melnrakstu
resource-language = Valoda
resource-topics = Tēmas
resource-sectors = Nozares
resource-countries = Valstis
resource-network = Tīkls
resource-network-none = Visa platforma
resource-organisation = Organizācija
resource-added-by = Pievienoja
resource-updated = Atjaunināts
resource-about = Par šo resursu
resource-original = oriģināls
resource-other-languages = Citās valodās
resource-not-in-your-language = Vēl nav pieejams { $language } valodā: tiek rādīts { $shown } valodā, kurā resurss ir rakstīts.
resource-open-pdf = Atvērt PDF
resource-download = Lejupielādēt
resource-open-link = Atvērt resursu
resource-files = Faili
resource-file-name = Fails
resource-file-size = Lielums
resource-file-uploaded = Augšupielādēts
resource-file-current = pašreizējais
resource-pages = { $count ->
    [zero] { $count } lappušu
    [one] { $count } lappuse
   *[other] { $count } lappuses
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Augšupielādēt jaunu failu ({ $language })
resource-new-file-hint = Jaunais fails kļūst par pašreizējo; iepriekšējie faili paliek sarakstā, un tos joprojām var lejupielādēt.
resource-new-file-send = Augšupielādēt failu
resource-add-translation = Pievienot tulkojumu
resource-add-translation-send = Saglabāt tulkojumu
resource-review = Pārskatīšana
resource-review-publish = Publicēt
resource-review-return = Atgriezt autoram kā melnrakstu
resource-publish = Publicēt

resource-added = Resurss ir pievienots.
resource-version-added = Tulkojums ir pievienots.
resource-file-added = Jaunais fails ir augšupielādēts; iepriekšējais joprojām ir sarakstā.
resource-published = Resurss ir publicēts.
resource-submitted = Resurss ir iesniegts: tīkla koordinatori to pārskatīs, pirms tas kļūs publisks.
resource-returned = Resurss ir atgriezts autoram kā melnraksts.

upload-progress = Augšupielāde: { $percent }%
upload-failed = Augšupielāde neizdevās. Lūdzu, mēģiniet vēlreiz.

error-file-too-large = Fails pārsniedz šāda veida resursam noteikto lielumu. Tā vietā kopīgojiet saiti uz vietu, kur fails atrodas.
error-file-missing = Izvēlieties failu vai norādiet saiti.
error-upload-incomplete = Augšupielāde pārtrūka, pirms viss fails bija saņemts. Nekas netika saglabāts; lūdzu, mēģiniet vēlreiz.
error-file-type-refused = Bibliotēka nepieņem šāda veida failus. Programmas un arhīvi netiek pieņemti; ePub, OpenDocument un Office faili tiek pieņemti.
error-file-type-mismatch = Faila saturs neatbilst tā nosaukumam: failam ar paplašinājumu .pdf jābūt PDF.
error-file-name-invalid = Faila nosaukumā ir rakstzīmes, kas faila nosaukumā nav atļautas, vai tas ir pārāk garš (ne vairāk kā 200 rakstzīmes).
error-file-unreadable = Failu nevar nolasīt: tas ir bojāts, vai pēc atarhivēšanas tas kļūst daudzkārt lielāks nekā pats fails.
error-file-duplicate = Tieši šis fails jau ir šīs versijas pašreizējais fails.
error-link-invalid = Saitei jābūt tīmekļa adresei, kas sākas ar https:// vai http://.
error-version-exists = Resursam jau ir versija šajā valodā.
error-not-a-form = Šis pieprasījums nav veidlapa, ko bibliotēka var nolasīt.
error-back-to-form = Atpakaļ uz veidlapu

## Kolekcijas (rīkkopas)

collections-title = Rīkkopas
collections-lead = Tīklu koordinatoru sastādītas resursu kopas par kādu tēmu vai kādam tīklam; pie katra resursa ir piezīme, kāpēc tas ir iekļauts.
collections-none = Vēl nav nevienas rīkkopas.
collection-count = { $count ->
    [zero] { $count } resursu
    [one] { $count } resurss
   *[other] { $count } resursi
}
collection-new = Jauna rīkkopa
collection-new-lead = Rīkkopā bibliotēkas resursi ir apkopoti jūsu izvēlētā secībā. Resursus tai pievienojiet no to lapām.
collection-description = Kam rīkkopa paredzēta
collection-create = Izveidot rīkkopu
collection-curator = Sastādīja
collection-empty = Šajā rīkkopā vēl nav neviena resursa.
collection-unseen = { $count ->
    [zero] Šajā rīkkopā ir vēl { $count } resursu, kas redzami tikai dalībniekiem vai tikai viena tīkla dalībniekiem.
    [one] Šajā rīkkopā ir vēl { $count } resurss, kas redzams tikai dalībniekiem vai tikai viena tīkla dalībniekiem.
   *[other] Šajā rīkkopā ir vēl { $count } resursi, kas redzami tikai dalībniekiem vai tikai viena tīkla dalībniekiem.
}
collection-add-hint = Lai pievienotu resursu, atveriet to bibliotēkā un izvēlieties „Pievienot rīkkopai”.
collection-item-up = Pārvietot augstāk
collection-item-down = Pārvietot zemāk
collection-item-remove = Izņemt no rīkkopas
collection-item-note = Piezīme
collection-item-note-save = Saglabāt piezīmi
collection-note = Kāpēc tas ir rīkkopā (nav obligāti)
collection-add-to = Pievienot rīkkopai
collection-which = Rīkkopa
collection-add-send = Pievienot rīkkopai
collection-created = Rīkkopa ir izveidota. Pievienojiet tai resursus no to lapām.
collection-saved = Rīkkopa ir saglabāta.
collection-item-added = Resurss ir pievienots rīkkopai.

## Kur resurss tiek izmantots, un tā pievienošana

used-in-title = Kur izmantots
used-in-collection = Rīkkopa
used-in-thread = Koleģiālās konsultācijas
used-in-activity = Rīcības plāns
attached-title = Resursi no bibliotēkas
attached-add = Pievienot resursu
attached-resource = Resurss
attached-resource-hint = Resursa lapas adrese bibliotēkā vai tā numurs.
attached-add-send = Pievienot
attached-remove = Noņemt
resource-attached = Resurss ir pievienots.
resource-detached = Resurss ir noņemts.
activity-resources = Resursi
activity-resources-none = Šim pasākumam nav pievienots neviens bibliotēkas resurss.
error-resource-unknown = Ar šādu adresi vai numuru nav neviena bibliotēkas resursa, ko jūs drīkstat skatīt.
error-already-listed = Šis resurss jau ir sarakstā.

## Rediģēšana, ziņojumi un pārskatīšana

resource-edit = Rediģēt
resource-edit-lead = Mainiet resursa aprakstu, kā arī vienas tā valodas versijas nosaukumu, kopsavilkumu un saiti. Faili tiek pievienoti resursa lapā; iepriekšējie faili tiek saglabāti.
resource-edit-version = Versija { $language } valodā
resource-edit-other-versions = Rediģēt citas valodas versiju
resource-edit-save = Saglabāt izmaiņas
resource-saved = Izmaiņas ir saglabātas.
resource-flag = Ziņot
resource-flagged = Paldies! Bibliotēkas pārskatītāji izskatīs šo resursu.
resource-moderation-hide = Paslēpt resursu
resource-moderation-restore = Atkal rādīt resursu
resource-moderation-dismiss = Atstāt resursu nemainītu
library-review-title = Bibliotēkas pārskatīšana
library-review-waiting = Gaida lēmumu
library-review-none = Neviens resurss negaida pārskatīšanu, un par nevienu resursu nav ziņots.
library-review-resource = Resurss
