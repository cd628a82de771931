## Okvir svake stranice

site-name = EuroVET Commons
skip-to-content = Prijeđi na sadržaj
nav-label = Glavni izbornik
nav-directory = Imenik
nav-counselling = Kolegijalno savjetovanje
nav-plans = Strategija i planovi
footer-tagline = Zajednički dom europskih mreža pružatelja strukovnog obrazovanja i osposobljavanja.
search-button = Pretraži
error-load = Sadržaj nije moguće učitati. Pokušajte ponovno za nekoliko trenutaka.

not-found-title = Stranica nije pronađena
not-found-body = Na ovoj adresi nema ničega. Stranica je možda premještena ili je poveznica pogrešno upisana.
not-found-home = Na početnu stranicu

## Zemlja i jezik

language-link = Zemlja i jezik
language-title = Odaberite svoju zemlju i jezik
language-lead = Odaberite svoju zemlju, a zatim jedan od njezinih jezika. Sve se stranice prikazuju prema vašem odabiru, a ovaj ga uređaj pamti.
language-current = Platformu čitate na jeziku: { $language }.
language-countries = Zemlje članice i njihovi jezici

## Početna stranica

home-title = Europski pružatelji strukovnog obrazovanja, povezani u jednu mrežu
home-lead = Pronađite partnere u svim mrežama članicama, zatražite savjet od kolega i zajedno gradite strategiju mreže.
home-figures = Mreža u brojkama
home-parts = Što ovdje možete učiniti
home-directory = Mreže, organizacije i članovi u svim zemljama članicama te partneri za vaš sljedeći projekt.
home-counselling = Pitajte kolege koji su taj problem već riješili i odgovarajte na vlastitom jeziku.
home-plans = Vizija, ciljevi i aktivnosti svake mreže, koje zajednički prate njezini koordinatori.
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
    [one] zemlja
    [few] zemlje
   *[other] zemalja
}

## Imenik

directory-title = Imenik članova
directory-lead = Mreže na platformi, od međunarodne mreže do nacionalnih, regionalnih i tematskih mreža koje joj pripadaju.
directory-search-label = Pretraživanje mreža po nazivu ili gradu
directory-tree-label = Mreže i njihove mreže članice
directory-no-match = Nijedna mreža ne odgovara upitu „{ $query }“.
organisation-count = { $count ->
    [0] nema organizacija članica
    [one] { $count } organizacija članica
    [few] { $count } organizacije članice
   *[other] { $count } organizacija članica
}
directory-organisations-link = Pregledajte sve organizacije
map-link = Karta zemalja članica

organisations-title = Organizacije
organisations-lead = Sve organizacije članice platforme. Pretražujte po nazivu, gradu ili opisu i suzite popis filtrima.
organisations-search-label = Naziv, grad ili opis
organisations-found = { $count ->
    [0] Nije pronađena nijedna organizacija
    [one] Pronađena je { $count } organizacija
    [few] Pronađene su { $count } organizacije
   *[other] Pronađeno je { $count } organizacija
}
organisations-none = Nijedna organizacija ne odgovara ovim filtrima. Uklonite jedan filtar ili pretražujte s manje riječi.
filter-any = Sve
filter-country = Zemlja
filter-type = Vrsta organizacije
filter-sector = Sektor
filter-topic = Područje stručnosti
filter-language = Jezik kojim se govori
sort-label = Poredaj po
sort-relevance = Najbolje podudaranje
sort-name = Naziv
sort-newest = Najprije najnovije
sort-country = Zemlja
page-navigation = Stranice
page-previous = Prethodna stranica
page-next = Sljedeća stranica
page-position = Stranica { $page } od { $pages }

organisation-back = Natrag na organizacije
organisation-description = O organizaciji
organisation-languages = Jezici kojima se govori
organisation-website = Mrežna stranica
organisation-networks = Mreže
organisation-members = Članovi
organisation-contact-private = Podaci za kontakt prikazuju se samo prijavljenim članovima.

network-back = Natrag na imenik članova
network-parent = Članica mreže
network-figures = Mreža u brojkama
network-description = O mreži
network-member-networks = Mreže članice
network-organisations = Organizacije članice
network-all-organisations = { $count ->
    [one] Prikaži { $count } organizaciju članicu na popisu organizacija
    [few] Prikaži sve { $count } organizacije članice na popisu organizacija
   *[other] Prikaži svih { $count } organizacija članica na popisu organizacija
}

map-title = Zemlje članice na karti
map-lead = Svaka zemlja članica obojena je prema broju svojih organizacija članica. Odaberite zemlju da biste vidjeli njezine organizacije.
map-table = Organizacije članice po zemljama

## Kolegijalno savjetovanje

counselling-title = Kolegijalno savjetovanje
counselling-lead = Pitajte članove koji su se suočili s istim pitanjem i podijelite ono što je vama uspjelo.

## Strategija i planovi

plans-title = Strategija i akcijski planovi
plans-lead = Petogodišnja strategija svake mreže, njezini ciljevi i aktivnosti njezina akcijskog plana.
