## Katras lapas ietvars

site-name = EuroVET Commons
skip-to-content = Pāriet uz saturu
nav-label = Galvenā izvēlne
nav-directory = Katalogs
nav-counselling = Koleģiālās konsultācijas
nav-plans = Stratēģija un plāni
footer-tagline = Eiropas profesionālās izglītības un apmācības nodrošinātāju tīklu kopīgās mājas.
search-button = Meklēt
error-load = Saturu neizdevās ielādēt. Lūdzu, pēc brīža mēģiniet vēlreiz.

not-found-title = Lapa nav atrasta
not-found-body = Šajā adresē nekā nav. Iespējams, lapa ir pārvietota vai saitē ir drukas kļūda.
not-found-home = Uz sākumlapu

## Valsts un valoda

language-link = Valsts un valoda
language-title = Izvēlieties savu valsti un valodu
language-lead = Izvēlieties savu valsti un pēc tam kādu no tās valodām. Visas lapas ievēro jūsu izvēli, un šī ierīce to atceras.
language-current = Jūs lasāt platformu šādā valodā: { $language }.
language-countries = Dalībvalstis un to valodas

## Sākumlapa

home-title = Eiropas profesionālās izglītības iestādes – viens kopīgs tīkls
home-lead = Atrodiet partnerus visos dalībtīklos, lūdziet padomu kolēģiem un kopā veidojiet tīkla stratēģiju.
home-figures = Tīkls skaitļos
home-parts = Ko jūs šeit varat darīt
home-directory = Tīkli, organizācijas un dalībnieki visās dalībvalstīs – un partneri jūsu nākamajam projektam.
home-counselling = Jautājiet kolēģiem, kuri šo problēmu jau ir atrisinājuši, un atbildiet savā valodā.
home-plans = Katra tīkla vīzija, mērķi un pasākumi, kuru īstenošanu kopīgi uzrauga tīkla koordinatori.
figure-networks = { $count ->
    [zero] tīklu
    [one] tīkls
   *[other] tīkli
}
figure-organisations = { $count ->
    [zero] organizāciju
    [one] organizācija
   *[other] organizācijas
}
figure-members = { $count ->
    [zero] dalībnieku
    [one] dalībnieks
   *[other] dalībnieki
}
figure-countries = { $count ->
    [zero] valstu
    [one] valsts
   *[other] valstis
}

## Katalogs

directory-title = Dalībnieku katalogs
directory-lead = Platformas tīkli – no starptautiskā tīkla līdz tam piederīgajiem nacionālajiem, reģionālajiem un tematiskajiem tīkliem.
directory-search-label = Meklēt tīklus pēc nosaukuma vai pilsētas
directory-tree-label = Tīkli un to dalībtīkli
directory-no-match = Neviens tīkls neatbilst vaicājumam „{ $query }”.
organisation-count = { $count ->
    [0] nav nevienas dalīborganizācijas
    [zero] { $count } dalīborganizāciju
    [one] { $count } dalīborganizācija
   *[other] { $count } dalīborganizācijas
}
directory-organisations-link = Pārlūkot visas organizācijas
map-link = Dalībvalstu karte

organisations-title = Organizācijas
organisations-lead = Visas platformas dalīborganizācijas. Meklējiet pēc nosaukuma, pilsētas vai apraksta un sašauriniet sarakstu ar filtriem.
organisations-search-label = Nosaukums, pilsēta vai apraksts
organisations-found = { $count ->
    [0] Neviena organizācija nav atrasta
    [zero] Atrastas { $count } organizācijas
    [one] Atrasta { $count } organizācija
   *[other] Atrastas { $count } organizācijas
}
organisations-none = Šiem filtriem neatbilst neviena organizācija. Noņemiet kādu filtru vai meklējiet ar mazāk vārdiem.
filter-any = Visas
filter-country = Valsts
filter-type = Organizācijas veids
filter-sector = Nozare
filter-topic = Kompetences joma
filter-language = Lietotā valoda
sort-label = Kārtot
sort-relevance = Pēc atbilstības
sort-name = Pēc nosaukuma
sort-newest = Jaunākās vispirms
sort-country = Pēc valsts
page-navigation = Lapas
page-previous = Iepriekšējā lapa
page-next = Nākamā lapa
page-position = { $page }. lapa no { $pages }

organisation-back = Atpakaļ uz organizācijām
organisation-description = Par organizāciju
organisation-languages = Lietotās valodas
organisation-website = Tīmekļvietne
organisation-networks = Tīkli
organisation-members = Dalībnieki
organisation-contact-private = Kontaktinformācija tiek rādīta tikai pieteikušamies dalībniekiem.

network-back = Atpakaļ uz dalībnieku katalogu
network-parent = Ietilpst tīklā
network-figures = Tīkls skaitļos
network-description = Par tīklu
network-member-networks = Dalībtīkli
network-organisations = Dalīborganizācijas
network-all-organisations = { $count ->
    [zero] Rādīt visas { $count } dalīborganizācijas organizāciju sarakstā
    [one] Rādīt { $count } dalīborganizāciju organizāciju sarakstā
   *[other] Rādīt visas { $count } dalīborganizācijas organizāciju sarakstā
}

map-title = Dalībvalstis kartē
map-lead = Katra dalībvalsts iekrāsota atbilstoši tās dalīborganizāciju skaitam. Izvēlieties valsti, lai redzētu tās organizācijas.
map-table = Dalīborganizācijas pa valstīm

## Koleģiālās konsultācijas

counselling-title = Koleģiālās konsultācijas
counselling-lead = Jautājiet dalībniekiem, kuri saskārušies ar to pašu jautājumu, un dalieties ar to, kas ir noderējis jums.

## Stratēģija un plāni

plans-title = Stratēģija un rīcības plāni
plans-lead = Katra tīkla piecu gadu stratēģija, tās mērķi un rīcības plāna pasākumi.
