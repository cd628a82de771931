## Cadrul comun al fiecărei pagini

site-name = EuroVET Commons
skip-to-content = Salt la conținut
nav-label = Navigare principală
nav-directory = Catalog
nav-counselling = Consiliere între egali
nav-plans = Strategie și planuri
footer-tagline = Casa comună a rețelelor europene de furnizori de educație și formare profesională (EFP).
loading = Se încarcă…
search-button = Căutare
error-load = Conținutul nu a putut fi încărcat. Vă rugăm să încercați din nou în câteva momente.

not-found-title = Pagina nu a fost găsită
not-found-body = Nu există nimic la această adresă. Este posibil ca pagina să fi fost mutată sau ca linkul să fie scris greșit.
not-found-home = Accesați pagina principală

## Pagina principală

home-title = Furnizorii de EFP din Europa, uniți într-o singură rețea
home-lead = Găsiți parteneri în toate rețelele membre, cereți sfatul colegilor și construiți împreună strategia rețelei.
home-figures = Rețeaua în cifre
home-parts = Ce puteți face aici
home-directory = Rețele, organizații și membri din fiecare țară membră, precum și parteneri pentru următorul dumneavoastră proiect.
home-counselling = Adresați întrebări colegilor care au rezolvat deja aceeași problemă și răspundeți în propria limbă.
home-plans = Viziunea, aspirațiile și activitățile fiecărei rețele, urmărite împreună de facilitatorii acesteia.
figure-networks = { $count ->
    [one] rețea
    [few] rețele
   *[other] rețele
}
figure-organisations = { $count ->
    [one] organizație
    [few] organizații
   *[other] organizații
}
figure-members = { $count ->
    [one] membru
    [few] membri
   *[other] membri
}
figure-countries = { $count ->
    [one] țară
    [few] țări
   *[other] țări
}

## Catalog

directory-title = Catalogul membrilor
directory-lead = Rețelele platformei, de la rețeaua internațională la rețelele naționale, regionale și tematice care fac parte din ea.
directory-search-label = Căutați rețele după nume sau oraș
directory-tree-label = Rețelele și rețelele lor membre
directory-no-match = Nicio rețea nu corespunde căutării „{ $query }”.
organisation-count = { $count ->
    [0] nicio organizație membră
    [one] { $count } organizație membră
    [few] { $count } organizații membre
   *[other] { $count } de organizații membre
}

## Consiliere între egali

counselling-title = Consiliere între egali
counselling-lead = Adresați-vă membrilor care s-au confruntat cu aceeași întrebare și împărtășiți ce a funcționat în cazul dumneavoastră.
counselling-topics = Teme și organizațiile cu expertiză în aceste domenii
expertise-count = { $count ->
    [one] { $count } organizație cu expertiză
    [few] { $count } organizații cu expertiză
   *[other] { $count } de organizații cu expertiză
}

## Strategie și planuri

plans-title = Strategie și planuri de acțiune
plans-lead = Strategia pe cinci ani a fiecărei rețele, aspirațiile sale și activitățile din planul său de acțiune.
