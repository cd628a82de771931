# Biblioteka: burime të ndara nga rrjetet, në disa gjuhë.

nav-library = Biblioteka
library-title = Biblioteka
library-lead = Udhëzues, manuale, modele, video dhe mjete nga anëtarët e rrjeteve, secili në gjuhët në të cilat është përkthyer.
library-add = Shtoni një burim
library-add-lead = Ndani me të tjerët një dokument, një ePub, një video, një prezantim, një model ose një lidhje. Jepni titullin dhe përmbledhjen në gjuhën në të cilën është shkruar burimi; përkthimet mund të shtohen më pas.
library-add-send = Shto burimin
library-sign-in-to-add = Hyni në llogari për të shtuar një burim
library-found = { $count ->
    [one] { $count } burim
   *[other] { $count } burime
}
library-none = Asnjë burim nuk përputhet me këtë kërkim.
library-search-label = Kërkoni në tituj, në përmbledhje dhe në tekstin e skedarëve
library-sort = Renditja
library-sort-relevance = Përputhja më e mirë
library-sort-newest = Më të rejat së pari
library-file = Skedari
library-file-hint = Jo më shumë se { $size } MB (për një video: { $video } MB), ose jepni një lidhje për vendin ku strehohet. PDF, ePub, dokumente zyre (OpenDocument, Word, Excel, PowerPoint), video, audio, figura dhe tekst i thjeshtë.

resource-kind = Lloji
resource-kind-document = Dokument
resource-kind-epub = ePub
resource-kind-video = Video
resource-kind-presentation = Prezantim
resource-kind-template = Model ose mjet
resource-kind-website = Faqe interneti
resource-kind-dataset = Grup të dhënash

resource-audience = Për kë
audience-trainers = Mësues dhe trajnerë
audience-learners = Nxënës dhe praktikantë
audience-managers = Drejtues të ofruesve të AFP-së
audience-companies = Ndërmarrje dhe instruktorë në ndërmarrje
audience-guidance = Këshilltarë të orientimit profesional
audience-policymakers = Politikëbërës

resource-licence = Licenca
licence-cc-by = Atribuim (CC BY 4.0)
licence-cc-by-sa = Atribuim – Shpërndarje me të njëjtat kushte (CC BY-SA 4.0)
licence-cc-by-nc = Atribuim – Jokomercial (CC BY-NC 4.0)
licence-cc-by-nc-sa = Atribuim – Jokomercial – Shpërndarje me të njëjtat kushte (CC BY-NC-SA 4.0)
licence-cc-by-nd = Atribuim – Pa vepra të rrjedhura (CC BY-ND 4.0)
licence-cc-by-nc-nd = Atribuim – Jokomercial – Pa vepra të rrjedhura (CC BY-NC-ND 4.0)
licence-cc0 = Përkatësi publike (CC0 1.0)
licence-all-rights-reserved = Të gjitha të drejtat të rezervuara
resource-attribution = “{ $title }” nga { $author }, nën licencën { $licence }.
resource-licence-deed = Çfarë lejon licenca
resource-rights-reserved = © { $author }. Të gjitha të drejtat të rezervuara: kërkojuni leje autorëve përpara se ta ripërdorni.

resource-visibility = Kush mund ta shohë
visibility-everyone = Të gjithë
visibility-members = Anëtarët që kanë hyrë në llogari
visibility-network = Anëtarët e rrjetit të tij

resource-status-draft = Skicë
resource-status-submitted = Në pritje të shqyrtimit
resource-status-published = I publikuar
resource-draft-hint = deri sa të publikohet, e shihni vetëm ju dhe lehtësuesit e rrjetit.
resource-submitted-hint = lehtësuesit e rrjetit e shqyrtojnë përpara se të bëhet publik.
resource-hidden = Fshehur nga një moderator

resource-field-title = Titulli
resource-field-summary = Përmbledhja
resource-field-author = Autorët (siç përmenden në atribuim)
resource-field-link = Lidhja (një faqe interneti, ose vendi ku strehohet një video)
resource-field-draft = Mbaje si skicë tani për tani
resource-language = Gjuha
resource-topics = Fushat
resource-sectors = Sektorët
resource-countries = Vendet
resource-network = Rrjeti
resource-network-none = E gjithë platforma
resource-organisation = Organizata
resource-added-by = Shtuar nga
resource-updated = Përditësuar
resource-about = Rreth këtij burimi
resource-original = origjinali
resource-other-languages = Në gjuhë të tjera
resource-not-in-your-language = Ende nuk është në { $language }: shfaqet në { $shown }, gjuha në të cilën është shkruar.
resource-open-pdf = Hap PDF-në
resource-download = Shkarko
resource-open-link = Shko te burimi
resource-files = Skedarët
resource-file-name = Skedari
resource-file-size = Madhësia
resource-file-uploaded = Ngarkuar
resource-file-current = aktual
resource-pages = { $count ->
    [one] { $count } faqe
   *[other] { $count } faqe
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Ngarko një skedar të ri ({ $language })
resource-new-file-hint = Skedari i ri bëhet skedari aktual; skedarët e mëparshëm mbeten në listë dhe mund të shkarkohen ende.
resource-new-file-send = Ngarko skedarin
resource-add-translation = Shtoni një përkthim
resource-add-translation-send = Shto përkthimin
resource-review = Shqyrtimi
resource-review-publish = Publiko
resource-review-return = Ktheja autorit si skicë
resource-publish = Publiko

resource-added = Burimi u shtua.
resource-version-added = Përkthimi u shtua.
resource-file-added = Skedari i ri u ngarkua; skedari i mëparshëm mbetet në listë.
resource-published = Burimi u publikua.
resource-submitted = Burimi u dërgua: lehtësuesit e rrjetit e shqyrtojnë përpara se të bëhet publik.
resource-returned = Burimi iu kthye autorit si skicë.

upload-progress = Po ngarkohet: { $percent }%
upload-failed = Ngarkimi nuk u krye. Ju lutemi provoni përsëri.

error-file-too-large = Skedari e kalon kufirin për këtë lloj burimi. Në vend të kësaj, ndani një lidhje për vendin ku strehohet.
error-file-missing = Zgjidhni një skedar ose jepni një lidhje.
error-upload-incomplete = Ngarkimi u ndërpre përpara se të mbërrinte i gjithë skedari. Nuk u ruajt asgjë; ju lutemi provoni përsëri.
error-file-type-refused = Biblioteka nuk pranon këtë lloj skedari. Programet dhe arkivat refuzohen; skedarët ePub, OpenDocument dhe Office pranohen.
error-file-type-mismatch = Përmbajtja e skedarit nuk përputhet me emrin e tij: një skedar me emër .pdf duhet të jetë PDF.
error-file-name-invalid = Emri i skedarit përmban shenja që nuk lejohen në emrin e një skedari, ose është shumë i gjatë (jo më shumë se 200 shenja).
error-file-unreadable = Skedari nuk mund të lexohet: është i dëmtuar, ose kur shpaketohet zë shumë më tepër vend se vetë skedari.
error-file-duplicate = Pikërisht ky skedar është tashmë skedari aktual i këtij versioni.
error-link-invalid = Lidhja duhet të jetë një adresë interneti që fillon me https:// ose http://.
error-version-exists = Burimi ka tashmë një version në këtë gjuhë.
error-not-a-form = Kjo kërkesë nuk është një formular që biblioteka mund ta lexojë.
error-back-to-form = Kthehu te formulari

## Kutitë e mjeteve (koleksione burimesh)

collections-title = Kutitë e mjeteve
collections-lead = Koleksione burimesh të përgatitura nga lehtësuesit e rrjeteve për një temë ose për një rrjet, ku çdo burim shoqërohet me një shënim se pse ndodhet aty.
collections-none = Ende nuk ka asnjë kuti mjetesh.
collection-count = { $count ->
    [one] { $count } burim
   *[other] { $count } burime
}
collection-new = Kuti e re mjetesh
collection-new-lead = Një kuti mjetesh mbledh burime të bibliotekës sipas renditjes që zgjidhni ju. Burimet i shtoni nga faqet e tyre.
collection-description = Për çfarë shërben kutia e mjeteve
collection-create = Krijo kutinë e mjeteve
collection-curator = Përgatitur nga
collection-empty = Kjo kuti mjetesh nuk përmban ende asnjë burim.
collection-unseen = { $count ->
    [one] Edhe { $count } burim tjetër i kësaj kutie mjetesh është vetëm për anëtarët ose vetëm për një rrjet.
   *[other] Edhe { $count } burime të tjera të kësaj kutie mjetesh janë vetëm për anëtarët ose vetëm për një rrjet.
}
collection-add-hint = Për të shtuar një burim, hapeni atë në bibliotekë dhe zgjidhni “Shto në një kuti mjetesh”.
collection-item-up = Lëviz lart
collection-item-down = Lëviz poshtë
collection-item-remove = Hiq nga kutia e mjeteve
collection-item-note = Shënim
collection-item-note-save = Ruaj shënimin
collection-note = Pse ndodhet në kutinë e mjeteve (sipas dëshirës)
collection-add-to = Shto në një kuti mjetesh
collection-which = Kutia e mjeteve
collection-add-send = Shto në kutinë e mjeteve
collection-created = Kutia e mjeteve u krijua. Shtoni burime në të nga faqet e tyre.
collection-saved = Kutia e mjeteve u ruajt.
collection-item-added = Burimi u shtua në kutinë e mjeteve.

## Ku përdoret një burim dhe bashkëngjitja e tij

used-in-title = Ku përdoret
used-in-collection = Kuti mjetesh
used-in-thread = Këshillim mes kolegësh
used-in-activity = Plan veprimi
attached-title = Burime nga biblioteka
attached-add = Bashkëngjitni një burim
attached-resource = Burimi
attached-resource-hint = Adresa e faqes së tij në bibliotekë ose numri i tij.
attached-add-send = Bashkëngjit
attached-remove = Hiq
resource-attached = Burimi u bashkëngjit.
resource-detached = Burimi u hoq.
activity-resources = Burimet
activity-resources-none = Këtij aktiviteti nuk i është bashkëngjitur asnjë burim i bibliotekës.
error-resource-unknown = Në bibliotekë nuk ka asnjë burim me këtë adresë ose numër që ju lejohet ta lexoni.
error-already-listed = Ky burim është tashmë këtu.

## Redaktimi, raportimet dhe shqyrtimi

resource-edit = Redakto
resource-edit-lead = Ndryshoni të dhënat që përshkruajnë burimin, si dhe titullin, përmbledhjen dhe lidhjen e një prej versioneve të tij gjuhësore. Skedarët shtohen në faqen e burimit; skedarët e mëparshëm ruhen.
resource-edit-version = Versioni në gjuhën: { $language }
resource-edit-other-versions = Redakto një version tjetër gjuhësor
resource-edit-save = Ruaj ndryshimet
resource-saved = Ndryshimet u ruajtën.
resource-flag = Raporto
resource-flagged = Faleminderit: shqyrtuesit e bibliotekës do ta shikojnë këtë burim.
resource-moderation-hide = Fshih burimin
resource-moderation-restore = Shfaqe përsëri burimin
resource-moderation-dismiss = Lëre burimin siç është
library-review-title = Shqyrtimi i bibliotekës
library-review-waiting = Në pritje të vendimit
library-review-none = Asnjë burim nuk është në pritje të shqyrtimit ose i raportuar.
library-review-resource = Burimi
