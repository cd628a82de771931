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

## Tapahtumaluettelo.

events-title = Tapahtumat
events-lead = Verkostojen ja niiden työryhmien vertaisoppimisen tapaamiset, webinaarit, konferenssit, työpajat, opintovierailut ja vuosikokoukset.
events-upcoming = Tulevat
events-past = Menneet tapahtumat
events-found = { $count ->
    [one] { $count } tapahtuma
   *[other] { $count } tapahtumaa
}
events-none = Mikään tapahtuma ei vastaa valintojasi.
events-organise = Järjestä tapahtuma
events-your-calendar = Oma kalenterisi
events-filter-kind = Tapahtuman laji
events-filter-network = Verkosto
events-show = Näytä
event-your-time = Sinun aikasi: { $time }
event-online = Verkossa
event-places-left = { $count ->
    [one] { $count } paikka jäljellä
   *[other] { $count } paikkaa jäljellä
}
event-full = Täynnä: jonoon voi ilmoittautua
event-recorded = Tallenne saatavilla
event-cancelled-badge = Peruttu
event-in-series = Osa tapahtumasarjaa

## Tapahtuman sivu.

event-when = Milloin
event-where = Missä
event-languages = Tapahtuman kielet
event-organised-by = Järjestäjä
event-admission = Osallistuminen
event-places = Paikat
event-places-taken = { $registered }/{ $capacity } paikkaa varattu
event-places-unlimited = { $registered } ilmoittautunutta, paikkamäärää ei ole rajoitettu
event-waiting-count = { $count ->
    [one] { $count } henkilö jonossa
   *[other] { $count } henkilöä jonossa
}
event-your-standing = Ilmoittautumisesi
event-register = Ilmoittaudu
event-request = Pyydä paikkaa
event-join-waiting-list = Ilmoittaudu jonoon
event-access-needs = Saavutettavuustarpeet (valinnainen)
event-access-needs-hint = Vain järjestäjät näkevät tämän: esteetön kulku, viittomakielen tulkkaus, ruokavaliot tai mikä tahansa, mikä auttaa sinua osallistumaan.
event-withdraw = Peru ilmoittautumiseni
event-sign-in-to-register = Kirjaudu sisään, niin voit ilmoittautua
event-meeting-link = Kokouslinkki
event-meeting-link-hint = Kokouslinkki näytetään tässä osallistujille, kun he ovat saaneet paikan.
event-add-to-calendar = Lisää kalenteriisi
event-calendar-file = Tämä tapahtuma (.ics-tiedosto)
event-series-file = Koko sarja (.ics-tiedosto)
event-agenda = Ohjelma
event-materials = Aineistot
event-recording = Tallenne
event-watch-recording = Katso tallenne
event-questions = Kysymykset ja vastaukset
event-conclusions = Johtopäätökset
event-taken-place = Tämä tapahtuma on jo pidetty.

## Mitä järjestäjät tekevät tapahtuman sivulla.

event-organisers = Järjestäjille
event-participants = Osallistujat
event-participants-csv = Lataa osallistujaluettelo (CSV)
event-no-participants = Kukaan ei ole vielä ilmoittautunut.
event-cancel = Peru tämä tapahtuma
event-cancel-confirm = Kyllä, peru se: osallistujien kalentereihin välitetään tieto.
event-add-session = Lisää ohjelmaan osio
event-session-starts = Alkaa
event-session-ends = Päättyy
event-session-title = Otsikko
event-session-speakers = Puhujat
event-add-material = Lisää aineisto
event-material-title = Otsikko
event-material-link = Linkki tai kirjaston aineiston numero tai osoite
event-recording-link = Linkki tallenteeseen
event-save = Tallenna

## Uuden tapahtuman lomake.

event-new-title = Järjestä tapahtuma
event-new-lead = Ilmoita tapahtumasta jäsenille. Kellonajat annetaan valitsemasi aikavyöhykkeen mukaan; kaikki näkevät ne sekä sillä aikavyöhykkeellä että omallaan.
event-field-organiser = Järjestäjä
event-organiser-platform = Koko alusta
event-field-kind = Tapahtuman laji
event-field-title = Otsikko
event-field-lang = Tämän ilmoituksen kieli
event-field-languages = Tapahtumassa puhutut kielet
event-field-description = Kuvaus
event-field-time-zone = Aikavyöhyke
event-field-starts = Alkaa
event-field-ends = Päättyy
event-field-online-url = Kokouslinkki (verkkotapahtumaa varten)
event-field-venue = Tapahtumapaikka (lähitapahtumaa varten)
event-field-address = Osoite
event-field-country = Maa
event-field-visibility = Kuka näkee tapahtuman
event-field-admission = Osallistuminen
event-field-capacity = Paikkamäärä
event-field-capacity-hint = Jätä tyhjäksi, jos paikkamäärää ei rajoiteta. Kun paikat on varattu, avautuu jono.
event-field-repeat = Toistuminen
event-repeat-none = Ei toistu
event-field-until = Sarjan viimeinen päivä
event-create = Ilmoita tapahtumasta

## Ilmoitukset lomakkeen lähettämisen jälkeen.

event-registered = Olet ilmoittautunut. Kokouslinkki ja kalenteritiedosto ovat tällä sivulla.
event-waiting = Paikat on varattu: olet jonossa ja saat paikan heti, kun sellainen vapautuu.
event-requested = Pyyntösi on lähetetty järjestäjille.
event-withdrawn = Ilmoittautumisesi on peruttu.
event-created = Tapahtumasta on ilmoitettu.
event-cancelled = Tapahtuma on peruttu.
event-decided = Päätöksesi on tallennettu.
event-session-added = Osio on lisätty ohjelmaan.
event-material-added = Aineisto on lisätty.
event-recording-saved = Tallenteen linkki on tallennettu.

## Jäsenen kalenteriosoite.

calendar-title = Oma kalenterisi
calendar-lead = Tilaa oma kalenteriosoitteesi kalenteriohjelmassasi (Outlook, Apple Calendar, Thunderbird, Google Calendar): tapahtumat, joihin olet ilmoittautunut, näkyvät siellä ja pysyvät ajan tasalla.
calendar-address-label = Kalenteriosoitteesi
calendar-address-once = Kopioi osoite nyt: se näytetään vain tämän kerran. Kuka tahansa, jolla on tämä osoite, näkee tapahtumasi, joten pidä se omana tietonasi.
calendar-has-address = Sinulla on kalenteriosoite. Jos olet kadottanut sen tai joku muu saattaa tietää sen, luo uusi: vanha lakkaa toimimasta.
calendar-no-address = Sinulla ei ole vielä kalenteriosoitetta.
calendar-make = Luo kalenteriosoitteeni
calendar-make-new = Luo uusi osoite
calendar-revoke = Peru osoitteeni
calendar-public-feeds = Julkiset kalenterit
calendar-public-feeds-lead = Kunkin verkoston ja kunkin julkisen työryhmän kaikille avoimet tapahtumat; ne voi tilata kirjautumatta sisään.
calendar-address-made = Uusi kalenteriosoitteesi on valmis.
calendar-address-revoked = Kalenteriosoitteesi on peruttu: kalenteriohjelmat eivät saa siitä enää mitään.
event-participant = Osallistuja
error-cancel-unconfirmed = Vahvista tapahtuman peruminen rastittamalla ruutu.
event-country-none = Ei ilmoitettu

## Sähköpostit tapahtumaan saadusta paikasta.

mail-event-place-subject = Paikkasi tapahtumassa: { $title }
mail-event-place-body = Hei { $name },

    sinulla on paikka tapahtumassa ”{ $title }”, { $time }.

    Tapahtuma on tämän sähköpostin liitteenä: kalenteriohjelmasi lisää sen ja päivittää sen, jos siihen tulee muutoksia. Tapahtuman sivu, josta verkkotapahtumissa löytyy myös kokouslinkki:
    { $link }
mail-event-cancelled-subject = Poistettu kalenteristasi: { $title }
mail-event-cancelled-body = Hei { $name },

    ”{ $title }”, { $time }, poistuu kalenteristasi: tapahtuma tai ilmoittautumisesi on peruttu.

    Liitteenä olevan viestin avulla kalenteriohjelmasi osaa poistaa sen. Tapahtuman sivu:
    { $link }
mail-event-reminder-subject = Alkaa pian: { $title }
mail-event-reminder-body = Hei { $name },

    muistutuksena: tapahtuma ”{ $title }” alkaa { $time }.

    Tapahtuman sivu, josta verkkotapahtumissa löytyy myös kokouslinkki:
    { $link }

event-add-question = Esitä kysymys keskusteluryhmille
event-question-text = Kysymys
event-record-answer = Kirjaa ryhmän vastaus
event-answer-group = Keskusteluryhmä
event-answer-text = Ryhmän vastaus
event-question-added = Kysymys on lisätty.
event-answer-recorded = Ryhmän vastaus on kirjattu.

event-edit = Muokkaa tapahtumaa
event-edit-save = Tallenna muutokset
event-saved = Tapahtuma on tallennettu. Paikan saaneet saavat muutoksen kalenteriinsa.

## Järjestäjät kutsuvat jäseniä.

error-member-unknown = Tällä sähköpostiosoitteella ei löydy jäsentä.
event-invite = Kutsu jäsen
event-invite-email = Jäsenen sähköpostiosoite
event-invited = Kutsu on lähetetty.
mail-event-invited-subject = Sinut on kutsuttu: { $title }
mail-event-invited-body = Hei { $name },

    järjestäjät kutsuvat sinut tapahtumaan ”{ $title }”, { $time }.

    Ota paikkasi vastaan tapahtuman sivulla:
    { $link }
