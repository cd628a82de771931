# Strategia ja toimintasuunnitelmat

plans-none = Yksikään verkosto ei ole vielä julkaissut strategiaa.
plans-back = Kaikki strategiat
plan-activity-count = { $count ->
    [one] { $count } toimenpide
   *[other] { $count } toimenpidettä
}
strategy-create-title = Aloita uusi strategia
strategy-network = Verkosto
strategy-create = Aloita strategia

## Strategian vaiheet
strategy-status-draft = Luonnos
strategy-status-feedback = Kommentoitavana
strategy-status-adopted = Hyväksytty
strategy-stage = Vaihe
strategy-adopt = Hyväksy strategia
strategy-reopen = Palauta luonnokseksi
round-open = Avaa kommentointikierros
round-close = Päätä kommentointikierros
round-opens = Alkaa
round-closes = Päättyy
round-open-notice = Kommentointikierros on avoinna { $from } – { $to }.
round-comment-link = Kommentoi luonnosta

## Strategian kentät
strategy-edit = Muokkaa strategiaa
strategy-fields = Visio ja toiminta-ajatus
strategy-field-title = Nimi
strategy-field-period = Strategiakausi (vuodet)
strategy-field-vision = Visio
strategy-field-mission = Toiminta-ajatus
strategy-field-status = Vaihe
strategy-aspirations = Tavoitteet
strategy-save = Tallenna strategia
aspiration-field-title = Tavoite
aspiration-field-description = Kuvaus
aspiration-save = Tallenna tavoite
aspiration-add-title = Lisää tavoite
aspiration-add = Lisää tavoite

## Toimintasuunnitelma
plan-progress = Edistyminen:
plan-percent = { $value } %
plan-number = { $value }
plan-tools = Strategiatyökalut
plan-print = Tulostusnäkymä
plan-export = Lataa toimintasuunnitelma (CSV)
plan-present = Sivulla nyt:
plan-timeline = Toimintasuunnitelman aikajana
plan-timeline-caption = Kukin palkki ulottuu toimenpiteen alkamispäivästä sen määräpäivään, ja se on täytetty edistymisen mukaan. Punainen viiva on tämä päivä.
plan-today = tänään
plan-dates = Päivämäärät
plan-activities = Toimenpiteet
plan-no-activities = Yksikään toimenpide ei vielä edistä tätä tavoitetta.
plan-filter-aspiration = Tavoite
plan-filter-status = Tila
plan-filter-all = Kaikki
plan-filter-apply = Näytä

## Toimenpiteet
activity-status-planned = Suunniteltu
activity-status-in-progress = Käynnissä
activity-status-done = Valmis
activity-status-blocked = Pysähtynyt
activity-status-cancelled = Peruttu
activity-field-title = Toimenpide
activity-field-description = Kuvaus
activity-field-aspirations = Tavoitteet, joita se edistää
activity-field-owner = Vastuutaho
activity-field-contributors = Osallistuvat organisaatiot
activity-field-start_on = Alkamispäivä
activity-field-due_on = Määräpäivä
activity-field-status = Tila
activity-field-progress = Edistyminen (%)
activity-owner-none = Ei vielä vastuutahoa
activity-owner-members = Jäsenet
activity-owner-organisations = Organisaatiot
activity-add-title = Lisää toimenpide
activity-add = Lisää toimenpide
activity-edit-title = Muokkaa toimenpidettä
activity-save = Tallenna toimenpide
activity-follow = Seuraa tätä toimenpidettä
activity-unfollow = Lopeta tämän toimenpiteen seuraaminen
activity-being-edited = Muokkaamassa nyt: { $names }
field-changed-live = { $name } muutti juuri tätä kenttää. Oma arvosi säilyy tässä; kun tallennat, näet molemmat.
offline-kept = Ei yhteyttä: muutoksesi säilytetään tässä selaimessa ja lähetetään, kun yhteys palaa.

## Mittarit
indicators-title = Mittarit
indicators-none = Ei vielä mittareita.
indicator-field-name = Mittari
indicator-field-target = Tavoitearvo
indicator-field-actual = Toteutunut
indicator-reached = { $name }: { $actual }/{ $target }
indicator-edit = Mittari { $name }
indicator-save = Tallenna
indicator-add = Lisää mittari

## Samaan aikaan tehdyt muutokset
conflict-title = Joku muutti tätä samaan aikaan
conflict-lead = Muut muutoksesi on tallennettu. Joku muu muutti näitä kenttiä sen jälkeen, kun avasit lomakkeen, mutta mitään ei kirjoitettu yli. Valitse jokaisen kentän kohdalla, mitä tehdään.
conflict-changed-by = Muuttaja: { $name }, { $at } (UTC).
conflict-theirs = Toisen arvo (tallennettu)
conflict-mine = Oma arvosi (ei tallennettu)
conflict-keep = Säilytä toisen arvo
conflict-replace = Korvaa omallani
conflict-merge-label = Yhdistetty teksti
conflict-merge = Tallenna yhdistetty teksti
error-changed-meanwhile = Tätä kenttää on muutettu sivun avaamisen jälkeen. Päivitä sivu ja yritä uudelleen.

## Muutoshistoria ja versiot
history-title = Muutoshistoria
revision-created = Luotu
revision-restore = Palauta tämä arvo
revision-restores = (palauttaa muutoksen { $number })
strategy-versions = Versiot
versions-none = Versioita ei ole vielä tallennettu. Versio tallennetaan, kun kommentointikierros päättyy ja kun strategia hyväksytään.
version-now = Nykyinen strategia
version-number = Versio { $number }
version-reason-round = kommentointikierroksen jälkeen
version-reason-adopted = hyväksytty
diff-from = Mistä
diff-to = Mihin
diff-compare = Vertaa
diff-title = Vertailu: { $from } → { $to }
diff-unchanged = (ei muutoksia)

## Kommentointikierrokset
comments-title = Kommentit
comment-title = Kommentoi luonnosta
comment-about = Kommentin kohde
comment-on-strategy = Strategia kokonaisuutena
comment-body = Kommenttisi
comment-send = Lähetä kommentti
comment-taken-up = Otettu huomioon
comment-declined = Ei otettu huomioon
comment-resolution = Päätös
comment-reason = Perustelu
comment-resolve = Käsittele

## Vahvistukset
strategy-created = Strategia on aloitettu. Kirjoita sen visio, toiminta-ajatus ja tavoitteet.
strategy-saved = Tallennettu.
aspiration-added = Tavoite on lisätty.
activity-added = Toimenpide on lisätty. Määritä sille vastuutaho, päivämäärät ja mittarit.
activity-saved = Toimenpide on tallennettu.
indicator-added = Mittari on lisätty.
value-restored = Aiempi arvo on palautettu uutena muutoksena.
stage-open = Kommentointikierros on avattu: verkoston jäsenet voivat kommentoida.
stage-close = Kommentointikierros on päättynyt, ja tämä versio on tallennettu.
stage-adopt = Strategia on hyväksytty, ja tämä versio on tallennettu.
stage-reopen = Strategia on taas luonnos.
comment-posted = Kommenttisi on lähetetty fasilitaattoreille.
comment-resolved = Kommentti on käsitelty.
followed = Seuraat nyt tätä: saat tiedon, kun jokin tila, vastuutaho tai päivämäärä muuttuu.
unfollowed = Et enää seuraa tätä.

## Ilmoitukset seuraamistasi toimenpiteistä
plan-notification-status = { $name } muutti tilaa toimenpiteessä
plan-notification-owner = { $name } muutti vastuutahoa toimenpiteessä
plan-notification-start_on = { $name } muutti alkamispäivää toimenpiteessä
plan-notification-due_on = { $name } muutti määräpäivää toimenpiteessä

## Virheilmoitukset
error-date-invalid = Anna päivämäärä kalenteripäivänä (vuosi, kuukausi, päivä).
error-dates-reversed = Päättymispäivä on ennen alkamispäivää.
error-number-invalid = Anna kokonaisluku sallitulta väliltä.
error-aspiration-missing = Toimenpiteen on edistettävä vähintään yhtä tavoitetta.
error-wrong-stage = Strategia ei ole tähän vaadittavassa vaiheessa (esimerkiksi kommentointikierros ei ole käynnissä).
plan-notifications-title = Seuraamasi toimenpiteet
aspiration-follow = Seuraa tätä tavoitetta
aspiration-unfollow = Lopeta tämän tavoitteen seuraaminen
