# Efnissafnið: efni sem tengslanetin deila, á mörgum tungumálum.

nav-library = Efnissafn
library-title = Efnissafn
library-lead = Leiðbeiningar, handbækur, sniðmát, myndbönd og verkfæri frá félögum í tengslanetunum, hvert á þeim tungumálum sem það hefur verið þýtt á.
library-add = Bæta við efni
library-add-lead = Deildu skjali, ePub-bók, myndbandi, kynningu, sniðmáti eða tengli. Gefðu upp titil og samantekt á tungumálinu sem efnið er skrifað á; þýðingum má bæta við síðar.
library-add-send = Bæta efninu við
library-sign-in-to-add = Skráðu þig inn til að bæta við efni
library-found = { $count ->
    [one] { $count } niðurstaða
   *[other] { $count } niðurstöður
}
library-none = Ekkert efni passar við þessa leit.
library-search-label = Leita í titlum, samantektum og texta skránna
library-sort = Röðun
library-sort-relevance = Mest viðeigandi fyrst
library-sort-newest = Nýjast fyrst
library-file = Skrá
library-file-hint = Í mesta lagi { $size } MB (myndband: { $video } MB), eða gefðu upp tengil á staðinn þar sem skráin er hýst. PDF, ePub, skrifstofuskjöl (OpenDocument, Word, Excel, PowerPoint), myndbönd, hljóð, myndir og hreinn texti.

resource-kind = Tegund
resource-kind-document = Skjal
resource-kind-epub = ePub
resource-kind-video = Myndband
resource-kind-presentation = Kynning
resource-kind-template = Sniðmát eða verkfæri
resource-kind-website = Vefsvæði
resource-kind-dataset = Gagnasafn

resource-audience = Markhópur
audience-trainers = Kennarar og leiðbeinendur
audience-learners = Nemendur og iðnnemar
audience-managers = Stjórnendur starfsmenntaaðila
audience-companies = Fyrirtæki og leiðbeinendur á vinnustað
audience-guidance = Náms- og starfsráðgjafar
audience-policymakers = Stefnumótendur

resource-licence = Notkunarleyfi
licence-cc-by = TilvísunHöfundar (CC BY 4.0)
licence-cc-by-sa = TilvísunHöfundar – DeilaEins (CC BY-SA 4.0)
licence-cc-by-nc = TilvísunHöfundar – EkkiÁgóðaskyni (CC BY-NC 4.0)
licence-cc-by-nc-sa = TilvísunHöfundar – EkkiÁgóðaskyni – DeilaEins (CC BY-NC-SA 4.0)
licence-cc-by-nd = TilvísunHöfundar – EnginAfleidd (CC BY-ND 4.0)
licence-cc-by-nc-nd = TilvísunHöfundar – EkkiÁgóðaskyni – EnginAfleidd (CC BY-NC-ND 4.0)
licence-cc0 = Almenningur (CC0 1.0)
licence-all-rights-reserved = Allur réttur áskilinn
resource-attribution = „{ $title }“ eftir { $author }, með notkunarleyfinu { $licence }.
resource-licence-deed = Hvað leyfið heimilar
resource-rights-reserved = © { $author }. Allur réttur áskilinn: spyrðu höfundana áður en þú endurnýtir efnið.

resource-visibility = Hverjir geta séð það
visibility-everyone = Allir
visibility-members = Innskráðir félagar
visibility-network = Félagar í tengslaneti efnisins

resource-status-draft = Drög
resource-status-submitted = Bíður yfirferðar
resource-status-published = Birt
resource-draft-hint = aðeins þú og umsjónaraðilar tengslanetsins sjá það þar til það hefur verið birt.
resource-submitted-hint = umsjónaraðilar tengslanetsins fara yfir það áður en það verður opinbert.
resource-hidden = Falið af stjórnanda

resource-field-title = Titill
resource-field-summary = Samantekt
resource-field-author = Höfundar (eins og þeirra er getið í tilvísuninni)
resource-field-link = Tengill (vefsvæði, eða staðurinn þar sem myndband er hýst)
resource-field-draft = Geyma sem drög í bili
resource-language = Tungumál
resource-topics = Efnisflokkar
resource-sectors = Atvinnugreinar
resource-countries = Lönd
resource-network = Tengslanet
resource-network-none = Allur vettvangurinn
resource-organisation = Stofnun
resource-added-by = Sett inn af
resource-updated = Uppfært
resource-about = Um þetta efni
resource-original = frumútgáfa
resource-other-languages = Á öðrum tungumálum
resource-not-in-your-language = Ekki enn til á þínu tungumáli ({ $language }): sýnt á frummálinu, { $shown }.
resource-open-pdf = Opna PDF-skjalið
resource-download = Sækja
resource-open-link = Fara á efnið
resource-files = Skrár
resource-file-name = Skrá
resource-file-size = Stærð
resource-file-uploaded = Hlaðið upp
resource-file-current = núgildandi
resource-pages = { $count ->
    [one] { $count } blaðsíða
   *[other] { $count } blaðsíður
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Hlaða upp nýrri skrá ({ $language })
resource-new-file-hint = Nýja skráin verður núgildandi skrá; eldri skrárnar eru áfram á listanum og enn er hægt að sækja þær.
resource-new-file-send = Hlaða upp skránni
resource-add-translation = Bæta við þýðingu
resource-add-translation-send = Bæta þýðingunni við
resource-review = Yfirfara
resource-review-publish = Birta
resource-review-return = Senda aftur til höfundar sem drög
resource-publish = Birta

resource-added = Efninu hefur verið bætt við.
resource-version-added = Þýðingunni hefur verið bætt við.
resource-file-added = Nýju skránni hefur verið hlaðið upp; sú eldri er áfram á listanum.
resource-published = Efnið hefur verið birt.
resource-submitted = Efnið hefur verið sent inn: umsjónaraðilar tengslanetsins fara yfir það áður en það verður opinbert.
resource-returned = Efnið hefur verið sent aftur til höfundar sem drög.

upload-progress = Hleður upp: { $percent } %
upload-failed = Upphleðslan tókst ekki. Reyndu aftur.

error-file-too-large = Skráin er stærri en leyfilegt er fyrir þessa tegund efnis. Deildu frekar tengli á staðinn þar sem hún er hýst.
error-file-missing = Veldu skrá eða gefðu upp tengil.
error-upload-incomplete = Upphleðslan rofnaði áður en öll skráin barst. Ekkert var vistað; reyndu aftur.
error-file-type-refused = Efnissafnið tekur ekki við þessari skráartegund. Forritum og þjöppuðum skráasöfnum er hafnað; tekið er við ePub-, OpenDocument- og Office-skrám.
error-file-type-mismatch = Innihald skrárinnar passar ekki við heiti hennar: skrá með endingunni .pdf verður að vera PDF-skjal.
error-file-name-invalid = Skráarheitið inniheldur stafi sem mega ekki vera í skráarheiti, eða það er of langt (í mesta lagi 200 stafir).
error-file-unreadable = Ekki er hægt að lesa skrána: hún er skemmd, eða hún verður margfalt stærri þegar hún er afþjöppuð.
error-file-duplicate = Nákvæmlega þessi skrá er nú þegar núgildandi skrá þessarar útgáfu.
error-link-invalid = Tengillinn verður að vera veffang sem byrjar á https:// eða http://.
error-version-exists = Efnið er nú þegar til í útgáfu á þessu tungumáli.
error-not-a-form = Þessi beiðni er ekki eyðublað sem efnissafnið getur lesið.
error-back-to-form = Aftur á eyðublaðið

## Efnissöfn (verkfærakistur)

collections-title = Verkfærakistur
collections-lead = Efnissöfn sem umsjónaraðilar tengslanetanna hafa tekið saman um tiltekinn efnisflokk eða fyrir tiltekið tengslanet, og hverju atriði fylgir skýring á því hvers vegna það er haft með.
collections-none = Engar verkfærakistur eru til enn.
collection-count = { $count ->
    [one] { $count } atriði
   *[other] { $count } atriði
}
collection-new = Ný verkfærakista
collection-new-lead = Verkfærakista safnar saman efni úr efnissafninu í þeirri röð sem þú velur. Þú bætir efni í hana á síðu hvers efnis.
collection-description = Til hvers verkfærakistan er
collection-create = Búa til verkfærakistuna
collection-curator = Tekið saman af
collection-empty = Ekkert efni er enn í þessari verkfærakistu.
collection-unseen = { $count ->
    [one] { $count } atriði til viðbótar í þessari verkfærakistu er aðeins fyrir félaga eða fyrir tiltekið tengslanet.
   *[other] { $count } atriði til viðbótar í þessari verkfærakistu eru aðeins fyrir félaga eða fyrir tiltekið tengslanet.
}
collection-add-hint = Til að bæta við efni skaltu opna það í efnissafninu og velja „Bæta í verkfærakistu“.
collection-item-up = Færa upp
collection-item-down = Færa niður
collection-item-remove = Fjarlægja úr verkfærakistunni
collection-item-note = Skýring
collection-item-note-save = Vista skýringuna
collection-note = Hvers vegna það er í verkfærakistunni (valfrjálst)
collection-add-to = Bæta í verkfærakistu
collection-which = Verkfærakista
collection-add-send = Bæta í verkfærakistuna
collection-created = Verkfærakistan hefur verið búin til. Þú bætir efni í hana á síðu hvers efnis.
collection-saved = Verkfærakistan hefur verið vistuð.
collection-item-added = Efninu hefur verið bætt í verkfærakistuna.

## Hvar efni er notað, og að hengja það við

used-in-title = Notað í
used-in-collection = Verkfærakista
used-in-thread = Jafningjaráðgjöf
used-in-activity = Aðgerðaáætlun
attached-title = Efni úr efnissafninu
attached-add = Hengja við efni
attached-resource = Efni
attached-resource-hint = Slóð síðu þess í efnissafninu, eða númer þess.
attached-add-send = Hengja við
attached-remove = Fjarlægja
resource-attached = Efnið hefur verið hengt við.
resource-detached = Efnið hefur verið fjarlægt.
activity-resources = Efni
activity-resources-none = Ekkert efni úr efnissafninu er tengt þessari aðgerð.
error-resource-unknown = Ekkert efni í efnissafninu sem þú hefur aðgang að hefur þessa slóð eða þetta númer.
error-already-listed = Þetta efni er þegar á listanum.

## Breytingar, tilkynningar og yfirferð

resource-edit = Breyta
resource-edit-lead = Breyttu því sem lýsir efninu og titli, samantekt og tengli einnar af tungumálaútgáfum þess. Skrám er bætt við á síðu efnisins; eldri skrár eru varðveittar.
resource-edit-version = Tungumálaútgáfa: { $language }
resource-edit-other-versions = Breyta annarri tungumálaútgáfu
resource-edit-save = Vista breytingarnar
resource-saved = Breytingarnar hafa verið vistaðar.
resource-flag = Tilkynna
resource-flagged = Takk fyrir: stjórnendur efnissafnsins munu skoða þetta efni.
resource-moderation-hide = Fela efnið
resource-moderation-restore = Sýna efnið aftur
resource-moderation-dismiss = Halda efninu óbreyttu
library-review-title = Yfirferð efnissafnsins
library-review-waiting = Bíður ákvörðunar
library-review-none = Ekkert efni bíður yfirferðar eða hefur verið tilkynnt.
library-review-resource = Efni
