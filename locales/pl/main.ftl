## Elementy wspólne wszystkich stron

site-name = EuroVET Commons
skip-to-content = Przejdź do treści
nav-label = Nawigacja główna
nav-directory = Katalog
nav-counselling = Wzajemne doradztwo
nav-plans = Strategia i plany
footer-tagline = Wspólny dom europejskich sieci instytucji kształcenia i szkolenia zawodowego.
loading = Wczytywanie…
search-button = Szukaj
error-load = Nie udało się wczytać danych. Prosimy spróbować ponownie za chwilę.

not-found-title = Nie znaleziono strony
not-found-body = Pod tym adresem nic nie ma. Strona mogła zostać przeniesiona albo link zawiera błąd.
not-found-home = Przejdź do strony głównej

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

## Wzajemne doradztwo

counselling-title = Wzajemne doradztwo
counselling-lead = Mogą Państwo zapytać członków, którzy mierzyli się z tym samym pytaniem, i podzielić się tym, co sprawdziło się u Państwa.
counselling-topics = Tematy i organizacje z wiedzą ekspercką w tych dziedzinach
expertise-count = { $count ->
    [one] { $count } organizacja z wiedzą ekspercką
    [few] { $count } organizacje z wiedzą ekspercką
    [many] { $count } organizacji z wiedzą ekspercką
   *[other] { $count } organizacji z wiedzą ekspercką
}

## Strategia i plany

plans-title = Strategia i plany działania
plans-lead = Pięcioletnia strategia każdej sieci, jej aspiracje oraz działania zapisane w jej planie działania.
