## Hakemiston muokkaaminen: organisaatiot, kumppanihaku, jäsenet, verkostot ja tuonti.

organisations-export = Lataa tämä luettelo CSV-tiedostona
filter-offers = Tarjoaa kumppanuutta
filter-seeks = Etsii kumppanuutta

organisation-edit = Muokkaa tätä organisaatiota
organisation-edit-title = Organisaation tietojen muokkaaminen
organisation-edit-back = Takaisin organisaation sivulle
organisation-edit-not-allowed = Vain organisaation omat jäsenet ja alustan koordinaattorit voivat muokata sen tietoja.
organisation-save = Tallenna organisaation tiedot
organisation-saved = Organisaation tiedot on tallennettu.
field-organisation-name = Organisaation nimi
field-city = Paikkakunta
field-description = Kuvaus
field-description-language = Kuvauksen kieli
field-topics = Osaamisalueet

partnerships-page-title = Kumppanihaku
partnerships-lead = Mitä verkostojen organisaatiot tarjoavat ja mitä ne etsivät. Rajaa hakua kumppanuuden tyypin, osaamisalueen ja maan mukaan.
partnerships-title = Tarjoukset ja tarpeet
partnerships-none-here = Organisaatio ei ole vielä ilmoittanut tarjouksia eikä tarpeita.
partnerships-none = Mikään tarjous tai tarve ei vastaa näitä suodattimia.
partnerships-found = { $count ->
    [one] { $count } tarjous tai tarve
   *[other] { $count } tarjousta ja tarvetta
}
partnership-add = Lisää tarjous tai tarve
partnership-add-submit = Lisää
partnership-added = Tarjous tai tarve on lisätty.
partnership-withdraw = Peru
partnership-removed = Tarjous tai tarve on peruttu.
partnership-any-country = Avoin kumppaneille kaikista maista
partnership-open-to = Avoin kumppaneille seuraavista maista: { $countries }
field-direction = Tarjous vai tarve
field-partnership-kind = Kumppanuuden tyyppi
field-open-to = Avoin kumppaneille maista
field-open-to-hint = Jos et valitse yhtään maata, kumppanit ovat tervetulleita kaikista maista. Voit valita useita pitämällä Ctrl-näppäintä (tai ⌘) painettuna.
suggestions-title = Mahdolliset kumppanit
suggestions-intro = Muiden organisaatioiden tarjoukset, jotka vastaavat tämän organisaation tarpeita: sama kumppanuuden tyyppi ja vähintään yksi yhteinen osaamisalue.
suggestions-mine = Mahdolliset kumppanit organisaatiollesi
suggestion-for = Vastaa tarpeeseen: { $kind }

memberships-title = Jäsenyydet verkostoissa
memberships-intro = Verkostot, joiden fasilitaattori olet: lisää tämä organisaatio, muuta sen jäsenyystasoa tai poista se.
membership-add = Lisää verkostoon
membership-save = Muuta tasoa
membership-remove = Poista verkostosta
membership-saved = Jäsenyys on tallennettu.
membership-removed = Organisaatio on poistettu verkostosta.
field-level = Jäsenyystaso
field-network = Verkosto

network-facilitators = Fasilitaattorit
field-expertise = Asiantuntemus
member-no-expertise = Asiantuntemusta ei ole vielä ilmoitettu.

network-create = Luo verkosto
network-create-submit = Luo verkosto
network-created = Verkosto on luotu.
field-network-name = Verkoston nimi
field-network-kind = Verkoston tyyppi
field-network-parent = Jäsenenä verkostossa
network-no-parent = Ei yläverkostoa (ylimmän tason verkosto)
network-no-country = Ei maata (kansainvälinen tai temaattinen verkosto)
network-country-hint = Kansallisille ja alueellisille verkostoille on valittava maa.

import-title = Tuo organisaatioita
import-lead = Lisää verkostoon kerralla useita organisaatioita CSV-tiedostosta. Näet jokaisen rivin tarkistettuna ennen kuin mitään tuodaan.
import-not-allowed = Vain verkoston fasilitaattorit ja alustan koordinaattorit voivat tuoda organisaatioita.
import-columns = Tiedoston ensimmäisellä rivillä ovat sarakkeiden nimet: { $required } (pakolliset) ja { $optional } (valinnaiset). Sarakkeet voivat olla missä järjestyksessä tahansa, ja ne erotetaan toisistaan pilkuilla tai puolipisteillä.
import-lists-hint = Toimialoille, osaamisalueille ja kielille voi antaa useita arvoja puolipisteillä erotettuina, ja niissä käytetään samoja tunnisteita kuin viedyssä luettelossa. Taso on ”core”, ”member” tai ”associate” (”member”, jos kenttä on tyhjä).
import-network = Verkosto, johon organisaatiot liitetään
import-file = CSV-tiedosto (UTF-8)
import-upload = Tarkista tiedosto
import-preview-title = Tuonnin esikatselu
import-preview-heading = Tiedoston { $file } tuonti verkostoon { $network }
import-summary = { $ready ->
    [one] { $ready } organisaatio valmiina tuotavaksi
   *[other] { $ready } organisaatiota valmiina tuotavaksi
}, { $problems ->
    [one] { $problems } ongelma
   *[other] { $problems } ongelmaa
}.
import-problems = Rivit, joissa on ongelmia
import-fix-and-upload = Mitään ei tuoda niin kauan kuin jollakin rivillä on ongelma. Korjaa tiedosto ja lataa se uudelleen.
import-ready = Tuontivalmiit rivit
import-line = Rivi
import-column = Sarake
import-problem = Ongelma
import-value = Arvo tiedostossa
import-apply = { $count ->
    [one] Tuo { $count } organisaatio
   *[other] Tuo { $count } organisaatiota
}
import-applied = Organisaatiot on tuotu.
import-done = { $count ->
    [one] { $count } organisaatio tuotiin.
   *[other] { $count } organisaatiota tuotiin.
}
import-another = Tuo toinen tiedosto

error-text-missing = Täytä tämä kenttä.
error-choice-unknown = Valitse jokin tarjolla olevista vaihtoehdoista.
error-website-invalid = Anna verkko-osoite, joka alkaa https:// tai http://.
error-topic-missing = Valitse vähintään yksi osaamisalue.
error-already-member = Organisaatio on jo tämän verkoston jäsen.
error-organisation-exists = Tällä paikkakunnalla on jo samanniminen organisaatio.
error-import-unreadable = Tiedostoa ei voitu lukea organisaatiotaulukkona. Tarkista, että se on UTF-8-merkistöä käyttävä CSV-tiedosto, jonka ensimmäisellä rivillä ovat pakollisten sarakkeiden nimet.
error-import-empty = Tiedostossa ei ole yhtään organisaatiota.
error-import-too-large = Tiedosto on liian suuri: enintään 5 Mt ja 20 000 organisaatiota.
error-import-has-errors = Joillakin riveillä on ongelmia, joten mitään ei tuotu.
error-import-applied = Tämä tiedosto on jo tuotu.
error-limit-reached = Enimmäismäärä on täynnä: poista jokin merkintä ennen kuin lisäät uuden.
