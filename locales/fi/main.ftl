## Jokaisen sivun kehys

site-name = EuroVET Commons
skip-to-content = Siirry sisältöön
nav-label = Päävalikko
nav-directory = Hakemisto
nav-counselling = Vertaisneuvonta
nav-plans = Strategia ja suunnitelmat
footer-tagline = Eurooppalaisten ammatillisen koulutuksen järjestäjien verkostojen yhteinen koti.
search-button = Hae
error-load = Sisällön lataaminen epäonnistui. Yritä hetken kuluttua uudelleen.

not-found-title = Sivua ei löytynyt
not-found-body = Tässä osoitteessa ei ole mitään. Sivu on ehkä siirretty, tai linkissä voi olla kirjoitusvirhe.
not-found-home = Siirry etusivulle

## Maa ja kieli

language-link = Maa ja kieli
language-title = Valitse maa ja kieli
language-lead = Valitse maasi ja sen jälkeen jokin sen kielistä. Kaikki sivut noudattavat valintaasi, ja tämä laite muistaa sen.
language-current = Luet alustaa kielellä: { $language }.
language-countries = Jäsenmaat ja niiden kielet

## Etusivu

home-title = Euroopan ammatillisen koulutuksen järjestäjät yhtenä verkostona
home-lead = Löydä kumppaneita kaikista jäsenverkostoista, kysy neuvoa kollegoilta ja rakenna verkoston strategiaa yhdessä muiden kanssa.
home-figures = Verkosto lukuina
home-parts = Mitä voit tehdä täällä
home-directory = Verkostot, organisaatiot ja jäsenet kaikissa jäsenmaissa – ja kumppanit seuraavaan hankkeeseesi.
home-counselling = Kysy kollegoilta, jotka ovat jo ratkaisseet saman ongelman, ja vastaa omalla kielelläsi.
home-plans = Kunkin verkoston visio, tavoitteet ja toiminta, joita sen fasilitaattorit seuraavat yhdessä.
figure-networks = { $count ->
    [one] verkosto
   *[other] verkostoa
}
figure-organisations = { $count ->
    [one] organisaatio
   *[other] organisaatiota
}
figure-members = { $count ->
    [one] jäsen
   *[other] jäsentä
}
figure-countries = { $count ->
    [one] maa
   *[other] maata
}

## Hakemisto

directory-title = Jäsenhakemisto
directory-lead = Alustan verkostot kansainvälisestä verkostosta siihen kuuluviin kansallisiin, alueellisiin ja temaattisiin verkostoihin.
directory-search-label = Hae verkostoja nimen tai paikkakunnan perusteella
directory-tree-label = Verkostot ja niiden jäsenverkostot
directory-no-match = Haulla ”{ $query }” ei löytynyt yhtään verkostoa.
organisation-count = { $count ->
    [0] ei jäsenorganisaatioita
    [one] { $count } jäsenorganisaatio
   *[other] { $count } jäsenorganisaatiota
}
directory-organisations-link = Selaa kaikkia organisaatioita
map-link = Jäsenmaiden kartta

organisations-title = Organisaatiot
organisations-lead = Kaikki alustan jäsenorganisaatiot. Hae nimen, paikkakunnan tai kuvauksen perusteella ja rajaa luetteloa suodattimilla.
organisations-search-label = Nimi, paikkakunta tai kuvaus
organisations-found = { $count ->
    [0] Organisaatioita ei löytynyt
    [one] Löytyi { $count } organisaatio
   *[other] Löytyi { $count } organisaatiota
}
organisations-none = Mikään organisaatio ei vastaa näitä suodattimia. Poista jokin suodatin tai hae vähemmillä sanoilla.
filter-any = Kaikki
filter-country = Maa
filter-type = Organisaation tyyppi
filter-sector = Toimiala
filter-topic = Osaamisalue
filter-language = Puhuttu kieli
sort-label = Järjestys
sort-relevance = Osuvimmat ensin
sort-name = Nimen mukaan
sort-newest = Uusimmat ensin
sort-country = Maan mukaan
page-navigation = Sivut
page-previous = Edellinen sivu
page-next = Seuraava sivu
page-position = Sivu { $page }/{ $pages }

organisation-back = Takaisin organisaatioihin
organisation-description = Tietoa organisaatiosta
organisation-languages = Puhutut kielet
organisation-website = Verkkosivusto
organisation-networks = Verkostot
organisation-members = Jäsenet
organisation-contact-private = Yhteystiedot näytetään vain kirjautuneille jäsenille.

network-back = Takaisin jäsenhakemistoon
network-parent = Jäsenenä verkostossa
network-figures = Verkosto lukuina
network-description = Tietoa verkostosta
network-member-networks = Jäsenverkostot
network-organisations = Jäsenorganisaatiot
network-all-organisations = { $count ->
    [one] Näytä { $count } jäsenorganisaatio organisaatioluettelossa
   *[other] Näytä kaikki { $count } jäsenorganisaatiota organisaatioluettelossa
}

map-title = Jäsenmaat kartalla
map-lead = Jokainen jäsenmaa on sävytetty jäsenorganisaatioidensa määrän mukaan. Valitse maa nähdäksesi sen organisaatiot.
map-table = Jäsenorganisaatiot maittain

## Vertaisneuvonta

counselling-title = Vertaisneuvonta
counselling-lead = Kysy jäseniltä, jotka ovat pohtineet samaa kysymystä, ja kerro, mikä toimi teillä.

## Strategia ja suunnitelmat

plans-title = Strategia ja toimintasuunnitelmat
plans-lead = Kunkin verkoston viisivuotisstrategia, sen tavoitteet ja toimintasuunnitelman toimenpiteet.
