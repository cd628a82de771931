## Rammen rundt hver side

site-name = EuroVET Commons
skip-to-content = Gå til innholdet
nav-label = Hovedmeny
nav-directory = Katalog
nav-counselling = Kollegaveiledning
nav-plans = Strategi og planer
footer-tagline = Det felles hjemmet for Europas nettverk av tilbydere av fag- og yrkesopplæring.
search-button = Søk
error-load = Innholdet kunne ikke lastes inn. Prøv igjen om et øyeblikk.

not-found-title = Fant ikke siden
not-found-body = Det finnes ingenting på denne adressen. Siden kan ha blitt flyttet, eller lenken kan være skrevet feil.
not-found-home = Gå til forsiden

## Land og språk

language-link = Land og språk
language-title = Velg land og språk
language-lead = Velg landet ditt, og deretter ett av språkene der. Alle sider følger valget ditt, og denne enheten husker det.
language-current = Du leser plattformen på { $language }.
language-countries = Medlemsland og språkene deres

## Forside

home-title = Europas tilbydere av fag- og yrkesopplæring, samlet i ett nettverk
home-lead = Finn samarbeidspartnere i medlemsnettverkene, be kolleger om råd, og bygg nettverkets strategi sammen.
home-figures = Nettverket i tall
home-parts = Dette kan du gjøre her
home-directory = Nettverk, organisasjoner og medlemmer i alle medlemsland, og partnere til ditt neste prosjekt.
home-counselling = Spør kolleger som har løst problemet før, og svar på ditt eget språk.
home-plans = Visjonen, målene og aktivitetene i hvert nettverk, fulgt opp i fellesskap av nettverkets fasilitatorer.
figure-networks = { $count ->
    [one] nettverk
   *[other] nettverk
}
figure-organisations = { $count ->
    [one] organisasjon
   *[other] organisasjoner
}
figure-members = { $count ->
    [one] medlem
   *[other] medlemmer
}
figure-countries = { $count ->
    [one] land
   *[other] land
}

## Katalog

directory-title = Medlemskatalog
directory-lead = Plattformens nettverk, fra det internasjonale nettverket til de nasjonale, regionale og tematiske nettverkene som hører til det.
directory-search-label = Søk etter nettverk på navn eller by
directory-tree-label = Nettverk og medlemsnettverkene deres
directory-no-match = Ingen nettverk passer til «{ $query }».
organisation-count = { $count ->
    [0] ingen medlemsorganisasjoner
    [one] { $count } medlemsorganisasjon
   *[other] { $count } medlemsorganisasjoner
}
directory-organisations-link = Se alle organisasjoner
map-link = Kart over medlemslandene

organisations-title = Organisasjoner
organisations-lead = Alle medlemsorganisasjonene på plattformen. Søk på navn, by eller beskrivelse, og avgrens listen med filtrene.
organisations-search-label = Navn, by eller beskrivelse
organisations-found = { $count ->
    [0] Fant ingen organisasjoner
    [one] Fant { $count } organisasjon
   *[other] Fant { $count } organisasjoner
}
organisations-none = Ingen organisasjoner passer til disse filtrene. Fjern et filter, eller søk med færre ord.
filter-any = Alle
filter-country = Land
filter-type = Organisasjonstype
filter-sector = Bransje
filter-topic = Fagområde
filter-language = Språk som snakkes
sort-label = Sorter etter
sort-relevance = Beste treff
sort-name = Navn
sort-newest = Nyeste først
sort-country = Land
page-navigation = Sider
page-previous = Forrige side
page-next = Neste side
page-position = Side { $page } av { $pages }

organisation-back = Tilbake til organisasjonene
organisation-description = Om organisasjonen
organisation-languages = Språk som snakkes
organisation-website = Nettsted
organisation-networks = Nettverk
organisation-members = Medlemmer
organisation-contact-private = Kontaktopplysninger vises bare for innloggede medlemmer.

network-back = Tilbake til medlemskatalogen
network-parent = Medlem av
network-figures = Nettverket i tall
network-description = Om nettverket
network-member-networks = Medlemsnettverk
network-organisations = Medlemsorganisasjoner
network-all-organisations = { $count ->
    [one] Vis { $count } medlemsorganisasjon i organisasjonslisten
   *[other] Vis alle { $count } medlemsorganisasjonene i organisasjonslisten
}

map-title = Medlemslandene på kartet
map-lead = Hvert medlemsland er farget etter antallet medlemsorganisasjoner. Velg et land for å se organisasjonene der.
map-table = Medlemsorganisasjoner etter land

## Kollegaveiledning

counselling-title = Kollegaveiledning
counselling-lead = Spør medlemmer som har stått overfor det samme spørsmålet, og del det som fungerte for deg.

## Strategi og planer

plans-title = Strategi og handlingsplaner
plans-lead = Hvert nettverks femårige strategi, målene i den og aktivitetene i handlingsplanen.
