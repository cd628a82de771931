## Rámec každé stránky

site-name = EuroVET Commons
skip-to-content = Přejít na obsah
nav-label = Hlavní navigace
nav-directory = Adresář
nav-counselling = Kolegiální poradenství
nav-plans = Strategie a plány
footer-tagline = Společný domov evropských sítí poskytovatelů odborného vzdělávání a přípravy (OVP).
search-button = Hledat
error-load = Obsah se nepodařilo načíst. Zkuste to prosím za chvíli znovu.

not-found-title = Stránka nenalezena
not-found-body = Na této adrese nic není. Stránka mohla být přesunuta, nebo je odkaz chybně zadán.
not-found-home = Přejít na úvodní stránku

## Země a jazyk

language-link = Země a jazyk
language-title = Vyberte svou zemi a jazyk
language-lead = Vyberte svou zemi a potom jeden z jejích jazyků. Každá stránka se řídí vaší volbou a toto zařízení si ji zapamatuje.
language-current = Platformu čtete v jazyce: { $language }.
language-countries = Členské země a jejich jazyky

## Úvodní stránka

home-title = Evropští poskytovatelé OVP jako jedna síť
home-lead = Najděte partnery ve všech členských sítích, požádejte kolegy o radu a společně vytvářejte strategii sítě.
home-figures = Síť v číslech
home-parts = Co zde můžete dělat
home-directory = Sítě, organizace a členové ve všech členských zemích – a partneři pro váš příští projekt.
home-counselling = Zeptejte se kolegů, kteří už stejný problém vyřešili, a odpovídejte ve svém vlastním jazyce.
home-plans = Vize, cíle a aktivity každé sítě, které společně sledují její koordinátoři.
figure-networks = { $count ->
    [one] síť
    [few] sítě
    [many] sítě
   *[other] sítí
}
figure-organisations = { $count ->
    [one] organizace
    [few] organizace
    [many] organizace
   *[other] organizací
}
figure-members = { $count ->
    [one] člen
    [few] členové
    [many] člena
   *[other] členů
}
figure-countries = { $count ->
    [one] země
    [few] země
    [many] země
   *[other] zemí
}

## Adresář

directory-title = Adresář členů
directory-lead = Sítě na platformě – od mezinárodní sítě po národní, regionální a tematické sítě, které do ní patří.
directory-search-label = Hledat sítě podle názvu nebo města
directory-tree-label = Sítě a jejich členské sítě
directory-no-match = Výrazu „{ $query }“ neodpovídá žádná síť.
organisation-count = { $count ->
    [0] žádné členské organizace
    [one] { $count } členská organizace
    [few] { $count } členské organizace
    [many] { $count } členské organizace
   *[other] { $count } členských organizací
}
directory-organisations-link = Procházet všechny organizace
map-link = Mapa členských zemí

organisations-title = Organizace
organisations-lead = Všechny členské organizace platformy. Hledejte podle názvu, města nebo popisu a zužte seznam pomocí filtrů.
organisations-search-label = Název, město nebo popis
organisations-found = { $count ->
    [0] Nebyly nalezeny žádné organizace
    [one] Nalezena { $count } organizace
    [few] Nalezeny { $count } organizace
    [many] Nalezeno { $count } organizace
   *[other] Nalezeno { $count } organizací
}
organisations-none = Těmto filtrům neodpovídá žádná organizace. Odeberte některý filtr nebo zadejte méně hledaných slov.
filter-any = Vše
filter-country = Země
filter-type = Typ organizace
filter-sector = Odvětví
filter-topic = Oblast odbornosti
filter-language = Používaný jazyk
sort-label = Seřadit podle
sort-relevance = Nejlepší shoda
sort-name = Název
sort-newest = Nejnovější nejdříve
sort-country = Země
page-navigation = Stránky
page-previous = Předchozí stránka
page-next = Další stránka
page-position = Stránka { $page } z { $pages }

organisation-back = Zpět na organizace
organisation-description = O organizaci
organisation-languages = Používané jazyky
organisation-website = Webové stránky
organisation-networks = Sítě
organisation-members = Členové
organisation-contact-private = Kontaktní údaje se zobrazují pouze přihlášeným členům.

network-back = Zpět do adresáře členů
network-parent = Člen sítě
network-figures = Síť v číslech
network-description = O síti
network-member-networks = Členské sítě
network-organisations = Členské organizace
network-all-organisations = { $count ->
    [one] Zobrazit { $count } členskou organizaci v seznamu organizací
    [few] Zobrazit všechny { $count } členské organizace v seznamu organizací
    [many] Zobrazit všech { $count } členské organizace v seznamu organizací
   *[other] Zobrazit všech { $count } členských organizací v seznamu organizací
}

map-title = Členské země na mapě
map-lead = Každá členská země je vybarvena podle počtu svých členských organizací. Vyberte zemi a zobrazte její organizace.
map-table = Členské organizace podle zemí

## Kolegiální poradenství

counselling-title = Kolegiální poradenství
counselling-lead = Zeptejte se členů, kteří řešili stejnou otázku, a podělte se o to, co fungovalo u vás.

## Strategie a plány

plans-title = Strategie a akční plány
plans-lead = Pětiletá strategie každé sítě, její cíle a aktivity jejího akčního plánu.
