## Käyttäjätilit: kirjautuminen, kutsut, salasanan palauttaminen ja jäsenen oma tili

nav-sign-in = Kirjaudu sisään
nav-account = Oma tili
sign-out = Kirjaudu ulos

sign-in-title = Kirjaudu sisään
sign-in-submit = Kirjaudu
sign-in-forgot = Unohditko salasanasi?
sign-in-no-account = Eikö sinulla ole vielä tiliä? Avaa verkostosi sivu hakemistossa ja hae sen jäseneksi.
field-email = Sähköpostiosoite
field-password = Salasana
field-new-password = Uusi salasana
field-current-password = Nykyinen salasana
field-given-name = Etunimi
field-family-name = Sukunimi
field-job-title = Tehtäväsi organisaatiossa
field-locale = Käyttöliittymän ja sähköpostiviestiesi kieli
field-invitation-locale = Kutsun kieli
field-languages = Kielet, joita puhut
field-organisation = Organisaatio
field-role = Rooli
field-message = Viesti fasilitaattoreille (valinnainen)
field-new-email = Uusi sähköpostiosoite
password-rules = Vähintään 8 merkkiä. Hyvin yleisiä salasanoja ei hyväksytä.

reset-title = Palauta salasana
reset-intro = Anna tilisi sähköpostiosoite. Lähetämme sinulle linkin, jolla voit valita uuden salasanan.
reset-submit = Lähetä linkki
reset-sent = Jos osoitteella { $email } on tili, siihen on lähetetty linkki salasanan palauttamiseen. Linkki on voimassa tunnin.
reset-new-title = Valitse uusi salasana
reset-new-submit = Tallenna uusi salasana
reset-done = Salasanasi on vaihdettu. Kirjaudu sisään uudella salasanallasi.

invitation-title = Hyväksy kutsu
invitation-intro = Sinut on kutsuttu { site-name } -alustalle osoitteella { $email }: { $role } organisaatiossa { $organisation }.
invitation-submit = Luo tili

role-member = jäsen
role-facilitator = fasilitaattori
role-coordinator = koordinaattori
role-facilitator-of = Verkoston { $network } fasilitaattori
role-coordinator-held = Alustan koordinaattori

account-title = Oma tili
account-profile = Profiili
account-organisation = Organisaatio
account-roles = Roolit
account-save = Tallenna profiili
account-saved = Profiilisi on tallennettu.
account-password = Salasana
account-password-submit = Vaihda salasana
account-password-changed = Salasanasi on vaihdettu. Tilisi kaikki muut istunnot on kirjattu ulos.
account-email = Sähköpostiosoite
account-email-current = Nykyinen osoitteesi on { $email }.
account-email-submit = Lähetä vahvistuslinkki
account-email-sent = Jos osoitetta { $email } voidaan käyttää, siihen on lähetetty vahvistuslinkki. Osoitteesi vaihtuu, kun avaat linkin.
account-data = Tietosi
account-export = Lataa kaikki tietoni (JSON)
account-delete = Poista tilini
account-delete-explain = Tilin poistaminen poistaa saman tien profiilisi, kielesi, roolisi ja kaikki istuntosi, eikä sitä voi perua. Kirjoittamasi keskustelut, vastaukset ja kommentit jäävät muiden näkyviin allekirjoituksella ”entinen jäsen”. Tietoturvalokiin jää numeroitu merkintä siitä, että tili on poistettu.
account-delete-submit = Poista tilini pysyvästi
account-deleted = Tilisi on poistettu.
account-audit = Tietoturvaloki

email-confirm-title = Vahvista uusi sähköpostiosoitteesi
email-confirm-intro = Tilisi käyttää tästä lähtien osoitetta { $email }.
email-confirm-submit = Vahvista uusi osoite
email-confirmed = Sähköpostiosoitteesi on vaihdettu.

join-title = Hae tämän verkoston jäseneksi
join-intro = Kerro fasilitaattoreille, kuka olet. Jos he hyväksyvät hakemuksesi, saat kutsun sähköpostitse.
join-submit = Lähetä hakemus
join-sent = Hakemuksesi on lähetetty. Fasilitaattorit vastaavat sinulle sähköpostitse.
invite-title = Kutsu henkilö
invite-intro = Henkilö saa sähköpostiviestin, jossa on 7 päivää voimassa oleva linkki tilin luomiseen.
invite-submit = Lähetä kutsu
invite-sent = Kutsu on lähetetty osoitteeseen { $email }.
requests-title = Jäsenhakemukset
requests-none = Odottavia hakemuksia ei ole.
request-from = { $name } ({ $email }), organisaatio: { $organisation }
request-approve = Hyväksy
request-decline = Hylkää
request-approved = Hyväksytty: osoitteeseen { $email } lähetetään kutsu.
request-declined = Hakemus on hylätty.

audit-title = Tietoturvaloki
audit-when = Aika
audit-event = Tapahtuma
audit-actor = Tekijä
audit-subject = Tili
audit-ip = IP-osoite
audit-detail = Lisätiedot
audit-older = Vanhemmat tapahtumat
audit-sign-in = Sisäänkirjautuminen
audit-sign-in-failed = Epäonnistunut sisäänkirjautuminen
audit-sign-out = Uloskirjautuminen
audit-invitation-sent = Kutsu lähetetty
audit-invitation-accepted = Kutsu hyväksytty
audit-reset-requested = Salasanan palautusta pyydetty
audit-password-reset = Salasana palautettu
audit-password-changed = Salasana vaihdettu
audit-email-changed = Sähköpostiosoite vaihdettu
audit-role-granted = Rooli myönnetty
audit-join-requested = Jäsenhakemus
audit-join-approved = Jäsenhakemus hyväksytty
audit-join-declined = Jäsenhakemus hylätty
audit-account-deleted = Tili poistettu

error-email-invalid = Anna sähköpostiosoite muodossa nimi@example.org.
error-name-missing = Anna etunimesi ja sukunimesi.
error-password-too-short = Valitse vähintään 8 merkin pituinen salasana.
error-password-too-long = Valitse enintään 256 merkin pituinen salasana.
error-password-common = Tämä salasana on yleisimpien joukossa ja helppo arvata. Valitse jokin toinen.
error-ticket-invalid = Tätä linkkiä ei voi enää käyttää: se on jo käytetty tai vanhentunut. Pyydä uusi linkki.
error-wrong-credentials = Sähköpostiosoite tai salasana on väärä.
error-current-password-wrong = Nykyinen salasanasi on väärä.
error-already-decided = Tästä hakemuksesta on jo tehty päätös.
error-organisation-not-in-network = Valitse organisaatio, joka on tämän verkoston jäsen.
error-locale-unsupported = Valitse jokin luettelon kielistä.
error-text-too-long = Teksti on liian pitkä.
error-forbidden = Sinulla ei ole oikeutta tehdä tätä.
error-sign-in-required = Kirjaudu sisään, jotta voit tehdä tämän.
error-cross-site = Pyyntö tuli toiselta verkkosivustolta, ja se hylättiin. Mitään ei muutettu.
error-too-many = { $seconds ->
    [one] Liian monta yritystä. Yritä uudelleen { $seconds } sekunnin kuluttua.
   *[other] Liian monta yritystä. Yritä uudelleen { $seconds } sekunnin kuluttua.
}

mail-invitation-subject = Kutsu { site-name } -alustalle
mail-invitation-body = { $inviter } kutsuu sinut { site-name } -alustalle: { $role } organisaatiossa { $organisation }.
    
    Luo tilisi tällä linkillä, joka on voimassa 7 päivää:
    { $link }
    
    Jos et odottanut tätä kutsua, voit jättää tämän viestin huomiotta.
mail-role-subject = Uusi rooli { site-name } -alustalla
mail-role-body = { $inviter } on antanut tilillesi uuden roolin { site-name } -alustalla: { $role }.
    
    Kirjaudu sisään, niin voit käyttää sitä:
    { $link }
mail-reset-subject = Palauta salasanasi { site-name } -alustalla
mail-reset-body = Joku on pyytänyt tilisi salasanan palauttamista { site-name } -alustalla. Valitse uusi salasana tällä linkillä, joka on voimassa tunnin:
    { $link }
    
    Jos pyyntö ei ollut sinun, jätä tämä viesti huomiotta: salasanasi pysyy ennallaan.
mail-email-subject = Vahvista uusi sähköpostiosoitteesi { site-name } -alustalla
mail-email-body = Vahvista tällä linkillä, että { $email } on tilisi uusi osoite { site-name } -alustalla. Linkki on voimassa 24 tuntia:
    { $link }
    
    Jos et pyytänyt tätä, jätä tämä viesti huomiotta.
