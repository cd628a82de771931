## Kiekvieno puslapio rėmas

site-name = EuroVET Commons
skip-to-content = Pereiti prie turinio
nav-label = Pagrindinis meniu
nav-directory = Katalogas
nav-counselling = Kolegų konsultacijos
nav-plans = Strategija ir planai
footer-tagline = Bendri Europos profesinio mokymo teikėjų tinklų namai.
loading = Įkeliama…
search-button = Ieškoti
error-load = Nepavyko įkelti turinio. Po akimirkos pabandykite dar kartą.

not-found-title = Puslapis nerastas
not-found-body = Šiuo adresu nieko nėra. Galbūt puslapis perkeltas arba nuorodoje yra rašybos klaida.
not-found-home = Į pradžios puslapį

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

## Kolegų konsultacijos

counselling-title = Kolegų konsultacijos
counselling-lead = Klauskite narių, kurie susidūrė su tuo pačiu klausimu, ir pasidalykite tuo, kas pasiteisino jums.
counselling-topics = Temos ir organizacijos, turinčios šių sričių ekspertinių žinių
expertise-count = { $count ->
    [one] { $count } ekspertinių žinių turinti organizacija
    [few] { $count } ekspertinių žinių turinčios organizacijos
    [many] { $count } ekspertinių žinių turinčios organizacijos
   *[other] { $count } ekspertinių žinių turinčių organizacijų
}

## Strategija ir planai

plans-title = Strategija ir veiksmų planai
plans-lead = Kiekvieno tinklo penkerių metų strategija, jo siekiai ir veiksmų plano veiklos.
