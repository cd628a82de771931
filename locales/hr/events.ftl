## Događaji: zašto se odbijaju vrijeme, broj mjesta ili prijava.

error-time-zone-unknown = Odaberite vremensku zonu s popisa.
error-wall-time-skipped = Ovo vrijeme toga dana ne postoji u toj vremenskoj zoni: satovi se pomiču sat unaprijed. Odaberite drugo vrijeme.
error-wall-time-repeated = Ovo se vrijeme toga dana u toj vremenskoj zoni pojavljuje dvaput: satovi se pomiču sat unatrag. Odaberite drugo vrijeme.
error-capacity-invalid = Broj mjesta mora biti cijeli broj od najmanje 1. Ako broj mjesta nije ograničen, ostavite polje prazno.
error-already-registered = Već ste prijavljeni na ovaj događaj.
error-event-past = Ovaj je događaj već održan.
error-event-cancelled = Ovaj je događaj otkazan.
error-invitation-only = Mjesta na ovom događanju dodjeljuju se samo na poziv. Obratite se organizatorima ako želite sudjelovati.
error-group-archived = Mandat ove radne skupine je istekao: arhivirana je i više se ne može mijenjati.
error-last-leader = Radna skupina mora imati barem jednog voditelja. Imenujte drugog voditelja prije nego što se povučete.
error-place-missing = Navedite poveznicu na videokonferenciju, mjesto održavanja ili oboje.
error-series-too-long = Niz može imati najviše 150 termina. Odaberite raniji datum završetka.
error-event-unknown = Na ovoj adresi nema događanja ili vam nije dostupno.
error-group-unknown = Na ovoj adresi nema radne skupine ili vam nije dostupna.
error-calendar-address-revoked = Ova adresa kalendara je opozvana. Kopirajte svoju novu adresu sa stranice svog kalendara.
error-not-registered = Niste prijavljeni na ovo događanje.

## Vrste događanja.

event-kind-peer-learning = Sastanak međusobnog učenja
event-kind-webinar = Webinar
event-kind-e-conference = Mrežna konferencija
event-kind-workshop = Radionica
event-kind-study-visit = Studijski posjet
event-kind-annual-meeting = Godišnji sastanak

## Kako se dobiva mjesto na događanju ili ulazi u radnu skupinu.

admission-open = Otvoreno za sve
admission-request = Na zahtjev, uz odobrenje organizatora
admission-invitation = Samo na poziv

## Status člana u odnosu na događanje.

attendance-registered = Prijavljen
attendance-waiting = Na listi čekanja
attendance-requested = Zahtjev poslan
attendance-invited = Pozvan
attendance-cancelled = Prijava otkazana
attendance-declined = Zahtjev odbijen

## Kako se ponavlja niz događanja.

recurrence-weekly = Svaki tjedan
recurrence-monthly = Svaki mjesec, istog dana u tjednu

## Tko vidi radnu skupinu.

group-visibility-public = Javna
group-visibility-members = Prijavljeni članovi
group-visibility-hidden = Samo članovi skupine
