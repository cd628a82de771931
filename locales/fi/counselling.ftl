## Vertaisneuvonta: keskusteluluettelo

counselling-sign-in-to-ask = Kirjaudu sisään, niin voit esittää kysymyksen kollegoillesi tai vastata heidän kysymyksiinsä.
threads-search-label = Hae kysymyksistä ja vastauksista
thread-topic = Aihe
threads-language = Kirjoituskieli
threads-network = Verkosto
threads-state = Vastaustilanne
threads-unsolved = Ei vielä vastausta
threads-solved = Vastattu
threads-show = Näytä
threads-followed = Seuraamani keskustelut
threads-mine = Omat kysymykseni
threads-found = { $count ->
    [one] { $count } keskustelu
   *[other] { $count } keskustelua
}
threads-none = Mikään keskustelu ei vastaa hakuasi. Kokeile vähemmillä suodattimilla tai esitä kysymys itse.
thread-unread = Uusi
thread-solved = Vastattu
thread-hidden-badge = Piilotettu
thread-asked-by = kysyjä: { $name }
thread-replies = { $count ->
    [one] { $count } vastaus
   *[other] { $count } vastausta
}
notifications-link = Ilmoitukset
notifications-unread = { $count ->
    [one] { $count } lukematon
   *[other] { $count } lukematonta
}

## Keskustelu

thread-back = Kaikki keskustelut
thread-platform = Koko alusta
thread-hidden = Moderaattorit ovat piilottaneet tämän kysymyksen. Vain sinä ja moderaattorit näette sen.
thread-follow = Seuraa tätä keskustelua
thread-unfollow = Lopeta seuraaminen
thread-sign-in-to-reply = Kirjaudu sisään, niin voit vastata.
answer-accepted-title = Hyväksytty vastaus
answer-accepted-badge = Hyväksytty vastaus
answer-accept = Hyväksy vastaukseksi
answer-unaccept = Peru hyväksyntä
post-edited-link = muokattu (katso versiot)
post-hidden = Moderaattorien piilottama. Syy: { $reason }
post-quote = Lainaa
post-edit = Muokkaa
post-flag = Ilmoita moderaattoreille
flag-reason = Miksi moderaattorien pitäisi tarkistaa tämä viesti?
flag-send = Lähetä ilmoitus
post-language = Tekstin kieli
reply-title = Vastauksesi
reply-body = Vastaus
reply-send = Julkaise vastaus
markdown-help = Voit muotoilla tekstiä Markdownilla: **lihavointi**, *kursiivi*, luettelot, joiden rivit alkavat merkillä -, ja linkit muodossa [teksti](https://…).
markdown-preview = Esikatselu

## Kysyminen

ask-title = Kysy kollegoilta
ask-lead = Kuvaile tilanteesi ja kerro, mitä olet jo kokeillut. Kysymykseesi voivat vastata niiden verkostojen jäsenet, jotka näkevät sen.
ask-field-title = Kysymyksesi yhdellä lauseella
ask-field-body = Lisätiedot
ask-field-audience = Kuka näkee kysymyksen
ask-send = Julkaise kysymys

## Muokkaaminen ja versiot

post-edit-title = Muokkaa viestiäsi
post-edit-body = Teksti
post-edit-save = Tallenna uusi versio
post-history-title = Viestin versiot
post-history-current = Nykyinen versio
post-history-earlier = Aiempi versio
post-history-back = Takaisin keskusteluun

## Ilmoitukset ja sähköpostiyhteenveto

notifications-title = Ilmoitukset
notifications-none = Ei mitään uutta. Seuraa keskustelua tai aihetta, niin saat tiedon, kun siinä tapahtuu jotain.
notifications-mark-read = Merkitse kaikki luetuiksi
notification-reply = { $name } vastasi keskusteluun
notification-topic = { $name } esitti kysymyksen seuraamassasi aiheessa:
notification-accepted = { $name } hyväksyi vastauksesi keskustelussa
digest-title = Sähköpostiyhteenveto
digest-legend = Lähetä minulle yhteenveto lukemattomista ilmoituksista
digest-immediate = Heti kun jotain tapahtuu
digest-daily = Kerran päivässä
digest-weekly = Kerran viikossa
digest-never = Ei koskaan (luen ne täällä)
digest-save = Tallenna valinta
topics-followed-title = Seuraamani aiheet
topics-followed-lead = Saat tiedon jokaisesta uudesta kysymyksestä seuraamissasi aiheissa.
topic-follow = Seuraa
topic-unfollow = Lopeta seuraaminen

## Moderointi

moderation-title = Moderointi
moderation-queue-title = Ilmoitetut viestit
moderation-queue-empty = Yksikään viesti ei odota päätöstä.
moderation-flags = Saadut ilmoitukset
moderation-decide = Moderoi
moderation-reason = Syy
moderation-hide = Piilota viesti
moderation-restore = Näytä viesti uudelleen
moderation-dismiss = Jätä viesti ennalleen
moderation-log-title = Päätökset
moderation-log-empty = Päätöksiä ei ole vielä tehty.
moderation-log-when = Aika
moderation-log-who = Moderaattori
moderation-log-what = Päätös
moderation-log-thread = Keskustelu
moderation-action-hide = Piilotettu
moderation-action-restore = Palautettu näkyviin
moderation-action-dismiss = Ilmoitukset hylätty

## Vahvistukset ja virheilmoitukset

thread-asked = Kysymyksesi on julkaistu. Saat tiedon jokaisesta vastauksesta.
reply-posted = Vastauksesi on julkaistu.
post-edited = Viestisi on tallennettu. Aiempi versio näkyy edelleen viestin versiohistoriassa.
answer-accepted = Vastaus on merkitty hyväksytyksi vastaukseksi.
answer-unaccepted = Vastausta ei ole enää merkitty hyväksytyksi vastaukseksi.
thread-followed = Seuraat nyt tätä keskustelua.
thread-unfollowed = Et enää seuraa tätä keskustelua.
topics-saved = Seuraamasi aiheet on tallennettu.
post-flagged = Kiitos! Moderaattorit tarkistavat tämän viestin.
moderation-saved = Päätös on tallennettu.
notifications-read = Kaikki ilmoitukset on merkitty luetuiksi.
digest-saved = Valintasi on tallennettu.
error-already-flagged = Olet jo ilmoittanut tästä. Moderaattorit tarkistavat asian.
error-not-an-answer = Vain näkyvissä oleva vastaus voidaan hyväksyä vastaukseksi.

## Sähköposti

mail-digest-subject = Uutta vertaisneuvonnassa
mail-digest-body = Hei,

    { $count ->
        [one] sinulle on { $count } uusi ilmoitus vertaisneuvonnassa:
       *[other] sinulle on { $count } uutta ilmoitusta vertaisneuvonnassa:
    }

    { $items }
    Kaikki ilmoituksesi ja asetus siitä, kuinka usein saat tämän yhteenvedon: { $link }
