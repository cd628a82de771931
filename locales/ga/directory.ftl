## Eagarthóireacht ar an eolaire: eagraíochtaí, cuardach comhpháirtithe, baill, líonraí, iompórtálacha.

organisations-export = Íoslódáil an liosta seo mar CSV
filter-offers = Ag tairiscint comhpháirtíochta
filter-seeks = Ag lorg comhpháirtíochta

organisation-edit = Cuir an eagraíocht seo in eagar
organisation-edit-title = Cuir an eagraíocht in eagar
organisation-edit-back = Ar ais chuig an eagraíocht
organisation-edit-not-allowed = Ní féidir ach le baill na heagraíochta féin agus le comhordaitheoirí an ardáin í a chur in eagar.
organisation-save = Sábháil an eagraíocht
organisation-saved = Sábháladh an eagraíocht.
field-organisation-name = Ainm na heagraíochta
field-city = Cathair
field-description = Tuairisc
field-description-language = Teanga na tuairisce
field-topics = Réimsí saineolais

partnerships-page-title = Cuardach comhpháirtithe
partnerships-lead = An rud a thairgeann eagraíochtaí na líonraí agus an rud atá á lorg acu. Scag de réir cineál comhpháirtíochta, ábhair agus tíre.
partnerships-title = Tairiscintí agus riachtanais
partnerships-none-here = Níor luaigh an eagraíocht seo aon tairiscint ná riachtanas fós.
partnerships-none = Níl aon tairiscint ná riachtanas a mheaitseálann na scagairí seo.
partnerships-found = { $count ->
    [one] { $count } tairiscint nó riachtanas
    [two] { $count } thairiscint nó riachtanas
    [few] { $count } thairiscint nó riachtanas
    [many] { $count } dtairiscint nó riachtanas
   *[other] { $count } tairiscint nó riachtanas
}
partnership-add = Cuir tairiscint nó riachtanas leis
partnership-add-submit = Cuir leis
partnership-added = Cuireadh an tairiscint nó an riachtanas leis.
partnership-withdraw = Tarraing siar
partnership-removed = Tarraingíodh siar an tairiscint nó an riachtanas.
partnership-any-country = Oscailte do chomhpháirtithe ó thír ar bith
partnership-open-to = Oscailte do chomhpháirtithe ó: { $countries }
field-direction = Tairiscint nó riachtanas
field-partnership-kind = Cineál comhpháirtíochta
field-open-to = Oscailte do chomhpháirtithe ó
field-open-to-hint = Ná roghnaigh aon tír chun glacadh le comhpháirtithe ó gach tír; coinnigh Ctrl (nó ⌘) síos chun roinnt acu a roghnú.
suggestions-title = Comhpháirtithe féideartha
suggestions-intro = Tairiscintí ó eagraíochtaí eile a fhreagraíonn do riachtanais na heagraíochta seo: an cineál céanna comhpháirtíochta agus ábhar comhroinnte amháin ar a laghad.
suggestions-mine = Comhpháirtithe féideartha do d’eagraíocht
suggestion-for = Freagraíonn don riachtanas: { $kind }

memberships-title = Ballraíocht i líonraí
memberships-intro = Na líonraí a éascaíonn tú: cuir an eagraíocht seo le ceann acu, athraigh a leibhéal ballraíochta nó bain as í.
membership-add = Cuir leis an líonra
membership-save = Athraigh an leibhéal
membership-remove = Bain den líonra
membership-saved = Sábháladh an bhallraíocht.
membership-removed = Baineadh an eagraíocht den líonra.
field-level = Leibhéal ballraíochta
field-network = Líonra

network-facilitators = Éascaitheoirí
field-expertise = Saineolas
member-no-expertise = Níor luadh aon saineolas fós.

network-create = Cruthaigh líonra
network-create-submit = Cruthaigh an líonra
network-created = Cruthaíodh an líonra.
field-network-name = Ainm an líonra
field-network-kind = Cineál líonra
field-network-parent = Ina bhall den líonra
network-no-parent = Ceann ar bith (líonra ag an mbarr)
network-no-country = Tír ar bith (idirnáisiúnta nó téamach)
network-country-hint = Ní mór tír a shonrú do líonraí náisiúnta agus réigiúnacha.

import-title = Iompórtáil eagraíochtaí
import-lead = Cuir go leor eagraíochtaí le líonra d’aon iarraidh ó chomhad CSV. Feicfidh tú gach ró seiceáilte sula n-iompórtálfar aon rud.
import-not-allowed = Ní féidir ach le héascaitheoirí líonra agus le comhordaitheoirí an ardáin eagraíochtaí a iompórtáil.
import-columns = Ainmníonn an chéad líne den chomhad na colúin: { $required } (riachtanach) agus { $optional } (roghnach). Is féidir na colúin a bheith in ord ar bith, scartha le camóga nó le leathstadanna.
import-lists-hint = Is féidir roinnt luachanna a thabhairt d’earnálacha, d’ábhair agus do theangacha, scartha le leathstadanna, leis na heochracha céanna atá i liosta easpórtáilte; is é an leibhéal “core”, “member” nó “associate” (“member” má fhágtar folamh é).
import-network = An líonra ina mbeidh na heagraíochtaí ina mbaill
import-file = Comhad CSV (UTF-8)
import-upload = Seiceáil an comhad
import-preview-title = Réamhamharc ar an iompórtáil
import-preview-heading = Iompórtáil { $file } chuig { $network }
import-summary = { $ready ->
    [one] { $ready } eagraíocht réidh le hiompórtáil
    [two] { $ready } eagraíocht réidh le hiompórtáil
    [few] { $ready } eagraíocht réidh le hiompórtáil
    [many] { $ready } n-eagraíocht réidh le hiompórtáil
   *[other] { $ready } eagraíocht réidh le hiompórtáil
}, { $problems ->
    [one] { $problems } fadhb
    [two] { $problems } fhadhb
    [few] { $problems } fhadhb
    [many] { $problems } bhfadhb
   *[other] { $problems } fadhb
}.
import-problems = Rónna a bhfuil fadhbanna leo
import-fix-and-upload = Ní iompórtáiltear aon rud fad is atá fadhb le ró ar bith. Ceartaigh an comhad agus uaslódáil arís é.
import-ready = Rónna réidh le hiompórtáil
import-line = Líne
import-column = Colún
import-problem = Fadhb
import-value = Luach sa chomhad
import-apply = { $count ->
    [one] Iompórtáil { $count } eagraíocht
    [two] Iompórtáil { $count } eagraíocht
    [few] Iompórtáil { $count } eagraíocht
    [many] Iompórtáil { $count } n-eagraíocht
   *[other] Iompórtáil { $count } eagraíocht
}
import-applied = Iompórtáladh na heagraíochtaí.
import-done = { $count ->
    [one] Iompórtáladh { $count } eagraíocht.
    [two] Iompórtáladh { $count } eagraíocht.
    [few] Iompórtáladh { $count } eagraíocht.
    [many] Iompórtáladh { $count } n-eagraíocht.
   *[other] Iompórtáladh { $count } eagraíocht.
}
import-another = Iompórtáil comhad eile

error-text-missing = Líon isteach an réimse seo.
error-choice-unknown = Roghnaigh ceann de na luachanna atá ar fáil.
error-website-invalid = Cuir isteach seoladh gréasáin a thosaíonn le https:// nó http://.
error-topic-missing = Roghnaigh ábhar amháin ar a laghad.
error-already-member = Tá an eagraíocht seo ina ball den líonra cheana féin.
error-organisation-exists = Tá eagraíocht leis an ainm seo sa chathair seo cheana féin.
error-import-unreadable = Níorbh fhéidir an comhad a léamh mar thábla eagraíochtaí. Seiceáil gur comhad CSV UTF-8 é agus go n-ainmníonn a chéad líne na colúin riachtanacha.
error-import-empty = Níl aon eagraíocht sa chomhad.
error-import-too-large = Tá an comhad rómhór: 5 MB agus 20,000 eagraíocht ar a mhéad.
error-import-has-errors = Tá fadhbanna le roinnt rónna, mar sin níor iompórtáladh aon rud.
error-import-applied = Iompórtáladh an comhad seo cheana féin.
error-limit-reached = Sroicheadh an teorainn: bain iontráil sula gcuirfidh tú ceann eile leis.
