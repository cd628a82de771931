## Kolleegidevaheline nõustamine: arutelude loetelu

counselling-sign-in-to-ask = Logige sisse, et esitada kolleegidele küsimus või vastata mõnele nende küsimusele.
threads-search-label = Otsi küsimustest ja vastustest
thread-topic = Teema
threads-language = Kirjutatud keeles
threads-network = Võrgustik
threads-state = Vastuse olek
threads-unsolved = Veel vastamata
threads-solved = Vastatud
threads-show = Näita
threads-followed = Arutelud, mida jälgin
threads-mine = Minu küsimused
threads-found = { $count ->
    [one] { $count } arutelu
   *[other] { $count } arutelu
}
threads-none = Ükski arutelu ei vasta otsingule. Proovige vähemate filtritega või esitage küsimus ise.
thread-unread = Uus
thread-solved = Vastatud
thread-hidden-badge = Peidetud
thread-asked-by = küsija: { $name }
thread-replies = { $count ->
    [one] { $count } vastus
   *[other] { $count } vastust
}
notifications-link = Teavitused
notifications-unread = { $count ->
    [one] { $count } lugemata
   *[other] { $count } lugemata
}

## Arutelu

thread-back = Kõik arutelud
thread-platform = Kogu platvorm
thread-hidden = Moderaatorid on selle küsimuse peitnud. Seda näete ainult teie ja moderaatorid.
thread-follow = Jälgi seda arutelu
thread-unfollow = Lõpeta jälgimine
thread-sign-in-to-reply = Vastamiseks logige sisse.
answer-accepted-title = Heakskiidetud vastus
answer-accepted-badge = Heakskiidetud vastus
answer-accept = Kiida vastusena heaks
answer-unaccept = Tühista heakskiit
post-edited-link = muudetud (vaata versioone)
post-hidden = Moderaatorite peidetud. Põhjus: { $reason }
post-quote = Tsiteeri
post-edit = Muuda
post-flag = Teata moderaatoritele
flag-reason = Miks peaksid moderaatorid selle postituse üle vaatama?
flag-send = Saada teade
post-language = Teksti keel
reply-title = Teie vastus
reply-body = Vastus
reply-send = Avalda vastus
markdown-help = Teksti saab vormindada Markdowni abil: **paks kiri**, *kaldkiri*, loetelud, mille read algavad märgiga -, ja lingid kujul [tekst](https://…).
markdown-preview = Eelvaade

## Küsimine

ask-title = Küsige kolleegidelt
ask-lead = Kirjeldage oma olukorda ja seda, mida olete juba proovinud. Teie küsimusele saavad vastata nende võrgustike liikmed, kes seda näevad.
ask-field-title = Teie küsimus ühe lausega
ask-field-body = Üksikasjad
ask-field-audience = Kes küsimust näevad
ask-send = Avalda küsimus

## Muutmine ja versioonid

post-edit-title = Postituse muutmine
post-edit-body = Tekst
post-edit-save = Salvesta uus versioon
post-history-title = Postituse versioonid
post-history-current = Praegune versioon
post-history-earlier = Varasem versioon
post-history-back = Tagasi arutelu juurde

## Teavitused ja e-posti kokkuvõte

notifications-title = Teavitused
notifications-none = Midagi uut ei ole. Jälgige mõnda arutelu või teemat, et saada teada, kui seal midagi juhtub.
notifications-mark-read = Märgi kõik loetuks
notification-reply = { $name } vastas arutelus
notification-topic = { $name } esitas küsimuse teemas, mida jälgite:
notification-accepted = { $name } kiitis teie vastuse heaks arutelus
digest-title = E-posti kokkuvõte
digest-legend = Saatke mulle lugemata teavituste kokkuvõte
digest-immediate = Kohe, kui midagi juhtub
digest-daily = Kord päevas
digest-weekly = Kord nädalas
digest-never = Mitte kunagi (loen neid siin)
digest-save = Salvesta valik
topics-followed-title = Teemad, mida jälgin
topics-followed-lead = Saate teate igast uuest küsimusest teemades, mida jälgite.
topic-follow = Jälgi
topic-unfollow = Lõpeta jälgimine

## Modereerimine

moderation-title = Modereerimine
moderation-queue-title = Teatatud postitused
moderation-queue-empty = Ükski postitus ei oota otsust.
moderation-flags = Teated
moderation-decide = Modereeri
moderation-reason = Põhjus
moderation-hide = Peida postitus
moderation-restore = Näita postitust uuesti
moderation-dismiss = Jäta postitus muutmata
moderation-log-title = Otsused
moderation-log-empty = Ühtegi otsust ei ole veel tehtud.
moderation-log-when = Aeg
moderation-log-who = Moderaator
moderation-log-what = Otsus
moderation-log-thread = Arutelu
moderation-action-hide = Peidetud
moderation-action-restore = Uuesti nähtav
moderation-action-dismiss = Teated tagasi lükatud

## Teated ja keeldumised

thread-asked = Teie küsimus on avaldatud. Saate teate iga vastuse kohta.
reply-posted = Teie vastus on avaldatud.
post-edited = Teie postitus on salvestatud; varasem versioon jääb selle ajaloos nähtavaks.
answer-accepted = Vastus on märgitud heakskiidetud vastuseks.
answer-unaccepted = Vastus ei ole enam märgitud heakskiidetud vastuseks.
thread-followed = Jälgite nüüd seda arutelu.
thread-unfollowed = Te ei jälgi enam seda arutelu.
topics-saved = Teie teemad on salvestatud.
post-flagged = Aitäh! Moderaatorid vaatavad selle postituse üle.
moderation-saved = Otsus on salvestatud.
notifications-read = Kõik teavitused on märgitud loetuks.
digest-saved = Teie valik on salvestatud.
error-already-flagged = Olete sellest juba teatanud; moderaatorid vaatavad selle üle.
error-not-an-answer = Heakskiidetud vastuseks saab märkida ainult nähtava vastuse.

## E-post

mail-digest-subject = Uut kolleegidevahelises nõustamises
mail-digest-body = Tere!

    { $count ->
        [one] Teil on kolleegidevahelises nõustamises { $count } uus teavitus:
       *[other] Teil on kolleegidevahelises nõustamises { $count } uut teavitust:
    }

    { $items }
    Kõik teie teavitused ja see, kui sageli seda kokkuvõtet saate: { $link }
