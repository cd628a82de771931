## Umgjörð allra síðna

site-name = EuroVET Commons
skip-to-content = Fara beint í efni
nav-label = Aðalvalmynd
nav-directory = Skrá
nav-counselling = Jafningjaráðgjöf
nav-plans = Stefna og áætlanir
footer-tagline = Sameiginlegur vettvangur evrópskra tengslaneta aðila sem veita starfsmenntun.
search-button = Leita
error-load = Ekki tókst að hlaða þessu. Reyndu aftur eftir smástund.

not-found-title = Síða fannst ekki
not-found-body = Ekkert er á þessari slóð. Síðan gæti hafa verið færð eða tengillinn rangt sleginn inn.
not-found-home = Fara á forsíðu

## Land og tungumál

language-link = Land og tungumál
language-title = Veldu land og tungumál
language-lead = Veldu landið þitt og síðan eitt af tungumálum þess. Allar síður fylgja vali þínu og þetta tæki man það.
language-current = Þú ert að lesa vettvanginn á tungumálinu: { $language }.
language-countries = Aðildarlönd og tungumál þeirra

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
directory-organisations-link = Skoða allar stofnanir
map-link = Kort af aðildarlöndum

organisations-title = Stofnanir
organisations-lead = Allar aðildarstofnanir vettvangsins. Leitaðu eftir nafni, staðsetningu eða lýsingu og þrengdu listann með síunum.
organisations-search-label = Nafn, staður eða lýsing
organisations-found = { $count ->
    [0] Engar stofnanir fundust
    [one] { $count } stofnun fannst
   *[other] { $count } stofnanir fundust
}
organisations-none = Engin stofnun passar við þessar síur. Fjarlægðu síu eða leitaðu með færri orðum.
filter-any = Allt
filter-country = Land
filter-type = Tegund stofnunar
filter-sector = Atvinnugrein
filter-topic = Sérsvið
filter-language = Töluð tungumál
sort-label = Raða eftir
sort-relevance = Besta samsvörun
sort-name = Nafni
sort-newest = Nýjustu fyrst
sort-country = Landi
page-navigation = Síður
page-previous = Fyrri síða
page-next = Næsta síða
page-position = Síða { $page } af { $pages }

organisation-back = Aftur í stofnanirnar
organisation-description = Um stofnunina
organisation-languages = Töluð tungumál
organisation-website = Vefsíða
organisation-networks = Tengslanet
organisation-members = Félagar
organisation-contact-private = Samskiptaupplýsingar eru aðeins sýndar innskráðum félögum.

network-back = Aftur í félagaskrána
network-parent = Aðili að
network-figures = Tengslanetið í tölum
network-description = Um tengslanetið
network-member-networks = Aðildarnet
network-organisations = Aðildarstofnanir
network-all-organisations = { $count ->
    [one] Sýna { $count } aðildarstofnun í stofnanalistanum
   *[other] Sýna allar { $count } aðildarstofnanirnar í stofnanalistanum
}

map-title = Aðildarlöndin á kortinu
map-lead = Hvert aðildarland er litað eftir fjölda aðildarstofnana þess. Veldu land til að sjá stofnanir þess.
map-table = Aðildarstofnanir eftir löndum

## Jafningjaráðgjöf

counselling-title = Jafningjaráðgjöf
counselling-lead = Spurðu félaga sem hafa staðið frammi fyrir sömu spurningu og deildu því sem reyndist þér vel.

## Stefna og áætlanir

plans-title = Stefna og aðgerðaáætlanir
plans-lead = Fimm ára stefna hvers tengslanets, markmið þess og aðgerðir í aðgerðaáætlun þess.
