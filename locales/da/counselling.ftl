## Kollegial rådgivning: listen over tråde

counselling-sign-in-to-ask = Log ind for at stille dine kolleger et spørgsmål eller besvare et.
threads-search-label = Søg i spørgsmål og svar
thread-topic = Emne
threads-language = Sprog
threads-network = Netværk
threads-state = Svar
threads-unsolved = Endnu ikke besvaret
threads-solved = Besvaret
threads-show = Vis
threads-followed = Tråde, jeg følger
threads-mine = Mine spørgsmål
threads-found = { $count ->
    [one] { $count } tråd
   *[other] { $count } tråde
}
threads-none = Ingen tråde matcher. Brug færre filtre, eller stil selv spørgsmålet.
thread-unread = Ny
thread-solved = Besvaret
thread-hidden-badge = Skjult
thread-asked-by = stillet af { $name }
thread-replies = { $count ->
    [one] { $count } svar
   *[other] { $count } svar
}
notifications-link = Notifikationer
notifications-unread = { $count ->
    [one] { $count } ulæst
   *[other] { $count } ulæste
}

## En tråd

thread-back = Alle tråde
thread-platform = Hele platformen
thread-hidden = Moderatorerne har skjult dette spørgsmål. Kun du og moderatorerne kan se det.
thread-follow = Følg denne tråd
thread-unfollow = Stop med at følge
thread-sign-in-to-reply = Log ind for at svare.
answer-accepted-title = Accepteret svar
answer-accepted-badge = Accepteret svar
answer-accept = Acceptér som svaret
answer-unaccept = Træk accepten tilbage
post-edited-link = redigeret (se versioner)
post-hidden = Skjult af moderatorerne: { $reason }
post-quote = Citér
post-edit = Redigér
post-flag = Anmeld til moderatorerne
flag-reason = Hvorfor skal moderatorerne se på dette indlæg?
flag-send = Send anmeldelsen
post-language = Tekstens sprog
reply-title = Dit svar
reply-body = Svar
reply-send = Offentliggør svaret
markdown-help = Du kan formatere teksten med Markdown: **fed**, *kursiv*, lister, der starter med -, links som [tekst](https://…).
markdown-preview = Forhåndsvisning

## Stil et spørgsmål

ask-title = Spørg dine kolleger
ask-lead = Beskriv din situation, og hvad du har prøvet. Medlemmer af de netværk, der kan se dit spørgsmål, kan besvare det.
ask-field-title = Dit spørgsmål i én sætning
ask-field-body = Detaljer
ask-field-audience = Hvem kan se det
ask-send = Offentliggør spørgsmålet

## Redigering og versioner

post-edit-title = Redigér dit indlæg
post-edit-body = Tekst
post-edit-save = Gem den nye version
post-history-title = Versioner af et indlæg
post-history-current = Nuværende version
post-history-earlier = Tidligere version
post-history-back = Tilbage til tråden

## Notifikationer og opsummeringen på e-mail

notifications-title = Notifikationer
notifications-none = Intet nyt. Følg en tråd eller et emne for at få besked, når der sker noget.
notifications-mark-read = Markér alle som læst
notification-reply = { $name } har svaret i
notification-topic = { $name } har stillet et spørgsmål i et emne, du følger:
notification-accepted = { $name } har accepteret dit svar som svaret i
digest-title = Opsummering på e-mail
digest-legend = Send mig en opsummering af ulæste notifikationer
digest-immediate = Så snart der sker noget
digest-daily = En gang om dagen
digest-weekly = En gang om ugen
digest-never = Aldrig (jeg læser dem her)
digest-save = Gem valget
topics-followed-title = Emner, jeg følger
topics-followed-lead = Du får besked om hvert nyt spørgsmål i de emner, du følger.
topic-follow = Følg
topic-unfollow = Stop med at følge

## Moderering

moderation-title = Moderering
moderation-queue-title = Anmeldte indlæg
moderation-queue-empty = Ingen indlæg venter på en afgørelse.
moderation-flags = Anmeldelser
moderation-decide = Moderér
moderation-reason = Begrundelse
moderation-hide = Skjul indlægget
moderation-restore = Vis indlægget igen
moderation-dismiss = Behold indlægget, som det er
moderation-log-title = Afgørelser
moderation-log-empty = Der er endnu ikke truffet nogen afgørelse.
moderation-log-when = Tidspunkt
moderation-log-who = Moderator
moderation-log-what = Afgørelse
moderation-log-thread = Tråd
moderation-action-hide = Skjult
moderation-action-restore = Vist igen
moderation-action-dismiss = Anmeldelser afvist

## Beskeder og afvisninger

thread-asked = Dit spørgsmål er offentliggjort. Du får besked om hvert svar.
reply-posted = Dit svar er offentliggjort.
post-edited = Dit indlæg er gemt; den tidligere version forbliver synlig i indlæggets historik.
answer-accepted = Svaret er markeret som det accepterede svar.
answer-unaccepted = Svaret er ikke længere markeret som svaret.
thread-followed = Du følger nu denne tråd.
thread-unfollowed = Du følger ikke længere denne tråd.
topics-saved = Dine emner er gemt.
post-flagged = Tak: Moderatorerne vil se på indlægget.
moderation-saved = Afgørelsen er gemt.
notifications-read = Alle notifikationer er markeret som læst.
digest-saved = Dit valg er gemt.
error-already-flagged = Du har allerede anmeldt dette; moderatorerne vil se på det.
error-not-an-answer = Kun et synligt svar kan være det accepterede svar.

## E-mail

mail-digest-subject = Nyt i Kollegial rådgivning
mail-digest-body = Hej

    { $count ->
        [one] Der er { $count } ny notifikation til dig i Kollegial rådgivning:
       *[other] Der er { $count } nye notifikationer til dig i Kollegial rådgivning:
    }

    { $items }
    Alle dine notifikationer, og hvor ofte du modtager denne opsummering: { $link }
