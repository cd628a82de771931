## Rammen om hver side

site-name = EuroVET Commons
skip-to-content = Gå til indhold
nav-label = Hovedmenu
nav-directory = Katalog
nav-counselling = Kollegial rådgivning
nav-plans = Strategi og planer
footer-tagline = Det fælles hjem for Europas netværk af udbydere af erhvervsuddannelser.
search-button = Søg
error-load = Indholdet kunne ikke indlæses. Prøv igen om lidt.

not-found-title = Siden blev ikke fundet
not-found-body = Der er intet på denne adresse. Siden kan være flyttet, eller linket kan være skrevet forkert.
not-found-home = Gå til forsiden

## Land og sprog

language-link = Land og sprog
language-title = Vælg dit land og sprog
language-lead = Vælg dit land og derefter et af landets sprog. Alle sider følger dit valg, og denne enhed husker det.
language-current = Du læser platformen på { $language }.
language-countries = Medlemslande og deres sprog

## Forside

home-title = Europas udbydere af erhvervsuddannelser – samlet i ét netværk
home-lead = Find partnere i alle medlemsnetværk, søg råd hos kolleger, og udvikl netværkets strategi i fællesskab.
home-figures = Netværket i tal
home-parts = Det kan du gøre her
home-directory = Netværk, organisationer og medlemmer i alle medlemslande – og partnere til dit næste projekt.
home-counselling = Spørg kolleger, der har løst problemet før, og svar på dit eget sprog.
home-plans = Hvert netværks vision, ambitioner og aktiviteter, som dets facilitatorer følger op på i fællesskab.
figure-networks = { $count ->
    [one] netværk
   *[other] netværk
}
figure-organisations = { $count ->
    [one] organisation
   *[other] organisationer
}
figure-members = { $count ->
    [one] medlem
   *[other] medlemmer
}
figure-countries = { $count ->
    [one] land
   *[other] lande
}

## Katalog

directory-title = Medlemskatalog
directory-lead = Platformens netværk – fra det internationale netværk til de nationale, regionale og tematiske netværk, der hører under det.
directory-search-label = Søg efter netværk på navn eller by
directory-tree-label = Netværk og deres medlemsnetværk
directory-no-match = Intet netværk matcher »{ $query }«.
organisation-count = { $count ->
    [0] ingen medlemsorganisationer
    [one] { $count } medlemsorganisation
   *[other] { $count } medlemsorganisationer
}
directory-organisations-link = Gennemse alle organisationer
map-link = Kort over medlemslandene

organisations-title = Organisationer
organisations-lead = Alle platformens medlemsorganisationer. Søg på navn, by eller beskrivelse, og indsnævr listen med filtrene.
organisations-search-label = Navn, by eller beskrivelse
organisations-found = { $count ->
    [0] Ingen organisationer fundet
    [one] { $count } organisation fundet
   *[other] { $count } organisationer fundet
}
organisations-none = Ingen organisationer matcher disse filtre. Fjern et filter, eller søg med færre ord.
filter-any = Alle
filter-country = Land
filter-type = Organisationstype
filter-sector = Branche
filter-topic = Ekspertiseområde
filter-language = Talt sprog
sort-label = Sortér efter
sort-relevance = Mest relevante
sort-name = Navn
sort-newest = Nyeste først
sort-country = Land
page-navigation = Sider
page-previous = Forrige side
page-next = Næste side
page-position = Side { $page } af { $pages }

organisation-back = Tilbage til organisationerne
organisation-description = Om organisationen
organisation-languages = Talte sprog
organisation-website = Hjemmeside
organisation-networks = Netværk
organisation-members = Medlemmer
organisation-contact-private = Kontaktoplysninger vises kun for medlemmer, der er logget ind.

network-back = Tilbage til medlemskataloget
network-parent = Medlem af
network-figures = Netværket i tal
network-description = Om netværket
network-member-networks = Medlemsnetværk
network-organisations = Medlemsorganisationer
network-all-organisations = { $count ->
    [one] Vis { $count } medlemsorganisation i organisationslisten
   *[other] Vis alle { $count } medlemsorganisationer i organisationslisten
}

map-title = Medlemslandene på kortet
map-lead = Hvert medlemsland er farvet efter antallet af medlemsorganisationer. Vælg et land for at se dets organisationer.
map-table = Medlemsorganisationer efter land

## Kollegial rådgivning

counselling-title = Kollegial rådgivning
counselling-lead = Spørg medlemmer, der har stået med det samme spørgsmål, og del det, der virkede for dig.

## Strategi og planer

plans-title = Strategi og handlingsplaner
plans-lead = Hvert netværks femårige strategi, dets ambitioner og aktiviteterne i dets handlingsplan.
