## Veranstaltungen: warum eine Uhrzeit, eine Anzahl an Plätzen oder eine Anmeldung abgelehnt wird.

error-time-zone-unknown = Wählen Sie eine Zeitzone aus der Liste aus.
error-wall-time-skipped = Diese Uhrzeit gibt es an diesem Tag in dieser Zeitzone nicht: Die Uhren werden eine Stunde vorgestellt. Wählen Sie eine andere Uhrzeit.
error-wall-time-repeated = Diese Uhrzeit kommt an diesem Tag in dieser Zeitzone zweimal vor: Die Uhren werden eine Stunde zurückgestellt. Wählen Sie eine andere Uhrzeit.
error-capacity-invalid = Die Anzahl der Plätze muss eine ganze Zahl ab 1 sein. Lassen Sie das Feld leer, wenn es keine Begrenzung gibt.
error-already-registered = Sie sind für diese Veranstaltung bereits angemeldet.
error-event-past = Diese Veranstaltung hat bereits stattgefunden.
error-event-cancelled = Diese Veranstaltung wurde abgesagt.
error-invitation-only = Die Plätze bei dieser Veranstaltung werden nur auf Einladung vergeben. Wenden Sie sich an die Organisatoren, wenn Sie teilnehmen möchten.
error-group-archived = Das Mandat dieser Arbeitsgruppe ist abgelaufen: Sie ist archiviert und kann nicht mehr geändert werden.
error-last-leader = Eine Arbeitsgruppe braucht mindestens eine Leitung. Ernennen Sie eine weitere Leitung, bevor Sie zurücktreten.
error-place-missing = Geben Sie einen Link zur Videokonferenz, einen Veranstaltungsort oder beides an.
error-series-too-long = Eine Reihe kann höchstens 150 Termine umfassen. Wählen Sie ein früheres Enddatum.
error-event-unknown = Unter dieser Adresse gibt es keine Veranstaltung, oder sie ist für Sie nicht zugänglich.
error-group-unknown = Unter dieser Adresse gibt es keine Arbeitsgruppe, oder sie ist für Sie nicht zugänglich.
error-calendar-address-revoked = Diese Kalenderadresse wurde widerrufen. Kopieren Sie Ihre neue Adresse von Ihrer Kalenderseite.
error-not-registered = Sie sind für diese Veranstaltung nicht angemeldet.

## Die Arten von Veranstaltungen.

event-kind-peer-learning = Peer-Learning-Treffen
event-kind-webinar = Online-Seminar
event-kind-e-conference = Online-Konferenz
event-kind-workshop = Arbeitstreffen
event-kind-study-visit = Studienbesuch
event-kind-annual-meeting = Jahrestagung

## Wie man einen Platz bei einer Veranstaltung oder Zugang zu einer Arbeitsgruppe erhält.

admission-open = Offen für alle
admission-request = Auf Anfrage, mit Zustimmung der Organisatoren
admission-invitation = Nur auf Einladung

## Wo ein Mitglied bei einer Veranstaltung steht.

attendance-registered = Angemeldet
attendance-waiting = Auf der Warteliste
attendance-requested = Anfrage gesendet
attendance-invited = Eingeladen
attendance-cancelled = Anmeldung storniert
attendance-declined = Anfrage abgelehnt

## Wie sich eine Veranstaltungsreihe wiederholt.

recurrence-weekly = Jede Woche
recurrence-monthly = Jeden Monat, am selben Wochentag

## Wer eine Arbeitsgruppe sieht.

group-visibility-public = Öffentlich
group-visibility-members = Angemeldete Mitglieder
group-visibility-hidden = Nur die Mitglieder der Gruppe
