# Biblioteka: materijali koje dijele mreže, na više jezika.

nav-library = Biblioteka
library-title = Biblioteka
library-lead = Vodiči, priručnici, šabloni, videozapisi i alati članova mreža, svaki na jezicima na koje je preveden.
library-add = Dodajte materijal
library-add-lead = Podijelite dokument, ePub, videozapis, prezentaciju, šablon ili link. Naslov i sažetak navedite na jeziku na kojem je materijal napisan; prijevodi se mogu dodati naknadno.
library-add-send = Dodaj materijal
library-sign-in-to-add = Prijavite se da biste dodali materijal
library-found = { $count ->
    [one] { $count } materijal
    [few] { $count } materijala
   *[other] { $count } materijala
}
library-none = Nijedan materijal ne odgovara ovoj pretrazi.
library-search-label = Pretražite naslove, sažetke i tekst datoteka
library-sort = Redoslijed
library-sort-relevance = Najbolje podudaranje
library-sort-newest = Najnovije prvo
library-file = Datoteka
library-file-hint = Najviše { $size } MB (videozapis: { $video } MB) ili navedite link do mjesta gdje je datoteka objavljena. PDF, ePub, kancelarijski dokumenti (OpenDocument, Word, Excel, PowerPoint), videozapisi, audiozapisi, slike i običan tekst.

resource-kind = Vrsta
resource-kind-document = Dokument
resource-kind-epub = ePub
resource-kind-video = Videozapis
resource-kind-presentation = Prezentacija
resource-kind-template = Šablon ili alat
resource-kind-website = Web-stranica
resource-kind-dataset = Skup podataka

resource-audience = Kome je namijenjeno
audience-trainers = Nastavnici i instruktori
audience-learners = Učenici i polaznici dualnog obrazovanja
audience-managers = Rukovodioci pružalaca stručnog obrazovanja i obuke
audience-companies = Preduzeća i instruktori u preduzećima
audience-guidance = Savjetnici za karijerno usmjeravanje
audience-policymakers = Kreatori politika

resource-licence = Licenca
licence-cc-by = Imenovanje (CC BY 4.0)
licence-cc-by-sa = Imenovanje – Dijeli pod istim uslovima (CC BY-SA 4.0)
licence-cc-by-nc = Imenovanje – Nekomercijalno (CC BY-NC 4.0)
licence-cc-by-nc-sa = Imenovanje – Nekomercijalno – Dijeli pod istim uslovima (CC BY-NC-SA 4.0)
licence-cc-by-nd = Imenovanje – Bez prerada (CC BY-ND 4.0)
licence-cc-by-nc-nd = Imenovanje – Nekomercijalno – Bez prerada (CC BY-NC-ND 4.0)
licence-cc0 = Javna domena (CC0 1.0)
licence-all-rights-reserved = Sva prava zadržana
resource-attribution = „{ $title }“, autor: { $author }, pod licencom { $licence }.
resource-licence-deed = Šta licenca dozvoljava
resource-rights-reserved = © { $author }. Sva prava zadržana: prije ponovne upotrebe obratite se autorima.

resource-visibility = Ko ga može vidjeti
visibility-everyone = Svi
visibility-members = Prijavljeni članovi
visibility-network = Članovi njegove mreže

resource-status-draft = Nacrt
resource-status-submitted = Čeka pregled
resource-status-published = Objavljeno
resource-draft-hint = dok ne bude objavljen, vidite ga samo vi i facilitatori mreže.
resource-submitted-hint = facilitatori mreže ga pregledaju prije nego što postane javan.
resource-hidden = Moderator je sakrio ovaj materijal

resource-field-title = Naslov
resource-field-summary = Sažetak
resource-field-author = Autori (kako se navode pri imenovanju)
resource-field-link = Link (web-stranica ili mjesto gdje je videozapis objavljen)
resource-field-draft = Zasad zadrži kao nacrt
resource-language = Jezik
resource-topics = Oblasti
resource-sectors = Sektori
resource-countries = Države
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
resource-file-current = trenutna
resource-pages = { $count ->
    [one] { $count } stranica
    [few] { $count } stranice
   *[other] { $count } stranica
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Učitaj novu datoteku ({ $language })
resource-new-file-hint = Nova datoteka postaje trenutna; ranije datoteke ostaju na listi i i dalje se mogu preuzeti.
resource-new-file-send = Učitaj datoteku
resource-add-translation = Dodajte prijevod
resource-add-translation-send = Dodaj prijevod
resource-review = Pregled
resource-review-publish = Objavi
resource-review-return = Vrati autoru kao nacrt
resource-publish = Objavi

resource-added = Materijal je dodan.
resource-version-added = Prijevod je dodan.
resource-file-added = Nova datoteka je učitana; prethodna je i dalje na listi.
resource-published = Materijal je objavljen.
resource-submitted = Materijal je poslan na pregled: facilitatori mreže ga pregledaju prije nego što postane javan.
resource-returned = Materijal je vraćen autoru kao nacrt.

upload-progress = Učitavanje: { $percent } %
upload-failed = Učitavanje nije uspjelo. Molimo pokušajte ponovo.

error-file-too-large = Datoteka prelazi ograničenje za ovu vrstu materijala. Umjesto toga podijelite link do mjesta gdje je objavljena.
error-file-missing = Odaberite datoteku ili navedite link.
error-upload-incomplete = Učitavanje je prekinuto prije nego što je stigla cijela datoteka. Ništa nije sačuvano; molimo pokušajte ponovo.
error-file-type-refused = Biblioteka ne prihvata ovu vrstu datoteke. Programi i arhive se odbijaju; prihvataju se datoteke ePub, OpenDocument i Office.
error-file-type-mismatch = Sadržaj datoteke ne odgovara njenom nazivu: datoteka s ekstenzijom .pdf mora biti PDF.
error-file-name-invalid = Naziv datoteke sadrži znakove koji nisu dozvoljeni u nazivu datoteke ili je predug (najviše 200 znakova).
error-file-unreadable = Datoteku nije moguće pročitati: oštećena je ili bi nakon raspakivanja bila daleko veća nego što jeste.
error-file-duplicate = Upravo ova datoteka je već trenutna datoteka ove verzije.
error-link-invalid = Link mora biti web-adresa koja počinje s https:// ili http://.
error-version-exists = Materijal već ima verziju na ovom jeziku.
error-not-a-form = Ovaj zahtjev nije obrazac koji biblioteka može pročitati.
error-back-to-form = Nazad na obrazac

## Zbirke (paketi alata)

collections-title = Paketi alata
collections-lead = Zbirke materijala koje su facilitatori mreža sastavili za određenu oblast ili mrežu; uz svaki materijal stoji bilješka o tome zašto je uvršten.
collections-none = Još nema nijednog paketa alata.
collection-count = { $count ->
    [one] { $count } materijal
    [few] { $count } materijala
   *[other] { $count } materijala
}
collection-new = Novi paket alata
collection-new-lead = Paket alata okuplja materijale iz biblioteke redoslijedom koji sami odaberete. Materijale u njega dodajete s njihovih stranica.
collection-description = Čemu služi paket alata
collection-create = Napravi paket alata
collection-curator = Sastavio/la
collection-empty = Ovaj paket alata još ne sadrži nijedan materijal.
collection-unseen = { $count ->
    [one] Još { $count } materijal iz ovog paketa alata mogu vidjeti samo prijavljeni članovi ili članovi jedne mreže.
    [few] Još { $count } materijala iz ovog paketa alata mogu vidjeti samo prijavljeni članovi ili članovi jedne mreže.
   *[other] Još { $count } materijala iz ovog paketa alata mogu vidjeti samo prijavljeni članovi ili članovi jedne mreže.
}
collection-add-hint = Da biste dodali materijal, otvorite ga u biblioteci i odaberite „Dodajte u paket alata“.
collection-item-up = Pomjeri gore
collection-item-down = Pomjeri dolje
collection-item-remove = Ukloni iz paketa alata
collection-item-note = Bilješka
collection-item-note-save = Sačuvaj bilješku
collection-note = Zašto je u paketu alata (nije obavezno)
collection-add-to = Dodajte u paket alata
collection-which = Paket alata
collection-add-send = Dodaj u paket alata
collection-created = Paket alata je napravljen. Materijale u njega dodajte s njihovih stranica.
collection-saved = Paket alata je sačuvan.
collection-item-added = Materijal je dodan u paket alata.

## Gdje se materijal koristi i prilaganje materijala

used-in-title = Gdje se koristi
used-in-collection = Paket alata
used-in-thread = Savjetovanje među kolegama
used-in-activity = Akcioni plan
attached-title = Materijali iz biblioteke
attached-add = Priložite materijal
attached-resource = Materijal
attached-resource-hint = Adresa njegove stranice u biblioteci ili njegov broj.
attached-add-send = Priloži
attached-remove = Ukloni
resource-attached = Materijal je priložen.
resource-detached = Materijal je uklonjen.
activity-resources = Materijali
activity-resources-none = Ovoj aktivnosti nije priložen nijedan materijal iz biblioteke.
error-resource-unknown = U biblioteci nema materijala s tom adresom ili brojem kojem imate pristup.
error-already-listed = Ovaj materijal je već ovdje.

## Uređivanje, prijave i pregled

resource-edit = Uredi
resource-edit-lead = Promijenite podatke koji opisuju materijal te naslov, sažetak i link jedne od njegovih jezičkih verzija. Datoteke se dodaju na stranici materijala; ranije datoteke se zadržavaju.
resource-edit-version = Verzija na jeziku: { $language }
resource-edit-other-versions = Uredi drugu jezičku verziju
resource-edit-save = Sačuvaj promjene
resource-saved = Promjene su sačuvane.
resource-flag = Prijavi
resource-flagged = Hvala: recenzenti biblioteke će pogledati ovaj materijal.
resource-moderation-hide = Sakrij materijal
resource-moderation-restore = Ponovo prikaži materijal
resource-moderation-dismiss = Zadrži materijal kakav jeste
library-review-title = Pregled materijala biblioteke
library-review-waiting = Čekaju odluku
library-review-none = Nijedan materijal ne čeka pregled niti je prijavljen.
library-review-resource = Materijal
