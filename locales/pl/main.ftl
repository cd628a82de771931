## Elementy wspólne wszystkich stron

site-name = EuroVET Commons
skip-to-content = Przejdź do treści
nav-label = Nawigacja główna
nav-directory = Katalog
nav-counselling = Wzajemne doradztwo
nav-plans = Strategia i plany
footer-tagline = Wspólny dom europejskich sieci instytucji kształcenia i szkolenia zawodowego.
search-button = Szukaj
error-load = Nie udało się wczytać danych. Prosimy spróbować ponownie za chwilę.

not-found-title = Nie znaleziono strony
not-found-body = Pod tym adresem nic nie ma. Strona mogła zostać przeniesiona albo link zawiera błąd.
not-found-home = Przejdź do strony głównej

## Kraj i język

language-link = Kraj i język
language-title = Wybór kraju i języka
language-lead = Prosimy wybrać swój kraj, a następnie jeden z jego języków. Każda strona dostosuje się do Państwa wyboru, a to urządzenie go zapamięta.
language-current = Czytają Państwo platformę w języku: { $language }.
language-countries = Kraje członkowskie i ich języki

## Strona główna

home-title = Instytucje kształcenia i szkolenia zawodowego z całej Europy – razem w jednej sieci
home-lead = Tu znajdą Państwo partnerów we wszystkich sieciach członkowskich, zasięgną rady u koleżanek i kolegów po fachu oraz wspólnie zbudują strategię sieci.
home-figures = Sieć w liczbach
home-parts = Co mogą tu Państwo zrobić
home-directory = Sieci, organizacje i członkowie we wszystkich krajach członkowskich – oraz partnerzy do Państwa kolejnego projektu.
home-counselling = Mogą Państwo zapytać osoby, które już rozwiązały podobny problem, i odpowiadać we własnym języku.
home-plans = Wizja, aspiracje i działania każdej sieci, wspólnie monitorowane przez jej koordynatorów.
figure-networks = { $count ->
    [one] sieć
    [few] sieci
    [many] sieci
   *[other] sieci
}
figure-organisations = { $count ->
    [one] organizacja
    [few] organizacje
    [many] organizacji
   *[other] organizacji
}
figure-members = { $count ->
    [one] członek
    [few] członkowie
    [many] członków
   *[other] członka
}
figure-countries = { $count ->
    [one] kraj
    [few] kraje
    [many] krajów
   *[other] kraju
}

## Katalog

directory-title = Katalog członków
directory-lead = Sieci działające na platformie – od sieci międzynarodowej po należące do niej sieci krajowe, regionalne i tematyczne.
directory-search-label = Szukaj sieci według nazwy lub miejscowości
directory-tree-label = Sieci i ich sieci członkowskie
directory-no-match = Żadna sieć nie pasuje do zapytania „{ $query }”.
organisation-count = { $count ->
    [0] brak organizacji członkowskich
    [one] { $count } organizacja członkowska
    [few] { $count } organizacje członkowskie
    [many] { $count } organizacji członkowskich
   *[other] { $count } organizacji członkowskiej
}
directory-organisations-link = Przeglądaj wszystkie organizacje
map-link = Mapa krajów członkowskich

organisations-title = Organizacje
organisations-lead = Wszystkie organizacje członkowskie platformy. Mogą Państwo wyszukiwać według nazwy, miejscowości lub opisu oraz zawężać listę za pomocą filtrów.
organisations-search-label = Nazwa, miejscowość lub opis
organisations-found = { $count ->
    [0] Nie znaleziono organizacji
    [one] Znaleziono { $count } organizację
    [few] Znaleziono { $count } organizacje
    [many] Znaleziono { $count } organizacji
   *[other] Znaleziono { $count } organizacji
}
organisations-none = Żadna organizacja nie spełnia tych kryteriów. Prosimy usunąć jeden z filtrów lub wpisać mniej słów.
filter-any = Wszystkie
filter-country = Kraj
filter-type = Rodzaj organizacji
filter-sector = Branża
filter-topic = Obszar specjalizacji
filter-language = Używany język
sort-label = Sortuj według
sort-relevance = Najlepsze dopasowanie
sort-name = Nazwa
sort-newest = Najpierw najnowsze
sort-country = Kraj
page-navigation = Strony
page-previous = Poprzednia strona
page-next = Następna strona
page-position = Strona { $page } z { $pages }

organisation-back = Powrót do listy organizacji
organisation-description = O organizacji
organisation-languages = Używane języki
organisation-website = Strona internetowa
organisation-networks = Sieci
organisation-members = Członkowie
organisation-contact-private = Dane kontaktowe są widoczne tylko dla zalogowanych członków.

network-back = Powrót do katalogu członków
network-parent = Członek sieci
network-figures = Sieć w liczbach
network-description = O sieci
network-member-networks = Sieci członkowskie
network-organisations = Organizacje członkowskie
network-all-organisations = { $count ->
    [one] Pokaż { $count } organizację członkowską na liście organizacji
    [few] Pokaż wszystkie { $count } organizacje członkowskie na liście organizacji
    [many] Pokaż wszystkie { $count } organizacji członkowskich na liście organizacji
   *[other] Pokaż wszystkie { $count } organizacji członkowskiej na liście organizacji
}

map-title = Kraje członkowskie na mapie
map-lead = Każdy kraj członkowski jest zabarwiony według liczby swoich organizacji członkowskich. Po wybraniu kraju zobaczą Państwo jego organizacje.
map-table = Organizacje członkowskie według krajów

## Wzajemne doradztwo

counselling-title = Wzajemne doradztwo
counselling-lead = Mogą Państwo zapytać członków, którzy mierzyli się z tym samym pytaniem, i podzielić się tym, co sprawdziło się u Państwa.

## Strategia i plany

plans-title = Strategia i plany działania
plans-lead = Pięcioletnia strategia każdej sieci, jej aspiracje oraz działania zapisane w jej planie działania.
