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

## Az események listája.

events-title = Események
events-lead = A hálózatok és munkacsoportjaik kölcsönös tanulási alkalmai, webináriumai, konferenciái, műhelymunkái, tanulmányútjai és éves találkozói.
events-upcoming = Közelgő események
events-past = Korábbi események
events-found = { $count ->
    [one] { $count } esemény
   *[other] { $count } esemény
}
events-none = Egyetlen esemény sem felel meg ezeknek a feltételeknek.
events-organise = Esemény szervezése
events-your-calendar = Az Ön naptára
events-filter-kind = Az esemény típusa
events-filter-network = Hálózat
events-show = Megjelenítés
event-your-time = Az Ön idejében: { $time }
event-online = Virtuális
event-places-left = { $count ->
    [one] Még { $count } szabad hely
   *[other] Még { $count } szabad hely
}
event-full = Betelt: a várólista nyitva áll
event-recorded = Felvétel elérhető
event-cancelled-badge = Törölve
event-in-series = Egy sorozat része

## Egy esemény oldala.

event-when = Időpont
event-where = Helyszín
event-languages = Az esemény nyelvei
event-organised-by = Szervező
event-admission = Jelentkezés módja
event-places = Férőhelyek
event-places-taken = { $capacity } férőhelyből { $registered } foglalt
event-places-unlimited = { $registered } jelentkező, a férőhelyek száma nincs korlátozva
event-waiting-count = { $count ->
    [one] { $count } fő a várólistán
   *[other] { $count } fő a várólistán
}
event-your-standing = Az Ön jelentkezése
event-register = Jelentkezés
event-request = Hely kérése
event-join-waiting-list = Feliratkozás a várólistára
event-access-needs = Akadálymentességi igények (nem kötelező)
event-access-needs-hint = Ezt csak a szervezők látják: lépcsőmentes megközelítés, jelnyelvi tolmácsolás, étkezési igények – bármi, ami segíti az Ön részvételét.
event-withdraw = Jelentkezésem visszavonása
event-sign-in-to-register = Bejelentkezés után jelentkezhet
event-meeting-link = A virtuális találkozó hivatkozása
event-meeting-link-hint = A virtuális találkozó hivatkozása itt jelenik meg a résztvevők számára, amint helyet kaptak.
event-add-to-calendar = Hozzáadás a naptárához
event-calendar-file = Ez az esemény (.ics-fájl)
event-series-file = A teljes sorozat (.ics-fájl)
event-agenda = Napirend
event-materials = Anyagok
event-recording = Felvétel
event-watch-recording = A felvétel megtekintése
event-questions = Kérdések és válaszok
event-conclusions = Következtetések
event-taken-place = Ez az esemény már lezajlott.

## Amit a szervezők egy esemény oldalán tehetnek.

event-organisers = A szervezőknek
event-participants = Résztvevők
event-participants-csv = A résztvevők listájának letöltése (CSV)
event-no-participants = Még senki sem jelentkezett.
event-cancel = Az esemény törlése
event-cancel-confirm = Igen, törlöm: a résztvevők naptárai értesítést kapnak.
event-add-session = Programpont hozzáadása a napirendhez
event-session-starts = Kezdés
event-session-ends = Befejezés
event-session-title = Cím
event-session-speakers = Előadók
event-add-material = Anyag hozzáadása
event-material-title = Cím
event-material-link = Hivatkozás, illetve egy könyvtári anyag száma vagy címe
event-recording-link = A felvétel hivatkozása
event-save = Mentés

## Az új esemény űrlapja.

event-new-title = Esemény szervezése
event-new-lead = Hirdessen meg egy eseményt a tagoknak. Az időpontokat a választott időzóna szerint adja meg; mindenki ebben az időzónában és a sajátjában is látja őket.
event-field-organiser = Szervező
event-organiser-platform = A teljes platform
event-field-kind = Az esemény típusa
event-field-title = Cím
event-field-lang = A meghirdetés nyelve
event-field-languages = Az eseményen használt nyelvek
event-field-description = Leírás
event-field-time-zone = Időzóna
event-field-starts = Kezdés
event-field-ends = Befejezés
event-field-online-url = A virtuális találkozó hivatkozása (virtuális eseménynél)
event-field-venue = Helyszín (személyes jelenléttel zajló eseménynél)
event-field-address = Cím
event-field-country = Ország
event-field-visibility = Kik láthatják
event-field-admission = Jelentkezés módja
event-field-capacity = Férőhelyek száma
event-field-capacity-hint = Ha nincs korlát, hagyja üresen. Ha a férőhelyek beteltek, megnyílik a várólista.
event-field-repeat = Ismétlődés
event-repeat-none = Nem ismétlődik
event-field-until = A sorozat utolsó napja
event-create = Az esemény meghirdetése

## Értesítések egy űrlap elküldése után.

event-registered = Sikeresen jelentkezett. A virtuális találkozó hivatkozását és a naptárfájlt ezen az oldalon találja.
event-waiting = A férőhelyek beteltek: felkerült a várólistára, és amint egy hely felszabadul, megkapja.
event-requested = Kérelmét elküldtük a szervezőknek.
event-withdrawn = Jelentkezését visszavontuk.
event-created = Az eseményt meghirdettük.
event-cancelled = Az eseményt töröltük.
event-decided = Döntését mentettük.
event-session-added = A programpont felkerült a napirendre.
event-material-added = Az anyagot hozzáadtuk.
event-recording-saved = A felvétel hivatkozását mentettük.

## Egy tag naptárcíme.

calendar-title = Az Ön naptára
calendar-lead = Iratkozzon fel saját naptárcímére a naptárprogramjában (Outlook, Apple Calendar, Thunderbird, Google Calendar): azok az események, amelyekre jelentkezett, ott megjelennek, és mindig naprakészek maradnak.
calendar-address-label = Az Ön naptárcíme
calendar-address-once = Másolja ki most: csak ez az egy alkalommal jelenik meg. Aki ismeri ezt a címet, láthatja az Ön eseményeit, ezért ne ossza meg senkivel.
calendar-has-address = Már van naptárcíme. Ha elvesztette, vagy más is ismerheti, hozzon létre újat: a régi megszűnik működni.
calendar-no-address = Még nincs naptárcíme.
calendar-make = Naptárcím létrehozása
calendar-make-new = Új cím létrehozása
calendar-revoke = A címem visszavonása
calendar-public-feeds = Nyilvános naptárak
calendar-public-feeds-lead = Az egyes hálózatok és nyilvános munkacsoportok mindenki számára nyitott eseményei, amelyekre bejelentkezés nélkül is feliratkozhat.
calendar-address-made = Új naptárcíme elkészült.
calendar-address-revoked = Naptárcímét visszavontuk: a naptárprogramok többé semmit sem kapnak róla.
event-participant = Résztvevő
error-cancel-unconfirmed = A rendezvény lemondásának megerősítéséhez jelölje be a négyzetet.
event-country-none = Nincs megadva

## E-mailek egy eseményen kapott helyről.

mail-event-place-subject = Helyet kapott: { $title }
mail-event-place-body = Tisztelt { $name }!

    Helyet kapott a következő eseményen: „{ $title }”, { $time }.

    Az eseményt csatoltuk ehhez az e-mailhez: naptárprogramja felveszi, és frissíti, ha változik. Az esemény oldala, virtuális esemény esetén a virtuális találkozó hivatkozásával:
    { $link }
mail-event-cancelled-subject = Lekerült a naptárából: { $title }
mail-event-cancelled-body = Tisztelt { $name }!

    „{ $title }” ({ $time }) lekerült a naptárából: az eseményt törölték, vagy jelentkezése visszavonásra került.

    A csatolt üzenet révén naptárprogramja eltávolítja az eseményt. Az esemény oldala:
    { $link }
mail-event-reminder-subject = Hamarosan kezdődik: { $title }
mail-event-reminder-body = Tisztelt { $name }!

    Emlékeztetjük, hogy hamarosan kezdődik a következő esemény: „{ $title }”, { $time }.

    Az esemény oldala, virtuális esemény esetén a virtuális találkozó hivatkozásával:
    { $link }

event-add-question = Kérdés feltevése a vitacsoportoknak
event-question-text = Kérdés
event-record-answer = Egy csoport válaszának rögzítése
event-answer-group = Vitacsoport
event-answer-text = A csoport válasza
event-question-added = A kérdés felkerült.
event-answer-recorded = A csoport válasza rögzítve.

event-edit = A rendezvény módosítása
event-edit-save = Módosítások mentése
event-saved = A rendezvény mentve. Akinek van helye, a naptárába megkapja a változást.

## A szervezők tagokat hívnak meg.

error-member-unknown = Ezzel az e-mail-címmel nem található tag.
event-invite = Tag meghívása
event-invite-email = A tag e-mail-címe
event-invited = A meghívót elküldtük.
mail-event-invited-subject = Meghívót kapott: { $title }
mail-event-invited-body = Tisztelt { $name }!

    A szervezők meghívják a következő eseményre: „{ $title }”, { $time }.

    Helyét az esemény oldalán foglalhatja le:
    { $link }
