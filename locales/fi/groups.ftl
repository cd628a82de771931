## Työryhmät: luettelo.

groups-title = Työryhmät
groups-lead = Teemaryhmiä, jotka työskentelevät yhdessä määräajan yhteisen tavoitteen hyväksi ja joita vetävät jäsenet vuorollaan työn edetessä.
groups-none = Työryhmiä ei ole vielä.
groups-found-new = Perusta työryhmä
group-members-count = { $count ->
    [one] { $count } jäsen
   *[other] { $count } jäsentä
}
group-archived = Arkistoitu

## Ryhmän tila.

group-purpose = Tavoite
group-deliverables = Tuotokset
group-mandate = Toimikausi
group-mandate-dates = { $from } – { $until }
group-mandate-open = { $from } alkaen, ei päättymispäivää
group-joining = Liittyminen
group-seen-by = Näkyvyys
group-leaders = Vetäjät
group-leader-since = { $since } alkaen
group-former-leaders = Aiemmat vetäjät
group-leader-term = { $since } – { $until }
group-members = Jäsenet
group-events = Ryhmän tapahtumat
group-no-events = Ryhmällä ei ole vielä tapahtumia.
group-join = Liity ryhmään
group-ask = Pyydä päästä ryhmään
group-accept-invitation = Hyväksy kutsu
group-leave = Eroa ryhmästä
group-you-member = Olet tämän ryhmän jäsen.
group-you-asked = Pyyntösi odottaa vetäjien päätöstä.
group-you-invited = Sinut on kutsuttu tähän ryhmään.
group-archived-note = Tämän ryhmän toimikausi on päättynyt: sen työ on säilytetty tänne luettavaksi.
group-sign-in-to-join = Kirjaudu sisään, niin voit liittyä
group-requests = Liittymispyynnöt
group-appoint = Nimeä vetäjäksi
group-step-down = Luovu vetäjän tehtävästä
group-calendar = Ryhmän julkinen kalenteri (.ics)

## Uuden ryhmän lomake.

group-new-title = Perusta työryhmä
group-new-lead = Laadi ryhmälle toimeksianto: mitä varten se on, mitä se tuottaa ja kuinka kauan se toimii. Sinusta tulee sen ensimmäinen vetäjä.
group-field-network = Verkosto
group-network-none = Koko alusta
group-field-title = Ryhmän nimi
group-field-topic = Aihe
group-topic-none = Ei erityistä aihetta
group-field-lang = Työkieli
group-field-purpose = Tavoite
group-field-deliverables = Tuotokset
group-field-starts = Toimikauden alku
group-field-ends = Toimikauden loppu (valinnainen)
group-field-admission = Liittyminen
group-field-visibility = Näkyvyys
group-found = Perusta ryhmä

## Ilmoitukset lomakkeen lähettämisen jälkeen.

group-founded = Työryhmä on perustettu. Olet sen ensimmäinen vetäjä.
group-joined = Olet ryhmän jäsen.
group-requested = Pyyntösi on lähetetty ryhmän vetäjille.
group-left = Olet eronnut ryhmästä.
group-decided = Päätöksesi on tallennettu.
group-leader-appointed = Uusi vetäjä on nimetty.
group-stepped-down = Olet luopunut vetäjän tehtävästä.
group-standing-requested = Pyytää liittyä
group-standing-invited = Kutsuttu
