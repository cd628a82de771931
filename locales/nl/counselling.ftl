## Collegiale consultatie: de lijst met discussies

counselling-sign-in-to-ask = Log in om uw collega’s een vraag te stellen of een vraag te beantwoorden.
threads-search-label = Vragen en antwoorden doorzoeken
thread-topic = Thema
threads-language = Taal
threads-network = Netwerk
threads-state = Antwoord
threads-unsolved = Nog niet beantwoord
threads-solved = Beantwoord
threads-show = Tonen
threads-followed = Discussies die ik volg
threads-mine = Mijn vragen
threads-found = { $count ->
    [one] { $count } discussie
   *[other] { $count } discussies
}
threads-none = Geen enkele discussie gevonden. Gebruik minder filters, of stel de vraag zelf.
thread-unread = Nieuw
thread-solved = Beantwoord
thread-hidden-badge = Verborgen
thread-asked-by = gesteld door { $name }
thread-replies = { $count ->
    [one] { $count } reactie
   *[other] { $count } reacties
}
notifications-link = Meldingen
notifications-unread = { $count ->
    [one] { $count } ongelezen
   *[other] { $count } ongelezen
}

## Een discussie

thread-back = Alle discussies
thread-platform = Het hele platform
thread-hidden = De moderatoren hebben deze vraag verborgen. Alleen u en de moderatoren kunnen de vraag zien.
thread-follow = Deze discussie volgen
thread-unfollow = Niet meer volgen
thread-sign-in-to-reply = Log in om te reageren.
answer-accepted-title = Geaccepteerd antwoord
answer-accepted-badge = Geaccepteerd antwoord
answer-accept = Accepteren als antwoord
answer-unaccept = Acceptatie intrekken
post-edited-link = bewerkt (versies bekijken)
post-hidden = Verborgen door de moderatoren: { $reason }
post-quote = Citeren
post-edit = Bewerken
post-flag = Melden bij de moderatoren
flag-reason = Waarom moeten de moderatoren dit bericht bekijken?
flag-send = Melding versturen
post-language = Taal van de tekst
reply-title = Uw reactie
reply-body = Reactie
reply-send = Reactie plaatsen
markdown-help = U kunt de tekst opmaken met Markdown: **vet**, *cursief*, lijsten die beginnen met -, links als [tekst](https://…).
markdown-preview = Voorbeeld

## Een vraag stellen

ask-title = Vraag het uw collega’s
ask-lead = Beschrijf uw situatie en wat u al hebt geprobeerd. Leden van de netwerken die uw vraag kunnen zien, kunnen erop antwoorden.
ask-field-title = Uw vraag in één zin
ask-field-body = Toelichting
ask-field-audience = Wie kan de vraag zien
ask-send = Vraag publiceren

## Bewerken en versies

post-edit-title = Uw bericht bewerken
post-edit-body = Tekst
post-edit-save = Nieuwe versie opslaan
post-history-title = Versies van een bericht
post-history-current = Huidige versie
post-history-earlier = Eerdere versie
post-history-back = Terug naar de discussie

## Meldingen en de samenvatting per e-mail

notifications-title = Meldingen
notifications-none = Niets nieuws. Volg een discussie of een thema om een melding te krijgen wanneer er iets gebeurt.
notifications-mark-read = Alles als gelezen markeren
notification-reply = { $name } heeft gereageerd in
notification-topic = { $name } heeft een vraag gesteld in een thema dat u volgt:
notification-accepted = { $name } heeft uw reactie als antwoord geaccepteerd in
digest-title = Samenvatting per e-mail
digest-legend = Stuur mij een samenvatting van ongelezen meldingen
digest-immediate = Zodra er iets gebeurt
digest-daily = Eén keer per dag
digest-weekly = Eén keer per week
digest-never = Nooit (ik lees ze hier)
digest-save = Keuze opslaan
topics-followed-title = Thema’s die ik volg
topics-followed-lead = U krijgt een melding van elke nieuwe vraag in de thema’s die u volgt.
topic-follow = Volgen
topic-unfollow = Niet meer volgen

## Moderatie

moderation-title = Moderatie
moderation-queue-title = Gemelde berichten
moderation-queue-empty = Er wachten geen berichten op een beslissing.
moderation-flags = Meldingen
moderation-decide = Modereren
moderation-reason = Reden
moderation-hide = Bericht verbergen
moderation-restore = Bericht weer tonen
moderation-dismiss = Bericht ongewijzigd laten
moderation-log-title = Beslissingen
moderation-log-empty = Er is nog geen beslissing genomen.
moderation-log-when = Tijdstip
moderation-log-who = Moderator
moderation-log-what = Beslissing
moderation-log-thread = Discussie
moderation-action-hide = Verborgen
moderation-action-restore = Weer getoond
moderation-action-dismiss = Meldingen afgewezen

## Meldingen en weigeringen

thread-asked = Uw vraag is gepubliceerd. U krijgt een melding van elke reactie.
reply-posted = Uw reactie is geplaatst.
post-edited = Uw bericht is opgeslagen; de eerdere versie blijft zichtbaar in de versiegeschiedenis.
answer-accepted = De reactie is gemarkeerd als geaccepteerd antwoord.
answer-unaccepted = De reactie is niet langer gemarkeerd als antwoord.
thread-followed = U volgt deze discussie nu.
thread-unfollowed = U volgt deze discussie niet meer.
topics-saved = Uw thema’s zijn opgeslagen.
post-flagged = Bedankt: de moderatoren gaan dit bericht bekijken.
moderation-saved = De beslissing is opgeslagen.
notifications-read = Alle meldingen zijn als gelezen gemarkeerd.
digest-saved = Uw keuze is opgeslagen.
error-already-flagged = U hebt dit al gemeld; de moderatoren gaan het bekijken.
error-not-an-answer = Alleen een zichtbare reactie kan het geaccepteerde antwoord zijn.

## E-mail

mail-digest-subject = Nieuw in Collegiale consultatie
mail-digest-body = Goedendag,

    { $count ->
        [one] Er is { $count } nieuwe melding voor u in Collegiale consultatie:
       *[other] Er zijn { $count } nieuwe meldingen voor u in Collegiale consultatie:
    }

    { $items }
    Al uw meldingen, en hoe vaak u deze samenvatting ontvangt: { $link }
