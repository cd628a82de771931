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
