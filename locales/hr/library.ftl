# Knjižnica: materijali koje dijele mreže, na više jezika.

nav-library = Knjižnica
library-title = Knjižnica
library-lead = Vodiči, priručnici, predlošci, videozapisi i alati članova mreža, svaki na jezicima na koje je preveden.
library-add = Dodajte materijal
library-add-lead = Podijelite dokument, ePub, videozapis, prezentaciju, predložak ili poveznicu. Naslov i sažetak navedite na jeziku na kojem je materijal napisan; prijevodi se mogu dodati naknadno.
library-add-send = Dodaj materijal
library-sign-in-to-add = Prijavite se da biste dodali materijal
library-found = { $count ->
    [one] { $count } materijal
    [few] { $count } materijala
   *[other] { $count } materijala
}
library-none = Nijedan materijal ne odgovara ovom pretraživanju.
library-search-label = Pretraživanje naslova, sažetaka i teksta datoteka
library-sort = Redoslijed
library-sort-relevance = Najbolje podudaranje
library-sort-newest = Najprije najnovije
library-file = Datoteka
library-file-hint = Najviše { $size } MB (videozapis: { $video } MB) ili unesite poveznicu na mjesto na kojem je datoteka objavljena. PDF, ePub, uredski dokumenti (OpenDocument, Word, Excel, PowerPoint), videozapisi, zvučni zapisi, slike i običan tekst.

resource-kind = Vrsta
resource-kind-document = Dokument
resource-kind-epub = ePub
resource-kind-video = Videozapis
resource-kind-presentation = Prezentacija
resource-kind-template = Predložak ili alat
resource-kind-website = Mrežna stranica
resource-kind-dataset = Skup podataka

resource-audience = Kome je namijenjeno
audience-trainers = Nastavnici i instruktori
audience-learners = Polaznici i naučnici
audience-managers = Rukovoditelji pružatelja strukovnog obrazovanja i osposobljavanja
audience-companies = Poduzeća i mentori kod poslodavaca
audience-guidance = Savjetnici za profesionalno usmjeravanje
audience-policymakers = Donositelji politika

resource-licence = Licenca
licence-cc-by = Imenovanje (CC BY 4.0)
licence-cc-by-sa = Imenovanje – Dijeli pod istim uvjetima (CC BY-SA 4.0)
licence-cc-by-nc = Imenovanje – Nekomercijalno (CC BY-NC 4.0)
licence-cc-by-nc-sa = Imenovanje – Nekomercijalno – Dijeli pod istim uvjetima (CC BY-NC-SA 4.0)
licence-cc-by-nd = Imenovanje – Bez prerada (CC BY-ND 4.0)
licence-cc-by-nc-nd = Imenovanje – Nekomercijalno – Bez prerada (CC BY-NC-ND 4.0)
licence-cc0 = Javno dobro (CC0 1.0)
licence-all-rights-reserved = Sva prava pridržana
resource-attribution = „{ $title }“, autor: { $author }, pod licencom { $licence }.
resource-licence-deed = Što licenca dopušta
resource-rights-reserved = © { $author }. Sva prava pridržana: prije ponovne upotrebe obratite se autorima.

resource-visibility = Tko ga može vidjeti
visibility-everyone = Svi
visibility-members = Prijavljeni članovi
visibility-network = Članovi njegove mreže

resource-status-draft = Nacrt
resource-status-submitted = Čeka pregled
resource-status-published = Objavljeno
resource-draft-hint = dok se ne objavi, vidite ga samo vi i koordinatori mreže.
resource-submitted-hint = koordinatori mreže pregledavaju ga prije nego što postane javan.
resource-hidden = Moderator je sakrio ovaj materijal

resource-field-title = Naslov
resource-field-summary = Sažetak
resource-field-author = Autori (kako se navode pri imenovanju)
resource-field-link = Poveznica (mrežna stranica ili mjesto na kojem je videozapis objavljen)
resource-field-draft = Zasad zadrži kao nacrt
resource-language = Jezik
resource-topics = Teme
resource-sectors = Sektori
resource-countries = Zemlje
resource-network = Mreža
resource-network-none = Cijela platforma
resource-organisation = Organizacija
resource-added-by = Dodao/la
resource-updated = Ažurirano
resource-about = O ovom materijalu
resource-original = izvornik
resource-other-languages = Na drugim jezicima
resource-not-in-your-language = Još nije dostupno na jeziku: { $language }. Prikazano je na jeziku na kojem je napisano: { $shown }.
resource-open-pdf = Otvori PDF
resource-download = Preuzmi
resource-open-link = Idi na materijal
resource-files = Datoteke
resource-file-name = Datoteka
resource-file-size = Veličina
resource-file-uploaded = Učitano
resource-file-current = trenutačna
resource-pages = { $count ->
    [one] { $count } stranica
    [few] { $count } stranice
   *[other] { $count } stranica
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Učitaj novu datoteku ({ $language })
resource-new-file-hint = Nova datoteka postaje trenutačna; ranije datoteke ostaju na popisu i i dalje se mogu preuzeti.
resource-new-file-send = Učitaj datoteku
resource-add-translation = Dodajte prijevod
resource-add-translation-send = Dodaj prijevod
resource-review = Pregled
resource-review-publish = Objavi
resource-review-return = Vrati autoru kao nacrt
resource-publish = Objavi

resource-added = Materijal je dodan.
resource-version-added = Prijevod je dodan.
resource-file-added = Nova datoteka je učitana; ranija je i dalje na popisu.
resource-published = Materijal je objavljen.
resource-submitted = Materijal je poslan na pregled: koordinatori mreže pregledavaju ga prije nego što postane javan.
resource-returned = Materijal je vraćen autoru kao nacrt.

upload-progress = Učitavanje: { $percent } %
upload-failed = Učitavanje nije uspjelo. Pokušajte ponovno.

error-file-too-large = Datoteka premašuje ograničenje za ovu vrstu materijala. Umjesto toga podijelite poveznicu na mjesto na kojem je objavljena.
error-file-missing = Odaberite datoteku ili unesite poveznicu.
error-upload-incomplete = Učitavanje se prekinulo prije nego što je stigla cijela datoteka. Ništa nije spremljeno; pokušajte ponovno.
error-file-type-refused = Knjižnica ne prihvaća ovu vrstu datoteke. Programi i arhive se odbijaju; prihvaćaju se datoteke ePub, OpenDocument i Office.
error-file-type-mismatch = Sadržaj datoteke ne odgovara njezinu nazivu: datoteka s nastavkom .pdf mora biti PDF.
error-file-name-invalid = Naziv datoteke sadrži znakove koji nisu dopušteni u nazivu datoteke ili je predugačak (najviše 200 znakova).
error-file-unreadable = Datoteku nije moguće pročitati: oštećena je ili bi nakon raspakiravanja bila daleko veća nego što jest.
error-file-duplicate = Upravo je ta datoteka već trenutačna datoteka ove verzije.
error-link-invalid = Poveznica mora biti mrežna adresa koja počinje s https:// ili http://.
error-version-exists = Materijal već ima verziju na ovom jeziku.
error-not-a-form = Ovaj zahtjev nije obrazac koji knjižnica može pročitati.
error-back-to-form = Natrag na obrazac

## Zbirke (paketi alata)

collections-title = Paketi alata
collections-lead = Zbirke materijala koje su koordinatori mreža sastavili za određenu temu ili mrežu; uz svaki materijal nalazi se bilješka o tome zašto je uvršten.
collections-none = Još nema nijednog paketa alata.
collection-count = { $count ->
    [one] { $count } materijal
    [few] { $count } materijala
   *[other] { $count } materijala
}
collection-new = Novi paket alata
collection-new-lead = Paket alata okuplja materijale iz knjižnice redoslijedom koji sami odaberete. Materijale u njega dodajete s njihovih stranica.
collection-description = Čemu služi paket alata
collection-create = Izradi paket alata
collection-curator = Sastavio/la
collection-empty = Ovaj paket alata još ne sadrži nijedan materijal.
collection-unseen = { $count ->
    [one] Još { $count } materijal iz ovog paketa alata mogu vidjeti samo prijavljeni članovi ili članovi jedne mreže.
    [few] Još { $count } materijala iz ovog paketa alata mogu vidjeti samo prijavljeni članovi ili članovi jedne mreže.
   *[other] Još { $count } materijala iz ovog paketa alata mogu vidjeti samo prijavljeni članovi ili članovi jedne mreže.
}
collection-add-hint = Da biste dodali materijal, otvorite ga u knjižnici i odaberite „Dodajte u paket alata“.
collection-item-up = Pomakni gore
collection-item-down = Pomakni dolje
collection-item-remove = Ukloni iz paketa alata
collection-item-note = Bilješka
collection-item-note-save = Spremi bilješku
collection-note = Zašto je u paketu alata (nije obvezno)
collection-add-to = Dodajte u paket alata
collection-which = Paket alata
collection-add-send = Dodaj u paket alata
collection-created = Paket alata je izrađen. Materijale u njega dodajte s njihovih stranica.
collection-saved = Paket alata je spremljen.
collection-item-added = Materijal je dodan u paket alata.

## Gdje se materijal upotrebljava i prilaganje materijala

used-in-title = Gdje se upotrebljava
used-in-collection = Paket alata
used-in-thread = Kolegijalno savjetovanje
used-in-activity = Akcijski plan
attached-title = Materijali iz knjižnice
attached-add = Priložite materijal
attached-resource = Materijal
attached-resource-hint = Adresa njegove stranice u knjižnici ili njegov broj.
attached-add-send = Priloži
attached-remove = Ukloni
resource-attached = Materijal je priložen.
resource-detached = Materijal je uklonjen.
activity-resources = Materijali
activity-resources-none = Ovoj aktivnosti nije priložen nijedan materijal iz knjižnice.
error-resource-unknown = U knjižnici nema materijala s tom adresom ili brojem kojem imate pristup.
error-already-listed = Ovaj je materijal već ovdje.

## Uređivanje, prijave i pregled

resource-edit = Uredi
resource-edit-lead = Promijenite podatke koji opisuju materijal te naslov, sažetak i poveznicu jedne od njegovih jezičnih verzija. Datoteke se dodaju na stranici materijala; ranije datoteke se zadržavaju.
resource-edit-version = Verzija na jeziku: { $language }
resource-edit-other-versions = Uredi drugu jezičnu verziju
resource-edit-save = Spremi promjene
resource-saved = Promjene su spremljene.
resource-flag = Prijavi
resource-flagged = Hvala: recenzenti knjižnice pregledat će ovaj materijal.
resource-moderation-hide = Sakrij materijal
resource-moderation-restore = Ponovno prikaži materijal
resource-moderation-dismiss = Zadrži materijal nepromijenjen
library-review-title = Pregled materijala knjižnice
library-review-waiting = Čekaju odluku
library-review-none = Nijedan materijal ne čeka pregled niti je prijavljen.
library-review-resource = Materijal
