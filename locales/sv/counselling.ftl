## Kollegial rådgivning: listan med trådar

counselling-sign-in-to-ask = Logga in för att ställa en fråga till dina kollegor eller svara på en.
threads-search-label = Sök bland frågor och svar
thread-topic = Ämne
threads-language = Skrivet på
threads-network = Nätverk
threads-state = Svar
threads-unsolved = Ännu obesvarade
threads-solved = Besvarade
threads-show = Visa
threads-followed = Trådar jag följer
threads-mine = Mina frågor
threads-found = { $count ->
    [one] { $count } tråd
   *[other] { $count } trådar
}
threads-none = Ingen tråd matchar. Prova med färre filter, eller ställ frågan själv.
thread-unread = Ny
thread-solved = Besvarad
thread-hidden-badge = Dold
thread-asked-by = ställd av { $name }
thread-replies = { $count ->
    [one] { $count } svar
   *[other] { $count } svar
}
notifications-link = Aviseringar
notifications-unread = { $count ->
    [one] { $count } oläst
   *[other] { $count } olästa
}

## En tråd

thread-back = Alla trådar
thread-platform = Hela plattformen
thread-hidden = Moderatorerna har dolt den här frågan. Bara du och moderatorerna kan se den.
thread-follow = Följ den här tråden
thread-unfollow = Sluta följa
thread-sign-in-to-reply = Logga in för att svara.
answer-accepted-title = Godkänt svar
answer-accepted-badge = Godkänt svar
answer-accept = Godkänn som svar
answer-unaccept = Dra tillbaka godkännandet
post-edited-link = redigerat (se versioner)
post-hidden = Dolt av moderatorerna: { $reason }
post-quote = Citera
post-edit = Redigera
post-flag = Anmäl till moderatorerna
flag-reason = Varför ska moderatorerna titta på det här inlägget?
flag-send = Skicka anmälan
post-language = Textens språk
reply-title = Ditt svar
reply-body = Svar
reply-send = Publicera svaret
markdown-help = Du kan formatera texten med Markdown: **fetstil**, *kursiv stil*, listor som börjar med -, länkar som [länktext](https://…).
markdown-preview = Förhandsgranskning

## Ställa en fråga

ask-title = Fråga dina kollegor
ask-lead = Beskriv din situation och vad du redan har provat. Medlemmar i de nätverk som kan se din fråga kan svara på den.
ask-field-title = Din fråga i en mening
ask-field-body = Detaljer
ask-field-audience = Vem som kan se den
ask-send = Publicera frågan

## Redigering och versioner

post-edit-title = Redigera ditt inlägg
post-edit-body = Text
post-edit-save = Spara den nya versionen
post-history-title = Versioner av ett inlägg
post-history-current = Nuvarande version
post-history-earlier = Tidigare version
post-history-back = Tillbaka till tråden

## Aviseringar och sammanfattningen

notifications-title = Aviseringar
notifications-none = Inget nytt. Följ en tråd eller ett ämne för att få veta när något händer där.
notifications-mark-read = Markera alla som lästa
notification-reply = { $name } svarade i
notification-topic = { $name } ställde en fråga i ett ämne som du följer:
notification-accepted = { $name } godkände ditt svar som svaret i
digest-title = Sammanfattning via e-post
digest-legend = Skicka mig en sammanfattning av olästa aviseringar
digest-immediate = Så snart något händer
digest-daily = En gång om dagen
digest-weekly = En gång i veckan
digest-never = Aldrig (jag läser dem här)
digest-save = Spara valet
topics-followed-title = Ämnen jag följer
topics-followed-lead = Du får veta om varje ny fråga i de ämnen som du följer.
topic-follow = Följ
topic-unfollow = Sluta följa

## Moderering

moderation-title = Moderering
moderation-queue-title = Anmälda inlägg
moderation-queue-empty = Inga inlägg väntar på beslut.
moderation-flags = Anmälningar
moderation-decide = Moderera
moderation-reason = Skäl
moderation-hide = Dölj inlägget
moderation-restore = Visa inlägget igen
moderation-dismiss = Behåll inlägget som det är
moderation-log-title = Beslut
moderation-log-empty = Inga beslut har fattats än.
moderation-log-when = Tidpunkt
moderation-log-who = Moderator
moderation-log-what = Beslut
moderation-log-thread = Tråd
moderation-action-hide = Dolt
moderation-action-restore = Visas igen
moderation-action-dismiss = Anmälningar avfärdade

## Meddelanden och avslag

thread-asked = Din fråga har publicerats. Du får veta om varje svar.
reply-posted = Ditt svar har publicerats.
post-edited = Ditt inlägg har sparats. Den tidigare versionen är fortfarande synlig i historiken.
answer-accepted = Svaret är nu markerat som godkänt svar.
answer-unaccepted = Svaret är inte längre markerat som godkänt svar.
thread-followed = Du följer nu den här tråden.
thread-unfollowed = Du följer inte längre den här tråden.
topics-saved = Dina ämnen har sparats.
post-flagged = Tack! Moderatorerna kommer att titta på det här inlägget.
moderation-saved = Beslutet har sparats.
notifications-read = Alla aviseringar är markerade som lästa.
digest-saved = Ditt val har sparats.
error-already-flagged = Du har redan anmält det här. Moderatorerna kommer att titta på det.
error-not-an-answer = Bara ett synligt svar kan vara det godkända svaret.

## E-post

mail-digest-subject = Nytt i den kollegiala rådgivningen
mail-digest-body = Hej!

    { $count ->
        [one] Du har { $count } ny avisering i den kollegiala rådgivningen:
       *[other] Du har { $count } nya aviseringar i den kollegiala rådgivningen:
    }

    { $items }
    Alla dina aviseringar, och hur ofta du får den här sammanfattningen: { $link }
