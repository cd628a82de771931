## Breytingar á skránni: stofnanir, leit að samstarfsaðilum, félagar, tengslanet og innflutningur.

organisations-export = Sækja þennan lista sem CSV-skrá
filter-offers = Býður samstarf
filter-seeks = Leitar samstarfs

organisation-edit = Breyta þessari stofnun
organisation-edit-title = Breyta upplýsingum um stofnunina
organisation-edit-back = Aftur á síðu stofnunarinnar
organisation-edit-not-allowed = Aðeins félagar stofnunarinnar sjálfrar og samræmingaraðilar vettvangsins mega breyta upplýsingum um hana.
organisation-save = Vista upplýsingar stofnunarinnar
organisation-saved = Upplýsingar stofnunarinnar hafa verið vistaðar.
field-organisation-name = Heiti stofnunarinnar
field-city = Staður
field-description = Lýsing
field-description-language = Tungumál lýsingarinnar
field-topics = Sérsvið

partnerships-page-title = Leit að samstarfsaðilum
partnerships-lead = Hvað stofnanir tengslanetanna bjóða og að hverju þær leita. Síaðu eftir tegund samstarfs, sérsviði og landi.
partnerships-title = Tilboð og þarfir
partnerships-none-here = Þessi stofnun hefur ekki enn skráð nein tilboð eða þarfir.
partnerships-none = Engin tilboð eða þarfir passa við þessar síur.
partnerships-found = { $count ->
    [one] { $count } tilboð eða þörf
   *[other] { $count } tilboð og þarfir
}
partnership-add = Bæta við tilboði eða þörf
partnership-add-submit = Bæta við
partnership-added = Skráningunni hefur verið bætt við.
partnership-withdraw = Draga til baka
partnership-removed = Skráningin hefur verið dregin til baka.
partnership-any-country = Opið samstarfsaðilum frá öllum löndum
partnership-open-to = Opið samstarfsaðilum frá: { $countries }
field-direction = Tilboð eða þörf
field-partnership-kind = Tegund samstarfs
field-open-to = Opið samstarfsaðilum frá
field-open-to-hint = Veldu ekkert land til að taka við samstarfsaðilum frá öllum löndum; haltu Ctrl (eða ⌘) niðri til að velja fleiri en eitt.
suggestions-title = Mögulegir samstarfsaðilar
suggestions-intro = Tilboð annarra stofnana sem passa við þarfir þessarar stofnunar: sama tegund samstarfs og að minnsta kosti eitt sameiginlegt sérsvið.
suggestions-mine = Mögulegir samstarfsaðilar fyrir stofnunina þína
suggestion-for = Svarar þörfinni: { $kind }

memberships-title = Aðild að tengslanetum
memberships-intro = Tengslanetin sem þú hefur umsjón með: bættu þessari stofnun við, breyttu aðildarstigi hennar eða fjarlægðu hana.
membership-add = Bæta við tengslanetið
membership-save = Breyta aðildarstiginu
membership-remove = Fjarlægja úr tengslanetinu
membership-saved = Aðildin hefur verið vistuð.
membership-removed = Stofnunin hefur verið fjarlægð úr tengslanetinu.
field-level = Aðildarstig
field-network = Tengslanet

network-facilitators = Umsjónaraðilar
field-expertise = Sérþekking
member-no-expertise = Engin sérþekking hefur verið skráð enn.

network-create = Stofna tengslanet
network-create-submit = Stofna tengslanetið
network-created = Tengslanetið hefur verið stofnað.
field-network-name = Heiti tengslanetsins
field-network-kind = Tegund tengslanets
field-network-parent = Aðili að tengslanetinu
network-no-parent = Ekkert (tengslanet á efsta stigi)
network-no-country = Ekkert (alþjóðlegt eða þemabundið tengslanet)
network-country-hint = Innlend og svæðisbundin tengslanet verða að hafa land.

import-title = Flytja inn stofnanir
import-lead = Bættu mörgum stofnunum í einu við tengslanet úr CSV-skrá. Þú sérð hverja línu yfirfarna áður en nokkuð er flutt inn.
import-not-allowed = Aðeins umsjónaraðilar tengslanets og samræmingaraðilar vettvangsins mega flytja inn stofnanir.
import-columns = Fyrsta lína skrárinnar tilgreinir heiti dálkanna: { $required } (nauðsynlegir) og { $optional } (valfrjálsir). Dálkarnir mega vera í hvaða röð sem er, aðskildir með kommum eða semíkommum.
import-lists-hint = Atvinnugreinar, sérsvið og tungumál geta haft mörg gildi, aðskilin með semíkommum, með sömu lyklum og í útfluttum lista; aðildarstigið er „core“, „member“ eða „associate“ („member“ ef reiturinn er auður).
import-network = Tengslanet sem stofnanirnar ganga í
import-file = CSV-skrá (UTF-8)
import-upload = Yfirfara skrána
import-preview-title = Forskoðun innflutnings
import-preview-heading = Innflutningur skrárinnar { $file } í tengslanetið { $network }
import-summary = { $ready ->
    [one] { $ready } stofnun tilbúin til innflutnings
   *[other] { $ready } stofnanir tilbúnar til innflutnings
}, { $problems ->
    [one] { $problems } vandamál
   *[other] { $problems } vandamál
}.
import-problems = Línur með vandamálum
import-fix-and-upload = Ekkert er flutt inn á meðan vandamál er í einhverri línu. Lagaðu skrána og hladdu henni upp aftur.
import-ready = Línur tilbúnar til innflutnings
import-line = Lína
import-column = Dálkur
import-problem = Vandamál
import-value = Gildi í skránni
import-apply = { $count ->
    [one] Flytja inn { $count } stofnun
   *[other] Flytja inn { $count } stofnanir
}
import-applied = Stofnanirnar hafa verið fluttar inn.
import-done = { $count ->
    [one] { $count } stofnun var flutt inn.
   *[other] { $count } stofnanir voru fluttar inn.
}
import-another = Flytja inn aðra skrá

error-text-missing = Fylltu út þennan reit.
error-choice-unknown = Veldu eitt af gildunum sem eru í boði.
error-website-invalid = Sláðu inn veffang sem byrjar á https:// eða http://.
error-topic-missing = Veldu að minnsta kosti eitt sérsvið.
error-already-member = Þessi stofnun er þegar aðili að tengslanetinu.
error-organisation-exists = Stofnun með þessu heiti er þegar til á þessum stað.
error-import-unreadable = Ekki tókst að lesa skrána sem töflu yfir stofnanir. Gakktu úr skugga um að þetta sé CSV-skrá með UTF-8-stafasetti og að fyrsta línan tilgreini nauðsynlegu dálkana.
error-import-empty = Skráin inniheldur engar stofnanir.
error-import-too-large = Skráin er of stór: hámark er 5 MB og 20.000 stofnanir.
error-import-has-errors = Vandamál eru í sumum línum og því var ekkert flutt inn.
error-import-applied = Þessi skrá hefur þegar verið flutt inn.
error-limit-reached = Hámarkinu er náð: fjarlægðu færslu áður en þú bætir annarri við.
