## Umgjörð allra síðna

site-name = EuroVET Commons
skip-to-content = Fara beint í efni
nav-label = Aðalvalmynd
nav-directory = Skrá
nav-counselling = Jafningjaráðgjöf
nav-plans = Stefna og áætlanir
footer-tagline = Sameiginlegur vettvangur evrópskra tengslaneta aðila sem veita starfsmenntun.
loading = Hleður…
search-button = Leita
error-load = Ekki tókst að hlaða þessu. Reyndu aftur eftir smástund.

not-found-title = Síða fannst ekki
not-found-body = Ekkert er á þessari slóð. Síðan gæti hafa verið færð eða tengillinn rangt sleginn inn.
not-found-home = Fara á forsíðu

## Forsíða

home-title = Starfsmenntaaðilar Evrópu vinna saman sem eitt tengslanet
home-lead = Finndu samstarfsaðila í öllum aðildarnetum, leitaðu ráða hjá jafningjum og mótaðu stefnu tengslanetsins í sameiningu.
home-figures = Tengslanetið í tölum
home-parts = Hvað þú getur gert hér
home-directory = Tengslanet, stofnanir og félagar í öllum aðildarlöndum – og samstarfsaðilar fyrir næsta verkefni þitt.
home-counselling = Spurðu jafningja sem hafa leyst vandann áður og svaraðu á þínu eigin tungumáli.
home-plans = Framtíðarsýn, markmið og aðgerðir hvers tengslanets, sem umsjónaraðilar þess fylgja eftir í sameiningu.
figure-networks = { $count ->
    [one] tengslanet
   *[other] tengslanet
}
figure-organisations = { $count ->
    [one] stofnun
   *[other] stofnanir
}
figure-members = { $count ->
    [one] félagi
   *[other] félagar
}
figure-countries = { $count ->
    [one] land
   *[other] lönd
}

## Skrá

directory-title = Félagaskrá
directory-lead = Tengslanet vettvangsins, allt frá alþjóðlega tengslanetinu til innlendra, svæðisbundinna og þemabundinna tengslaneta sem heyra undir það.
directory-search-label = Leita að tengslanetum eftir nafni eða staðsetningu
directory-tree-label = Tengslanet og aðildarnet þeirra
directory-no-match = Ekkert tengslanet passar við „{ $query }“.
organisation-count = { $count ->
    [0] engar aðildarstofnanir
    [one] { $count } aðildarstofnun
   *[other] { $count } aðildarstofnanir
}

## Jafningjaráðgjöf

counselling-title = Jafningjaráðgjöf
counselling-lead = Spurðu félaga sem hafa staðið frammi fyrir sömu spurningu og deildu því sem reyndist þér vel.
counselling-topics = Efnisflokkar og stofnanir með sérþekkingu á þeim
expertise-count = { $count ->
    [one] { $count } stofnun með sérþekkingu
   *[other] { $count } stofnanir með sérþekkingu
}

## Stefna og áætlanir

plans-title = Stefna og aðgerðaáætlanir
plans-lead = Fimm ára stefna hvers tengslanets, markmið þess og aðgerðir í aðgerðaáætlun þess.
