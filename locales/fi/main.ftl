## Jokaisen sivun kehys

site-name = EuroVET Commons
skip-to-content = Siirry sisältöön
nav-label = Päävalikko
nav-directory = Hakemisto
nav-counselling = Vertaisneuvonta
nav-plans = Strategia ja suunnitelmat
footer-tagline = Eurooppalaisten ammatillisen koulutuksen järjestäjien verkostojen yhteinen koti.
loading = Ladataan…
search-button = Hae
error-load = Sisällön lataaminen epäonnistui. Yritä hetken kuluttua uudelleen.

not-found-title = Sivua ei löytynyt
not-found-body = Tässä osoitteessa ei ole mitään. Sivu on ehkä siirretty, tai linkissä voi olla kirjoitusvirhe.
not-found-home = Siirry etusivulle

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

## Vertaisneuvonta

counselling-title = Vertaisneuvonta
counselling-lead = Kysy jäseniltä, jotka ovat pohtineet samaa kysymystä, ja kerro, mikä toimi teillä.
counselling-topics = Aiheet ja niihin perehtyneet organisaatiot
expertise-count = { $count ->
    [one] { $count } asiantuntijaorganisaatio
   *[other] { $count } asiantuntijaorganisaatiota
}

## Strategia ja suunnitelmat

plans-title = Strategia ja toimintasuunnitelmat
plans-lead = Kunkin verkoston viisivuotisstrategia, sen tavoitteet ja toimintasuunnitelman toimenpiteet.
