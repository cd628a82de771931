# Kirjasto: verkostojen jakamat aineistot useilla kielillä.

nav-library = Kirjasto
library-title = Kirjasto
library-lead = Oppaita, käsikirjoja, malleja, videoita ja työkaluja verkostojen jäseniltä, kukin kaikilla kielillä, joille se on käännetty.
library-add = Lisää aineisto
library-add-lead = Jaa asiakirja, ePub-julkaisu, video, esitys, malli tai linkki. Kirjoita aineiston nimi ja tiivistelmä sillä kielellä, jolla aineisto on kirjoitettu; käännöksiä voi lisätä myöhemmin.
library-add-send = Tallenna aineisto
library-sign-in-to-add = Kirjaudu sisään, niin voit lisätä aineiston
library-found = { $count ->
    [one] { $count } aineisto
   *[other] { $count } aineistoa
}
library-none = Mikään aineisto ei vastaa hakuasi.
library-search-label = Hae nimistä, tiivistelmistä ja tiedostojen tekstistä
library-sort = Järjestys
library-sort-relevance = Osuvimmat ensin
library-sort-newest = Uusimmat ensin
library-file = Tiedosto
library-file-hint = Enintään { $size } Mt (video enintään { $video } Mt), tai anna linkki paikkaan, johon tiedosto on tallennettu. PDF, ePub, toimisto-asiakirjat (OpenDocument, Word, Excel, PowerPoint), videot, äänitiedostot, kuvat ja pelkkä teksti.

resource-kind = Tyyppi
resource-kind-document = Asiakirja
resource-kind-epub = ePub
resource-kind-video = Video
resource-kind-presentation = Esitys
resource-kind-template = Malli tai työkalu
resource-kind-website = Verkkosivusto
resource-kind-dataset = Tietoaineisto

resource-audience = Kenelle
audience-trainers = Opettajat ja kouluttajat
audience-learners = Opiskelijat ja oppisopimusopiskelijat
audience-managers = Ammatillisen koulutuksen järjestäjien johto
audience-companies = Yritykset ja työpaikkaohjaajat
audience-guidance = Opinto-ohjaajat
audience-policymakers = Päättäjät

resource-licence = Lisenssi
licence-cc-by = Nimeä (CC BY 4.0)
licence-cc-by-sa = Nimeä – JaaSamoin (CC BY-SA 4.0)
licence-cc-by-nc = Nimeä – EiKaupallinen (CC BY-NC 4.0)
licence-cc-by-nc-sa = Nimeä – EiKaupallinen – JaaSamoin (CC BY-NC-SA 4.0)
licence-cc-by-nd = Nimeä – EiMuutoksia (CC BY-ND 4.0)
licence-cc-by-nc-nd = Nimeä – EiKaupallinen – EiMuutoksia (CC BY-NC-ND 4.0)
licence-cc0 = Vapaa yleinen käyttö (CC0 1.0)
licence-all-rights-reserved = Kaikki oikeudet pidätetään
resource-attribution = ”{ $title }” – { $author }. Lisenssi: { $licence }.
resource-licence-deed = Mitä lisenssi sallii
resource-rights-reserved = © { $author }. Kaikki oikeudet pidätetään: kysy tekijöiltä lupa ennen kuin käytät aineistoa uudelleen.

resource-visibility = Kuka näkee aineiston
visibility-everyone = Kaikki
visibility-members = Kirjautuneet jäsenet
visibility-network = Aineiston verkoston jäsenet

resource-status-draft = Luonnos
resource-status-submitted = Odottaa tarkistusta
resource-status-published = Julkaistu
resource-draft-hint = vain sinä ja verkoston fasilitaattorit näette sen, kunnes se julkaistaan.
resource-submitted-hint = verkoston fasilitaattorit tarkistavat sen ennen kuin se tulee julkiseksi.
resource-hidden = Moderaattorin piilottama

resource-field-title = Nimi
resource-field-summary = Tiivistelmä
resource-field-author = Tekijät (siinä muodossa kuin ne mainitaan tekijätiedoissa)
resource-field-link = Linkki (verkkosivusto tai paikka, johon video on tallennettu)
resource-field-draft = Säilytä toistaiseksi luonnoksena
resource-language = Kieli
resource-topics = Aiheet
resource-sectors = Alat
resource-countries = Maat
resource-network = Verkosto
resource-network-none = Koko alusta
resource-organisation = Organisaatio
resource-added-by = Lisääjä
resource-updated = Päivitetty
resource-about = Tietoa aineistosta
resource-original = alkuperäinen
resource-other-languages = Muilla kielillä
resource-not-in-your-language = Ei vielä saatavilla valitsemallasi kielellä ({ $language }). Näytetään kielellä, jolla aineisto on kirjoitettu ({ $shown }).
resource-open-pdf = Avaa PDF
resource-download = Lataa
resource-open-link = Siirry aineistoon
resource-files = Tiedostot
resource-file-name = Tiedosto
resource-file-size = Koko
resource-file-uploaded = Lähetetty
resource-file-current = nykyinen
resource-pages = { $count ->
    [one] { $count } sivu
   *[other] { $count } sivua
}
file-size-kb = { $size } kt
file-size-mb = { $size } Mt

resource-new-file = Lähetä uusi tiedosto ({ $language })
resource-new-file-hint = Uudesta tiedostosta tulee nykyinen tiedosto; aiemmat tiedostot pysyvät luettelossa, ja ne voi edelleen ladata.
resource-new-file-send = Lähetä tiedosto
resource-add-translation = Lisää käännös
resource-add-translation-send = Tallenna käännös
resource-review = Tarkistus
resource-review-publish = Julkaise
resource-review-return = Palauta tekijälle luonnokseksi
resource-publish = Julkaise

resource-added = Aineisto on lisätty.
resource-version-added = Käännös on lisätty.
resource-file-added = Uusi tiedosto on lähetetty; aiempi tiedosto näkyy edelleen luettelossa.
resource-published = Aineisto on julkaistu.
resource-submitted = Aineisto on lähetetty tarkistettavaksi: verkoston fasilitaattorit tarkistavat sen ennen kuin se tulee julkiseksi.
resource-returned = Aineisto on palautettu tekijälleen luonnokseksi.

upload-progress = Lähetetään: { $percent } %
upload-failed = Lähetys ei onnistunut. Yritä uudelleen.

error-file-too-large = Tiedosto on suurempi kuin tämäntyyppiselle aineistolle sallitaan. Jaa sen sijaan linkki paikkaan, johon tiedosto on tallennettu.
error-file-missing = Valitse tiedosto tai anna linkki.
error-upload-incomplete = Lähetys katkesi, ennen kuin koko tiedosto oli perillä. Mitään ei tallennettu; yritä uudelleen.
error-file-type-refused = Kirjasto ei ota vastaan tämäntyyppisiä tiedostoja. Ohjelmia ja pakattuja arkistoja ei hyväksytä; ePub-, OpenDocument- ja Office-tiedostot hyväksytään.
error-file-type-mismatch = Tiedoston sisältö ei vastaa sen nimeä: .pdf-päätteisen tiedoston on oltava PDF.
error-file-name-invalid = Tiedoston nimessä on merkkejä, joita tiedostonimessä ei saa olla, tai nimi on liian pitkä (enintään 200 merkkiä).
error-file-unreadable = Tiedostoa ei voi lukea: se on vioittunut, tai purettuna se kasvaa moninkertaiseksi alkuperäiseen kokoonsa nähden.
error-file-duplicate = Täsmälleen sama tiedosto on jo tämän kieliversion nykyinen tiedosto.
error-link-invalid = Linkin on oltava verkko-osoite, joka alkaa https:// tai http://.
error-version-exists = Aineistolla on jo versio tällä kielellä.
error-not-a-form = Tämä pyyntö ei ole lomake, jota kirjasto pystyy lukemaan.
error-back-to-form = Takaisin lomakkeeseen

## Kokoelmat (työkalupakit)

collections-title = Työkalupakit
collections-lead = Verkostojen fasilitaattorien kokoamia aineistokokoelmia tietystä aiheesta tai tietylle verkostolle. Jokaisen aineiston kohdalla on huomautus siitä, miksi se on mukana.
collections-none = Työkalupakkeja ei ole vielä.
collection-count = { $count ->
    [one] { $count } aineisto
   *[other] { $count } aineistoa
}
collection-new = Uusi työkalupakki
collection-new-lead = Työkalupakkiin kootaan kirjaston aineistoja haluamaasi järjestykseen. Lisää aineistoja työkalupakkiin niiden omilta sivuilta.
collection-description = Mihin työkalupakki on tarkoitettu
collection-create = Luo työkalupakki
collection-curator = Koonnut
collection-empty = Työkalupakissa ei ole vielä aineistoja.
collection-unseen = { $count ->
    [one] Työkalupakissa on lisäksi { $count } aineisto, joka näkyy vain jäsenille tai vain tietyn verkoston jäsenille.
   *[other] Työkalupakissa on lisäksi { $count } aineistoa, jotka näkyvät vain jäsenille tai vain tietyn verkoston jäsenille.
}
collection-add-hint = Jos haluat lisätä aineiston, avaa se kirjastossa ja valitse ”Lisää työkalupakkiin”.
collection-item-up = Siirrä ylöspäin
collection-item-down = Siirrä alaspäin
collection-item-remove = Poista työkalupakista
collection-item-note = Huomautus
collection-item-note-save = Tallenna huomautus
collection-note = Miksi aineisto on työkalupakissa (valinnainen)
collection-add-to = Lisää työkalupakkiin
collection-which = Työkalupakki
collection-add-send = Lisää työkalupakkiin
collection-created = Työkalupakki on luotu. Lisää siihen aineistoja niiden omilta sivuilta.
collection-saved = Työkalupakki on tallennettu.
collection-item-added = Aineisto on lisätty työkalupakkiin.

## Missä aineistoa käytetään ja aineistojen liittäminen

used-in-title = Käyttökohteet
used-in-collection = Työkalupakki
used-in-thread = Vertaisneuvonta
used-in-activity = Toimintasuunnitelma
attached-title = Aineistoja kirjastosta
attached-add = Liitä aineisto
attached-resource = Aineisto
attached-resource-hint = Aineiston kirjastosivun osoite tai aineiston numero.
attached-add-send = Liitä
attached-remove = Poista
resource-attached = Aineisto on liitetty.
resource-detached = Aineisto on poistettu.
activity-resources = Aineistot
activity-resources-none = Tähän toimenpiteeseen ei ole liitetty kirjaston aineistoja.
error-resource-unknown = Kirjastossa ei ole tällä osoitteella tai numerolla aineistoa, jota sinulla on oikeus lukea.
error-already-listed = Tämä aineisto on jo mukana.

## Muokkaaminen, ilmoitukset ja tarkistus

resource-edit = Muokkaa
resource-edit-lead = Muuta aineiston kuvailutietoja sekä yhden kieliversion nimeä, tiivistelmää ja linkkiä. Tiedostot lisätään aineiston sivulla; aiemmat tiedostot säilytetään.
resource-edit-version = Kieliversio: { $language }
resource-edit-other-versions = Muokkaa toista kieliversiota
resource-edit-save = Tallenna muutokset
resource-saved = Muutokset on tallennettu.
resource-flag = Ilmoita
resource-flagged = Kiitos! Kirjaston tarkistajat käyvät tämän aineiston läpi.
resource-moderation-hide = Piilota aineisto
resource-moderation-restore = Näytä aineisto uudelleen
resource-moderation-dismiss = Jätä aineisto ennalleen
library-review-title = Kirjaston tarkistus
library-review-waiting = Odottaa päätöstä
library-review-none = Tarkistusta odottavia tai ilmoitettuja aineistoja ei ole.
library-review-resource = Aineisto
