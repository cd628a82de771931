## L-editjar tad-direttorju: organizzazzjonijiet, tfittxija għal sħab, membri, netwerks, importazzjonijiet.

organisations-export = Niżżel din il-lista bħala CSV
filter-offers = Toffri sħubija
filter-seeks = Tfittex sħubija

organisation-edit = Editja din l-organizzazzjoni
organisation-edit-title = Editja l-organizzazzjoni
organisation-edit-back = Lura għall-organizzazzjoni
organisation-edit-not-allowed = Din l-organizzazzjoni tista’ tiġi editjata biss mill-membri tagħha stess u mill-koordinaturi tal-pjattaforma.
organisation-save = Salva l-organizzazzjoni
organisation-saved = L-organizzazzjoni ġiet salvata.
field-organisation-name = Isem l-organizzazzjoni
field-city = Belt
field-description = Deskrizzjoni
field-description-language = Lingwa tad-deskrizzjoni
field-topics = Oqsma ta’ għarfien espert

partnerships-page-title = Tfittxija għal sħab
partnerships-lead = X’joffru u x’qed ifittxu l-organizzazzjonijiet tan-netwerks. Iffiltra skont it-tip ta’ sħubija, is-suġġett u l-pajjiż.
partnerships-title = Offerti u ħtiġijiet
partnerships-none-here = Din l-organizzazzjoni għadha ma ddikjarat l-ebda offerta jew ħtieġa.
partnerships-none = L-ebda offerta jew ħtieġa ma taqbel ma’ dawn il-filtri.
partnerships-found = { $count ->
    [one] { $count } offerta jew ħtieġa
    [two] { $count } offerti jew ħtiġijiet
    [few] { $count } offerti jew ħtiġijiet
    [many] { $count } offerta jew ħtieġa
   *[other] { $count } offerta jew ħtieġa
}
partnership-add = Żid offerta jew ħtieġa
partnership-add-submit = Żid
partnership-added = L-offerta jew il-ħtieġa ġiet miżjuda.
partnership-withdraw = Irtira
partnership-removed = L-offerta jew il-ħtieġa ġiet irtirata.
partnership-any-country = Miftuħa għal sħab minn kull pajjiż
partnership-open-to = Miftuħa għal sħab minn: { $countries }
field-direction = Offerta jew ħtieġa
field-partnership-kind = Tip ta’ sħubija
field-open-to = Miftuħa għal sħab minn
field-open-to-hint = Tagħżel l-ebda pajjiż biex taċċetta sħab minn kull pajjiż; żomm Ctrl (jew ⌘) magħfus biex tagħżel aktar minn wieħed.
suggestions-title = Sħab possibbli
suggestions-intro = Offerti ta’ organizzazzjonijiet oħra li jaqblu mal-ħtiġijiet ta’ din l-organizzazzjoni: l-istess tip ta’ sħubija u mill-inqas suġġett wieħed komuni.
suggestions-mine = Sħab possibbli għall-organizzazzjoni tiegħek
suggestion-for = Twieġeb għall-ħtieġa: { $kind }

memberships-title = Sħubija fin-netwerks
memberships-intro = In-netwerks li inti faċilitatur tagħhom: żid din l-organizzazzjoni, ibdel il-livell ta’ sħubija tagħha jew neħħiha.
membership-add = Żid fin-netwerk
membership-save = Ibdel il-livell
membership-remove = Neħħi min-netwerk
membership-saved = Is-sħubija ġiet salvata.
membership-removed = L-organizzazzjoni tneħħiet min-netwerk.
field-level = Livell ta’ sħubija
field-network = Netwerk

network-facilitators = Faċilitaturi
field-expertise = Għarfien espert
member-no-expertise = Għadu ma ġie ddikjarat l-ebda għarfien espert.

network-create = Oħloq netwerk
network-create-submit = Oħloq in-netwerk
network-created = In-netwerk inħoloq.
field-network-name = Isem in-netwerk
field-network-kind = Tip ta’ netwerk
field-network-parent = Membru tan-netwerk
network-no-parent = Xejn (netwerk fil-quċċata)
network-no-country = Xejn (internazzjonali jew tematiku)
network-country-hint = In-netwerks nazzjonali u reġjonali jeħtieġu pajjiż.

import-title = Importa organizzazzjonijiet
import-lead = Żid ħafna organizzazzjonijiet f’netwerk f’daqqa minn fajl CSV. Tara kull ringiela ċċekkjata qabel ma jiġi importat xejn.
import-not-allowed = Il-faċilitaturi ta’ netwerk u l-koordinaturi tal-pjattaforma biss jistgħu jimportaw organizzazzjonijiet.
import-columns = L-ewwel linja tal-fajl tagħti l-ismijiet tal-kolonni: { $required } (obbligatorji) u { $optional } (mhux obbligatorji). Il-kolonni jistgħu jkunu f’kull ordni, separati b’virgoli jew bi punt u virgola.
import-lists-hint = Is-setturi, is-suġġetti u l-lingwi jieħdu diversi valuri separati bi punt u virgola, bl-istess ċwievet bħal f’lista esportata; il-livell huwa “core”, “member” jew “associate” (“member” jekk ikun vojt).
import-network = In-netwerk li fih jissieħbu l-organizzazzjonijiet
import-file = Fajl CSV (UTF-8)
import-upload = Iċċekkja l-fajl
import-preview-title = Dehra preliminari tal-importazzjoni
import-preview-heading = Importazzjoni ta’ { $file } f’{ $network }
import-summary = { $ready ->
    [one] { $ready } organizzazzjoni lesta biex tiġi importata
    [two] { $ready } organizzazzjonijiet lesti biex jiġu importati
    [few] { $ready } organizzazzjonijiet lesti biex jiġu importati
    [many] { $ready } organizzazzjoni lesti biex jiġu importati
   *[other] { $ready } organizzazzjoni lesti biex jiġu importati
}, { $problems ->
    [one] { $problems } problema
    [two] { $problems } problemi
    [few] { $problems } problemi
    [many] { $problems } problema
   *[other] { $problems } problema
}.
import-problems = Ringieli bi problemi
import-fix-and-upload = Xejn ma jiġi importat sakemm xi ringiela jkollha problema. Ikkoreġi l-fajl u erġa’ tellgħu.
import-ready = Ringieli lesti biex jiġu importati
import-line = Linja
import-column = Kolonna
import-problem = Problema
import-value = Valur fil-fajl
import-apply = { $count ->
    [one] Importa { $count } organizzazzjoni
    [two] Importa { $count } organizzazzjonijiet
    [few] Importa { $count } organizzazzjonijiet
    [many] Importa { $count } organizzazzjoni
   *[other] Importa { $count } organizzazzjoni
}
import-applied = L-organizzazzjonijiet ġew importati.
import-done = { $count ->
    [one] Ġiet importata { $count } organizzazzjoni.
    [two] Ġew importati { $count } organizzazzjonijiet.
    [few] Ġew importati { $count } organizzazzjonijiet.
    [many] Ġew importati { $count } organizzazzjoni.
   *[other] Ġew importati { $count } organizzazzjoni.
}
import-another = Importa fajl ieħor

error-text-missing = Imla dan il-qasam.
error-choice-unknown = Agħżel wieħed mill-valuri offruti.
error-website-invalid = Daħħal indirizz web li jibda b’https:// jew http://.
error-topic-missing = Agħżel mill-inqas suġġett wieħed.
error-already-member = Din l-organizzazzjoni diġà hija membru tan-netwerk.
error-organisation-exists = Diġà teżisti organizzazzjoni b’dan l-isem f’din il-belt.
error-import-unreadable = Il-fajl ma setax jinqara bħala tabella ta’ organizzazzjonijiet. Iċċekkja li huwa fajl CSV UTF-8 li l-ewwel linja tiegħu tagħti l-ismijiet tal-kolonni obbligatorji.
error-import-empty = Il-fajl ma fih l-ebda organizzazzjoni.
error-import-too-large = Il-fajl kbir wisq: massimu ta’ 5 MB u 20,000 organizzazzjoni.
error-import-has-errors = Xi ringieli għandhom problemi, għalhekk ma ġie importat xejn.
error-import-applied = Dan il-fajl diġà ġie importat.
error-limit-reached = Intlaħaq il-limitu: neħħi entrata qabel ma żżid oħra.
