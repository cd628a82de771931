## Okvir svake stranice

site-name = EuroVET Commons
skip-to-content = Preskoči na sadržaj
nav-label = Glavni meni
nav-directory = Imenik
nav-counselling = Savjetovanje među kolegama
nav-plans = Strategija i planovi
footer-tagline = Zajednički dom evropskih mreža pružalaca stručnog obrazovanja i obuke (SOO).
search-button = Traži
error-load = Sadržaj nije bilo moguće učitati. Molimo pokušajte ponovo za trenutak.

not-found-title = Stranica nije pronađena
not-found-body = Na ovoj adresi nema ničega. Stranica je možda premještena ili je link pogrešno upisan.
not-found-home = Idi na početnu stranicu

## Država i jezik

language-link = Država i jezik
language-title = Odaberite svoju državu i jezik
language-lead = Odaberite svoju državu, a zatim jedan od njenih jezika. Svaka stranica prati vaš izbor, a ovaj uređaj ga pamti.
language-current = Platformu čitate na jeziku: { $language }.
language-countries = Države članice i njihovi jezici

## Početna stranica

home-title = Evropski pružaoci stručnog obrazovanja, ujedinjeni u jednu mrežu
home-lead = Pronađite partnere u mrežama članicama, zatražite savjet od kolega i zajedno gradite strategiju mreže.
home-figures = Mreža u brojkama
home-parts = Šta ovdje možete uraditi
home-directory = Mreže, organizacije i članovi u svakoj državi članici, te partneri za vaš sljedeći projekat.
home-counselling = Pitajte kolege koji su već riješili isti problem i odgovorite na svom jeziku.
home-plans = Vizija, težnje i aktivnosti svake mreže, koje njeni facilitatori zajedno prate.
figure-networks = { $count ->
    [one] mreža
    [few] mreže
   *[other] mreža
}
figure-organisations = { $count ->
    [one] organizacija
    [few] organizacije
   *[other] organizacija
}
figure-members = { $count ->
    [one] član
    [few] člana
   *[other] članova
}
figure-countries = { $count ->
    [one] država
    [few] države
   *[other] država
}

## Imenik

directory-title = Imenik članova
directory-lead = Mreže platforme, od međunarodne mreže do nacionalnih, regionalnih i tematskih mreža koje joj pripadaju.
directory-search-label = Pretražite mreže po nazivu ili gradu
directory-tree-label = Mreže i njihove mreže članice
directory-no-match = Nijedna mreža ne odgovara upitu „{ $query }“.
organisation-count = { $count ->
    [0] nema organizacija članica
    [one] { $count } organizacija članica
    [few] { $count } organizacije članice
   *[other] { $count } organizacija članica
}
directory-organisations-link = Pregledajte sve organizacije
map-link = Mapa država članica

organisations-title = Organizacije
organisations-lead = Sve organizacije članice platforme. Pretražujte po nazivu, gradu ili opisu i suzite listu filterima.
organisations-search-label = Naziv, grad ili opis
organisations-found = { $count ->
    [0] Nije pronađena nijedna organizacija
    [one] Pronađena je { $count } organizacija
    [few] Pronađene su { $count } organizacije
   *[other] Pronađeno je { $count } organizacija
}
organisations-none = Nijedna organizacija ne odgovara ovim filterima. Uklonite jedan filter ili tražite s manje riječi.
filter-any = Sve
filter-country = Država
filter-type = Vrsta organizacije
filter-sector = Sektor
filter-topic = Oblast stručnosti
filter-language = Jezik koji se govori
sort-label = Poredaj po
sort-relevance = Najbolje podudaranje
sort-name = Naziv
sort-newest = Najnovije prvo
sort-country = Država
page-navigation = Stranice
page-previous = Prethodna stranica
page-next = Sljedeća stranica
page-position = Stranica { $page } od { $pages }

organisation-back = Nazad na organizacije
organisation-description = O organizaciji
organisation-languages = Jezici koji se govore
organisation-website = Web-stranica
organisation-networks = Mreže
organisation-members = Članovi
organisation-contact-private = Kontakt podaci prikazuju se samo prijavljenim članovima.

network-back = Nazad na imenik članova
network-parent = Članica mreže
network-figures = Mreža u brojkama
network-description = O mreži
network-member-networks = Mreže članice
network-organisations = Organizacije članice
network-all-organisations = { $count ->
    [one] Prikaži { $count } organizaciju članicu na listi organizacija
    [few] Prikaži sve { $count } organizacije članice na listi organizacija
   *[other] Prikaži svih { $count } organizacija članica na listi organizacija
}

map-title = Države članice na mapi
map-lead = Svaka država članica obojena je prema broju svojih organizacija članica. Odaberite državu da vidite njene organizacije.
map-table = Organizacije članice po državama

## Savjetovanje među kolegama

counselling-title = Savjetovanje među kolegama
counselling-lead = Pitajte članove koji su se suočili s istim pitanjem i podijelite ono što je vama uspjelo.

## Strategija i planovi

plans-title = Strategija i akcioni planovi
plans-lead = Petogodišnja strategija svake mreže, njene težnje i aktivnosti njenog akcionog plana.
