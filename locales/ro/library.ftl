# Biblioteca: resurse partajate de rețele, în mai multe limbi.

nav-library = Bibliotecă
library-title = Biblioteca
library-lead = Ghiduri, manuale, șabloane, videoclipuri și instrumente de la membrii rețelelor, fiecare în limbile în care a fost tradus.
library-add = Adăugați o resursă
library-add-lead = Partajați un document, un ePub, un videoclip, o prezentare, un șablon sau un link. Indicați titlul și rezumatul în limba în care este scrisă resursa; traducerile pot fi adăugate ulterior.
library-add-send = Adăugați resursa
library-sign-in-to-add = Autentificați-vă pentru a adăuga o resursă
library-found = { $count ->
    [one] { $count } resursă
    [few] { $count } resurse
   *[other] { $count } de resurse
}
library-none = Nicio resursă nu corespunde acestei căutări.
library-search-label = Căutați în titluri, rezumate și în textul fișierelor
library-sort = Ordonare
library-sort-relevance = Cea mai bună potrivire
library-sort-newest = Cele mai noi mai întâi
library-file = Fișier
library-file-hint = Cel mult { $size } MB (pentru un videoclip: { $video } MB) sau indicați un link către locul unde este găzduit. PDF, ePub, documente de birou (OpenDocument, Word, Excel, PowerPoint), videoclipuri, fișiere audio, imagini și text simplu.

resource-kind = Tipul
resource-kind-document = Document
resource-kind-epub = ePub
resource-kind-video = Videoclip
resource-kind-presentation = Prezentare
resource-kind-template = Șablon sau instrument
resource-kind-website = Site web
resource-kind-dataset = Set de date

resource-audience = Public țintă
audience-trainers = Profesori și formatori
audience-learners = Cursanți și ucenici
audience-managers = Manageri ai furnizorilor de EFP
audience-companies = Întreprinderi și formatori din întreprinderi
audience-guidance = Consilieri de orientare profesională
audience-policymakers = Factori de decizie politică

resource-licence = Licența
licence-cc-by = Atribuire (CC BY 4.0)
licence-cc-by-sa = Atribuire – Partajare în Condiții Identice (CC BY-SA 4.0)
licence-cc-by-nc = Atribuire – NeComercial (CC BY-NC 4.0)
licence-cc-by-nc-sa = Atribuire – NeComercial – Partajare în Condiții Identice (CC BY-NC-SA 4.0)
licence-cc-by-nd = Atribuire – FărăDerivate (CC BY-ND 4.0)
licence-cc-by-nc-nd = Atribuire – NeComercial – FărăDerivate (CC BY-NC-ND 4.0)
licence-cc0 = Domeniul public (CC0 1.0)
licence-all-rights-reserved = Toate drepturile rezervate
resource-attribution = „{ $title }” de { $author }, disponibil sub licența { $licence }.
resource-licence-deed = Ce permite licența
resource-rights-reserved = © { $author }. Toate drepturile rezervate: cereți permisiunea autorilor înainte de a reutiliza resursa.

resource-visibility = Cine o poate vedea
visibility-everyone = Toată lumea
visibility-members = Membrii autentificați
visibility-network = Membrii rețelei sale

resource-status-draft = Ciornă
resource-status-submitted = În așteptarea verificării
resource-status-published = Publicată
resource-draft-hint = numai dumneavoastră și facilitatorii rețelei o vedeți până când este publicată.
resource-submitted-hint = facilitatorii rețelei o verifică înainte să devină publică.
resource-hidden = Ascunsă de un moderator

resource-field-title = Titlu
resource-field-summary = Rezumat
resource-field-author = Autori (așa cum apar în atribuire)
resource-field-link = Link (un site web sau locul unde este găzduit un videoclip)
resource-field-draft = Păstrați-o deocamdată ca ciornă
resource-language = Limba
resource-topics = Teme
resource-sectors = Sectoare
resource-countries = Țări
resource-network = Rețeaua
resource-network-none = Întreaga platformă
resource-organisation = Organizația
resource-added-by = Adăugată de
resource-updated = Actualizată
resource-about = Despre această resursă
resource-original = originală
resource-other-languages = În alte limbi
resource-not-in-your-language = Nu este încă disponibilă în limba { $language }: este afișată în limba { $shown }, limba în care a fost scrisă.
resource-open-pdf = Deschideți fișierul PDF
resource-download = Descărcați
resource-open-link = Accesați resursa
resource-files = Fișiere
resource-file-name = Fișier
resource-file-size = Dimensiune
resource-file-uploaded = Încărcat
resource-file-current = actual
resource-pages = { $count ->
    [one] { $count } pagină
    [few] { $count } pagini
   *[other] { $count } de pagini
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Încărcați un fișier nou ({ $language })
resource-new-file-hint = Noul fișier devine fișierul actual; fișierele anterioare rămân în listă și pot fi în continuare descărcate.
resource-new-file-send = Încărcați fișierul
resource-add-translation = Adăugați o traducere
resource-add-translation-send = Adăugați traducerea
resource-review = Verificare
resource-review-publish = Publicați
resource-review-return = Returnați-o autorului ca ciornă
resource-publish = Publicați

resource-added = Resursa a fost adăugată.
resource-version-added = Traducerea a fost adăugată.
resource-file-added = Noul fișier a fost încărcat; cel anterior rămâne în listă.
resource-published = Resursa a fost publicată.
resource-submitted = Resursa a fost trimisă: facilitatorii rețelei o verifică înainte să devină publică.
resource-returned = Resursa a fost returnată autorului ca ciornă.

upload-progress = Încărcare: { $percent }%
upload-failed = Încărcarea nu a reușit. Vă rugăm să încercați din nou.

error-file-too-large = Fișierul depășește limita pentru acest tip de resursă. Partajați în schimb un link către locul unde este găzduit.
error-file-missing = Alegeți un fișier sau indicați un link.
error-upload-incomplete = Încărcarea s-a întrerupt înainte ca întregul fișier să ajungă. Nu s-a păstrat nimic; vă rugăm să încercați din nou.
error-file-type-refused = Biblioteca nu acceptă acest tip de fișier. Programele și arhivele sunt refuzate; fișierele ePub, OpenDocument și Office sunt acceptate.
error-file-type-mismatch = Conținutul fișierului nu corespunde numelui său: un fișier cu extensia .pdf trebuie să fie un PDF.
error-file-name-invalid = Numele fișierului conține caractere nepermise într-un nume de fișier sau este prea lung (cel mult 200 de caractere).
error-file-unreadable = Fișierul nu poate fi citit: este deteriorat sau, la dezarhivare, ar ocupa mult mai mult spațiu decât dimensiunea sa.
error-file-duplicate = Exact acest fișier este deja fișierul actual al acestei versiuni.
error-link-invalid = Linkul trebuie să fie o adresă web care începe cu https:// sau http://.
error-version-exists = Resursa are deja o versiune în această limbă.
error-not-a-form = Această cerere nu este un formular pe care biblioteca îl poate citi.
error-back-to-form = Înapoi la formular

## Truse de instrumente (colecții de resurse)

collections-title = Truse de instrumente
collections-lead = Colecții de resurse alcătuite de facilitatorii rețelelor pentru o temă sau pentru o rețea, fiecare resursă fiind însoțită de o notă care explică de ce a fost inclusă.
collections-none = Nu există încă nicio trusă de instrumente.
collection-count = { $count ->
    [one] { $count } resursă
    [few] { $count } resurse
   *[other] { $count } de resurse
}
collection-new = Trusă de instrumente nouă
collection-new-lead = O trusă de instrumente reunește resurse din bibliotecă în ordinea pe care o alegeți. Adăugați resurse în ea de pe paginile acestora.
collection-description = La ce folosește trusa de instrumente
collection-create = Creați trusa de instrumente
collection-curator = Alcătuită de
collection-empty = Această trusă de instrumente nu conține încă nicio resursă.
collection-unseen = { $count ->
    [one] Încă { $count } resursă din această trusă de instrumente este disponibilă doar pentru membri sau doar pentru o rețea.
    [few] Încă { $count } resurse din această trusă de instrumente sunt disponibile doar pentru membri sau doar pentru o rețea.
   *[other] Încă { $count } de resurse din această trusă de instrumente sunt disponibile doar pentru membri sau doar pentru o rețea.
}
collection-add-hint = Pentru a adăuga o resursă, deschideți-o în bibliotecă și alegeți „Adăugați într-o trusă de instrumente”.
collection-item-up = Mutați mai sus
collection-item-down = Mutați mai jos
collection-item-remove = Eliminați din trusa de instrumente
collection-item-note = Notă
collection-item-note-save = Salvați nota
collection-note = De ce se află în trusa de instrumente (opțional)
collection-add-to = Adăugați într-o trusă de instrumente
collection-which = Trusa de instrumente
collection-add-send = Adăugați în trusa de instrumente
collection-created = Trusa de instrumente a fost creată. Adăugați resurse în ea de pe paginile acestora.
collection-saved = Trusa de instrumente a fost salvată.
collection-item-added = Resursa a fost adăugată în trusa de instrumente.

## Unde este folosită o resursă și atașarea ei

used-in-title = Unde este folosită
used-in-collection = Trusă de instrumente
used-in-thread = Consiliere între egali
used-in-activity = Plan de acțiune
attached-title = Resurse din bibliotecă
attached-add = Atașați o resursă
attached-resource = Resursa
attached-resource-hint = Adresa paginii sale din bibliotecă sau numărul său.
attached-add-send = Atașați
attached-remove = Eliminați
resource-attached = Resursa a fost atașată.
resource-detached = Resursa a fost eliminată.
activity-resources = Resurse
activity-resources-none = Nicio resursă din bibliotecă nu este atașată acestei activități.
error-resource-unknown = Nicio resursă din bibliotecă pe care o puteți consulta nu are această adresă sau acest număr.
error-already-listed = Această resursă este deja aici.

## Editare, semnalări și verificare

resource-edit = Editați
resource-edit-lead = Modificați datele care descriu resursa, precum și titlul, rezumatul și linkul uneia dintre versiunile sale lingvistice. Fișierele se adaugă pe pagina resursei; cele anterioare se păstrează.
resource-edit-version = Versiunea lingvistică: { $language }
resource-edit-other-versions = Editați o altă versiune lingvistică
resource-edit-save = Salvați modificările
resource-saved = Modificările au fost salvate.
resource-flag = Semnalați
resource-flagged = Vă mulțumim: evaluatorii bibliotecii vor examina această resursă.
resource-moderation-hide = Ascundeți resursa
resource-moderation-restore = Afișați din nou resursa
resource-moderation-dismiss = Păstrați resursa neschimbată
library-review-title = Verificarea bibliotecii
library-review-waiting = În așteptarea unei decizii
library-review-none = Nicio resursă nu așteaptă verificarea și nicio resursă nu a fost semnalată.
library-review-resource = Resursa
