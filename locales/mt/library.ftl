# Il-librerija: riżorsi kondiviżi min-netwerks, f’diversi lingwi.

nav-library = Librerija
library-title = Librerija
library-lead = Gwidi, manwali, mudelli, filmati u għodod mill-membri tan-netwerks, kull waħda bil-lingwi li ġiet tradotta fihom.
library-add = Żid riżorsa
library-add-lead = Aqsam dokument, ePub, vidjo, preżentazzjoni, mudell jew ħolqa. Agħti t-titolu u s-sommarju bil-lingwa li nkitbet biha r-riżorsa; it-traduzzjonijiet jistgħu jiżdiedu wara.
library-add-send = Żid ir-riżorsa
library-sign-in-to-add = Idħol fil-kont biex iżżid riżorsa
library-found = { $count ->
    [one] { $count } riżorsa
    [two] { $count } riżorsi
    [few] { $count } riżorsi
    [many] { $count } riżorsa
   *[other] { $count } riżorsa
}
library-none = L-ebda riżorsa ma taqbel ma’ din it-tfittxija.
library-search-label = Fittex fit-titoli, fis-sommarji u fit-test tal-fajls
library-sort = Ordni
library-sort-relevance = L-aħjar qbil
library-sort-newest = L-aktar ġodda l-ewwel
library-file = Fajl
library-file-hint = Mhux aktar minn { $size } MB (għal vidjo: { $video } MB), jew agħti ħolqa għal fejn hu ospitat. PDF, ePub, dokumenti tal-uffiċċju (OpenDocument, Word, Excel, PowerPoint), filmati, awdjo, stampi u test sempliċi.

resource-kind = Tip
resource-kind-document = Dokument
resource-kind-epub = ePub
resource-kind-video = Vidjo
resource-kind-presentation = Preżentazzjoni
resource-kind-template = Mudell jew għodda
resource-kind-website = Sit elettroniku
resource-kind-dataset = Sett ta’ data

resource-audience = Għal min
audience-trainers = Għalliema u ħarrieġa
audience-learners = Studenti u apprendisti
audience-managers = Maniġers tal-fornituri tal-ETV
audience-companies = Kumpaniji u ħarrieġa fuq il-post tax-xogħol
audience-guidance = Konsulenti tal-gwida
audience-policymakers = Dawk li jfasslu l-politika

resource-licence = Liċenzja
licence-cc-by = Attribuzzjoni (CC BY 4.0)
licence-cc-by-sa = Attribuzzjoni – KondiviżjoniUgwali (CC BY-SA 4.0)
licence-cc-by-nc = Attribuzzjoni – MhuxKummerċjali (CC BY-NC 4.0)
licence-cc-by-nc-sa = Attribuzzjoni – MhuxKummerċjali – KondiviżjoniUgwali (CC BY-NC-SA 4.0)
licence-cc-by-nd = Attribuzzjoni – EbdaDerivattivi (CC BY-ND 4.0)
licence-cc-by-nc-nd = Attribuzzjoni – MhuxKummerċjali – EbdaDerivattivi (CC BY-NC-ND 4.0)
licence-cc0 = Dominju pubbliku (CC0 1.0)
licence-all-rights-reserved = Id-drittijiet kollha riżervati
resource-attribution = “{ $title }” minn { $author }, liċenzjat taħt { $licence }.
resource-licence-deed = X’tippermetti l-liċenzja
resource-rights-reserved = © { $author }. Id-drittijiet kollha riżervati: staqsi lill-awturi qabel ma terġa’ tużaha.

resource-visibility = Min jista’ jaraha
visibility-everyone = Kulħadd
visibility-members = Membri li dħlu fil-kont
visibility-network = Il-membri tan-netwerk tagħha

resource-status-draft = Abbozz
resource-status-submitted = Qed tistenna r-reviżjoni
resource-status-published = Ippubblikata
resource-draft-hint = tidher biss lilek u lill-faċilitaturi tan-netwerk sakemm tiġi ppubblikata.
resource-submitted-hint = il-faċilitaturi tan-netwerk jirrevedu r-riżorsa qabel ma ssir pubblika.
resource-hidden = Moħbija minn moderatur

resource-field-title = Titolu
resource-field-summary = Sommarju
resource-field-author = Awturi (kif jissemmew fl-attribuzzjoni)
resource-field-link = Ħolqa (sit elettroniku, jew fejn hu ospitat vidjo)
resource-field-draft = Żommha bħala abbozz għalissa
resource-language = Lingwa
resource-topics = Suġġetti
resource-sectors = Setturi
resource-countries = Pajjiżi
resource-network = Netwerk
resource-network-none = Il-pjattaforma kollha
resource-organisation = Organizzazzjoni
resource-added-by = Miżjuda minn
resource-updated = Aġġornata
resource-about = Dwar din ir-riżorsa
resource-original = oriġinali
resource-other-languages = F’lingwi oħra
resource-not-in-your-language = Għadha mhix disponibbli bil-lingwa: { $language }. Qed tintwera bil-lingwa li nkitbet biha: { $shown }.
resource-open-pdf = Iftaħ il-PDF
resource-download = Niżżel
resource-open-link = Mur għar-riżorsa
resource-files = Fajls
resource-file-name = Fajl
resource-file-size = Daqs
resource-file-uploaded = Imtella’
resource-file-current = attwali
resource-pages = { $count ->
    [one] { $count } paġna
    [two] { $count } paġni
    [few] { $count } paġni
    [many] { $count } paġna
   *[other] { $count } paġna
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Tella’ fajl ġdid ({ $language })
resource-new-file-hint = Il-fajl il-ġdid isir il-fajl attwali; il-fajls ta’ qabel jibqgħu fil-lista u xorta jistgħu jitniżżlu.
resource-new-file-send = Tella’ l-fajl
resource-add-translation = Żid traduzzjoni
resource-add-translation-send = Żid it-traduzzjoni
resource-review = Reviżjoni
resource-review-publish = Ippubblika
resource-review-return = Irritornaha lill-awtur bħala abbozz
resource-publish = Ippubblika

resource-added = Ir-riżorsa ġiet miżjuda.
resource-version-added = It-traduzzjoni ġiet miżjuda.
resource-file-added = Il-fajl il-ġdid ittella’; dak ta’ qabel għadu fil-lista.
resource-published = Ir-riżorsa ġiet ippubblikata.
resource-submitted = Ir-riżorsa ntbagħtet: il-faċilitaturi tan-netwerk jirrevedu r-riżorsa qabel ma ssir pubblika.
resource-returned = Ir-riżorsa reġgħet lura għand l-awtur tagħha bħala abbozz.

upload-progress = Qed jittella’: { $percent }%
upload-failed = It-tlugħ ma rnexxiex. Jekk jogħġbok erġa’ pprova.

error-file-too-large = Il-fajl huwa akbar mil-limitu għal dan it-tip ta’ riżorsa. Minflok, aqsam ħolqa għal fejn hu ospitat.
error-file-missing = Agħżel fajl jew agħti ħolqa.
error-upload-incomplete = It-tlugħ waqaf qabel ma wasal il-fajl kollu. Ma nżamm xejn; jekk jogħġbok erġa’ pprova.
error-file-type-refused = Il-librerija ma taċċettax dan it-tip ta’ fajl. Il-programmi u l-arkivji huma miċħuda; il-fajls ePub, OpenDocument u Office huma aċċettati.
error-file-type-mismatch = Il-kontenut tal-fajl ma jaqbilx mal-isem tiegħu: fajl li ismu jispiċċa b’.pdf irid ikun PDF.
error-file-name-invalid = L-isem tal-fajl fih karattri li isem ta’ fajl ma jistax ikollu, jew huwa twil wisq (mhux aktar minn 200 karattru).
error-file-unreadable = Il-fajl ma jistax jinqara: huwa bil-ħsara, jew meta jinfetaħ jokkupa ħafna aktar spazju milli fih.
error-file-duplicate = Dan l-istess fajl diġà huwa l-fajl attwali ta’ din il-verżjoni.
error-link-invalid = Il-ħolqa trid tkun indirizz web li jibda b’https:// jew http://.
error-version-exists = Ir-riżorsa diġà għandha verżjoni b’din il-lingwa.
error-not-a-form = Din it-talba mhix formola li l-librerija tista’ taqra.
error-back-to-form = Lura għall-formola

## Ġabriet (kaxxi tal-għodod)

collections-title = Kaxxi tal-għodod
collections-lead = Ġabriet ta’ riżorsi mħejjija mill-faċilitaturi tan-netwerks dwar suġġett jew għal netwerk, kull riżorsa b’nota li tispjega għaliex tinsab hemm.
collections-none = Għad m’hemm l-ebda kaxxa tal-għodod.
collection-count = { $count ->
    [one] { $count } riżorsa
    [two] { $count } riżorsi
    [few] { $count } riżorsi
    [many] { $count } riżorsa
   *[other] { $count } riżorsa
}
collection-new = Kaxxa tal-għodod ġdida
collection-new-lead = Kaxxa tal-għodod tiġbor riżorsi tal-librerija fl-ordni li tagħżel int. Żid ir-riżorsi fiha mill-paġni tagħhom stess.
collection-description = Għal xiex isservi l-kaxxa tal-għodod
collection-create = Oħloq il-kaxxa tal-għodod
collection-curator = Imħejjija minn
collection-empty = Għad m’hemm l-ebda riżorsa f’din il-kaxxa tal-għodod.
collection-unseen = { $count ->
    [one] F’din il-kaxxa tal-għodod hemm { $count } riżorsa oħra li hija għall-membri biss jew għal netwerk wieħed biss.
    [two] F’din il-kaxxa tal-għodod hemm { $count } riżorsi oħra li huma għall-membri biss jew għal netwerk wieħed biss.
    [few] F’din il-kaxxa tal-għodod hemm { $count } riżorsi oħra li huma għall-membri biss jew għal netwerk wieħed biss.
    [many] F’din il-kaxxa tal-għodod hemm { $count } riżorsa oħra li huma għall-membri biss jew għal netwerk wieħed biss.
   *[other] F’din il-kaxxa tal-għodod hemm { $count } riżorsa oħra li huma għall-membri biss jew għal netwerk wieħed biss.
}
collection-add-hint = Biex iżżid riżorsa, iftaħha fil-librerija u agħżel “Żid ma’ kaxxa tal-għodod”.
collection-item-up = Ċaqlaq ’il fuq
collection-item-down = Ċaqlaq ’l isfel
collection-item-remove = Neħħi mill-kaxxa tal-għodod
collection-item-note = Nota
collection-item-note-save = Salva n-nota
collection-note = Għaliex qiegħda fil-kaxxa tal-għodod (mhux obbligatorju)
collection-add-to = Żid ma’ kaxxa tal-għodod
collection-which = Kaxxa tal-għodod
collection-add-send = Żid mal-kaxxa tal-għodod
collection-created = Il-kaxxa tal-għodod inħolqot. Żid ir-riżorsi fiha mill-paġni tagħhom.
collection-saved = Il-kaxxa tal-għodod ġiet salvata.
collection-item-added = Ir-riżorsa ġiet miżjuda mal-kaxxa tal-għodod.

## Fejn tintuża riżorsa, u kif tehmiżha

used-in-title = Fejn tintuża
used-in-collection = Kaxxa tal-għodod
used-in-thread = Konsulenza bejn il-pari
used-in-activity = Pjan ta’ azzjoni
attached-title = Riżorsi mil-librerija
attached-add = Ehmeż riżorsa
attached-resource = Riżorsa
attached-resource-hint = L-indirizz tal-paġna tagħha fil-librerija, jew in-numru tagħha.
attached-add-send = Ehmeż
attached-remove = Neħħi
resource-attached = Ir-riżorsa ġiet mehmuża.
resource-detached = Ir-riżorsa tneħħiet.
activity-resources = Riżorsi
activity-resources-none = L-ebda riżorsa tal-librerija mhi mehmuża ma’ din l-attività.
error-resource-unknown = M’hemm l-ebda riżorsa tal-librerija li tista’ taqra b’dan l-indirizz jew b’dan in-numru.
error-already-listed = Din ir-riżorsa diġà tinsab hawn.

## Editjar, rapporti u reviżjoni

resource-edit = Editja
resource-edit-lead = Ibdel dak li jiddeskrivi r-riżorsa, u t-titolu, is-sommarju u l-ħolqa ta’ waħda mill-verżjonijiet lingwistiċi tagħha. Il-fajls jiżdiedu fil-paġna tar-riżorsa; dawk ta’ qabel jinżammu.
resource-edit-version = Il-verżjoni bil-lingwa: { $language }
resource-edit-other-versions = Editja verżjoni b’lingwa oħra
resource-edit-save = Salva l-bidliet
resource-saved = Il-bidliet ġew salvati.
resource-flag = Irrapporta
resource-flagged = Grazzi: ir-reviżuri tal-librerija se jħarsu lejn din ir-riżorsa.
resource-moderation-hide = Aħbi r-riżorsa
resource-moderation-restore = Erġa’ uri r-riżorsa
resource-moderation-dismiss = Żomm ir-riżorsa kif inhi
library-review-title = Reviżjoni tal-librerija
library-review-waiting = Fl-istennija ta’ deċiżjoni
library-review-none = L-ebda riżorsa ma qed tistenna reviżjoni jew ma ġiet irrappurtata.
library-review-resource = Riżorsa
