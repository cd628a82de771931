# Strategie i plany działania

plans-none = Żadna sieć nie opublikowała jeszcze strategii.
plans-back = Wszystkie strategie
plan-activity-count = { $count ->
    [one] { $count } działanie
    [few] { $count } działania
    [many] { $count } działań
   *[other] { $count } działania
}
strategy-create-title = Tworzenie strategii
strategy-network = Sieć
strategy-create = Utwórz strategię

## Etapy prac nad strategią
strategy-status-draft = Projekt
strategy-status-feedback = W konsultacjach
strategy-status-adopted = Przyjęta
strategy-stage = Etap
strategy-adopt = Przyjmij strategię
strategy-reopen = Przywróć status projektu
round-open = Otwórz rundę konsultacji
round-close = Zamknij rundę konsultacji
round-opens = Od
round-closes = Do
round-open-notice = Runda konsultacji trwa od { $from } do { $to }.
round-comment-link = Skomentuj projekt

## Pola strategii
strategy-edit = Edytuj strategię
strategy-fields = Wizja i misja
strategy-field-title = Tytuł
strategy-field-period = Okres (lata)
strategy-field-vision = Wizja
strategy-field-mission = Misja
strategy-field-status = Etap
strategy-aspirations = Aspiracje
strategy-save = Zapisz strategię
aspiration-field-title = Aspiracja
aspiration-field-description = Opis
aspiration-save = Zapisz aspirację
aspiration-add-title = Nowa aspiracja
aspiration-add = Dodaj aspirację

## Plan działania
plan-progress = Postęp:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = Narzędzia strategii
plan-print = Widok do druku
plan-export = Pobierz plan działania (CSV)
plan-present = Teraz na stronie:
plan-timeline = Harmonogram planu działania
plan-timeline-caption = Każdy pasek biegnie od daty rozpoczęcia działania do terminu jego realizacji i jest wypełniony zgodnie z postępem; czerwona linia oznacza dzień dzisiejszy.
plan-today = dziś
plan-dates = Terminy
plan-activities = Działania
plan-no-activities = Tej aspiracji nie realizuje jeszcze żadne działanie.
plan-filter-aspiration = Aspiracja
plan-filter-status = Stan realizacji
plan-filter-all = Wszystkie
plan-filter-apply = Pokaż

## Działania
activity-status-planned = Zaplanowane
activity-status-in-progress = W realizacji
activity-status-done = Zrealizowane
activity-status-blocked = Zablokowane
activity-status-cancelled = Anulowane
activity-field-title = Działanie
activity-field-description = Opis
activity-field-aspirations = Realizowane aspiracje
activity-field-owner = Odpowiedzialny
activity-field-contributors = Organizacje współrealizujące
activity-field-start_on = Rozpoczęcie
activity-field-due_on = Termin realizacji
activity-field-status = Stan realizacji
activity-field-progress = Postęp (%)
activity-owner-none = Nie wskazano jeszcze odpowiedzialnego
activity-owner-members = Członkowie
activity-owner-organisations = Organizacje
activity-add-title = Nowe działanie
activity-add = Dodaj działanie
activity-edit-title = Edycja działania
activity-save = Zapisz działanie
activity-follow = Obserwuj to działanie
activity-unfollow = Przestań obserwować to działanie
activity-being-edited = Trwa edycja: { $names }
field-changed-live = { $name } właśnie zmienia to pole. Państwa wartość pozostaje tutaj; po zapisaniu zobaczą Państwo obie.
offline-kept = Brak połączenia: Państwa zmiany są przechowywane w tej przeglądarce i zostaną wysłane po przywróceniu połączenia.

## Wskaźniki
indicators-title = Wskaźniki
indicators-none = Nie ma jeszcze żadnego wskaźnika.
indicator-field-name = Wskaźnik
indicator-field-target = Wartość docelowa
indicator-field-actual = Wartość osiągnięta
indicator-reached = { $name }: { $actual } z { $target }
indicator-edit = Wskaźnik: { $name }
indicator-save = Zapisz
indicator-add = Dodaj wskaźnik

## Zmiany wprowadzone w międzyczasie
conflict-title = Ktoś w międzyczasie wprowadził zmiany
conflict-lead = Pozostałe zmiany zostały zapisane. Te pola zmieniła inna osoba po otwarciu przez Państwa formularza: niczego nie nadpisano. Prosimy wybrać rozwiązanie dla każdego z nich.
conflict-changed-by = Zmienione przez: { $name }, { $at } (UTC).
conflict-theirs = Wartość innej osoby (zapisana)
conflict-mine = Państwa wartość (niezapisana)
conflict-keep = Zachowaj wartość innej osoby
conflict-replace = Zastąp moją wartością
conflict-merge-label = Połączony tekst
conflict-merge = Zapisz połączony tekst
error-changed-meanwhile = To pole zmieniło się od chwili otwarcia strony. Prosimy odświeżyć stronę i spróbować ponownie.

## Historia i wersje
history-title = Historia zmian
revision-created = Utworzenie
revision-restore = Przywróć tę wartość
revision-restores = (przywraca zmianę nr { $number })
strategy-versions = Wersje
versions-none = Nie zapisano jeszcze żadnej wersji: wersja jest zapisywana po zamknięciu rundy konsultacji i po przyjęciu strategii.
version-now = Obecny stan strategii
version-number = Wersja { $number }
version-reason-round = po rundzie konsultacji
version-reason-adopted = przy przyjęciu strategii
diff-from = Od
diff-to = Do
diff-compare = Porównaj
diff-title = Porównanie: { $from } → { $to }
diff-unchanged = (bez zmian)

## Rundy konsultacji
comments-title = Komentarze
comment-title = Komentarz do projektu
comment-about = Dotyczy
comment-on-strategy = Strategia jako całość
comment-body = Państwa komentarz
comment-send = Wyślij komentarz
comment-taken-up = Uwzględniony
comment-declined = Nieuwzględniony
comment-resolution = Decyzja
comment-reason = Uzasadnienie
comment-resolve = Rozstrzygnij

## Komunikaty
strategy-created = Strategia została utworzona. Prosimy opisać jej wizję, misję i aspiracje.
strategy-saved = Zapisano.
aspiration-added = Aspiracja została dodana.
activity-added = Działanie zostało dodane. Prosimy wskazać odpowiedzialnego, terminy i wskaźniki.
activity-saved = Działanie zostało zapisane.
indicator-added = Wskaźnik został dodany.
value-restored = Przywrócono wcześniejszą wartość jako nową zmianę.
stage-open = Runda konsultacji została otwarta: członkowie sieci mogą zgłaszać komentarze.
stage-close = Runda konsultacji została zamknięta, a ta wersja – zapisana.
stage-adopt = Strategia została przyjęta, a ta wersja – zapisana.
stage-reopen = Strategia ponownie ma status projektu.
comment-posted = Państwa komentarz został wysłany do koordynatorów sieci.
comment-resolved = Komentarz został rozstrzygnięty.
followed = Obserwują Państwo teraz ten element: otrzymają Państwo powiadomienie, gdy zmieni się stan realizacji, odpowiedzialny lub termin.
unfollowed = Nie obserwują już Państwo tego elementu.

## Powiadomienia o obserwowanych działaniach
plan-notification-status = { $name } zmienia stan realizacji działania
plan-notification-owner = { $name } zmienia odpowiedzialnego za działanie
plan-notification-start_on = { $name } zmienia datę rozpoczęcia działania
plan-notification-due_on = { $name } zmienia termin realizacji działania

## Odmowy
error-date-invalid = Prosimy podać prawidłową datę kalendarzową (rok, miesiąc, dzień).
error-dates-reversed = Data zakończenia jest wcześniejsza niż data rozpoczęcia.
error-number-invalid = Prosimy podać liczbę całkowitą z dozwolonego zakresu.
error-aspiration-missing = Działanie musi realizować co najmniej jedną aspirację.
error-wrong-stage = Strategia nie jest na etapie wymaganym do tej czynności (na przykład nie trwa żadna runda konsultacji).
plan-notifications-title = Obserwowane działania
aspiration-follow = Obserwuj tę aspirację
aspiration-unfollow = Przestań obserwować tę aspirację
