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

## Lista wydarzeń.

events-title = Wydarzenia
events-lead = Spotkania wzajemnego uczenia się, webinaria, konferencje, warsztaty, wizyty studyjne i zgromadzenia roczne sieci oraz ich grup roboczych.
events-upcoming = Nadchodzące
events-past = Minione wydarzenia
events-found = { $count ->
    [one] Jedno wydarzenie
    [few] { $count } wydarzenia
    [many] { $count } wydarzeń
   *[other] { $count } wydarzenia
}
events-none = Żadne wydarzenie nie spełnia tych kryteriów.
events-organise = Zorganizuj wydarzenie
events-your-calendar = Mój kalendarz
events-filter-kind = Rodzaj wydarzenia
events-filter-network = Sieć
events-show = Pokaż
event-your-time = Czas u Państwa: { $time }
event-online = Wydarzenie online
event-places-left = { $count ->
    [one] Zostało jedno miejsce
    [few] Zostały { $count } miejsca
    [many] Zostało { $count } miejsc
   *[other] Zostało { $count } miejsca
}
event-full = Brak wolnych miejsc: lista rezerwowa jest otwarta
event-recorded = Dostępne nagranie
event-cancelled-badge = Odwołane
event-in-series = Część cyklu

## Strona wydarzenia.

event-when = Kiedy
event-where = Gdzie
event-languages = Języki wydarzenia
event-organised-by = Organizator
event-admission = Zasady udziału
event-places = Miejsca
event-places-taken = Zajęte miejsca: { $registered } z { $capacity }
event-places-unlimited = Zarejestrowano: { $registered }, bez limitu miejsc
event-waiting-count = { $count ->
    [one] Jedna osoba na liście rezerwowej
    [few] { $count } osoby na liście rezerwowej
    [many] { $count } osób na liście rezerwowej
   *[other] { $count } osoby na liście rezerwowej
}
event-your-standing = Państwa rejestracja
event-register = Zarejestruj się
event-request = Poproś o miejsce
event-join-waiting-list = Zapisz się na listę rezerwową
event-access-needs = Potrzeby w zakresie dostępności (opcjonalnie)
event-access-needs-hint = Widzą to tylko organizatorzy: dostęp bez schodów, tłumaczenie na język migowy, wymagania żywieniowe – wszystko, co ułatwi Państwu udział.
event-withdraw = Anuluj moją rejestrację
event-sign-in-to-register = Prosimy się zalogować, aby się zarejestrować
event-meeting-link = Link do wideokonferencji
event-meeting-link-hint = Link do wideokonferencji wyświetla się tutaj uczestnikom, gdy tylko otrzymają miejsce.
event-add-to-calendar = Dodaj do kalendarza
event-calendar-file = To wydarzenie (plik .ics)
event-series-file = Cały cykl (plik .ics)
event-agenda = Program
event-materials = Materiały
event-recording = Nagranie
event-watch-recording = Obejrzyj nagranie
event-questions = Pytania i odpowiedzi
event-conclusions = Wnioski
event-taken-place = To wydarzenie już się odbyło.

## Co organizatorzy robią na stronie wydarzenia.

event-organisers = Dla organizatorów
event-participants = Uczestnicy
event-participants-csv = Pobierz listę uczestników (CSV)
event-no-participants = Nikt się jeszcze nie zarejestrował.
event-cancel = Odwołaj to wydarzenie
event-cancel-confirm = Tak, odwołaj je: informacja trafi do kalendarzy uczestników.
event-add-session = Dodaj punkt do programu
event-session-starts = Początek
event-session-ends = Koniec
event-session-title = Tytuł
event-session-speakers = Prelegenci
event-add-material = Dodaj materiał
event-material-title = Tytuł
event-material-link = Link albo numer lub adres materiału z biblioteki
event-recording-link = Link do nagrania
event-save = Zapisz

## Formularz nowego wydarzenia.

event-new-title = Zorganizuj wydarzenie
event-new-lead = Tu mogą Państwo ogłosić wydarzenie członkom. Godziny podaje się według zegara wybranej strefy czasowej; każdy widzi je w tej strefie oraz w swojej własnej.
event-field-organiser = Organizator
event-organiser-platform = Cała platforma
event-field-kind = Rodzaj wydarzenia
event-field-title = Tytuł
event-field-lang = Język tego ogłoszenia
event-field-languages = Języki używane podczas wydarzenia
event-field-description = Opis
event-field-time-zone = Strefa czasowa
event-field-starts = Początek
event-field-ends = Koniec
event-field-online-url = Link do wideokonferencji (w przypadku wydarzenia online)
event-field-venue = Miejsce (w przypadku wydarzenia stacjonarnego)
event-field-address = Adres
event-field-country = Kraj
event-field-visibility = Kto może je zobaczyć
event-field-admission = Zasady udziału
event-field-capacity = Liczba miejsc
event-field-capacity-hint = Aby nie ograniczać liczby miejsc, prosimy pozostawić to pole puste. Gdy wszystkie miejsca zostaną zajęte, otworzy się lista rezerwowa.
event-field-repeat = Powtarzanie
event-repeat-none = Nie powtarza się
event-field-until = Data ostatniego spotkania cyklu
event-create = Ogłoś wydarzenie

## Komunikaty po wysłaniu formularza.

event-registered = Są Państwo zarejestrowani. Link do wideokonferencji i plik kalendarza znajdują się na tej stronie.
event-waiting = Wszystkie miejsca są zajęte: są Państwo na liście rezerwowej i otrzymają miejsce, gdy tylko któreś się zwolni.
event-requested = Państwa wniosek został wysłany do organizatorów.
event-withdrawn = Państwa rejestracja została anulowana.
event-created = Wydarzenie zostało ogłoszone.
event-cancelled = Wydarzenie zostało odwołane.
event-decided = Państwa decyzja została zapisana.
event-session-added = Punkt został dodany do programu.
event-material-added = Materiał został dodany.
event-recording-saved = Link do nagrania został zapisany.

## Adres kalendarza członka.

calendar-title = Mój kalendarz
calendar-lead = Prosimy zasubskrybować własny adres kalendarza w swoim programie do obsługi kalendarza (Outlook, Apple Calendar, Thunderbird, Google Calendar): pojawią się w nim wydarzenia, na które się Państwo zarejestrowali, i będą stale aktualne.
calendar-address-label = Adres Państwa kalendarza
calendar-address-once = Prosimy skopiować go teraz: jest wyświetlany tylko ten jeden raz. Każdy, kto zna ten adres, widzi Państwa wydarzenia, dlatego prosimy nikomu go nie udostępniać.
calendar-has-address = Mają Państwo adres kalendarza. Jeśli go Państwo zgubili lub może go znać ktoś inny, prosimy utworzyć nowy: dotychczasowy przestanie działać.
calendar-no-address = Nie mają Państwo jeszcze adresu kalendarza.
calendar-make = Utwórz adres mojego kalendarza
calendar-make-new = Utwórz nowy adres
calendar-revoke = Unieważnij mój adres
calendar-public-feeds = Kalendarze publiczne
calendar-public-feeds-lead = Otwarte dla wszystkich wydarzenia każdej sieci i każdej publicznej grupy roboczej – do zasubskrybowania bez logowania.
calendar-address-made = Nowy adres Państwa kalendarza jest gotowy.
calendar-address-revoked = Adres Państwa kalendarza został unieważniony: programy do obsługi kalendarza nie otrzymają już z niego żadnych danych.
event-participant = Uczestnik
error-cancel-unconfirmed = Zaznacz pole, aby potwierdzić odwołanie wydarzenia.
event-country-none = Nie podano

## Wiadomości e-mail o miejscu na wydarzeniu.

mail-event-place-subject = Państwa miejsce: { $title }
mail-event-place-body = Dzień dobry, { $name },

    mają Państwo miejsce na wydarzeniu „{ $title }”, { $time }.

    Wydarzenie jest załączone do tej wiadomości: Państwa program do obsługi kalendarza doda je i zaktualizuje, jeśli coś się zmieni. Strona wydarzenia, a w przypadku wydarzenia online także link do wideokonferencji:
    { $link }
mail-event-cancelled-subject = Usunięto z kalendarza: { $title }
mail-event-cancelled-body = Dzień dobry, { $name },

    wydarzenie „{ $title }”, { $time }, zniknie z Państwa kalendarza: wydarzenie zostało odwołane albo Państwa rejestracja została anulowana.

    Dzięki załączonej wiadomości Państwa program do obsługi kalendarza usunie je z kalendarza. Strona wydarzenia:
    { $link }
mail-event-reminder-subject = Wkrótce: { $title }
mail-event-reminder-body = Dzień dobry, { $name },

    przypominamy, że wydarzenie „{ $title }” wkrótce się rozpocznie: { $time }.

    Strona wydarzenia, a w przypadku wydarzenia online także link do wideokonferencji:
    { $link }

event-add-question = Zadaj pytanie grupom dyskusyjnym
event-question-text = Pytanie
event-record-answer = Zapisz odpowiedź grupy
event-answer-group = Grupa dyskusyjna
event-answer-text = Odpowiedź grupy
event-question-added = Pytanie zostało dodane.
event-answer-recorded = Odpowiedź grupy została zapisana.

event-edit = Zmień to wydarzenie
event-edit-save = Zapisz zmiany
event-saved = Wydarzenie zostało zapisane. Osoby z miejscem otrzymają zmianę w swoich kalendarzach.

## Organizatorzy zapraszają członków.

error-member-unknown = Nie ma członka o tym adresie e-mail.
event-invite = Zaproś członka
event-invite-email = Adres e-mail członka
event-invited = Zaproszenie zostało wysłane.
mail-event-invited-subject = Zaproszenie: { $title }
mail-event-invited-body = Dzień dobry, { $name },

    organizatorzy zapraszają Państwa na wydarzenie „{ $title }”, { $time }.

    Swoje miejsce mogą Państwo potwierdzić na stronie wydarzenia:
    { $link }
