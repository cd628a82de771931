## Cadrul comun al fiecărei pagini

site-name = EuroVET Commons
skip-to-content = Salt la conținut
nav-label = Navigare principală
nav-directory = Catalog
nav-counselling = Consiliere între egali
nav-plans = Strategie și planuri
footer-tagline = Casa comună a rețelelor europene de furnizori de educație și formare profesională (EFP).
search-button = Căutare
error-load = Conținutul nu a putut fi încărcat. Vă rugăm să încercați din nou în câteva momente.

not-found-title = Pagina nu a fost găsită
not-found-body = Nu există nimic la această adresă. Este posibil ca pagina să fi fost mutată sau ca linkul să fie scris greșit.
not-found-home = Accesați pagina principală

## Țara și limba

language-link = Țara și limba
language-title = Alegeți țara și limba
language-lead = Alegeți țara dumneavoastră, apoi una dintre limbile ei. Fiecare pagină urmează alegerea făcută, iar acest dispozitiv o reține.
language-current = Citiți platforma în limba { $language }.
language-countries = Țările membre și limbile lor

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
directory-organisations-link = Vedeți toate organizațiile
map-link = Harta țărilor membre

organisations-title = Organizații
organisations-lead = Toate organizațiile membre ale platformei. Căutați după nume, oraș sau descriere și restrângeți lista cu ajutorul filtrelor.
organisations-search-label = Nume, oraș sau descriere
organisations-found = { $count ->
    [0] Nu a fost găsită nicio organizație
    [one] A fost găsită { $count } organizație
    [few] Au fost găsite { $count } organizații
   *[other] Au fost găsite { $count } de organizații
}
organisations-none = Nicio organizație nu corespunde acestor filtre. Eliminați un filtru sau căutați cu mai puține cuvinte.
filter-any = Toate
filter-country = Țara
filter-type = Tipul organizației
filter-sector = Sectorul
filter-topic = Domeniul de expertiză
filter-language = Limba vorbită
sort-label = Ordonare după
sort-relevance = Cea mai bună potrivire
sort-name = Nume
sort-newest = Cele mai noi mai întâi
sort-country = Țară
page-navigation = Pagini
page-previous = Pagina anterioară
page-next = Pagina următoare
page-position = Pagina { $page } din { $pages }

organisation-back = Înapoi la organizații
organisation-description = Despre organizație
organisation-languages = Limbi vorbite
organisation-website = Site web
organisation-networks = Rețele
organisation-members = Membri
organisation-contact-private = Datele de contact sunt afișate numai membrilor autentificați.

network-back = Înapoi la catalogul membrilor
network-parent = Membră a rețelei
network-figures = Rețeaua în cifre
network-description = Despre rețea
network-member-networks = Rețele membre
network-organisations = Organizații membre
network-all-organisations = { $count ->
    [one] Afișați { $count } organizație membră în lista organizațiilor
    [few] Afișați toate cele { $count } organizații membre în lista organizațiilor
   *[other] Afișați toate cele { $count } de organizații membre în lista organizațiilor
}

map-title = Țările membre pe hartă
map-lead = Fiecare țară membră este colorată în funcție de numărul organizațiilor sale membre. Selectați o țară pentru a-i vedea organizațiile.
map-table = Organizații membre pe țări

## Consiliere între egali

counselling-title = Consiliere între egali
counselling-lead = Adresați-vă membrilor care s-au confruntat cu aceeași întrebare și împărtășiți ce a funcționat în cazul dumneavoastră.

## Strategie și planuri

plans-title = Strategie și planuri de acțiune
plans-lead = Strategia pe cinci ani a fiecărei rețele, aspirațiile sale și activitățile din planul său de acțiune.
