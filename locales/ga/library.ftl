# An leabharlann: acmhainní a roinneann na líonraí, i dteangacha éagsúla.

nav-library = Leabharlann
library-title = Leabharlann
library-lead = Treoracha, lámhleabhair, teimpléid, físeáin agus uirlisí ó bhaill na líonraí, agus gach ceann acu ar fáil sna teangacha inar aistríodh é.
library-add = Cuir acmhainn leis
library-add-lead = Roinn doiciméad, ePub, físeán, cur i láthair, teimpléad nó nasc. Tabhair teideal agus achoimre na hacmhainne sa teanga inar scríobhadh í; is féidir aistriúcháin a chur leis níos déanaí.
library-add-send = Cuir an acmhainn leis
library-sign-in-to-add = Sínigh isteach chun acmhainn a chur leis
library-found = { $count ->
    [one] { $count } acmhainn
    [two] { $count } acmhainn
    [few] { $count } acmhainn
    [many] { $count } n-acmhainn
   *[other] { $count } acmhainn
}
library-none = Níl aon acmhainn a mheaitseálann an cuardach seo.
library-search-label = Cuardaigh sna teidil, sna hachoimrí agus i dtéacs na gcomhad
library-sort = Ord
library-sort-relevance = Is ábhartha ar dtús
library-sort-newest = Is nuaí ar dtús
library-file = Comhad
library-file-hint = { $size } MB ar a mhéad (físeán: { $video } MB), nó tabhair nasc chuig an áit a bhfuil sé á óstáil. PDF, ePub, doiciméid oifige (OpenDocument, Word, Excel, PowerPoint), físeáin, fuaim, íomhánna agus gnáth-théacs.

resource-kind = Cineál
resource-kind-document = Doiciméad
resource-kind-epub = ePub
resource-kind-video = Físeán
resource-kind-presentation = Cur i láthair
resource-kind-template = Teimpléad nó uirlis
resource-kind-website = Suíomh gréasáin
resource-kind-dataset = Tacar sonraí

resource-audience = Spriocghrúpa
audience-trainers = Múinteoirí agus oiliúnóirí
audience-learners = Foghlaimeoirí agus printísigh
audience-managers = Bainisteoirí soláthraithe gairmoideachais
audience-companies = Comhlachtaí agus oiliúnóirí san ionad oibre
audience-guidance = Comhairleoirí treorach
audience-policymakers = Lucht déanta beartas

resource-licence = Ceadúnas
licence-cc-by = Sannadh (CC BY 4.0)
licence-cc-by-sa = Sannadh – Comhroinn faoi na dálaí céanna (CC BY-SA 4.0)
licence-cc-by-nc = Sannadh – Neamhthráchtáil (CC BY-NC 4.0)
licence-cc-by-nc-sa = Sannadh – Neamhthráchtáil – Comhroinn faoi na dálaí céanna (CC BY-NC-SA 4.0)
licence-cc-by-nd = Sannadh – Gan saothair dhíorthacha (CC BY-ND 4.0)
licence-cc-by-nc-nd = Sannadh – Neamhthráchtáil – Gan saothair dhíorthacha (CC BY-NC-ND 4.0)
licence-cc0 = Fearann poiblí (CC0 1.0)
licence-all-rights-reserved = Gach ceart ar cosaint
resource-attribution = “{ $title }” le { $author }, faoi cheadúnas { $licence }.
resource-licence-deed = An méid a cheadaíonn an ceadúnas
resource-rights-reserved = © { $author }. Gach ceart ar cosaint: iarr cead ar na húdair sula n-athúsáideann tú í.

resource-visibility = Cé atá in ann í a fheiceáil
visibility-everyone = Gach duine
visibility-members = Baill atá sínithe isteach
visibility-network = Baill líonra na hacmhainne

resource-status-draft = Dréacht
resource-status-submitted = Ag fanacht le hathbhreithniú
resource-status-published = Foilsithe
resource-draft-hint = níl sí le feiceáil ach agatsa agus ag éascaitheoirí an líonra go dtí go bhfoilseofar í.
resource-submitted-hint = déanann éascaitheoirí an líonra athbhreithniú uirthi sula gcuirtear ar fáil go poiblí í.
resource-hidden = Curtha i bhfolach ag modhnóir

resource-field-title = Teideal
resource-field-summary = Achoimre
resource-field-author = Údair (mar a ainmnítear iad sa sannadh)
resource-field-link = Nasc (suíomh gréasáin, nó an áit a bhfuil físeán á óstáil)
resource-field-draft = Coinnigh mar dhréacht í faoi láthair
resource-language = Teanga
resource-topics = Ábhair
resource-sectors = Earnálacha
resource-countries = Tíortha
resource-network = Líonra
resource-network-none = An t-ardán ar fad
resource-organisation = Eagraíocht
resource-added-by = Curtha leis ag
resource-updated = Nuashonraithe
resource-about = Faoin acmhainn seo
resource-original = bunleagan
resource-other-languages = I dteangacha eile
resource-not-in-your-language = Níl sí ar fáil fós sa teanga seo: { $language }. Á taispeáint sa teanga inar scríobhadh í: { $shown }.
resource-open-pdf = Oscail an PDF
resource-download = Íoslódáil
resource-open-link = Téigh chuig an acmhainn
resource-files = Comhaid
resource-file-name = Comhad
resource-file-size = Méid
resource-file-uploaded = Uaslódáilte
resource-file-current = reatha
resource-pages = { $count ->
    [one] { $count } leathanach
    [two] { $count } leathanach
    [few] { $count } leathanach
    [many] { $count } leathanach
   *[other] { $count } leathanach
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Uaslódáil comhad nua ({ $language })
resource-new-file-hint = Is é an comhad nua an comhad reatha feasta; fanann na comhaid níos luaithe ar an liosta agus is féidir iad a íoslódáil fós.
resource-new-file-send = Uaslódáil an comhad
resource-add-translation = Cuir aistriúchán leis
resource-add-translation-send = Cuir an t-aistriúchán leis
resource-review = Athbhreithnigh
resource-review-publish = Foilsigh
resource-review-return = Seol ar ais chuig an údar mar dhréacht
resource-publish = Foilsigh

resource-added = Cuireadh an acmhainn leis.
resource-version-added = Cuireadh an t-aistriúchán leis.
resource-file-added = Uaslódáladh an comhad nua; tá an ceann níos luaithe fós ar an liosta.
resource-published = Foilsíodh an acmhainn.
resource-submitted = Cuireadh isteach an acmhainn: déanfaidh éascaitheoirí an líonra athbhreithniú uirthi sula gcuirfear ar fáil go poiblí í.
resource-returned = Seoladh an acmhainn ar ais chuig a húdar mar dhréacht.

upload-progress = Á uaslódáil: { $percent } %
upload-failed = Níor éirigh leis an uaslódáil. Bain triail eile as.

error-file-too-large = Tá an comhad níos mó ná an teorainn don chineál seo acmhainne. Roinn nasc chuig an áit a bhfuil sé á óstáil ina ionad sin.
error-file-missing = Roghnaigh comhad nó tabhair nasc.
error-upload-incomplete = Briseadh an uaslódáil sular tháinig an comhad ar fad. Níor coinníodh aon rud; bain triail eile as.
error-file-type-refused = Ní ghlacann an leabharlann leis an gcineál seo comhaid. Diúltaítear do ríomhchláir agus do chartlanna; glactar le comhaid ePub, OpenDocument agus Office.
error-file-type-mismatch = Ní mheaitseálann ábhar an chomhaid a ainm: caithfidh comhad a bhfuil .pdf ag deireadh a ainm a bheith ina PDF.
error-file-name-invalid = Tá carachtair in ainm an chomhaid nach gceadaítear in ainm comhaid, nó tá sé rófhada (200 carachtar ar a mhéad).
error-file-unreadable = Ní féidir an comhad a léamh: tá sé damáistithe, nó éiríonn sé i bhfad níos mó ná mar atá sé nuair a dhíphacáiltear é.
error-file-duplicate = Is é an comhad céanna seo comhad reatha an leagain seo cheana féin.
error-link-invalid = Caithfidh an nasc a bheith ina sheoladh gréasáin a thosaíonn le https:// nó http://.
error-version-exists = Tá leagan den acmhainn sa teanga seo ann cheana.
error-not-a-form = Níl an t-iarratas seo ina fhoirm ar féidir leis an leabharlann a léamh.
error-back-to-form = Ar ais chuig an bhfoirm

## Bailiúcháin (boscaí uirlisí)

collections-title = Boscaí uirlisí
collections-lead = Bailiúcháin acmhainní a chuir éascaitheoirí na líonraí le chéile ar ábhar áirithe nó do líonra áirithe, agus nóta le gach acmhainn faoin bhfáth a bhfuil sí ann.
collections-none = Níl aon bhosca uirlisí ann fós.
collection-count = { $count ->
    [one] { $count } acmhainn
    [two] { $count } acmhainn
    [few] { $count } acmhainn
    [many] { $count } n-acmhainn
   *[other] { $count } acmhainn
}
collection-new = Bosca uirlisí nua
collection-new-lead = Bailíonn bosca uirlisí acmhainní ón leabharlann san ord a roghnaíonn tú. Cuir acmhainní leis óna leathanaigh féin.
collection-description = Cad chuige an bosca uirlisí
collection-create = Cruthaigh an bosca uirlisí
collection-curator = Curtha le chéile ag
collection-empty = Níl aon acmhainn sa bhosca uirlisí seo fós.
collection-unseen = { $count ->
    [one] Tá { $count } acmhainn eile sa bhosca uirlisí seo nach bhfuil ar fáil ach do bhaill nó do líonra áirithe amháin.
    [two] Tá { $count } acmhainn eile sa bhosca uirlisí seo nach bhfuil ar fáil ach do bhaill nó do líonra áirithe amháin.
    [few] Tá { $count } acmhainn eile sa bhosca uirlisí seo nach bhfuil ar fáil ach do bhaill nó do líonra áirithe amháin.
    [many] Tá { $count } n-acmhainn eile sa bhosca uirlisí seo nach bhfuil ar fáil ach do bhaill nó do líonra áirithe amháin.
   *[other] Tá { $count } acmhainn eile sa bhosca uirlisí seo nach bhfuil ar fáil ach do bhaill nó do líonra áirithe amháin.
}
collection-add-hint = Chun acmhainn a chur leis, oscail í sa leabharlann agus roghnaigh “Cuir le bosca uirlisí”.
collection-item-up = Bog suas
collection-item-down = Bog síos
collection-item-remove = Bain den bhosca uirlisí
collection-item-note = Nóta
collection-item-note-save = Sábháil an nóta
collection-note = An fáth a bhfuil sí sa bhosca uirlisí (roghnach)
collection-add-to = Cuir le bosca uirlisí
collection-which = Bosca uirlisí
collection-add-send = Cuir leis an mbosca uirlisí
collection-created = Cruthaíodh an bosca uirlisí. Cuir acmhainní leis óna leathanaigh féin.
collection-saved = Sábháladh an bosca uirlisí.
collection-item-added = Cuireadh an acmhainn leis an mbosca uirlisí.

## Cá n-úsáidtear acmhainn, agus í a cheangal

used-in-title = Cá n-úsáidtear í
used-in-collection = Bosca uirlisí
used-in-thread = Comhairle ó phiaraí
used-in-activity = Plean gníomhaíochta
attached-title = Acmhainní ón leabharlann
attached-add = Ceangail acmhainn
attached-resource = Acmhainn
attached-resource-hint = Seoladh a leathanaigh sa leabharlann, nó a huimhir.
attached-add-send = Ceangail
attached-remove = Bain
resource-attached = Ceanglaíodh an acmhainn.
resource-detached = Baineadh an acmhainn.
activity-resources = Acmhainní
activity-resources-none = Níl aon acmhainn ón leabharlann ceangailte leis an ngníomhaíocht seo.
error-resource-unknown = Níl aon acmhainn sa leabharlann a bhfuil cead agat í a léamh a bhfuil an seoladh nó an uimhir seo aici.
error-already-listed = Tá an acmhainn seo ann cheana.

## Eagarthóireacht, tuairiscí agus athbhreithniú

resource-edit = Cuir in eagar
resource-edit-lead = Athraigh an tuairisc ar an acmhainn, agus teideal, achoimre agus nasc ceann dá leaganacha teanga. Cuirtear comhaid leis ar leathanach na hacmhainne; coinnítear na cinn níos luaithe.
resource-edit-version = An leagan sa teanga seo: { $language }
resource-edit-other-versions = Cuir leagan teanga eile in eagar
resource-edit-save = Sábháil na hathruithe
resource-saved = Sábháladh na hathruithe.
resource-flag = Tuairiscigh
resource-flagged = Go raibh maith agat: féachfaidh athbhreithneoirí na leabharlainne ar an acmhainn seo.
resource-moderation-hide = Cuir an acmhainn i bhfolach
resource-moderation-restore = Taispeáin an acmhainn arís
resource-moderation-dismiss = Fág an acmhainn mar atá
library-review-title = Athbhreithniú na leabharlainne
library-review-waiting = Ag fanacht le cinneadh
library-review-none = Níl aon acmhainn ag fanacht le hathbhreithniú, agus níor tuairiscíodh aon acmhainn.
library-review-resource = Acmhainn
