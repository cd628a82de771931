## Wydarzenia: powody odrzucenia godziny, liczby miejsc lub rejestracji.

error-time-zone-unknown = Prosimy wybrać strefę czasową z listy.
error-wall-time-skipped = Tego dnia w tej strefie czasowej ta godzina nie występuje: zegary przestawia się o godzinę do przodu (zmiana czasu na letni). Prosimy wybrać inną godzinę.
error-wall-time-repeated = Tego dnia w tej strefie czasowej ta godzina występuje dwukrotnie: zegary przestawia się o godzinę do tyłu (zmiana czasu na zimowy). Prosimy wybrać inną godzinę.
error-capacity-invalid = Liczba miejsc musi być liczbą całkowitą nie mniejszą niż 1. Aby nie ograniczać liczby miejsc, prosimy pozostawić to pole puste.
error-already-registered = Są Państwo już zarejestrowani na to wydarzenie.
error-event-past = To wydarzenie już się odbyło.
error-event-cancelled = To wydarzenie zostało odwołane.
error-invitation-only = Miejsca na to wydarzenie są przydzielane wyłącznie na zaproszenie. Jeśli chcą Państwo wziąć udział, prosimy skontaktować się z organizatorami.
error-group-archived = Mandat tej grupy roboczej wygasł: grupa została zarchiwizowana i nie można jej już zmieniać.
error-last-leader = Grupa robocza musi mieć co najmniej jedną osobę prowadzącą. Prosimy wyznaczyć inną osobę prowadzącą przed rezygnacją.
error-place-missing = Prosimy podać link do wideokonferencji, miejsce lub jedno i drugie.
error-series-too-long = Cykl może obejmować najwyżej 150 spotkań. Prosimy wybrać wcześniejszą datę zakończenia.
error-event-unknown = Pod tym adresem nie ma wydarzenia albo nie jest ono dla Państwa dostępne.
error-group-unknown = Pod tym adresem nie ma grupy roboczej albo nie jest ona dla Państwa dostępna.
error-calendar-address-revoked = Ten adres kalendarza został unieważniony. Prosimy skopiować nowy adres ze strony kalendarza.
error-not-registered = Nie są Państwo zarejestrowani na to wydarzenie.

## Rodzaje wydarzeń.

event-kind-peer-learning = Spotkanie wzajemnego uczenia się
event-kind-webinar = Webinarium
event-kind-e-conference = Konferencja online
event-kind-workshop = Warsztaty
event-kind-study-visit = Wizyta studyjna
event-kind-annual-meeting = Zgromadzenie roczne

## Jak uzyskać miejsce na wydarzeniu lub dołączyć do grupy roboczej.

admission-open = Otwarte dla wszystkich
admission-request = Na wniosek, zatwierdzany przez organizatorów
admission-invitation = Tylko na zaproszenie

## Status członka wobec wydarzenia.

attendance-registered = Zarejestrowano
attendance-waiting = Na liście rezerwowej
attendance-requested = Wysłano wniosek
attendance-invited = Zaproszono
attendance-cancelled = Rejestracja anulowana
attendance-declined = Wniosek odrzucony

## Jak powtarza się cykl wydarzeń.

recurrence-weekly = Co tydzień
recurrence-monthly = Co miesiąc, w ten sam dzień tygodnia

## Kto widzi grupę roboczą.

group-visibility-public = Publiczna
group-visibility-members = Zalogowani członkowie
group-visibility-hidden = Tylko członkowie grupy
