## Események: az időpont, a férőhelyek száma vagy a jelentkezés elutasításának okai.

error-time-zone-unknown = Válasszon időzónát a listából.
error-wall-time-skipped = Ez az időpont azon a napon abban az időzónában nem létezik: az órákat egy órával előreállítják. Válasszon másik időpontot.
error-wall-time-repeated = Ez az időpont azon a napon abban az időzónában kétszer fordul elő: az órákat egy órával visszaállítják. Válasszon másik időpontot.
error-capacity-invalid = A férőhelyek számának legalább 1 értékű egész számnak kell lennie; ha nincs korlát, hagyja üresen a mezőt.
error-already-registered = Erre az eseményre már jelentkezett.
error-event-past = Ez az esemény már lezajlott.
error-event-cancelled = Ezt az eseményt törölték.
error-invitation-only = Erre az eseményre csak meghívással lehet helyet kapni. Ha részt szeretne venni, forduljon a szervezőkhöz.
error-group-archived = Ennek a munkacsoportnak lejárt a megbízatása: archiválták, és már nem módosítható.
error-last-leader = Egy munkacsoportnak legalább egy vezetőre van szüksége. Mielőtt lemond, jelöljön ki egy másik vezetőt.
error-place-missing = Adja meg a virtuális találkozó hivatkozását, a helyszínt vagy mindkettőt.
error-series-too-long = Egy sorozat legfeljebb 150 alkalomból állhat. Válasszon korábbi záró dátumot.
error-event-unknown = Ezen a címen nincs esemény, vagy Ön nem férhet hozzá.
error-group-unknown = Ezen a címen nincs munkacsoport, vagy Ön nem férhet hozzá.
error-calendar-address-revoked = Ezt a naptárcímet visszavonták. Új címét a naptároldaláról másolhatja ki.
error-not-registered = Erre az eseményre nem jelentkezett.

## Az események típusai.

event-kind-peer-learning = Kölcsönös tanulási alkalom
event-kind-webinar = Webinárium
event-kind-e-conference = E-konferencia
event-kind-workshop = Műhelymunka
event-kind-study-visit = Tanulmányút
event-kind-annual-meeting = Éves találkozó

## Hogyan lehet helyet kapni egy eseményen, illetve bekerülni egy munkacsoportba.

admission-open = Mindenki számára nyitott
admission-request = Jelentkezés alapján, a szervezők jóváhagyásával
admission-invitation = Csak meghívással

## Egy tag helyzete egy eseménnyel kapcsolatban.

attendance-registered = Jelentkezett
attendance-waiting = Várólistán
attendance-requested = Kérelem elküldve
attendance-invited = Meghívást kapott
attendance-cancelled = Jelentkezés visszavonva
attendance-declined = Kérelem elutasítva

## Hogyan ismétlődik egy eseménysorozat.

recurrence-weekly = Hetente
recurrence-monthly = Havonta, a hét ugyanazon napján

## Ki láthatja a munkacsoportot.

group-visibility-public = Nyilvános
group-visibility-members = Bejelentkezett tagok
group-visibility-hidden = Csak a csoport tagjai
