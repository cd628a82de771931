## Iga lehe raamistik

site-name = EuroVET Commons
skip-to-content = Liigu sisu juurde
nav-label = Peamenüü
nav-directory = Kataloog
nav-counselling = Kolleegidevaheline nõustamine
nav-plans = Strateegia ja kavad
footer-tagline = Euroopa kutsehariduse pakkujate võrgustike ühine kodu.
search-button = Otsi
error-load = Sisu laadimine ebaõnnestus. Palun proovige mõne hetke pärast uuesti.

not-found-title = Lehte ei leitud
not-found-body = Sellel aadressil ei ole midagi. Leht võib olla teisaldatud või link valesti sisestatud.
not-found-home = Avalehele

## Riik ja keel

language-link = Riik ja keel
language-title = Valige oma riik ja keel
language-lead = Valige oma riik ja seejärel üks selle keeltest. Kõik lehed järgivad teie valikut ja see seade jätab selle meelde.
language-current = Loete platvormi keeles: { $language }.
language-countries = Liikmesriigid ja nende keeled

## Avaleht

home-title = Euroopa kutsehariduse pakkujad ühe võrgustikuna
home-lead = Leidke partnereid kõigist liikmesvõrgustikest, küsige kolleegidelt nõu ja kujundage üheskoos võrgustiku strateegiat.
home-figures = Võrgustik arvudes
home-parts = Mida saate siin teha
home-directory = Võrgustikud, organisatsioonid ja liikmed kõigis liikmesriikides ning partnerid teie järgmiseks projektiks.
home-counselling = Küsige kolleegidelt, kes on sama probleemi juba lahendanud, ja vastake oma keeles.
home-plans = Iga võrgustiku visioon, eesmärgid ja tegevused, mida selle koordinaatorid ühiselt jälgivad.
figure-networks = { $count ->
    [one] võrgustik
   *[other] võrgustikku
}
figure-organisations = { $count ->
    [one] organisatsioon
   *[other] organisatsiooni
}
figure-members = { $count ->
    [one] liige
   *[other] liiget
}
figure-countries = { $count ->
    [one] riik
   *[other] riiki
}

## Kataloog

directory-title = Liikmete kataloog
directory-lead = Platvormi võrgustikud – rahvusvahelisest võrgustikust kuni sellesse kuuluvate riiklike, piirkondlike ja temaatiliste võrgustikeni.
directory-search-label = Otsi võrgustikke nime või linna järgi
directory-tree-label = Võrgustikud ja nende liikmesvõrgustikud
directory-no-match = Otsingule „{ $query }“ ei vasta ükski võrgustik.
organisation-count = { $count ->
    [0] liikmesorganisatsioone ei ole
    [one] { $count } liikmesorganisatsioon
   *[other] { $count } liikmesorganisatsiooni
}
directory-organisations-link = Sirvi kõiki organisatsioone
map-link = Liikmesriikide kaart

organisations-title = Organisatsioonid
organisations-lead = Kõik platvormi liikmesorganisatsioonid. Otsige nime, linna või kirjelduse järgi ja kitsendage loetelu filtritega.
organisations-search-label = Nimi, linn või kirjeldus
organisations-found = { $count ->
    [0] Organisatsioone ei leitud
    [one] Leiti { $count } organisatsioon
   *[other] Leiti { $count } organisatsiooni
}
organisations-none = Nendele filtritele ei vasta ükski organisatsioon. Eemaldage mõni filter või otsige vähemate sõnadega.
filter-any = Kõik
filter-country = Riik
filter-type = Organisatsiooni liik
filter-sector = Valdkond
filter-topic = Pädevusvaldkond
filter-language = Kõneldav keel
sort-label = Järjesta
sort-relevance = Parim vaste
sort-name = Nime järgi
sort-newest = Uuemad eespool
sort-country = Riigi järgi
page-navigation = Lehed
page-previous = Eelmine leht
page-next = Järgmine leht
page-position = Leht { $page }/{ $pages }

organisation-back = Tagasi organisatsioonide juurde
organisation-description = Organisatsioonist
organisation-languages = Kõneldavad keeled
organisation-website = Veebisait
organisation-networks = Võrgustikud
organisation-members = Liikmed
organisation-contact-private = Kontaktandmeid näidatakse ainult sisse loginud liikmetele.

network-back = Tagasi liikmete kataloogi
network-parent = Kuulub võrgustikku
network-figures = Võrgustik arvudes
network-description = Võrgustikust
network-member-networks = Liikmesvõrgustikud
network-organisations = Liikmesorganisatsioonid
network-all-organisations = { $count ->
    [one] Näita { $count } liikmesorganisatsiooni organisatsioonide loetelus
   *[other] Näita kõiki { $count } liikmesorganisatsiooni organisatsioonide loetelus
}

map-title = Liikmesriigid kaardil
map-lead = Iga liikmesriik on toonitud vastavalt tema liikmesorganisatsioonide arvule. Valige riik, et näha selle organisatsioone.
map-table = Liikmesorganisatsioonid riikide kaupa

## Kolleegidevaheline nõustamine

counselling-title = Kolleegidevaheline nõustamine
counselling-lead = Küsige liikmetelt, kes on sama küsimusega kokku puutunud, ja jagage, mis teie puhul toimis.

## Strateegia ja kavad

plans-title = Strateegia ja tegevuskavad
plans-lead = Iga võrgustiku viie aasta strateegia, selle eesmärgid ja tegevuskava tegevused.
