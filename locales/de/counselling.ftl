## Kollegiale Beratung: die Liste der Diskussionen

counselling-sign-in-to-ask = Melden Sie sich an, um Kolleginnen und Kollegen eine Frage zu stellen oder eine Frage zu beantworten.
threads-search-label = Fragen und Antworten durchsuchen
thread-topic = Thema
threads-language = Sprache
threads-network = Netzwerk
threads-state = Antwort
threads-unsolved = Noch nicht beantwortet
threads-solved = Beantwortet
threads-show = Anzeigen
threads-followed = Diskussionen, denen ich folge
threads-mine = Meine Fragen
threads-found = { $count ->
    [one] { $count } Diskussion
   *[other] { $count } Diskussionen
}
threads-none = Keine Diskussion passt dazu. Verwenden Sie weniger Filter, oder stellen Sie die Frage selbst.
thread-unread = Neu
thread-solved = Beantwortet
thread-hidden-badge = Ausgeblendet
thread-asked-by = gestellt von { $name }
thread-replies = { $count ->
    [one] { $count } Antwort
   *[other] { $count } Antworten
}
notifications-link = Benachrichtigungen
notifications-unread = { $count ->
    [one] { $count } ungelesen
   *[other] { $count } ungelesen
}

## Eine Diskussion

thread-back = Alle Diskussionen
thread-platform = Gesamte Plattform
thread-hidden = Die Moderatorinnen und Moderatoren haben diese Frage ausgeblendet. Nur Sie und die Moderatorinnen und Moderatoren können sie sehen.
thread-follow = Dieser Diskussion folgen
thread-unfollow = Nicht mehr folgen
thread-sign-in-to-reply = Melden Sie sich an, um zu antworten.
answer-accepted-title = Akzeptierte Antwort
answer-accepted-badge = Akzeptierte Antwort
answer-accept = Als Antwort akzeptieren
answer-unaccept = Akzeptieren zurücknehmen
post-edited-link = bearbeitet (Versionen ansehen)
post-hidden = Von den Moderatorinnen und Moderatoren ausgeblendet: { $reason }
post-quote = Zitieren
post-edit = Bearbeiten
post-flag = Den Moderatorinnen und Moderatoren melden
flag-reason = Warum sollten sich die Moderatorinnen und Moderatoren diesen Beitrag ansehen?
flag-send = Meldung senden
post-language = Sprache des Textes
reply-title = Ihre Antwort
reply-body = Antwort
reply-send = Antwort veröffentlichen
markdown-help = Sie können den Text mit Markdown formatieren: **fett**, *kursiv*, Listen, die mit - beginnen, Links als [Text](https://…).
markdown-preview = Vorschau

## Eine Frage stellen

ask-title = Fragen Sie Kolleginnen und Kollegen
ask-lead = Beschreiben Sie Ihre Situation und was Sie bereits versucht haben. Mitglieder der Netzwerke, die Ihre Frage sehen können, können sie beantworten.
ask-field-title = Ihre Frage in einem Satz
ask-field-body = Details
ask-field-audience = Sichtbar für
ask-send = Frage veröffentlichen

## Bearbeiten und Versionen

post-edit-title = Ihren Beitrag bearbeiten
post-edit-body = Text
post-edit-save = Neue Version speichern
post-history-title = Versionen eines Beitrags
post-history-current = Aktuelle Version
post-history-earlier = Frühere Version
post-history-back = Zurück zur Diskussion

## Benachrichtigungen und die Zusammenfassung per E-Mail

notifications-title = Benachrichtigungen
notifications-none = Nichts Neues. Folgen Sie einer Diskussion oder einem Thema, um benachrichtigt zu werden, wenn sich dort etwas tut.
notifications-mark-read = Alle als gelesen markieren
notification-reply = { $name } hat eine Antwort geschrieben in:
notification-topic = { $name } hat eine Frage in einem Thema gestellt, dem Sie folgen:
notification-accepted = { $name } hat Ihre Antwort als Lösung akzeptiert in:
digest-title = Zusammenfassung per E-Mail
digest-legend = Senden Sie mir eine Zusammenfassung der ungelesenen Benachrichtigungen
digest-immediate = Sobald etwas passiert
digest-daily = Einmal am Tag
digest-weekly = Einmal pro Woche
digest-never = Nie (ich lese sie hier)
digest-save = Auswahl speichern
topics-followed-title = Themen, denen ich folge
topics-followed-lead = Sie werden über jede neue Frage in den Themen benachrichtigt, denen Sie folgen.
topic-follow = Folgen
topic-unfollow = Nicht mehr folgen

## Moderation

moderation-title = Moderation
moderation-queue-title = Gemeldete Beiträge
moderation-queue-empty = Kein Beitrag wartet auf eine Entscheidung.
moderation-flags = Meldungen
moderation-decide = Moderieren
moderation-reason = Begründung
moderation-hide = Beitrag ausblenden
moderation-restore = Beitrag wieder anzeigen
moderation-dismiss = Beitrag unverändert lassen
moderation-log-title = Entscheidungen
moderation-log-empty = Es wurde noch keine Entscheidung getroffen.
moderation-log-when = Zeitpunkt
moderation-log-who = Moderiert von
moderation-log-what = Entscheidung
moderation-log-thread = Diskussion
moderation-action-hide = Ausgeblendet
moderation-action-restore = Wieder angezeigt
moderation-action-dismiss = Meldungen zurückgewiesen

## Hinweise und Ablehnungen

thread-asked = Ihre Frage ist veröffentlicht. Sie werden über jede Antwort benachrichtigt.
reply-posted = Ihre Antwort ist veröffentlicht.
post-edited = Ihr Beitrag wurde gespeichert; die frühere Version bleibt in seinem Versionsverlauf sichtbar.
answer-accepted = Die Antwort ist als akzeptierte Antwort markiert.
answer-unaccepted = Die Antwort ist nicht mehr als akzeptierte Antwort markiert.
thread-followed = Sie folgen jetzt dieser Diskussion.
thread-unfollowed = Sie folgen dieser Diskussion nicht mehr.
topics-saved = Ihre Themen wurden gespeichert.
post-flagged = Vielen Dank: Die Moderatorinnen und Moderatoren sehen sich diesen Beitrag an.
moderation-saved = Die Entscheidung wurde gespeichert.
notifications-read = Alle Benachrichtigungen sind als gelesen markiert.
digest-saved = Ihre Auswahl wurde gespeichert.
error-already-flagged = Sie haben das bereits gemeldet; die Moderatorinnen und Moderatoren sehen es sich an.
error-not-an-answer = Nur eine sichtbare Antwort kann die akzeptierte Antwort sein.

## E-Mail

mail-digest-subject = Neu in der Kollegialen Beratung
mail-digest-body = Guten Tag,

    { $count ->
        [one] in der Kollegialen Beratung gibt es { $count } neue Benachrichtigung für Sie:
       *[other] in der Kollegialen Beratung gibt es { $count } neue Benachrichtigungen für Sie:
    }

    { $items }
    Alle Ihre Benachrichtigungen und wie oft Sie diese Zusammenfassung erhalten: { $link }
