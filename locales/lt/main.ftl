## Kiekvieno puslapio rėmas

site-name = EuroVET Commons
skip-to-content = Pereiti prie turinio
nav-label = Pagrindinis meniu
nav-directory = Katalogas
nav-counselling = Kolegų konsultacijos
nav-plans = Strategija ir planai
footer-tagline = Bendri Europos profesinio mokymo teikėjų tinklų namai.
search-button = Ieškoti
error-load = Nepavyko įkelti turinio. Po akimirkos pabandykite dar kartą.

not-found-title = Puslapis nerastas
not-found-body = Šiuo adresu nieko nėra. Galbūt puslapis perkeltas arba nuorodoje yra rašybos klaida.
not-found-home = Į pradžios puslapį

## Šalis ir kalba

language-link = Šalis ir kalba
language-title = Pasirinkite savo šalį ir kalbą
language-lead = Pasirinkite savo šalį, tada vieną iš jos kalbų. Visi puslapiai laikosi jūsų pasirinkimo, o šis įrenginys jį įsimena.
language-current = Platformą skaitote šia kalba: { $language }.
language-countries = Šalys narės ir jų kalbos

## Pradžia

home-title = Europos profesinio mokymo teikėjai – vienas bendras tinklas
home-lead = Raskite partnerių visuose tinkluose nariuose, kreipkitės patarimo į kolegas ir kartu kurkite tinklo strategiją.
home-figures = Tinklas skaičiais
home-parts = Ką čia galite nuveikti
home-directory = Tinklai, organizacijos ir nariai visose šalyse narėse – ir partneriai kitam jūsų projektui.
home-counselling = Klauskite kolegų, kurie tokią problemą jau išsprendė, ir atsakykite savo kalba.
home-plans = Kiekvieno tinklo vizija, siekiai ir veiklos, kurias kartu stebi jo koordinatoriai.
figure-networks = { $count ->
    [one] tinklas
    [few] tinklai
    [many] tinklo
   *[other] tinklų
}
figure-organisations = { $count ->
    [one] organizacija
    [few] organizacijos
    [many] organizacijos
   *[other] organizacijų
}
figure-members = { $count ->
    [one] narys
    [few] nariai
    [many] nario
   *[other] narių
}
figure-countries = { $count ->
    [one] šalis
    [few] šalys
    [many] šalies
   *[other] šalių
}

## Katalogas

directory-title = Narių katalogas
directory-lead = Platformos tinklai – nuo tarptautinio tinklo iki jam priklausančių nacionalinių, regioninių ir teminių tinklų.
directory-search-label = Ieškoti tinklų pagal pavadinimą arba miestą
directory-tree-label = Tinklai ir jų tinklai nariai
directory-no-match = Nė vienas tinklas neatitinka užklausos „{ $query }“.
organisation-count = { $count ->
    [0] nėra organizacijų narių
    [one] { $count } organizacija narė
    [few] { $count } organizacijos narės
    [many] { $count } organizacijos narės
   *[other] { $count } organizacijų narių
}
directory-organisations-link = Peržiūrėti visas organizacijas
map-link = Šalių narių žemėlapis

organisations-title = Organizacijos
organisations-lead = Visos platformos organizacijos narės. Ieškokite pagal pavadinimą, miestą ar aprašymą ir susiaurinkite sąrašą filtrais.
organisations-search-label = Pavadinimas, miestas arba aprašymas
organisations-found = { $count ->
    [0] Organizacijų nerasta
    [one] Rasta { $count } organizacija
    [few] Rastos { $count } organizacijos
    [many] Rasta { $count } organizacijos
   *[other] Rasta { $count } organizacijų
}
organisations-none = Šiuos filtrus neatitinka nė viena organizacija. Pašalinkite kurį nors filtrą arba įveskite mažiau paieškos žodžių.
filter-any = Visos
filter-country = Šalis
filter-type = Organizacijos tipas
filter-sector = Sektorius
filter-topic = Kompetencijos sritis
filter-language = Vartojama kalba
sort-label = Rikiuoti pagal
sort-relevance = Geriausia atitiktis
sort-name = Pavadinimas
sort-newest = Naujausi pirmiau
sort-country = Šalis
page-navigation = Puslapiai
page-previous = Ankstesnis puslapis
page-next = Kitas puslapis
page-position = { $page } puslapis iš { $pages }

organisation-back = Grįžti į organizacijų sąrašą
organisation-description = Apie organizaciją
organisation-languages = Vartojamos kalbos
organisation-website = Interneto svetainė
organisation-networks = Tinklai
organisation-members = Nariai
organisation-contact-private = Kontaktiniai duomenys rodomi tik prisijungusiems nariams.

network-back = Grįžti į narių katalogą
network-parent = Priklauso tinklui
network-figures = Tinklas skaičiais
network-description = Apie tinklą
network-member-networks = Tinklai nariai
network-organisations = Organizacijos narės
network-all-organisations = { $count ->
    [one] Rodyti { $count } organizaciją narę organizacijų sąraše
    [few] Rodyti visas { $count } organizacijas nares organizacijų sąraše
    [many] Rodyti visas { $count } organizacijos narės organizacijų sąraše
   *[other] Rodyti visas { $count } organizacijų narių organizacijų sąraše
}

map-title = Šalys narės žemėlapyje
map-lead = Kiekviena šalis narė nuspalvinta pagal jos organizacijų narių skaičių. Pasirinkite šalį ir pamatysite jos organizacijas.
map-table = Organizacijos narės pagal šalį

## Kolegų konsultacijos

counselling-title = Kolegų konsultacijos
counselling-lead = Klauskite narių, kurie susidūrė su tuo pačiu klausimu, ir pasidalykite tuo, kas pasiteisino jums.

## Strategija ir planai

plans-title = Strategija ir veiksmų planai
plans-lead = Kiekvieno tinklo penkerių metų strategija, jo siekiai ir veiksmų plano veiklos.
