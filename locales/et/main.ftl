## Iga lehe raamistik

site-name = EuroVET Commons
skip-to-content = Liigu sisu juurde
nav-label = Peamenüü
nav-directory = Kataloog
nav-counselling = Kolleegidevaheline nõustamine
nav-plans = Strateegia ja kavad
footer-tagline = Euroopa kutsehariduse pakkujate võrgustike ühine kodu.
loading = Laadimine…
search-button = Otsi
error-load = Sisu laadimine ebaõnnestus. Palun proovige mõne hetke pärast uuesti.

not-found-title = Lehte ei leitud
not-found-body = Sellel aadressil ei ole midagi. Leht võib olla teisaldatud või link valesti sisestatud.
not-found-home = Avalehele

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

## Kolleegidevaheline nõustamine

counselling-title = Kolleegidevaheline nõustamine
counselling-lead = Küsige liikmetelt, kes on sama küsimusega kokku puutunud, ja jagage, mis teie puhul toimis.
counselling-topics = Teemad ja neid tundvad organisatsioonid
expertise-count = { $count ->
    [one] { $count } asjatundlik organisatsioon
   *[other] { $count } asjatundlikku organisatsiooni
}

## Strateegia ja kavad

plans-title = Strateegia ja tegevuskavad
plans-lead = Iga võrgustiku viie aasta strateegia, selle eesmärgid ja tegevuskava tegevused.
