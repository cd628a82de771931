## Rámec každej stránky

site-name = EuroVET Commons
skip-to-content = Preskočiť na obsah
nav-label = Hlavná navigácia
nav-directory = Adresár
nav-counselling = Kolegiálne poradenstvo
nav-plans = Stratégia a plány
footer-tagline = Spoločný domov európskych sietí poskytovateľov odborného vzdelávania a prípravy (OVP).
search-button = Hľadať
error-load = Obsah sa nepodarilo načítať. Skúste to, prosím, o chvíľu znova.

not-found-title = Stránka sa nenašla
not-found-body = Na tejto adrese nič nie je. Stránka mohla byť presunutá alebo je odkaz nesprávne zadaný.
not-found-home = Prejsť na domovskú stránku

## Krajina a jazyk

language-link = Krajina a jazyk
language-title = Vyberte si krajinu a jazyk
language-lead = Vyberte svoju krajinu a potom jeden z jej jazykov. Každá stránka sa riadi vaším výberom a toto zariadenie si ho zapamätá.
language-current = Platformu čítate v jazyku: { $language }.
language-countries = Členské krajiny a ich jazyky

## Domovská stránka

home-title = Európski poskytovatelia OVP ako jedna sieť
home-lead = Nájdite partnerov vo všetkých členských sieťach, požiadajte kolegov o radu a spoločne budujte stratégiu siete.
home-figures = Sieť v číslach
home-parts = Čo tu môžete robiť
home-directory = Siete, organizácie a členovia vo všetkých členských krajinách – a partneri pre váš ďalší projekt.
home-counselling = Opýtajte sa kolegov, ktorí už daný problém vyriešili, a odpovedajte vo svojom vlastnom jazyku.
home-plans = Vízia, ciele a aktivity každej siete, ktoré spoločne sledujú jej koordinátori.
figure-networks = { $count ->
    [one] sieť
    [few] siete
    [many] siete
   *[other] sietí
}
figure-organisations = { $count ->
    [one] organizácia
    [few] organizácie
    [many] organizácie
   *[other] organizácií
}
figure-members = { $count ->
    [one] člen
    [few] členovia
    [many] člena
   *[other] členov
}
figure-countries = { $count ->
    [one] krajina
    [few] krajiny
    [many] krajiny
   *[other] krajín
}

## Adresár

directory-title = Adresár členov
directory-lead = Siete na platforme – od medzinárodnej siete až po národné, regionálne a tematické siete, ktoré do nej patria.
directory-search-label = Hľadať siete podľa názvu alebo mesta
directory-tree-label = Siete a ich členské siete
directory-no-match = Výrazu „{ $query }“ nezodpovedá žiadna sieť.
organisation-count = { $count ->
    [0] žiadne členské organizácie
    [one] { $count } členská organizácia
    [few] { $count } členské organizácie
    [many] { $count } členskej organizácie
   *[other] { $count } členských organizácií
}
directory-organisations-link = Prehľad všetkých organizácií
map-link = Mapa členských krajín

organisations-title = Organizácie
organisations-lead = Všetky členské organizácie platformy. Hľadajte podľa názvu, mesta alebo opisu a zúžte zoznam filtrami.
organisations-search-label = Názov, mesto alebo opis
organisations-found = { $count ->
    [0] Nenašli sa žiadne organizácie
    [one] Našla sa { $count } organizácia
    [few] Našli sa { $count } organizácie
    [many] Našlo sa { $count } organizácie
   *[other] Našlo sa { $count } organizácií
}
organisations-none = Týmto filtrom nezodpovedá žiadna organizácia. Odstráňte niektorý filter alebo zadajte menej slov.
filter-any = Všetky
filter-country = Krajina
filter-type = Typ organizácie
filter-sector = Odvetvie
filter-topic = Oblasť odbornosti
filter-language = Používaný jazyk
sort-label = Zoradiť podľa
sort-relevance = Najlepšia zhoda
sort-name = Názov
sort-newest = Najnovšie ako prvé
sort-country = Krajina
page-navigation = Stránky
page-previous = Predchádzajúca stránka
page-next = Ďalšia stránka
page-position = Stránka { $page } z { $pages }

organisation-back = Späť na organizácie
organisation-description = O organizácii
organisation-languages = Používané jazyky
organisation-website = Webová stránka
organisation-networks = Siete
organisation-members = Členovia
organisation-contact-private = Kontaktné údaje sa zobrazujú len prihláseným členom.

network-back = Späť do adresára členov
network-parent = Člen siete
network-figures = Sieť v číslach
network-description = O sieti
network-member-networks = Členské siete
network-organisations = Členské organizácie
network-all-organisations = { $count ->
    [one] Zobraziť { $count } členskú organizáciu v zozname organizácií
    [few] Zobraziť všetky { $count } členské organizácie v zozname organizácií
    [many] Zobraziť všetkých { $count } členskej organizácie v zozname organizácií
   *[other] Zobraziť všetkých { $count } členských organizácií v zozname organizácií
}

map-title = Členské krajiny na mape
map-lead = Každá členská krajina je vyfarbená podľa počtu svojich členských organizácií. Vyberte krajinu a zobrazte jej organizácie.
map-table = Členské organizácie podľa krajín

## Kolegiálne poradenstvo

counselling-title = Kolegiálne poradenstvo
counselling-lead = Opýtajte sa členov, ktorí riešili rovnakú otázku, a podeľte sa o to, čo sa osvedčilo vám.

## Stratégia a plány

plans-title = Stratégia a akčné plány
plans-lead = Päťročná stratégia každej siete, jej ciele a aktivity jej akčného plánu.
