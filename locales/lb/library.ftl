# D'Bibliothéik: Ressourcen, déi d'Netzwierker deelen, a méi Sproochen.

nav-library = Bibliothéik
library-title = Bibliothéik
library-lead = Uleedungen, Handbicher, Virlagen, Videoen an Hëllefsmëttel vun de Membere vun den Netzwierker, all an de Sproochen, an déi se iwwersat goufen.
library-add = Eng Ressource derbäisetzen
library-add-lead = Deelt en Dokument, en ePub, e Video, eng Presentatioun, eng Virlag oder e Link. Gitt den Titel an de Resumé an der Sprooch un, an där d'Ressource geschriwwen ass; Iwwersetzunge kënnen duerno derbäigesat ginn.
library-add-send = D'Ressource derbäisetzen
library-sign-in-to-add = Mellt Iech un, fir eng Ressource derbäizesetzen
library-found = { $count ->
    [one] { $count } Ressource
   *[other] { $count } Ressourcen
}
library-none = Keng Ressource passt op dës Sich.
library-search-label = Titelen, Resuméen an den Text vun den Dateien duerchsichen
library-sort = Reiefolleg
library-sort-relevance = Am beschte passend
library-sort-newest = Déi neist fir d'éischt
library-file = Datei
library-file-hint = Héchstens { $size } MB (fir e Video: { $video } MB), oder gitt e Link un, wou d'Datei ofgeruff ka ginn. PDF, ePub, Office-Dokumenter (OpenDocument, Word, Excel, PowerPoint), Videoen, Audiodateien, Biller an einfachen Text.

resource-kind = Aart
resource-kind-document = Dokument
resource-kind-epub = ePub
resource-kind-video = Video
resource-kind-presentation = Presentatioun
resource-kind-template = Virlag oder Hëllefsmëttel
resource-kind-website = Internetsäit
resource-kind-dataset = Datesaz

resource-audience = Zilgrupp
audience-trainers = Enseignanten a Formateuren
audience-learners = Leit an der Ausbildung an Apprentien
audience-managers = Direktioune vu Beruffsausbildungsubidder
audience-companies = Betriber a Formateuren am Betrib
audience-guidance = Beroderinnen a Beroder fir d'Beruffsorientatioun
audience-policymakers = Politesch Decideuren

resource-licence = Lizenz
licence-cc-by = Nennung vum Auteur (CC BY 4.0)
licence-cc-by-sa = Nennung vum Auteur – Weidergi ënner de selwechte Konditiounen (CC BY-SA 4.0)
licence-cc-by-nc = Nennung vum Auteur – Net kommerziell (CC BY-NC 4.0)
licence-cc-by-nc-sa = Nennung vum Auteur – Net kommerziell – Weidergi ënner de selwechte Konditiounen (CC BY-NC-SA 4.0)
licence-cc-by-nd = Nennung vum Auteur – Keng Bearbechtungen (CC BY-ND 4.0)
licence-cc-by-nc-nd = Nennung vum Auteur – Net kommerziell – Keng Bearbechtungen (CC BY-NC-ND 4.0)
licence-cc0 = Fräi vun Auteursrechter (CC0 1.0)
licence-all-rights-reserved = All Rechter virbehalen
resource-attribution = „{ $title }“ vun { $author }, ënner der Lizenz { $licence }.
resource-licence-deed = Wat d'Lizenz erlaabt
resource-rights-reserved = © { $author }. All Rechter virbehalen: Frot d'Auteuren, ier Dir d'Ressource weiderbenotzt.

resource-visibility = Wien däerf se gesinn
visibility-everyone = Jiddereen
visibility-members = Ugemellte Memberen
visibility-network = Membere vun hirem Netzwierk

resource-status-draft = Entworf
resource-status-submitted = Waart op d'Iwwerpréiwung
resource-status-published = Verëffentlecht
resource-draft-hint = nëmmen Dir an d'Moderatorinnen a Moderatore vum Netzwierk gesinn se, bis se verëffentlecht ass.
resource-submitted-hint = d'Moderatorinnen a Moderatore vum Netzwierk iwwerpréiwen se, ier se ëffentlech gëtt.
resource-hidden = Vun de Moderatorinnen a Moderatore verstoppt

resource-field-title = Titel
resource-field-summary = Resumé
resource-field-author = Auteuren (sou wéi se an der Nennung vum Auteur stinn)
resource-field-link = Link (eng Internetsäit, oder d'Adress, wou e Video ofgeruff ka ginn)
resource-field-draft = Fir den Ament als Entworf halen
resource-language = Sprooch
resource-topics = Themen
resource-sectors = Branchen
resource-countries = Länner
resource-network = Netzwierk
resource-network-none = Déi ganz Plattform
resource-organisation = Organisatioun
resource-added-by = Derbäigesat vun
resource-updated = Aktualiséiert
resource-about = Iwwer dës Ressource
resource-original = Originalversioun
resource-other-languages = An anere Sproochen
resource-not-in-your-language = Nach net op { $language } disponibel: gewisen op { $shown }, der Sprooch, an där se geschriwwe gouf.
resource-open-pdf = De PDF opmaachen
resource-download = Eroflueden
resource-open-link = Op d'Ressource goen
resource-files = Dateien
resource-file-name = Datei
resource-file-size = Gréisst
resource-file-uploaded = Eropgelueden
resource-file-current = aktuell
resource-pages = { $count ->
    [one] { $count } Säit
   *[other] { $count } Säiten
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Eng nei Datei eroplueden ({ $language })
resource-new-file-hint = Déi nei Datei gëtt déi aktuell; déi fréier Dateie bleiwen an der Lëscht a kënnen ëmmer nach erofgeluede ginn.
resource-new-file-send = D'Datei eroplueden
resource-add-translation = Eng Iwwersetzung derbäisetzen
resource-add-translation-send = D'Iwwersetzung derbäisetzen
resource-review = Iwwerpréiwen
resource-review-publish = Verëffentlechen
resource-review-return = Als Entworf un den Auteur zréckginn
resource-publish = Verëffentlechen

resource-added = D'Ressource ass derbäigesat.
resource-version-added = D'Iwwersetzung ass derbäigesat.
resource-file-added = Déi nei Datei ass eropgelueden; déi fréier steet ëmmer nach an der Lëscht.
resource-published = D'Ressource ass verëffentlecht.
resource-submitted = D'Ressource ass agereecht: D'Moderatorinnen a Moderatore vum Netzwierk iwwerpréiwen se, ier se ëffentlech gëtt.
resource-returned = D'Ressource ass als Entworf zréck beim Auteur.

upload-progress = Gëtt eropgelueden: { $percent } %
upload-failed = D'Eroplueden huet net geklappt. Probéiert et w.e.g. nach eng Kéier.

error-file-too-large = D'Datei ass méi grouss wéi d'Limit fir dës Aart vu Ressource. Deelt amplaz e Link, wou se ofgeruff ka ginn.
error-file-missing = Wielt eng Datei, oder gitt e Link un.
error-upload-incomplete = D'Eroplueden ass ofgebrach, ier déi ganz Datei ukomm ass. Et gouf näischt gespäichert; probéiert et w.e.g. nach eng Kéier.
error-file-type-refused = D'Bibliothéik hëlt dësen Dateityp net un. Programmer an Archive ginn ofgeleent; ePub-, OpenDocument- an Office-Dateie ginn ugeholl.
error-file-type-mismatch = Den Inhalt vun der Datei passt net zu hirem Numm: Eng Datei, där hiren Numm op .pdf ophält, muss e PDF sinn.
error-file-name-invalid = Den Numm vun der Datei huet Zeechen, déi an engem Dateinumm net erlaabt sinn, oder en ass ze laang (héchstens 200 Zeechen).
error-file-unreadable = D'Datei kann net gelies ginn: Se ass beschiedegt, oder se gëtt beim Auspaken vill méi grouss, wéi se ass.
error-file-duplicate = Genee dës Datei ass schonn déi aktuell Datei vun dëser Sproochversioun.
error-link-invalid = De Link muss eng Internetadress sinn, déi mat https:// oder http:// ufänkt.
error-version-exists = D'Ressource huet schonn eng Versioun an dëser Sprooch.
error-not-a-form = Dës Ufro ass kee Formulaire, deen d'Bibliothéik liese kann.
error-back-to-form = Zréck bei de Formulaire

## Sammlungen (Geschierkëschten)

collections-title = Geschierkëschten
collections-lead = Sammlunge vu Ressourcen, déi d'Moderatorinnen a Moderatore vun den Netzwierker zu engem Thema oder fir en Netzwierk zesummegestallt hunn, all Ressource mat enger Notiz, firwat se dobäi ass.
collections-none = Et gëtt nach keng Geschierkëscht.
collection-count = { $count ->
    [one] { $count } Ressource
   *[other] { $count } Ressourcen
}
collection-new = Nei Geschierkëscht
collection-new-lead = Eng Geschierkëscht stellt Ressourcen aus der Bibliothéik an der Reiefolleg zesummen, déi Dir wielt. Ressourcen setzt Dir vun hiren eegene Säiten aus derbäi.
collection-description = Wouzou d'Geschierkëscht déngt
collection-create = D'Geschierkëscht uleeën
collection-curator = Zesummegestallt vun
collection-empty = An dëser Geschierkëscht ass nach keng Ressource.
collection-unseen = { $count ->
    [one] An dëser Geschierkëscht ass nach { $count } Ressource, déi nëmme fir ugemellte Memberen oder fir en Netzwierk siichtbar ass.
   *[other] An dëser Geschierkëscht sinn nach { $count } Ressourcen, déi nëmme fir ugemellte Memberen oder fir en Netzwierk siichtbar sinn.
}
collection-add-hint = Fir eng Ressource derbäizesetzen, maacht se an der Bibliothéik op a wielt „An eng Geschierkëscht derbäisetzen“.
collection-item-up = Erop réckelen
collection-item-down = Erof réckelen
collection-item-remove = Aus der Geschierkëscht eraushuelen
collection-item-note = Notiz
collection-item-note-save = D'Notiz späicheren
collection-note = Firwat d'Ressource an der Geschierkëscht ass (fakultativ)
collection-add-to = An eng Geschierkëscht derbäisetzen
collection-which = Geschierkëscht
collection-add-send = An d'Geschierkëscht derbäisetzen
collection-created = D'Geschierkëscht ass ugeluecht. Setzt vun hire Säiten aus Ressourcen derbäi.
collection-saved = D'Geschierkëscht ass gespäichert.
collection-item-added = D'Ressource ass an d'Geschierkëscht derbäigesat.

## Wou eng Ressource benotzt gëtt, a wéi een se uhänkt

used-in-title = Benotzt an
used-in-collection = Geschierkëscht
used-in-thread = Kollegial Berodung
used-in-activity = Aktiounsplang
attached-title = Ressourcen aus der Bibliothéik
attached-add = Eng Ressource uhänken
attached-resource = Ressource
attached-resource-hint = D'Adress vun hirer Säit an der Bibliothéik oder hir Nummer.
attached-add-send = Uhänken
attached-remove = Ewechhuelen
resource-attached = D'Ressource ass ugehaang.
resource-detached = D'Ressource ass ewechgeholl.
activity-resources = Ressourcen
activity-resources-none = Un dës Aktivitéit ass keng Ressource aus der Bibliothéik ugehaang.
error-resource-unknown = Keng Ressource aus der Bibliothéik, déi Dir liesen däerft, huet dës Adress oder Nummer.
error-already-listed = Dës Ressource ass schonn do.

## Änneren, Meldungen an Iwwerpréiwung

resource-edit = Änneren
resource-edit-lead = Ännert d'Angaben, déi d'Ressource beschreiwen, souwéi den Titel, de Resumé an de Link vun enger vun hire Sproochversiounen. Dateie ginn op der Säit vun der Ressource derbäigesat; déi fréier bleiwen erhalen.
resource-edit-version = Sproochversioun: { $language }
resource-edit-other-versions = Eng aner Sproochversioun änneren
resource-edit-save = D'Ännerunge späicheren
resource-saved = D'Ännerunge si gespäichert.
resource-flag = Mellen
resource-flagged = Merci: D'Moderatorinnen a Moderatore vun der Bibliothéik kucke sech dës Ressource un.
resource-moderation-hide = D'Ressource verstoppen
resource-moderation-restore = D'Ressource erëm weisen
resource-moderation-dismiss = D'Ressource loossen, wéi se ass
library-review-title = Iwwerpréiwung vun der Bibliothéik
library-review-waiting = Waart op eng Entscheedung
library-review-none = Keng Ressource waart op eng Iwwerpréiwung oder gouf gemellt.
library-review-resource = Ressource
