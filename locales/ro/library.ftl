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
