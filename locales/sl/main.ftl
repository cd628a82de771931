## Okvir vsake strani

site-name = EuroVET Commons
skip-to-content = Preskoči na vsebino
nav-label = Glavna navigacija
nav-directory = Imenik
nav-counselling = Kolegialno svetovanje
nav-plans = Strategija in načrti
footer-tagline = Skupni dom evropskih mrež izvajalcev poklicnega izobraževanja in usposabljanja (PIU).
search-button = Išči
error-load = Vsebine ni bilo mogoče naložiti. Poskusite znova čez trenutek.

not-found-title = Strani ni mogoče najti
not-found-body = Na tem naslovu ni ničesar. Stran je bila morda premaknjena ali pa je povezava napačno vnesena.
not-found-home = Na domačo stran

## Država in jezik

language-link = Država in jezik
language-title = Izberite svojo državo in jezik
language-lead = Izberite svojo državo, nato enega od njenih jezikov. Vse strani upoštevajo vašo izbiro, ta naprava pa si jo zapomni.
language-current = Platformo berete v jeziku: { $language }.
language-countries = Države članice in njihovi jeziki

## Domača stran

home-title = Evropski izvajalci PIU, povezani v eno mrežo
home-lead = Poiščite partnerje v vseh mrežah članicah, prosite kolege za nasvet in skupaj oblikujte strategijo mreže.
home-figures = Mreža v številkah
home-parts = Kaj lahko počnete tukaj
home-directory = Mreže, organizacije in člani v vseh državah članicah – ter partnerji za vaš naslednji projekt.
home-counselling = Vprašajte kolege, ki so težavo že rešili, in odgovarjajte v svojem jeziku.
home-plans = Vizija, cilji in dejavnosti vsake mreže, ki jih skupaj spremljajo njeni koordinatorji.
figure-networks = { $count ->
    [one] mreža
    [two] mreži
    [few] mreže
   *[other] mrež
}
figure-organisations = { $count ->
    [one] organizacija
    [two] organizaciji
    [few] organizacije
   *[other] organizacij
}
figure-members = { $count ->
    [one] član
    [two] člana
    [few] člani
   *[other] članov
}
figure-countries = { $count ->
    [one] država
    [two] državi
    [few] države
   *[other] držav
}

## Imenik

directory-title = Imenik članov
directory-lead = Mreže na platformi – od mednarodne mreže do nacionalnih, regionalnih in tematskih mrež, ki so njene članice.
directory-search-label = Iskanje mrež po imenu ali kraju
directory-tree-label = Mreže in njihove mreže članice
directory-no-match = Nobena mreža se ne ujema z iskalnim nizom „{ $query }“.
organisation-count = { $count ->
    [0] ni organizacij članic
    [one] { $count } organizacija članica
    [two] { $count } organizaciji članici
    [few] { $count } organizacije članice
   *[other] { $count } organizacij članic
}
directory-organisations-link = Prebrskajte vse organizacije
map-link = Zemljevid držav članic

organisations-title = Organizacije
organisations-lead = Vse organizacije članice platforme. Iščite po imenu, kraju ali opisu in zožite seznam s filtri.
organisations-search-label = Ime, kraj ali opis
organisations-found = { $count ->
    [0] Ni najdenih organizacij
    [one] Najdena je { $count } organizacija
    [two] Najdeni sta { $count } organizaciji
    [few] Najdene so { $count } organizacije
   *[other] Najdenih je { $count } organizacij
}
organisations-none = Tem filtrom ne ustreza nobena organizacija. Odstranite filter ali iščite z manj besedami.
filter-any = Vse
filter-country = Država
filter-type = Vrsta organizacije
filter-sector = Panoga
filter-topic = Strokovno področje
filter-language = Govorjeni jezik
sort-label = Razvrsti po
sort-relevance = Najboljše ujemanje
sort-name = Ime
sort-newest = Najprej najnovejše
sort-country = Država
page-navigation = Strani
page-previous = Prejšnja stran
page-next = Naslednja stran
page-position = Stran { $page } od { $pages }

organisation-back = Nazaj na organizacije
organisation-description = O organizaciji
organisation-languages = Govorjeni jeziki
organisation-website = Spletna stran
organisation-networks = Mreže
organisation-members = Člani
organisation-contact-private = Kontaktni podatki so prikazani samo prijavljenim članom.

network-back = Nazaj na imenik članov
network-parent = Članica mreže
network-figures = Mreža v številkah
network-description = O mreži
network-member-networks = Mreže članice
network-organisations = Organizacije članice
network-all-organisations = { $count ->
    [one] Prikaži { $count } organizacijo članico na seznamu organizacij
    [two] Prikaži obe { $count } organizaciji članici na seznamu organizacij
    [few] Prikaži vse { $count } organizacije članice na seznamu organizacij
   *[other] Prikaži vseh { $count } organizacij članic na seznamu organizacij
}

map-title = Države članice na zemljevidu
map-lead = Vsaka država članica je obarvana glede na število svojih organizacij članic. Izberite državo, da vidite njene organizacije.
map-table = Organizacije članice po državah

## Kolegialno svetovanje

counselling-title = Kolegialno svetovanje
counselling-lead = Vprašajte člane, ki so se srečali z enakim vprašanjem, in delite, kaj se je obneslo pri vas.

## Strategija in načrti

plans-title = Strategija in akcijski načrti
plans-lead = Petletna strategija vsake mreže, njeni cilji in dejavnosti njenega akcijskega načrta.
