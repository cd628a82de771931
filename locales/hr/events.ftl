## Događaji: zašto se odbijaju vrijeme, broj mjesta ili prijava.

error-time-zone-unknown = Odaberite vremensku zonu s popisa.
error-wall-time-skipped = Ovo vrijeme toga dana ne postoji u toj vremenskoj zoni: satovi se pomiču sat unaprijed. Odaberite drugo vrijeme.
error-wall-time-repeated = Ovo se vrijeme toga dana u toj vremenskoj zoni pojavljuje dvaput: satovi se pomiču sat unatrag. Odaberite drugo vrijeme.
error-capacity-invalid = Broj mjesta mora biti cijeli broj od najmanje 1. Ako broj mjesta nije ograničen, ostavite polje prazno.
error-already-registered = Već ste prijavljeni na ovaj događaj.
error-event-past = Ovaj je događaj već održan.
error-event-cancelled = Ovaj je događaj otkazan.
error-invitation-only = Mjesta na ovom događaju dodjeljuju se samo na poziv. Ako želite sudjelovati, obratite se organizatorima.
error-group-archived = Mandat ove radne skupine istekao je: skupina je arhivirana i više se ne može mijenjati.
error-last-leader = Radna skupina mora imati barem jednog voditelja. Imenujte drugog voditelja prije nego što se povučete.
error-place-missing = Navedite poveznicu za sastanak, mjesto održavanja ili oboje.
error-series-too-long = Serija može obuhvaćati najviše 150 termina. Odaberite raniji datum završetka.
error-event-unknown = Na ovoj adresi nema događaja ili vam nije dostupan.
error-group-unknown = Na ovoj adresi nema radne skupine ili vam nije dostupna.
error-calendar-address-revoked = Ova je adresa kalendara opozvana. Kopirajte svoju novu adresu sa stranice svojeg kalendara.
error-not-registered = Niste prijavljeni na ovaj događaj.

## Vrste događaja.

event-kind-peer-learning = Susret za uzajamno učenje
event-kind-webinar = Mrežni seminar
event-kind-e-conference = E-konferencija
event-kind-workshop = Radionica
event-kind-study-visit = Studijski posjet
event-kind-annual-meeting = Godišnji sastanak

## Kako se dobiva mjesto na događaju ili ulazi u radnu skupinu.

admission-open = Otvoreno za sve
admission-request = Na zahtjev, uz odobrenje organizatora
admission-invitation = Samo na poziv

## Status člana u odnosu na događaj.

attendance-registered = Prijava potvrđena
attendance-waiting = Na listi čekanja
attendance-requested = Zahtjev poslan
attendance-invited = Poziv primljen
attendance-cancelled = Prijava otkazana
attendance-declined = Zahtjev odbijen

## Kako se ponavlja serija događaja.

recurrence-weekly = Svaki tjedan
recurrence-monthly = Svaki mjesec, istog dana u tjednu

## Tko vidi radnu skupinu.

group-visibility-public = Javno
group-visibility-members = Prijavljeni članovi
group-visibility-hidden = Samo članovi skupine

## Popis događaja.

events-title = Događaji
events-lead = Susreti za uzajamno učenje, mrežni seminari, konferencije, radionice, studijski posjeti i godišnji sastanci mreža i njihovih radnih skupina.
events-upcoming = Nadolazeći događaji
events-past = Održani događaji
events-found = { $count ->
    [one] { $count } događaj
    [few] { $count } događaja
   *[other] { $count } događaja
}
events-none = Nijedan događaj ne odgovara ovom odabiru.
events-organise = Organizirajte događaj
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
event-recorded = Snimka je dostupna
event-cancelled-badge = Otkazano
event-in-series = Dio serije

## Stranica događaja.

event-when = Kada
event-where = Gdje
event-languages = Jezici kojima se govori
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
event-access-needs = Potrebe za pristupačnošću (nije obvezno)
event-access-needs-hint = To vide samo organizatori: pristup bez stuba, prevođenje na znakovni jezik, prehrambene potrebe i sve ostalo što vam pomaže da sudjelujete.
event-withdraw = Otkaži moju prijavu
event-sign-in-to-register = Za prijavu na događaj prijavite se u svoj račun
event-meeting-link = Poveznica za sastanak
event-meeting-link-hint = Sudionici ovdje vide poveznicu za sastanak čim dobiju mjesto.
event-add-to-calendar = Dodajte u svoj kalendar
event-calendar-file = Ovaj događaj (datoteka .ics)
event-series-file = Cijela serija (datoteka .ics)
event-agenda = Program
event-materials = Materijali
event-recording = Snimka
event-watch-recording = Pogledajte snimku
event-questions = Pitanja i odgovori
event-conclusions = Zaključci
event-taken-place = Ovaj je događaj održan.

## Što organizatori rade na stranici događaja.

event-organisers = Za organizatore
event-participants = Sudionici
event-participants-csv = Preuzmi popis sudionika (CSV)
event-no-participants = Još se nitko nije prijavio.
event-cancel = Otkaži ovaj događaj
event-cancel-confirm = Da, otkaži ga: kalendari sudionika bit će obaviješteni.
event-add-session = Dodajte točku u program
event-session-starts = Početak
event-session-ends = Završetak
event-session-title = Naslov
event-session-speakers = Govornici
event-add-material = Dodajte materijal
event-material-title = Naslov
event-material-link = Poveznica ili broj odnosno adresa materijala iz knjižnice
event-recording-link = Poveznica na snimku
event-save = Spremi

## Obrazac za novi događaj.

event-new-title = Organizirajte događaj
event-new-lead = Najavite događaj članovima. Vremena se unose prema satu vremenske zone koju odaberete; svi ih vide u toj zoni i u svojoj.
event-field-organiser = Organizator
event-organiser-platform = Cijela platforma
event-field-kind = Vrsta događaja
event-field-title = Naslov
event-field-lang = Jezik ove najave
event-field-languages = Jezici kojima se govori na događaju
event-field-description = Opis
event-field-time-zone = Vremenska zona
event-field-starts = Početak
event-field-ends = Završetak
event-field-online-url = Poveznica za sastanak (za događaj putem interneta)
event-field-venue = Mjesto održavanja (za događaj uživo)
event-field-address = Adresa
event-field-country = Zemlja
event-field-visibility = Tko ga može vidjeti
event-field-admission = Pristup
event-field-capacity = Broj mjesta
event-field-capacity-hint = Ostavite prazno ako broj mjesta nije ograničen. Kada se sva mjesta popune, otvara se lista čekanja.
event-field-repeat = Ponavljanje
event-repeat-none = Ne ponavlja se
event-field-until = Zadnji datum serije
event-create = Najavi događaj

## Obavijesti nakon slanja obrasca.

event-registered = Prijavljeni ste. Poveznica za sastanak i datoteka kalendara nalaze se na ovoj stranici.
event-waiting = Sva su mjesta zauzeta: na listi ste čekanja i dobit ćete mjesto čim se neko oslobodi.
event-requested = Vaš je zahtjev poslan organizatorima.
event-withdrawn = Vaša je prijava otkazana.
event-created = Događaj je najavljen.
event-cancelled = Događaj je otkazan.
event-decided = Vaša je odluka spremljena.
event-session-added = Točka je dodana u program.
event-material-added = Materijal je dodan.
event-recording-saved = Poveznica na snimku je spremljena.

## Adresa kalendara člana.

calendar-title = Vaš kalendar
calendar-lead = Pretplatite se na adresu svojeg kalendara u svojem kalendarskom programu (Outlook, Apple Calendar, Thunderbird, Google Calendar): ondje će se prikazivati događaji na koje ste se prijavili, uvijek ažurni.
calendar-address-label = Adresa vašeg kalendara
calendar-address-once = Kopirajte je odmah: prikazuje se samo ovaj put. Svatko tko ima ovu adresu može vidjeti vaše događaje, stoga je nikome ne dajte.
calendar-has-address = Imate adresu kalendara. Ako ste je izgubili ili je možda zna netko drugi, izradite novu: stara će prestati vrijediti.
calendar-no-address = Još nemate adresu kalendara.
calendar-make = Izradi adresu mojeg kalendara
calendar-make-new = Izradi novu adresu
calendar-revoke = Opozovi moju adresu
calendar-public-feeds = Javni kalendari
calendar-public-feeds-lead = Događaji otvoreni za sve, za svaku mrežu i svaku javnu radnu skupinu, na koje se možete pretplatiti bez prijave.
calendar-address-made = Nova adresa vašeg kalendara je spremna.
calendar-address-revoked = Adresa vašeg kalendara je opozvana: kalendarski programi s nje više ništa ne primaju.
event-participant = Sudionik
error-cancel-unconfirmed = Označite polje kako biste potvrdili da se događanje otkazuje.
event-country-none = Nije navedena

## Poruke e-pošte o mjestu na događaju.

mail-event-place-subject = Vaše mjesto: { $title }
mail-event-place-body = Dobar dan, { $name },

    imate mjesto na događaju „{ $title }“, { $time }.

    Događaj se nalazi u privitku ove poruke e-pošte: vaš kalendarski program dodat će ga i ažurirati ako se promijeni. Stranica događaja, s poveznicom za sastanak ako se događaj održava putem interneta:
    { $link }
mail-event-cancelled-subject = Uklonjeno iz kalendara: { $title }
mail-event-cancelled-body = Dobar dan, { $name },

    događaj „{ $title }“, { $time }, uklanja se iz vašeg kalendara: događaj je otkazan ili je otkazana vaša prijava.

    Poruka u privitku omogućuje vašem kalendarskom programu da ga ukloni. Stranica događaja:
    { $link }
mail-event-reminder-subject = Uskoro: { $title }
mail-event-reminder-body = Dobar dan, { $name },

    podsjećamo vas da događaj „{ $title }“ uskoro počinje: { $time }.

    Stranica događaja, s poveznicom za sastanak ako se događaj održava putem interneta:
    { $link }

event-add-question = Postavite pitanje skupinama za raspravu
event-question-text = Pitanje
event-record-answer = Unesite odgovor skupine
event-answer-group = Skupina za raspravu
event-answer-text = Odgovor skupine
event-question-added = Pitanje je dodano.
event-answer-recorded = Odgovor skupine je unesen.

event-edit = Izmijenite ovo događanje
event-edit-save = Spremi izmjene
event-saved = Događanje je spremljeno. Oni koji imaju mjesto dobivaju izmjenu u svoje kalendare.

## Organizatori pozivaju članove.

error-member-unknown = Nijedan član nema ovu adresu e-pošte.
event-invite = Pozovi člana
event-invite-email = Adresa e-pošte člana
event-invited = Poziv je poslan.
mail-event-invited-subject = Poziv: { $title }
mail-event-invited-body = Dobar dan, { $name },

    organizatori vas pozivaju na događaj „{ $title }“, { $time }.

    Svoje mjesto potvrdite na stranici događaja:
    { $link }
