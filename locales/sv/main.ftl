## Ramen runt varje sida

site-name = EuroVET Commons
skip-to-content = Hoppa till innehållet
nav-label = Huvudmeny
nav-directory = Katalog
nav-counselling = Kollegial rådgivning
nav-plans = Strategi och planer
footer-tagline = Den gemensamma mötesplatsen för Europas nätverk av yrkesutbildningsanordnare.
search-button = Sök
error-load = Det gick inte att ladda innehållet. Försök igen om en stund.

not-found-title = Sidan hittades inte
not-found-body = Det finns ingenting på den här adressen. Sidan kan ha flyttats, eller så är länken felskriven.
not-found-home = Gå till startsidan

## Land och språk

language-link = Land och språk
language-title = Välj land och språk
language-lead = Välj ditt land och sedan ett av dess språk. Alla sidor följer ditt val, och den här enheten kommer ihåg det.
language-current = Du läser plattformen på { $language }.
language-countries = Medlemsländer och deras språk

## Startsida

home-title = Europas yrkesutbildningsanordnare – ett gemensamt nätverk
home-lead = Hitta partner i alla medlemsnätverk, be kollegor om råd och bygg nätverkets strategi tillsammans.
home-figures = Nätverket i siffror
home-parts = Det här kan du göra
home-directory = Nätverk, organisationer och medlemmar i alla medlemsländer – och partner till ditt nästa projekt.
home-counselling = Fråga kollegor som redan har löst problemet, och svara på ditt eget språk.
home-plans = Varje nätverks vision, ambitioner och aktiviteter, som följs upp gemensamt av nätverkets samordnare.
figure-networks = { $count ->
    [one] nätverk
   *[other] nätverk
}
figure-organisations = { $count ->
    [one] organisation
   *[other] organisationer
}
figure-members = { $count ->
    [one] medlem
   *[other] medlemmar
}
figure-countries = { $count ->
    [one] land
   *[other] länder
}

## Katalog

directory-title = Medlemskatalog
directory-lead = Plattformens nätverk, från det internationella nätverket till de nationella, regionala och tematiska nätverk som ingår i det.
directory-search-label = Sök nätverk efter namn eller ort
directory-tree-label = Nätverken och deras medlemsnätverk
directory-no-match = Inget nätverk matchar ”{ $query }”.
organisation-count = { $count ->
    [0] inga medlemsorganisationer
    [one] { $count } medlemsorganisation
   *[other] { $count } medlemsorganisationer
}
directory-organisations-link = Bläddra bland alla organisationer
map-link = Karta över medlemsländerna

organisations-title = Organisationer
organisations-lead = Plattformens alla medlemsorganisationer. Sök på namn, ort eller beskrivning och begränsa listan med filtren.
organisations-search-label = Namn, ort eller beskrivning
organisations-found = { $count ->
    [0] Inga organisationer hittades
    [one] { $count } organisation hittades
   *[other] { $count } organisationer hittades
}
organisations-none = Ingen organisation matchar de här filtren. Ta bort ett filter eller sök med färre ord.
filter-any = Alla
filter-country = Land
filter-type = Typ av organisation
filter-sector = Bransch
filter-topic = Expertområde
filter-language = Talat språk
sort-label = Sortera efter
sort-relevance = Mest relevant
sort-name = Namn
sort-newest = Nyaste först
sort-country = Land
page-navigation = Sidor
page-previous = Föregående sida
page-next = Nästa sida
page-position = Sida { $page } av { $pages }

organisation-back = Tillbaka till organisationerna
organisation-description = Om organisationen
organisation-languages = Talade språk
organisation-website = Webbplats
organisation-networks = Nätverk
organisation-members = Medlemmar
organisation-contact-private = Kontaktuppgifter visas bara för inloggade medlemmar.

network-back = Tillbaka till medlemskatalogen
network-parent = Medlem i
network-figures = Nätverket i siffror
network-description = Om nätverket
network-member-networks = Medlemsnätverk
network-organisations = Medlemsorganisationer
network-all-organisations = { $count ->
    [one] Visa { $count } medlemsorganisation i organisationslistan
   *[other] Visa alla { $count } medlemsorganisationer i organisationslistan
}

map-title = Medlemsländerna på kartan
map-lead = Varje medlemsland är färgat efter antalet medlemsorganisationer. Välj ett land för att se dess organisationer.
map-table = Medlemsorganisationer per land

## Kollegial rådgivning

counselling-title = Kollegial rådgivning
counselling-lead = Fråga medlemmar som har stått inför samma fråga, och dela med dig av det som fungerade för dig.

## Strategi och planer

plans-title = Strategi och handlingsplaner
plans-lead = Varje nätverks femåriga strategi, dess ambitioner och aktiviteterna i dess handlingsplan.
