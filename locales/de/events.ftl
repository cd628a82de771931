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

## Die Liste der Veranstaltungen.

events-title = Veranstaltungen
events-lead = Peer-Learning-Treffen, Online-Seminare, Konferenzen, Arbeitstreffen, Studienbesuche und Jahrestagungen der Netzwerke und ihrer Arbeitsgruppen.
events-upcoming = Demnächst
events-past = Vergangene Veranstaltungen
events-found = { $count ->
    [one] Eine Veranstaltung
   *[other] { $count } Veranstaltungen
}
events-none = Keine Veranstaltung entspricht dieser Auswahl.
events-organise = Veranstaltung organisieren
events-your-calendar = Ihr Kalender
events-filter-kind = Art der Veranstaltung
events-filter-network = Netzwerk
events-show = Anzeigen
event-your-time = Ihre Uhrzeit: { $time }
event-online = Online-Veranstaltung
event-places-left = { $count ->
    [one] Noch ein Platz frei
   *[other] Noch { $count } Plätze frei
}
event-full = Ausgebucht: Warteliste offen
event-recorded = Aufzeichnung verfügbar
event-cancelled-badge = Abgesagt
event-in-series = Teil einer Reihe

## Die Seite einer Veranstaltung.

event-when = Wann
event-where = Wo
event-languages = Gesprochene Sprachen
event-organised-by = Organisiert von
event-admission = Teilnahme
event-places = Plätze
event-places-taken = { $registered } von { $capacity } Plätzen belegt
event-places-unlimited = { $registered } angemeldet, keine Platzbegrenzung
event-waiting-count = { $count ->
    [one] Eine Person auf der Warteliste
   *[other] { $count } Personen auf der Warteliste
}
event-your-standing = Ihre Anmeldung
event-register = Anmelden
event-request = Platz anfragen
event-join-waiting-list = Auf die Warteliste setzen
event-access-needs = Barrierefreiheit und besondere Bedürfnisse (optional)
event-access-needs-hint = Nur die Organisatoren sehen diese Angaben: stufenloser Zugang, Gebärdensprachdolmetschen, Ernährungsbedürfnisse – alles, was Ihnen die Teilnahme erleichtert.
event-withdraw = Meine Anmeldung stornieren
event-sign-in-to-register = Melden Sie sich an, um teilzunehmen
event-meeting-link = Link zur Videokonferenz
event-meeting-link-hint = Der Link zur Videokonferenz wird den Teilnehmenden hier angezeigt, sobald sie einen Platz haben.
event-add-to-calendar = Zu Ihrem Kalender hinzufügen
event-calendar-file = Diese Veranstaltung (.ics-Datei)
event-series-file = Die ganze Reihe (.ics-Datei)
event-agenda = Programm
event-materials = Materialien
event-recording = Aufzeichnung
event-watch-recording = Aufzeichnung ansehen
event-questions = Fragen und Antworten
event-conclusions = Ergebnisse
event-taken-place = Diese Veranstaltung hat stattgefunden.

## Was die Organisatoren auf der Seite einer Veranstaltung tun.

event-organisers = Für die Organisatoren
event-participants = Teilnehmende
event-participants-csv = Teilnehmendenliste herunterladen (CSV)
event-no-participants = Es hat sich noch niemand angemeldet.
event-cancel = Diese Veranstaltung absagen
event-cancel-confirm = Ja, absagen: Die Kalender der Teilnehmenden werden benachrichtigt.
event-add-session = Programmpunkt hinzufügen
event-session-starts = Beginn
event-session-ends = Ende
event-session-title = Titel
event-session-speakers = Referierende
event-add-material = Material hinzufügen
event-material-title = Titel
event-material-link = Ein Link oder die Nummer bzw. Adresse einer Ressource aus der Bibliothek
event-recording-link = Link zur Aufzeichnung
event-save = Speichern

## Das Formular für eine neue Veranstaltung.

event-new-title = Veranstaltung organisieren
event-new-lead = Kündigen Sie den Mitgliedern eine Veranstaltung an. Die Uhrzeiten werden in der von Ihnen gewählten Zeitzone eingegeben; alle sehen sie in dieser Zeitzone und in ihrer eigenen.
event-field-organiser = Organisiert von
event-organiser-platform = Die gesamte Plattform
event-field-kind = Art der Veranstaltung
event-field-title = Titel
event-field-lang = Sprache dieser Ankündigung
event-field-languages = Bei der Veranstaltung gesprochene Sprachen
event-field-description = Beschreibung
event-field-time-zone = Zeitzone
event-field-starts = Beginn
event-field-ends = Ende
event-field-online-url = Link zur Videokonferenz (für eine Online-Veranstaltung)
event-field-venue = Veranstaltungsort (für eine Präsenzveranstaltung)
event-field-address = Adresse
event-field-country = Land
event-field-visibility = Wer sie sehen kann
event-field-admission = Teilnahme
event-field-capacity = Anzahl der Plätze
event-field-capacity-hint = Leer lassen, wenn es keine Begrenzung gibt. Sind alle Plätze belegt, wird eine Warteliste eröffnet.
event-field-repeat = Wiederholung
event-repeat-none = Keine Wiederholung
event-field-until = Letzter Termin der Reihe
event-create = Veranstaltung ankündigen

## Hinweise nach dem Absenden eines Formulars.

event-registered = Sie sind angemeldet. Der Link zur Videokonferenz und die Kalenderdatei finden Sie auf dieser Seite.
event-waiting = Alle Plätze sind belegt: Sie stehen auf der Warteliste und erhalten einen Platz, sobald einer frei wird.
event-requested = Ihre Anfrage wurde an die Organisatoren gesendet.
event-withdrawn = Ihre Anmeldung wurde storniert.
event-created = Die Veranstaltung wurde angekündigt.
event-cancelled = Die Veranstaltung wurde abgesagt.
event-decided = Ihre Entscheidung wurde gespeichert.
event-session-added = Der Programmpunkt wurde ins Programm aufgenommen.
event-material-added = Das Material wurde hinzugefügt.
event-recording-saved = Der Link zur Aufzeichnung wurde gespeichert.

## Die Kalenderadresse eines Mitglieds.

calendar-title = Ihr Kalender
calendar-lead = Abonnieren Sie Ihre persönliche Kalenderadresse in Ihrem Kalenderprogramm (Outlook, Apple Calendar, Thunderbird, Google Calendar): Die Veranstaltungen, für die Sie angemeldet sind, erscheinen dort und bleiben stets aktuell.
calendar-address-label = Ihre Kalenderadresse
calendar-address-once = Kopieren Sie sie jetzt: Sie wird nur dieses eine Mal angezeigt. Wer diese Adresse kennt, kann Ihre Veranstaltungen sehen – behalten Sie sie also für sich.
calendar-has-address = Sie haben eine Kalenderadresse. Wenn Sie sie verloren haben oder jemand anderes sie kennen könnte, erstellen Sie eine neue: Die alte funktioniert dann nicht mehr.
calendar-no-address = Sie haben noch keine Kalenderadresse.
calendar-make = Meine Kalenderadresse erstellen
calendar-make-new = Neue Adresse erstellen
calendar-revoke = Meine Adresse widerrufen
calendar-public-feeds = Öffentliche Kalender
calendar-public-feeds-lead = Die für alle offenen Veranstaltungen jedes Netzwerks und jeder öffentlichen Arbeitsgruppe – zum Abonnieren ohne Anmeldung.
calendar-address-made = Ihre neue Kalenderadresse ist bereit.
calendar-address-revoked = Ihre Kalenderadresse wurde widerrufen: Kalenderprogramme erhalten darüber nichts mehr.
event-participant = Teilnehmende Person
error-cancel-unconfirmed = Kreuzen Sie das Feld an, um die Absage der Veranstaltung zu bestätigen.
event-country-none = Nicht angegeben

## E-Mails zu einem Platz bei einer Veranstaltung.

mail-event-place-subject = Ihr Platz: { $title }
mail-event-place-body = Guten Tag { $name },

    Sie haben einen Platz bei „{ $title }“, { $time }.

    Die Veranstaltung ist dieser E-Mail beigefügt: Ihr Kalenderprogramm trägt sie ein und aktualisiert sie, wenn sie sich ändert. Die Seite der Veranstaltung, bei einer Online-Veranstaltung mit dem Link zur Videokonferenz:
    { $link }
mail-event-cancelled-subject = Aus Ihrem Kalender entfernt: { $title }
mail-event-cancelled-body = Guten Tag { $name },

    „{ $title }“, { $time }, wird aus Ihrem Kalender entfernt: Die Veranstaltung wurde abgesagt oder Ihre Anmeldung storniert.

    Mit der beigefügten Nachricht kann Ihr Kalenderprogramm den Termin löschen. Die Seite der Veranstaltung:
    { $link }
mail-event-reminder-subject = In Kürze: { $title }
mail-event-reminder-body = Guten Tag { $name },

    zur Erinnerung: „{ $title }“, { $time }, beginnt in Kürze.

    Die Seite der Veranstaltung, bei einer Online-Veranstaltung mit dem Link zur Videokonferenz:
    { $link }

event-add-question = Den Diskussionsgruppen eine Frage stellen
event-question-text = Frage
event-record-answer = Antwort einer Gruppe festhalten
event-answer-group = Diskussionsgruppe
event-answer-text = Antwort der Gruppe
event-question-added = Die Frage ist hinzugefügt.
event-answer-recorded = Die Antwort der Gruppe ist festgehalten.

event-edit = Veranstaltung ändern
event-edit-save = Änderungen speichern
event-saved = Die Veranstaltung ist gespeichert. Wer einen Platz hat, erhält die Änderung in seinen Kalender.

## Organisatoren laden Mitglieder ein.

error-member-unknown = Es gibt kein Mitglied mit dieser E-Mail-Adresse.
event-invite = Mitglied einladen
event-invite-email = E-Mail-Adresse des Mitglieds
event-invited = Die Einladung wurde gesendet.
mail-event-invited-subject = Sie sind eingeladen: { $title }
mail-event-invited-body = Guten Tag { $name },

    die Organisatoren laden Sie zu „{ $title }“, { $time }, ein.

    Sichern Sie sich Ihren Platz auf der Seite der Veranstaltung:
    { $link }
