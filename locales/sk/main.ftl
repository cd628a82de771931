## Rámec každej stránky

site-name = EuroVET Commons
skip-to-content = Preskočiť na obsah
nav-label = Hlavná navigácia
nav-directory = Adresár
nav-counselling = Kolegiálne poradenstvo
nav-plans = Stratégia a plány
footer-tagline = Spoločný domov európskych sietí poskytovateľov odborného vzdelávania a prípravy (OVP).
loading = Načítava sa…
search-button = Hľadať
error-load = Obsah sa nepodarilo načítať. Skúste to, prosím, o chvíľu znova.

not-found-title = Stránka sa nenašla
not-found-body = Na tejto adrese nič nie je. Stránka mohla byť presunutá alebo je odkaz nesprávne zadaný.
not-found-home = Prejsť na domovskú stránku

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

## Kolegiálne poradenstvo

counselling-title = Kolegiálne poradenstvo
counselling-lead = Opýtajte sa členov, ktorí riešili rovnakú otázku, a podeľte sa o to, čo sa osvedčilo vám.
counselling-topics = Témy a organizácie s odbornými znalosťami v nich
expertise-count = { $count ->
    [one] { $count } organizácia s odbornými znalosťami
    [few] { $count } organizácie s odbornými znalosťami
    [many] { $count } organizácie s odbornými znalosťami
   *[other] { $count } organizácií s odbornými znalosťami
}

## Stratégia a plány

plans-title = Stratégia a akčné plány
plans-lead = Päťročná stratégia každej siete, jej ciele a aktivity jej akčného plánu.
