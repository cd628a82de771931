## Dogodki: razlogi za zavrnitev časa, števila mest ali prijave.

error-time-zone-unknown = Izberite časovni pas s seznama.
error-wall-time-skipped = Ta čas na ta dan v tem časovnem pasu ne obstaja: ure se premaknejo za eno uro naprej (prehod na poletni čas). Izberite drug čas.
error-wall-time-repeated = Ta čas se na ta dan v tem časovnem pasu pojavi dvakrat: ure se premaknejo za eno uro nazaj (prehod na zimski čas). Izberite drug čas.
error-capacity-invalid = Število mest mora biti celo število, najmanj 1. Če števila mest ne želite omejiti, pustite polje prazno.
error-already-registered = Na ta dogodek ste že prijavljeni.
error-event-past = Ta dogodek je že potekal.
error-event-cancelled = Ta dogodek je bil odpovedan.
error-invitation-only = Mesta na tem dogodku se dodeljujejo samo na povabilo. Če bi se ga radi udeležili, se obrnite na organizatorje.
error-group-archived = Mandat te delovne skupine se je iztekel: skupina je arhivirana in je ni več mogoče spreminjati.
error-last-leader = Delovna skupina mora imeti vsaj enega vodjo. Preden odstopite, imenujte drugega vodjo.
error-place-missing = Navedite povezavo do srečanja, kraj izvedbe ali oboje.
error-series-too-long = Niz dogodkov ima lahko največ 150 ponovitev. Izberite zgodnejši zadnji datum.
error-event-unknown = Na tem naslovu ni dogodka ali pa do njega nimate dostopa.
error-group-unknown = Na tem naslovu ni delovne skupine ali pa do nje nimate dostopa.
error-calendar-address-revoked = Ta naslov koledarja je bil preklican. Novi naslov kopirajte s strani svojega koledarja.
error-not-registered = Na ta dogodek niste prijavljeni.

## Vrste dogodkov.

event-kind-peer-learning = Srečanje za kolegialno učenje
event-kind-webinar = Spletni seminar
event-kind-e-conference = Spletna konferenca
event-kind-workshop = Delavnica
event-kind-study-visit = Študijski obisk
event-kind-annual-meeting = Letno srečanje

## Kako pridobiti mesto na dogodku ali v delovni skupini.

admission-open = Odprto za vse
admission-request = Na prošnjo, z odobritvijo organizatorjev
admission-invitation = Samo na povabilo

## Status člana pri dogodku.

attendance-registered = Prijavljen
attendance-waiting = Na čakalnem seznamu
attendance-requested = Prošnja poslana
attendance-invited = Povabljen
attendance-cancelled = Prijava preklicana
attendance-declined = Prošnja zavrnjena

## Kako se ponavlja niz dogodkov.

recurrence-weekly = Vsak teden
recurrence-monthly = Vsak mesec na isti dan v tednu

## Kdo vidi delovno skupino.

group-visibility-public = Javna
group-visibility-members = Prijavljeni člani
group-visibility-hidden = Samo člani skupine
