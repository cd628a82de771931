## Események: az időpont, a férőhelyek száma vagy a jelentkezés elutasításának okai.

error-time-zone-unknown = Válasszon időzónát a listából.
error-wall-time-skipped = Ez az időpont azon a napon abban az időzónában nem létezik: az órákat egy órával előreállítják. Válasszon másik időpontot.
error-wall-time-repeated = Ez az időpont azon a napon abban az időzónában kétszer fordul elő: az órákat egy órával visszaállítják. Válasszon másik időpontot.
error-capacity-invalid = A férőhelyek számának legalább 1 értékű egész számnak kell lennie; ha nincs korlát, hagyja üresen a mezőt.
error-already-registered = Erre az eseményre már jelentkezett.
error-event-past = Ez az esemény már lezajlott.
error-event-cancelled = Ezt az eseményt törölték.
error-invitation-only = Erre az eseményre csak meghívással lehet helyet kapni. Ha részt szeretne venni, forduljon a szervezőkhöz.
error-group-archived = Ennek a munkacsoportnak lejárt a megbízatása: archiválva van, és már nem módosítható.
error-last-leader = Egy munkacsoportnak legalább egy vezetőre van szüksége. Mielőtt visszalép, nevezzen ki másik vezetőt.
error-place-missing = Adjon meg egy videokonferencia-linket, egy helyszínt vagy mindkettőt.
error-series-too-long = Egy sorozat legfeljebb 150 alkalomból állhat. Válasszon korábbi záró dátumot.
error-event-unknown = Ezen a címen nincs esemény, vagy az Ön számára nem elérhető.
error-group-unknown = Ezen a címen nincs munkacsoport, vagy az Ön számára nem elérhető.
error-calendar-address-revoked = Ezt a naptárcímet visszavonták. Másolja ki az új címét a naptároldaláról.
error-not-registered = Erre az eseményre nem jelentkezett.

## Az események fajtái.

event-kind-peer-learning = Kölcsönös tanulási találkozó
event-kind-webinar = Webinárium
event-kind-e-conference = Online konferencia
event-kind-workshop = Műhelymunka
event-kind-study-visit = Tanulmányút
event-kind-annual-meeting = Éves közgyűlés

## Hogyan lehet helyet kapni egy eseményen, vagy bekerülni egy munkacsoportba.

admission-open = Mindenki számára nyitott
admission-request = Kérésre, a szervezők jóváhagyásával
admission-invitation = Csak meghívással

## Egy tag helyzete egy eseménnyel kapcsolatban.

attendance-registered = Jelentkezett
attendance-waiting = Várólistán
attendance-requested = Kérés elküldve
attendance-invited = Meghívva
attendance-cancelled = Jelentkezés visszavonva
attendance-declined = Kérés elutasítva

## Hogyan ismétlődik egy eseménysorozat.

recurrence-weekly = Minden héten
recurrence-monthly = Minden hónapban, a hét ugyanazon napján

## Ki látja a munkacsoportot.

group-visibility-public = Nyilvános
group-visibility-members = Bejelentkezett tagok
group-visibility-hidden = Csak a csoport tagjai
