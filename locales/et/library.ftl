# Raamatukogu: võrgustike jagatud materjalid mitmes keeles.

nav-library = Raamatukogu
library-title = Raamatukogu
library-lead = Võrgustike liikmete juhendid, käsiraamatud, mallid, videod ja tööriistad – igaüks kõigis keeltes, millesse see on tõlgitud.
library-add = Lisa materjal
library-add-lead = Jagage dokumenti, ePub-faili, videot, esitlust, malli või linki. Sisestage pealkiri ja kokkuvõte selles keeles, milles materjal on kirjutatud; tõlkeid saab lisada hiljem.
library-add-send = Salvesta materjal
library-sign-in-to-add = Materjali lisamiseks logige sisse
library-found = { $count ->
    [one] { $count } materjal
   *[other] { $count } materjali
}
library-none = Otsingule ei vasta ükski materjal.
library-search-label = Otsi pealkirjadest, kokkuvõtetest ja failide tekstist
library-sort = Järjestus
library-sort-relevance = Parim vaste
library-sort-newest = Uuemad eespool
library-file = Fail
library-file-hint = Kuni { $size } MB (video puhul { $video } MB) või lisage link kohale, kus fail asub. PDF, ePub, kontoritarkvara dokumendid (OpenDocument, Word, Excel, PowerPoint), videod, helifailid, pildid ja lihttekst.

resource-kind = Liik
resource-kind-document = Dokument
resource-kind-epub = ePub
resource-kind-video = Video
resource-kind-presentation = Esitlus
resource-kind-template = Mall või tööriist
resource-kind-website = Veebisait
resource-kind-dataset = Andmestik

resource-audience = Kellele
audience-trainers = Õpetajad ja koolitajad
audience-learners = Õppijad ja õpipoisid
audience-managers = Kutsehariduse pakkujate juhid
audience-companies = Ettevõtted ja ettevõttepoolsed juhendajad
audience-guidance = Karjäärinõustajad
audience-policymakers = Poliitikakujundajad

resource-licence = Litsents
licence-cc-by = Autorile viitamine (CC BY 4.0)
licence-cc-by-sa = Autorile viitamine – Jagamine samadel tingimustel (CC BY-SA 4.0)
licence-cc-by-nc = Autorile viitamine – Mitteäriline eesmärk (CC BY-NC 4.0)
licence-cc-by-nc-sa = Autorile viitamine – Mitteäriline eesmärk – Jagamine samadel tingimustel (CC BY-NC-SA 4.0)
licence-cc-by-nd = Autorile viitamine – Tuletatud teoste keeld (CC BY-ND 4.0)
licence-cc-by-nc-nd = Autorile viitamine – Mitteäriline eesmärk – Tuletatud teoste keeld (CC BY-NC-ND 4.0)
licence-cc0 = Avalik omand (CC0 1.0)
licence-all-rights-reserved = Kõik õigused kaitstud
resource-attribution = „{ $title }“ – { $author }, litsents: { $licence }.
resource-licence-deed = Mida litsents lubab
resource-rights-reserved = © { $author }. Kõik õigused kaitstud: enne taaskasutamist küsige autoritelt luba.

resource-visibility = Kes materjali näevad
visibility-everyone = Kõik
visibility-members = Sisse loginud liikmed
visibility-network = Materjali võrgustiku liikmed

resource-status-draft = Mustand
resource-status-submitted = Ootab ülevaatamist
resource-status-published = Avaldatud
resource-draft-hint = seda näete ainult teie ja võrgustiku koordinaatorid, kuni see avaldatakse.
resource-submitted-hint = võrgustiku koordinaatorid vaatavad selle üle, enne kui see avalikuks muutub.
resource-hidden = Moderaatori peidetud

resource-field-title = Pealkiri
resource-field-summary = Kokkuvõte
resource-field-author = Autorid (nii, nagu neid viites nimetatakse)
resource-field-link = Link (veebisait või koht, kus video asub)
resource-field-draft = Jäta praegu mustandiks
resource-language = Keel
resource-topics = Teemad
resource-sectors = Valdkonnad
resource-countries = Riigid
resource-network = Võrgustik
resource-network-none = Kogu platvorm
resource-organisation = Organisatsioon
resource-added-by = Lisaja
resource-updated = Uuendatud
resource-about = Materjalist
resource-original = originaal
resource-other-languages = Teistes keeltes
resource-not-in-your-language = Veel pole { $language } keeles saadaval: näidatakse { $shown } keeles, milles materjal on kirjutatud.
resource-open-pdf = Ava PDF
resource-download = Laadi alla
resource-open-link = Ava materjal
resource-files = Failid
resource-file-name = Fail
resource-file-size = Suurus
resource-file-uploaded = Üles laaditud
resource-file-current = praegune
resource-pages = { $count ->
    [one] { $count } lehekülg
   *[other] { $count } lehekülge
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Laadi üles uus fail ({ $language })
resource-new-file-hint = Uuest failist saab praegune fail; varasemad failid jäävad loetellu ja neid saab endiselt alla laadida.
resource-new-file-send = Laadi fail üles
resource-add-translation = Lisa tõlge
resource-add-translation-send = Salvesta tõlge
resource-review = Ülevaatus
resource-review-publish = Avalda
resource-review-return = Saada autorile mustandina tagasi
resource-publish = Avalda

resource-added = Materjal on lisatud.
resource-version-added = Tõlge on lisatud.
resource-file-added = Uus fail on üles laaditud; varasem fail on endiselt loetelus.
resource-published = Materjal on avaldatud.
resource-submitted = Materjal on esitatud: võrgustiku koordinaatorid vaatavad selle üle, enne kui see avalikuks muutub.
resource-returned = Materjal on saadetud autorile mustandina tagasi.

upload-progress = Üleslaadimine: { $percent }%
upload-failed = Üleslaadimine ebaõnnestus. Palun proovige uuesti.

error-file-too-large = Fail on suurem, kui seda liiki materjali puhul lubatud. Jagage selle asemel linki kohale, kus fail asub.
error-file-missing = Valige fail või lisage link.
error-upload-incomplete = Üleslaadimine katkes enne, kui kogu fail kohale jõudis. Midagi ei salvestatud; palun proovige uuesti.
error-file-type-refused = Raamatukogu ei võta seda tüüpi faile vastu. Programme ja arhiivifaile ei võeta vastu; ePub-failid, OpenDocument-failid ja Office'i failid sobivad.
error-file-type-mismatch = Faili sisu ei vasta selle nimele: .pdf-laiendiga fail peab olema PDF.
error-file-name-invalid = Faili nimes on märke, mida failinimes olla ei tohi, või on nimi liiga pikk (kuni 200 märki).
error-file-unreadable = Faili ei saa lugeda: see on vigane või on see lahtipakituna mitu korda suurem kui pakitult.
error-file-duplicate = Täpselt sama fail on juba selle versiooni praegune fail.
error-link-invalid = Link peab olema veebiaadress, mis algab https:// või http://.
error-version-exists = Materjalil on selles keeles juba versioon olemas.
error-not-a-form = See päring ei ole vorm, mida raamatukogu suudab lugeda.
error-back-to-form = Tagasi vormi juurde

## Kogumikud (tööriistakastid)

collections-title = Tööriistakastid
collections-lead = Võrgustike koordinaatorite kokku pandud materjalikogumikud mõne teema või võrgustiku jaoks; iga materjali juures on märkus selle kohta, miks see on kogumikku lisatud.
collections-none = Tööriistakaste veel ei ole.
collection-count = { $count ->
    [one] { $count } materjal
   *[other] { $count } materjali
}
collection-new = Uus tööriistakast
collection-new-lead = Tööriistakasti saab koondada raamatukogu materjale teie valitud järjekorras. Materjale saab sellesse lisada nende oma lehekülgedelt.
collection-description = Milleks tööriistakast on mõeldud
collection-create = Loo tööriistakast
collection-curator = Koostaja
collection-empty = Selles tööriistakastis ei ole veel ühtegi materjali.
collection-unseen = { $count ->
    [one] Selles tööriistakastis on veel { $count } materjal, mis on kättesaadav ainult liikmetele või ainult ühe võrgustiku liikmetele.
   *[other] Selles tööriistakastis on veel { $count } materjali, mis on kättesaadavad ainult liikmetele või ainult ühe võrgustiku liikmetele.
}
collection-add-hint = Materjali lisamiseks avage see raamatukogus ja valige „Lisa tööriistakasti“.
collection-item-up = Liiguta üles
collection-item-down = Liiguta alla
collection-item-remove = Eemalda tööriistakastist
collection-item-note = Märkus
collection-item-note-save = Salvesta märkus
collection-note = Miks see on tööriistakastis (valikuline)
collection-add-to = Lisa tööriistakasti
collection-which = Tööriistakast
collection-add-send = Lisa tööriistakasti
collection-created = Tööriistakast on loodud. Lisage sellesse materjale nende lehekülgedelt.
collection-saved = Tööriistakast on salvestatud.
collection-item-added = Materjal on tööriistakasti lisatud.

## Kus materjali kasutatakse ja materjalide lisamine

used-in-title = Kus kasutatakse
used-in-collection = Tööriistakast
used-in-thread = Kolleegidevaheline nõustamine
used-in-activity = Tegevuskava
attached-title = Materjalid raamatukogust
attached-add = Lisa raamatukogu materjal
attached-resource = Materjal
attached-resource-hint = Materjali lehekülje aadress raamatukogus või materjali number.
attached-add-send = Lisa
attached-remove = Eemalda
resource-attached = Materjal on lisatud.
resource-detached = Materjal on eemaldatud.
activity-resources = Materjalid
activity-resources-none = Selle tegevusega ei ole seotud ühtegi raamatukogu materjali.
error-resource-unknown = Raamatukogus ei ole selle aadressi või numbriga materjali, mida teil on õigus lugeda.
error-already-listed = See materjal on juba lisatud.

## Muutmine, teated ja ülevaatus

resource-edit = Muuda
resource-edit-lead = Muutke materjali kirjeldavaid andmeid ning ühe keeleversiooni pealkirja, kokkuvõtet ja linki. Failid lisatakse materjali leheküljel; varasemad failid säilitatakse.
resource-edit-version = Keeleversioon: { $language }
resource-edit-other-versions = Muuda teist keeleversiooni
resource-edit-save = Salvesta muudatused
resource-saved = Muudatused on salvestatud.
resource-flag = Teata
resource-flagged = Aitäh! Raamatukogu ülevaatajad vaatavad selle materjali üle.
resource-moderation-hide = Peida materjal
resource-moderation-restore = Näita materjali uuesti
resource-moderation-dismiss = Jäta materjal muutmata
library-review-title = Raamatukogu ülevaatus
library-review-waiting = Ootab otsust
library-review-none = Ükski materjal ei oota ülevaatamist ja ühestki materjalist ei ole teatatud.
library-review-resource = Materjal
