# Biblioteka: materiały udostępniane przez sieci, w kilku językach.

nav-library = Biblioteka
library-title = Biblioteka
library-lead = Przewodniki, podręczniki, szablony, filmy i narzędzia od członków sieci – każdy materiał w językach, na które został przetłumaczony.
library-add = Dodaj materiał
library-add-lead = Prosimy udostępnić dokument, plik ePub, wideo, prezentację, szablon lub link. Tytuł i streszczenie należy podać w języku, w którym materiał został napisany; tłumaczenia można dodać później.
library-add-send = Dodaj materiał
library-sign-in-to-add = Prosimy się zalogować, aby dodać materiał
library-found = { $count ->
    [one] { $count } materiał
    [few] { $count } materiały
    [many] { $count } materiałów
   *[other] { $count } materiału
}
library-none = Żaden materiał nie pasuje do tego wyszukiwania.
library-search-label = Szukaj w tytułach, streszczeniach i treści plików
library-sort = Kolejność
library-sort-relevance = Najlepsze dopasowanie
library-sort-newest = Najpierw najnowsze
library-file = Plik
library-file-hint = Maksymalnie { $size } MB (wideo: { $video } MB) albo link do miejsca, w którym plik jest przechowywany. PDF, ePub, dokumenty biurowe (OpenDocument, Word, Excel, PowerPoint), wideo, audio, obrazy i zwykły tekst.

resource-kind = Rodzaj
resource-kind-document = Dokument
resource-kind-epub = ePub
resource-kind-video = Wideo
resource-kind-presentation = Prezentacja
resource-kind-template = Szablon lub narzędzie
resource-kind-website = Strona internetowa
resource-kind-dataset = Zbiór danych

resource-audience = Dla kogo
audience-trainers = Nauczyciele i szkoleniowcy
audience-learners = Osoby uczące się i pracownicy młodociani
audience-managers = Kadra kierownicza instytucji kształcenia i szkolenia zawodowego
audience-companies = Przedsiębiorstwa i instruktorzy praktycznej nauki zawodu
audience-guidance = Doradcy zawodowi
audience-policymakers = Decydenci

resource-licence = Licencja
licence-cc-by = Uznanie autorstwa (CC BY 4.0)
licence-cc-by-sa = Uznanie autorstwa – Na tych samych warunkach (CC BY-SA 4.0)
licence-cc-by-nc = Uznanie autorstwa – Użycie niekomercyjne (CC BY-NC 4.0)
licence-cc-by-nc-sa = Uznanie autorstwa – Użycie niekomercyjne – Na tych samych warunkach (CC BY-NC-SA 4.0)
licence-cc-by-nd = Uznanie autorstwa – Bez utworów zależnych (CC BY-ND 4.0)
licence-cc-by-nc-nd = Uznanie autorstwa – Użycie niekomercyjne – Bez utworów zależnych (CC BY-NC-ND 4.0)
licence-cc0 = Domena publiczna (CC0 1.0)
licence-all-rights-reserved = Wszelkie prawa zastrzeżone
resource-attribution = „{ $title }”, autor: { $author }, licencja: { $licence }.
resource-licence-deed = Na co pozwala licencja
resource-rights-reserved = © { $author }. Wszelkie prawa zastrzeżone: przed ponownym wykorzystaniem prosimy zwrócić się do autorów.

resource-visibility = Kto może go zobaczyć
visibility-everyone = Wszyscy
visibility-members = Zalogowani członkowie
visibility-network = Członkowie jego sieci

resource-status-draft = Wersja robocza
resource-status-submitted = Oczekuje na weryfikację
resource-status-published = Opublikowany
resource-draft-hint = do czasu publikacji widzą go tylko Państwo i koordynatorzy sieci.
resource-submitted-hint = koordynatorzy sieci zweryfikują go przed udostępnieniem publicznym.
resource-hidden = Ukryty przez moderatora

resource-field-title = Tytuł
resource-field-summary = Streszczenie
resource-field-author = Autorzy (tak, jak mają być wskazani w uznaniu autorstwa)
resource-field-link = Link (strona internetowa lub adres, pod którym udostępniono wideo)
resource-field-draft = Na razie zachowaj jako wersję roboczą
resource-language = Język
resource-topics = Tematy
resource-sectors = Branże
resource-countries = Kraje
resource-network = Sieć
resource-network-none = Cała platforma
resource-organisation = Organizacja
resource-added-by = Dodał(a)
resource-updated = Zaktualizowano
resource-about = O tym materiale
resource-original = oryginał
resource-other-languages = W innych językach
resource-not-in-your-language = Jeszcze niedostępny w języku: { $language }. Wyświetlono w języku, w którym został napisany: { $shown }.
resource-open-pdf = Otwórz PDF
resource-download = Pobierz
resource-open-link = Przejdź do materiału
resource-files = Pliki
resource-file-name = Plik
resource-file-size = Rozmiar
resource-file-uploaded = Przesłano
resource-file-current = aktualny
resource-pages = { $count ->
    [one] { $count } strona
    [few] { $count } strony
    [many] { $count } stron
   *[other] { $count } strony
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Prześlij nowy plik ({ $language })
resource-new-file-hint = Nowy plik stanie się aktualnym; wcześniejsze pliki pozostaną na liście i nadal będzie można je pobrać.
resource-new-file-send = Prześlij plik
resource-add-translation = Dodaj tłumaczenie
resource-add-translation-send = Dodaj tłumaczenie
resource-review = Weryfikacja
resource-review-publish = Opublikuj
resource-review-return = Zwróć autorowi jako wersję roboczą
resource-publish = Opublikuj

resource-added = Materiał został dodany.
resource-version-added = Tłumaczenie zostało dodane.
resource-file-added = Nowy plik został przesłany; poprzedni nadal jest na liście.
resource-published = Materiał został opublikowany.
resource-submitted = Materiał został przekazany do weryfikacji: koordynatorzy sieci sprawdzą go przed udostępnieniem publicznym.
resource-returned = Materiał wrócił do autora jako wersja robocza.

upload-progress = Przesyłanie: { $percent }%
upload-failed = Przesyłanie nie powiodło się. Prosimy spróbować ponownie.

error-file-too-large = Plik przekracza limit dla tego rodzaju materiału. Zamiast tego prosimy udostępnić link do miejsca, w którym jest przechowywany.
error-file-missing = Prosimy wybrać plik lub podać link.
error-upload-incomplete = Przesyłanie zostało przerwane, zanim dotarł cały plik. Niczego nie zapisano; prosimy spróbować ponownie.
error-file-type-refused = Biblioteka nie przyjmuje plików tego typu. Programy i archiwa są odrzucane; pliki ePub, OpenDocument i Office są przyjmowane.
error-file-type-mismatch = Zawartość pliku nie odpowiada jego nazwie: plik z rozszerzeniem .pdf musi być plikiem PDF.
error-file-name-invalid = Nazwa pliku zawiera znaki niedozwolone w nazwach plików lub jest za długa (maksymalnie 200 znaków).
error-file-unreadable = Nie można odczytać pliku: jest uszkodzony albo po rozpakowaniu zajmowałby wielokrotnie więcej miejsca niż on sam.
error-file-duplicate = Dokładnie ten sam plik jest już aktualnym plikiem tej wersji.
error-link-invalid = Link musi być adresem internetowym zaczynającym się od https:// lub http://.
error-version-exists = Ten materiał ma już wersję w tym języku.
error-not-a-form = To żądanie nie jest formularzem, który biblioteka potrafi odczytać.
error-back-to-form = Powrót do formularza

## Zbiory (zestawy narzędzi)

collections-title = Zestawy narzędzi
collections-lead = Zbiory materiałów przygotowane przez koordynatorów sieci na dany temat lub dla danej sieci; przy każdym materiale znajduje się notatka wyjaśniająca, dlaczego został dołączony.
collections-none = Nie ma jeszcze żadnego zestawu narzędzi.
collection-count = { $count ->
    [one] { $count } materiał
    [few] { $count } materiały
    [many] { $count } materiałów
   *[other] { $count } materiału
}
collection-new = Nowy zestaw narzędzi
collection-new-lead = Zestaw narzędzi gromadzi materiały z biblioteki w wybranej przez Państwa kolejności. Materiały dodaje się do niego z ich własnych stron.
collection-description = Czemu służy zestaw narzędzi
collection-create = Utwórz zestaw narzędzi
collection-curator = Przygotował(a)
collection-empty = Ten zestaw narzędzi nie zawiera jeszcze żadnego materiału.
collection-unseen = { $count ->
    [one] Jeszcze { $count } materiał z tego zestawu narzędzi mogą zobaczyć tylko zalogowani członkowie lub członkowie jednej sieci.
    [few] Jeszcze { $count } materiały z tego zestawu narzędzi mogą zobaczyć tylko zalogowani członkowie lub członkowie jednej sieci.
    [many] Jeszcze { $count } materiałów z tego zestawu narzędzi mogą zobaczyć tylko zalogowani członkowie lub członkowie jednej sieci.
   *[other] Jeszcze { $count } materiału z tego zestawu narzędzi mogą zobaczyć tylko zalogowani członkowie lub członkowie jednej sieci.
}
collection-add-hint = Aby dodać materiał, prosimy otworzyć go w bibliotece i wybrać „Dodaj do zestawu narzędzi”.
collection-item-up = Przesuń w górę
collection-item-down = Przesuń w dół
collection-item-remove = Usuń z zestawu narzędzi
collection-item-note = Notatka
collection-item-note-save = Zapisz notatkę
collection-note = Dlaczego materiał znalazł się w zestawie narzędzi (opcjonalnie)
collection-add-to = Dodaj do zestawu narzędzi
collection-which = Zestaw narzędzi
collection-add-send = Dodaj do zestawu narzędzi
collection-created = Zestaw narzędzi został utworzony. Materiały można do niego dodawać z ich stron.
collection-saved = Zestaw narzędzi został zapisany.
collection-item-added = Materiał został dodany do zestawu narzędzi.

## Gdzie materiał jest wykorzystywany i dołączanie materiałów

used-in-title = Wykorzystano w
used-in-collection = Zestaw narzędzi
used-in-thread = Wzajemne doradztwo
used-in-activity = Plan działania
attached-title = Materiały z biblioteki
attached-add = Dołącz materiał
attached-resource = Materiał
attached-resource-hint = Adres jego strony w bibliotece lub jego numer.
attached-add-send = Dołącz
attached-remove = Usuń
resource-attached = Materiał został dołączony.
resource-detached = Materiał został odłączony.
activity-resources = Materiały
activity-resources-none = Do tego działania nie dołączono żadnego materiału z biblioteki.
error-resource-unknown = W bibliotece nie ma materiału o tym adresie lub numerze, do którego mają Państwo dostęp.
error-already-listed = Ten materiał już się tu znajduje.

## Edycja, zgłoszenia i weryfikacja

resource-edit = Edytuj
resource-edit-lead = Tu można zmienić informacje opisujące materiał oraz tytuł, streszczenie i link jednej z jego wersji językowych. Pliki dodaje się na stronie materiału; wcześniejsze pliki są zachowywane.
resource-edit-version = Wersja w języku: { $language }
resource-edit-other-versions = Edytuj inną wersję językową
resource-edit-save = Zapisz zmiany
resource-saved = Zmiany zostały zapisane.
resource-flag = Zgłoś
resource-flagged = Dziękujemy: weryfikatorzy biblioteki przyjrzą się temu materiałowi.
resource-moderation-hide = Ukryj materiał
resource-moderation-restore = Przywróć widoczność materiału
resource-moderation-dismiss = Pozostaw materiał bez zmian
library-review-title = Weryfikacja materiałów biblioteki
library-review-waiting = Oczekujące na decyzję
library-review-none = Żaden materiał nie oczekuje na weryfikację ani nie został zgłoszony.
library-review-resource = Materiał
