## Tapahtumat: miksi kellonaikaa, paikkamäärää tai ilmoittautumista ei hyväksytä.

error-time-zone-unknown = Valitse aikavyöhyke luettelosta.
error-wall-time-skipped = Tätä kellonaikaa ei ole kyseisellä aikavyöhykkeellä sinä päivänä, koska kelloja siirretään tunnilla eteenpäin. Valitse toinen kellonaika.
error-wall-time-repeated = Tämä kellonaika esiintyy kyseisellä aikavyöhykkeellä sinä päivänä kahdesti, koska kelloja siirretään tunnilla taaksepäin. Valitse toinen kellonaika.
error-capacity-invalid = Paikkamäärän on oltava kokonaisluku, joka on vähintään 1. Jos paikkamäärää ei rajoiteta, jätä kenttä tyhjäksi.
error-already-registered = Olet jo ilmoittautunut tähän tapahtumaan.
error-event-past = Tämä tapahtuma on jo pidetty.
error-event-cancelled = Tämä tapahtuma on peruttu.
error-invitation-only = Paikat tähän tapahtumaan annetaan vain kutsusta. Ota yhteyttä järjestäjiin, jos haluat osallistua.
error-group-archived = Tämän työryhmän toimikausi on päättynyt: se on arkistoitu, eikä sitä voi enää muuttaa.
error-last-leader = Työryhmällä on oltava vähintään yksi vetäjä. Nimeä uusi vetäjä ennen kuin luovut tehtävästä.
error-place-missing = Anna videokokouksen linkki, tapahtumapaikka tai molemmat.
error-series-too-long = Sarjassa voi olla enintään 150 kertaa. Valitse aikaisempi päättymispäivä.
error-event-unknown = Tässä osoitteessa ei ole tapahtumaa, tai se ei ole avoin sinulle.
error-group-unknown = Tässä osoitteessa ei ole työryhmää, tai se ei ole avoin sinulle.
error-calendar-address-revoked = Tämä kalenteriosoite on peruttu. Kopioi uusi osoitteesi kalenterisivultasi.
error-not-registered = Et ole ilmoittautunut tähän tapahtumaan.

## Tapahtumien lajit.

event-kind-peer-learning = Vertaisoppimisen tapaaminen
event-kind-webinar = Webinaari
event-kind-e-conference = Verkkokonferenssi
event-kind-workshop = Työpaja
event-kind-study-visit = Opintovierailu
event-kind-annual-meeting = Vuosikokous

## Miten tapahtumaan saa paikan tai työryhmään pääsee.

admission-open = Avoin kaikille
admission-request = Pyynnöstä, järjestäjien hyväksymänä
admission-invitation = Vain kutsusta

## Jäsenen tilanne tapahtumassa.

attendance-registered = Ilmoittautunut
attendance-waiting = Jonossa
attendance-requested = Pyyntö lähetetty
attendance-invited = Kutsuttu
attendance-cancelled = Ilmoittautuminen peruttu
attendance-declined = Pyyntö hylätty

## Miten tapahtumasarja toistuu.

recurrence-weekly = Joka viikko
recurrence-monthly = Joka kuukausi samana viikonpäivänä

## Kuka näkee työryhmän.

group-visibility-public = Julkinen
group-visibility-members = Kirjautuneet jäsenet
group-visibility-hidden = Vain ryhmän jäsenet
