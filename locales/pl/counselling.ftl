## Wzajemne doradztwo: lista wątków

counselling-sign-in-to-ask = Prosimy się zalogować, aby zadać pytanie koleżankom i kolegom po fachu lub odpowiedzieć na ich pytania.
threads-search-label = Szukaj w pytaniach i odpowiedziach
thread-topic = Temat
threads-language = Język wątku
threads-network = Sieć
threads-state = Odpowiedź
threads-unsolved = Jeszcze bez odpowiedzi
threads-solved = Z odpowiedzią
threads-show = Pokaż
threads-followed = Obserwowane wątki
threads-mine = Moje pytania
threads-found = { $count ->
    [one] { $count } wątek
    [few] { $count } wątki
    [many] { $count } wątków
   *[other] { $count } wątku
}
threads-none = Żaden wątek nie spełnia tych kryteriów. Prosimy usunąć część filtrów albo samodzielnie zadać pytanie.
thread-unread = Nowy
thread-solved = Z odpowiedzią
thread-hidden-badge = Ukryty
thread-asked-by = pyta { $name }
thread-replies = { $count ->
    [one] { $count } odpowiedź
    [few] { $count } odpowiedzi
    [many] { $count } odpowiedzi
   *[other] { $count } odpowiedzi
}
notifications-link = Powiadomienia
notifications-unread = { $count ->
    [one] { $count } nieprzeczytane
    [few] { $count } nieprzeczytane
    [many] { $count } nieprzeczytanych
   *[other] { $count } nieprzeczytanego
}

## Wątek

thread-back = Wszystkie wątki
thread-platform = Cała platforma
thread-hidden = Moderatorzy ukryli to pytanie. Widzą je tylko Państwo i moderatorzy.
thread-follow = Obserwuj ten wątek
thread-unfollow = Przestań obserwować
thread-sign-in-to-reply = Aby odpowiedzieć, prosimy się zalogować.
answer-accepted-title = Zaakceptowana odpowiedź
answer-accepted-badge = Zaakceptowana odpowiedź
answer-accept = Zaakceptuj jako odpowiedź
answer-unaccept = Wycofaj akceptację
post-edited-link = edytowano (zobacz wersje)
post-hidden = Ukryty przez moderatorów: { $reason }
post-quote = Cytuj
post-edit = Edytuj
post-flag = Zgłoś moderatorom
flag-reason = Dlaczego moderatorzy powinni przyjrzeć się temu wpisowi?
flag-send = Wyślij zgłoszenie
post-language = Język tekstu
reply-title = Państwa odpowiedź
reply-body = Treść odpowiedzi
reply-send = Opublikuj odpowiedź
markdown-help = Tekst można formatować za pomocą języka Markdown: **pogrubienie**, *kursywa*, listy z wierszami zaczynającymi się od -, linki w postaci [tekst](https://…).
markdown-preview = Podgląd

## Zadawanie pytań

ask-title = Zapytaj koleżanki i kolegów po fachu
ask-lead = Prosimy opisać swoją sytuację i to, czego Państwo już próbowali. Odpowiedzieć będą mogli członkowie sieci, które widzą Państwa pytanie.
ask-field-title = Pytanie w jednym zdaniu
ask-field-body = Szczegóły
ask-field-audience = Kto może zobaczyć pytanie
ask-send = Opublikuj pytanie

## Edycja i wersje

post-edit-title = Edycja wpisu
post-edit-body = Tekst
post-edit-save = Zapisz nową wersję
post-history-title = Wersje wpisu
post-history-current = Aktualna wersja
post-history-earlier = Wcześniejsza wersja
post-history-back = Powrót do wątku

## Powiadomienia i podsumowanie e-mailowe

notifications-title = Powiadomienia
notifications-none = Nie ma nic nowego. Gdy zaczną Państwo obserwować wątek lub temat, otrzymają Państwo powiadomienie o wszystkim, co się w nim wydarzy.
notifications-mark-read = Oznacz wszystkie jako przeczytane
notification-reply = { $name } odpowiada w wątku
notification-topic = { $name } zadaje pytanie w obserwowanym przez Państwa temacie:
notification-accepted = { $name } akceptuje Państwa odpowiedź w wątku
digest-title = Podsumowanie e-mailem
digest-legend = Wysyłaj mi podsumowanie nieprzeczytanych powiadomień
digest-immediate = Od razu, gdy coś się wydarzy
digest-daily = Raz dziennie
digest-weekly = Raz w tygodniu
digest-never = Nigdy (czytam je tutaj)
digest-save = Zapisz wybór
topics-followed-title = Obserwowane tematy
topics-followed-lead = Otrzymają Państwo powiadomienie o każdym nowym pytaniu w obserwowanych tematach.
topic-follow = Obserwuj
topic-unfollow = Przestań obserwować

## Moderacja

moderation-title = Moderacja
moderation-queue-title = Zgłoszone wpisy
moderation-queue-empty = Żaden wpis nie czeka na decyzję.
moderation-flags = Zgłoszenia
moderation-decide = Moderuj
moderation-reason = Uzasadnienie
moderation-hide = Ukryj wpis
moderation-restore = Przywróć widoczność wpisu
moderation-dismiss = Pozostaw wpis bez zmian
moderation-log-title = Decyzje
moderation-log-empty = Nie podjęto jeszcze żadnej decyzji.
moderation-log-when = Kiedy
moderation-log-who = Moderator
moderation-log-what = Decyzja
moderation-log-thread = Wątek
moderation-action-hide = Ukrycie wpisu
moderation-action-restore = Przywrócenie widoczności
moderation-action-dismiss = Odrzucenie zgłoszeń

## Komunikaty i odmowy

thread-asked = Pytanie zostało opublikowane. Otrzymają Państwo powiadomienie o każdej odpowiedzi.
reply-posted = Odpowiedź została opublikowana.
post-edited = Wpis został zapisany; wcześniejsza wersja pozostaje widoczna w jego historii.
answer-accepted = Odpowiedź została oznaczona jako zaakceptowana.
answer-unaccepted = Odpowiedź nie jest już oznaczona jako zaakceptowana.
thread-followed = Obserwują Państwo teraz ten wątek.
thread-unfollowed = Nie obserwują już Państwo tego wątku.
topics-saved = Tematy zostały zapisane.
post-flagged = Dziękujemy: moderatorzy przyjrzą się temu wpisowi.
moderation-saved = Decyzja została zapisana.
notifications-read = Wszystkie powiadomienia zostały oznaczone jako przeczytane.
digest-saved = Wybór został zapisany.
error-already-flagged = Zgłosili to już Państwo; moderatorzy się temu przyjrzą.
error-not-an-answer = Zaakceptowaną odpowiedzią może zostać tylko widoczna odpowiedź.

## E-mail

mail-digest-subject = Nowości we wzajemnym doradztwie
mail-digest-body = Dzień dobry,

    { $count ->
        [one] we wzajemnym doradztwie czeka na Państwa { $count } nowe powiadomienie:
        [few] we wzajemnym doradztwie czekają na Państwa { $count } nowe powiadomienia:
        [many] we wzajemnym doradztwie czeka na Państwa { $count } nowych powiadomień:
       *[other] we wzajemnym doradztwie czeka na Państwa { $count } nowego powiadomienia:
    }

    { $items }
    Wszystkie powiadomienia i częstotliwość wysyłania tego podsumowania znajdą Państwo tutaj: { $link }
