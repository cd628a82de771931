## Tapahtumat: miksi kellonaikaa, paikkamäärää tai ilmoittautumista ei hyväksytä.

error-time-zone-unknown = Valitse aikavyöhyke luettelosta.
error-wall-time-skipped = Tätä kellonaikaa ei ole kyseisellä aikavyöhykkeellä sinä päivänä, koska kelloja siirretään tunnilla eteenpäin. Valitse toinen kellonaika.
error-wall-time-repeated = Tämä kellonaika esiintyy kyseisellä aikavyöhykkeellä sinä päivänä kahdesti, koska kelloja siirretään tunnilla taaksepäin. Valitse toinen kellonaika.
error-capacity-invalid = Paikkamäärän on oltava kokonaisluku, joka on vähintään 1. Jos paikkamäärää ei rajoiteta, jätä kenttä tyhjäksi.
error-already-registered = Olet jo ilmoittautunut tähän tapahtumaan.
error-event-past = Tämä tapahtuma on jo pidetty.
error-event-cancelled = Tämä tapahtuma on peruttu.
