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
