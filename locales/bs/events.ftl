## Događaji: zašto se odbijaju vrijeme, broj mjesta ili prijava.

error-time-zone-unknown = Odaberite vremensku zonu sa liste.
error-wall-time-skipped = Ovo vrijeme tog dana ne postoji u toj vremenskoj zoni: satovi se pomjeraju sat unaprijed. Odaberite drugo vrijeme.
error-wall-time-repeated = Ovo vrijeme se tog dana u toj vremenskoj zoni pojavljuje dvaput: satovi se pomjeraju sat unazad. Odaberite drugo vrijeme.
error-capacity-invalid = Broj mjesta mora biti cijeli broj, najmanje 1. Ako broj mjesta nije ograničen, ostavite polje prazno.
error-already-registered = Već ste prijavljeni na ovaj događaj.
error-event-past = Ovaj događaj je već održan.
error-event-cancelled = Ovaj događaj je otkazan.
error-invitation-only = Mjesta na ovom događaju dodjeljuju se samo na poziv. Obratite se organizatorima ako želite učestvovati.
error-group-archived = Mandat ove radne grupe je istekao: arhivirana je i više se ne može mijenjati.
error-last-leader = Radna grupa mora imati barem jednog voditelja. Imenujte drugog voditelja prije nego što se povučete.
error-place-missing = Navedite link za videokonferenciju, mjesto održavanja ili oboje.
error-series-too-long = Serija može imati najviše 150 termina. Odaberite raniji datum završetka.
error-event-unknown = Na ovoj adresi nema događaja ili vam nije dostupan.
error-group-unknown = Na ovoj adresi nema radne grupe ili vam nije dostupna.
error-calendar-address-revoked = Ova adresa kalendara je opozvana. Kopirajte svoju novu adresu sa stranice svog kalendara.
error-not-registered = Niste prijavljeni na ovaj događaj.

## Vrste događaja.

event-kind-peer-learning = Sastanak učenja među kolegama
event-kind-webinar = Vebinar
event-kind-e-conference = Online konferencija
event-kind-workshop = Radionica
event-kind-study-visit = Studijska posjeta
event-kind-annual-meeting = Godišnji sastanak

## Kako se dobija mjesto na događaju ili ulazi u radnu grupu.

admission-open = Otvoreno za sve
admission-request = Na zahtjev, uz odobrenje organizatora
admission-invitation = Samo na poziv

## Status člana u odnosu na događaj.

attendance-registered = Prijavljen
attendance-waiting = Na listi čekanja
attendance-requested = Zahtjev poslan
attendance-invited = Pozvan
attendance-cancelled = Prijava otkazana
attendance-declined = Zahtjev odbijen

## Kako se ponavlja serija događaja.

recurrence-weekly = Svake sedmice
recurrence-monthly = Svakog mjeseca, istog dana u sedmici

## Ko vidi radnu grupu.

group-visibility-public = Javna
group-visibility-members = Prijavljeni članovi
group-visibility-hidden = Samo članovi grupe

## Lista događaja.

events-title = Događaji
events-lead = Sastanci učenja među kolegama, vebinari, konferencije, radionice, studijske posjete i godišnji sastanci mreža i njihovih radnih grupa.
events-upcoming = Predstojeći događaji
events-past = Održani događaji
events-found = { $count ->
    [one] { $count } događaj
    [few] { $count } događaja
   *[other] { $count } događaja
}
events-none = Nijedan događaj ne odgovara ovom izboru.
events-organise = Organizujte događaj
events-your-calendar = Vaš kalendar
events-filter-kind = Vrsta događaja
events-filter-network = Mreža
events-show = Prikaži
event-your-time = Vaše vrijeme: { $time }
event-online = Putem interneta
event-places-left = { $count ->
    [one] Preostalo je još { $count } mjesto
    [few] Preostala su još { $count } mjesta
   *[other] Preostalo je još { $count } mjesta
}
event-full = Popunjeno: lista čekanja je otvorena
event-recorded = Snimak je dostupan
event-cancelled-badge = Otkazano
event-in-series = Dio serije

## Stranica događaja.

event-when = Kada
event-where = Gdje
event-languages = Jezici koji se govore
event-organised-by = Organizator
event-admission = Pristup
event-places = Broj mjesta
event-places-taken = Zauzeta mjesta: { $registered } od { $capacity }
event-places-unlimited = Prijavljenih: { $registered }, broj mjesta nije ograničen
event-waiting-count = { $count ->
    [one] { $count } osoba na listi čekanja
    [few] { $count } osobe na listi čekanja
   *[other] { $count } osoba na listi čekanja
}
event-your-standing = Vaša prijava
event-register = Prijavi se na događaj
event-request = Zatraži mjesto
event-join-waiting-list = Upiši me na listu čekanja
event-access-needs = Potrebe u vezi s pristupačnošću (nije obavezno)
event-access-needs-hint = Ovo vide samo organizatori: pristup bez stepenica, prevođenje na znakovni jezik, posebna ishrana, sve što vam pomaže da učestvujete.
event-withdraw = Otkaži moju prijavu
event-sign-in-to-register = Za prijavu na događaj prijavite se na svoj račun
event-meeting-link = Link za videokonferenciju
event-meeting-link-hint = Učesnici ovdje vide link za videokonferenciju čim dobiju mjesto.
event-add-to-calendar = Dodajte u svoj kalendar
event-calendar-file = Ovaj događaj (datoteka .ics)
event-series-file = Cijela serija (datoteka .ics)
event-agenda = Program
event-materials = Materijali
event-recording = Snimak
event-watch-recording = Pogledajte snimak
event-questions = Pitanja i odgovori
event-conclusions = Zaključci
event-taken-place = Ovaj događaj je održan.

## Šta organizatori rade na stranici događaja.

event-organisers = Za organizatore
event-participants = Učesnici
event-participants-csv = Preuzmi listu učesnika (CSV)
event-no-participants = Još se niko nije prijavio.
event-cancel = Otkaži ovaj događaj
event-cancel-confirm = Da, otkaži ga: kalendari učesnika bit će obaviješteni.
event-add-session = Dodajte tačku u program
event-session-starts = Početak
event-session-ends = Završetak
event-session-title = Naslov
event-session-speakers = Govornici
event-add-material = Dodajte materijal
event-material-title = Naslov
event-material-link = Link ili broj odnosno adresa materijala iz biblioteke
event-recording-link = Link za snimak
event-save = Sačuvaj

## Obrazac za novi događaj.

event-new-title = Organizujte događaj
event-new-lead = Najavite događaj članovima. Vremena se unose prema satu vremenske zone koju odaberete; svi ih vide u toj zoni i u svojoj.
event-field-organiser = Organizator
event-organiser-platform = Cijela platforma
event-field-kind = Vrsta događaja
event-field-title = Naslov
event-field-lang = Jezik ove najave
event-field-languages = Jezici koji se govore na događaju
event-field-description = Opis
event-field-time-zone = Vremenska zona
event-field-starts = Početak
event-field-ends = Završetak
event-field-online-url = Link za videokonferenciju (za događaj putem interneta)
event-field-venue = Mjesto održavanja (za događaj uživo)
event-field-address = Adresa
event-field-country = Država
event-field-visibility = Ko ga može vidjeti
event-field-admission = Pristup
event-field-capacity = Broj mjesta
event-field-capacity-hint = Ostavite prazno ako broj mjesta nije ograničen. Kada se sva mjesta popune, otvara se lista čekanja.
event-field-repeat = Ponavljanje
event-repeat-none = Ne ponavlja se
event-field-until = Posljednji datum serije
event-create = Najavi događaj

## Obavještenja nakon slanja obrasca.

event-registered = Prijavljeni ste. Link za videokonferenciju i datoteka kalendara nalaze se na ovoj stranici.
event-waiting = Sva mjesta su zauzeta: na listi ste čekanja i dobit ćete mjesto čim se neko oslobodi.
event-requested = Vaš zahtjev je poslan organizatorima.
event-withdrawn = Vaša prijava je otkazana.
event-created = Događaj je najavljen.
event-cancelled = Događaj je otkazan.
event-decided = Vaša odluka je sačuvana.
event-session-added = Tačka je dodana u program.
event-material-added = Materijal je dodan.
event-recording-saved = Link za snimak je sačuvan.

## Adresa kalendara člana.

calendar-title = Vaš kalendar
calendar-lead = Pretplatite se na adresu svog kalendara u svom kalendarskom programu (Outlook, Apple Calendar, Thunderbird, Google Calendar): tamo će se prikazivati događaji na koje ste se prijavili, uvijek ažurirani.
calendar-address-label = Adresa vašeg kalendara
calendar-address-once = Kopirajte je odmah: prikazuje se samo ovaj put. Svako ko ima ovu adresu može vidjeti vaše događaje, zato je nikome ne dajte.
calendar-has-address = Imate adresu kalendara. Ako ste je izgubili ili je možda zna neko drugi, napravite novu: stara će prestati važiti.
calendar-no-address = Još nemate adresu kalendara.
calendar-make = Napravi adresu mog kalendara
calendar-make-new = Napravi novu adresu
calendar-revoke = Opozovi moju adresu
calendar-public-feeds = Javni kalendari
calendar-public-feeds-lead = Događaji otvoreni za sve, za svaku mrežu i svaku javnu radnu grupu, na koje se možete pretplatiti bez prijave.
calendar-address-made = Nova adresa vašeg kalendara je spremna.
calendar-address-revoked = Adresa vašeg kalendara je opozvana: kalendarski programi s nje više ništa ne dobijaju.
event-participant = Učesnik
error-cancel-unconfirmed = Označite polje da potvrdite da se događaj otkazuje.
event-country-none = Nije navedena

## E-mail poruke o mjestu na događaju.

mail-event-place-subject = Vaše mjesto: { $title }
mail-event-place-body = Dobar dan, { $name },

    imate mjesto na događaju „{ $title }“, { $time }.

    Događaj se nalazi u prilogu ovog e-maila: vaš kalendarski program će ga dodati i ažurirati ako se promijeni. Stranica događaja, s linkom za videokonferenciju ako se događaj održava putem interneta:
    { $link }
mail-event-cancelled-subject = Uklonjeno iz kalendara: { $title }
mail-event-cancelled-body = Dobar dan, { $name },

    događaj „{ $title }“, { $time }, uklanja se iz vašeg kalendara: događaj je otkazan ili je otkazana vaša prijava.

    Priložena poruka omogućava vašem kalendarskom programu da ga ukloni. Stranica događaja:
    { $link }
mail-event-reminder-subject = Uskoro: { $title }
mail-event-reminder-body = Dobar dan, { $name },

    podsjećamo vas da događaj „{ $title }“ uskoro počinje: { $time }.

    Stranica događaja, s linkom za videokonferenciju ako se događaj održava putem interneta:
    { $link }

event-add-question = Postavite pitanje grupama za diskusiju
event-question-text = Pitanje
event-record-answer = Unesite odgovor grupe
event-answer-group = Grupa za diskusiju
event-answer-text = Odgovor grupe
event-question-added = Pitanje je dodano.
event-answer-recorded = Odgovor grupe je unesen.

event-edit = Izmijenite ovaj događaj
event-edit-save = Sačuvaj izmjene
event-saved = Događaj je sačuvan. Oni koji imaju mjesto dobivaju izmjenu u svojim kalendarima.

## Organizatori pozivaju članove.

error-member-unknown = Nijedan član nema ovu e-mail adresu.
event-invite = Pozovi člana
event-invite-email = E-mail adresa člana
event-invited = Poziv je poslan.
mail-event-invited-subject = Poziv: { $title }
mail-event-invited-body = Dobar dan, { $name },

    organizatori vas pozivaju na događaj „{ $title }“, { $time }.

    Svoje mjesto potvrdite na stranici događaja:
    { $link }
