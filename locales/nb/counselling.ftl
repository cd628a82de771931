## Kollegaveiledning: listen over tråder

counselling-sign-in-to-ask = Logg inn for å stille kollegene dine et spørsmål eller svare på et.
threads-search-label = Søk i spørsmål og svar
thread-topic = Fagområde
threads-language = Skrevet på
threads-network = Nettverk
threads-state = Svar
threads-unsolved = Ikke besvart ennå
threads-solved = Besvart
threads-show = Vis
threads-followed = Tråder jeg følger
threads-mine = Spørsmålene mine
threads-found = { $count ->
    [one] { $count } tråd
   *[other] { $count } tråder
}
threads-none = Ingen tråder passer. Prøv med færre filtre, eller still spørsmålet selv.
thread-unread = Ny
thread-solved = Besvart
thread-hidden-badge = Skjult
thread-asked-by = spurt av { $name }
thread-replies = { $count ->
    [one] { $count } svar
   *[other] { $count } svar
}
notifications-link = Varsler
notifications-unread = { $count ->
    [one] { $count } ulest
   *[other] { $count } uleste
}

## En tråd

thread-back = Alle tråder
thread-platform = Hele plattformen
thread-hidden = Moderatorene har skjult dette spørsmålet. Bare du og moderatorene kan se det.
thread-follow = Følg denne tråden
thread-unfollow = Slutt å følge
thread-sign-in-to-reply = Logg inn for å svare.
answer-accepted-title = Godkjent svar
answer-accepted-badge = Godkjent svar
answer-accept = Godkjenn som svar
answer-unaccept = Trekk tilbake godkjenningen
post-edited-link = redigert (se versjoner)
post-hidden = Skjult av moderatorene: { $reason }
post-quote = Siter
post-edit = Rediger
post-flag = Rapporter til moderatorene
flag-reason = Hvorfor bør moderatorene se på dette innlegget?
flag-send = Send rapporten
post-language = Språket i teksten
reply-title = Svaret ditt
reply-body = Svar
reply-send = Publiser svaret
markdown-help = Du kan formatere teksten med Markdown: **fet**, *kursiv*, lister som begynner med -, lenker som [lenketekst](https://…).
markdown-preview = Forhåndsvisning

## Å stille spørsmål

ask-title = Spør kollegene dine
ask-lead = Beskriv situasjonen din og hva du allerede har prøvd. Medlemmer av nettverkene som kan se spørsmålet ditt, kan svare på det.
ask-field-title = Spørsmålet ditt i én setning
ask-field-body = Detaljer
ask-field-audience = Hvem som kan se det
ask-send = Publiser spørsmålet

## Redigering og versjoner

post-edit-title = Rediger innlegget ditt
post-edit-body = Tekst
post-edit-save = Lagre den nye versjonen
post-history-title = Versjoner av et innlegg
post-history-current = Gjeldende versjon
post-history-earlier = Tidligere versjon
post-history-back = Tilbake til tråden

## Varsler og sammendraget

notifications-title = Varsler
notifications-none = Ingenting nytt. Følg en tråd eller et fagområde for å få beskjed når noe skjer der.
notifications-mark-read = Merk alle som lest
notification-reply = { $name } svarte i
notification-topic = { $name } stilte et spørsmål i et fagområde du følger:
notification-accepted = { $name } godkjente svaret ditt som svaret i
digest-title = Sammendrag på e-post
digest-legend = Send meg et sammendrag av uleste varsler
digest-immediate = Så snart noe skjer
digest-daily = Én gang om dagen
digest-weekly = Én gang i uken
digest-never = Aldri (jeg leser dem her)
digest-save = Lagre valget
topics-followed-title = Fagområder jeg følger
topics-followed-lead = Du får beskjed om hvert nytt spørsmål i fagområdene du følger.
topic-follow = Følg
topic-unfollow = Slutt å følge

## Moderering

moderation-title = Moderering
moderation-queue-title = Rapporterte innlegg
moderation-queue-empty = Ingen innlegg venter på en avgjørelse.
moderation-flags = Rapporter
moderation-decide = Moderer
moderation-reason = Begrunnelse
moderation-hide = Skjul innlegget
moderation-restore = Vis innlegget igjen
moderation-dismiss = Behold innlegget som det er
moderation-log-title = Avgjørelser
moderation-log-empty = Ingen avgjørelser er tatt ennå.
moderation-log-when = Tidspunkt
moderation-log-who = Moderator
moderation-log-what = Avgjørelse
moderation-log-thread = Tråd
moderation-action-hide = Skjult
moderation-action-restore = Vist igjen
moderation-action-dismiss = Rapporter avvist

## Meldinger og avslag

thread-asked = Spørsmålet ditt er publisert. Du får beskjed om hvert svar.
reply-posted = Svaret ditt er publisert.
post-edited = Innlegget ditt er lagret. Den tidligere versjonen er fortsatt synlig i historikken.
answer-accepted = Svaret er merket som godkjent svar.
answer-unaccepted = Svaret er ikke lenger merket som godkjent svar.
thread-followed = Du følger nå denne tråden.
thread-unfollowed = Du følger ikke lenger denne tråden.
topics-saved = Fagområdene dine er lagret.
post-flagged = Takk! Moderatorene vil se på dette innlegget.
moderation-saved = Avgjørelsen er lagret.
notifications-read = Alle varsler er merket som lest.
digest-saved = Valget ditt er lagret.
error-already-flagged = Du har allerede rapportert dette. Moderatorene vil se på det.
error-not-an-answer = Bare et synlig svar kan være det godkjente svaret.

## E-post

mail-digest-subject = Nytt i kollegaveiledningen
mail-digest-body = Hei!

    { $count ->
        [one] Du har { $count } nytt varsel i kollegaveiledningen:
       *[other] Du har { $count } nye varsler i kollegaveiledningen:
    }

    { $items }
    Alle varslene dine, og hvor ofte du får dette sammendraget: { $link }
