## Ramen runt varje sida

site-name = EuroVET Commons
skip-to-content = Hoppa till innehållet
nav-label = Huvudmeny
nav-directory = Katalog
nav-counselling = Kollegial rådgivning
nav-plans = Strategi och planer
footer-tagline = Den gemensamma mötesplatsen för Europas nätverk av yrkesutbildningsanordnare.
loading = Laddar…
search-button = Sök
error-load = Det gick inte att ladda innehållet. Försök igen om en stund.

not-found-title = Sidan hittades inte
not-found-body = Det finns ingenting på den här adressen. Sidan kan ha flyttats, eller så är länken felskriven.
not-found-home = Gå till startsidan

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

## Kollegial rådgivning

counselling-title = Kollegial rådgivning
counselling-lead = Fråga medlemmar som har stått inför samma fråga, och dela med dig av det som fungerade för dig.
counselling-topics = Ämnen och organisationer med expertis inom dem
expertise-count = { $count ->
    [one] { $count } organisation med expertis
   *[other] { $count } organisationer med expertis
}

## Strategi och planer

plans-title = Strategi och handlingsplaner
plans-lead = Varje nätverks femåriga strategi, dess ambitioner och aktiviteterna i dess handlingsplan.
