# Strategie und Aktionspläne

plans-none = Noch hat kein Netzwerk eine Strategie veröffentlicht.
plans-back = Alle Strategien
plan-activity-count = { $count ->
    [one] { $count } Aktivität
   *[other] { $count } Aktivitäten
}
strategy-create-title = Eine Strategie beginnen
strategy-network = Netzwerk
strategy-create = Strategie beginnen

## Phasen einer Strategie
strategy-status-draft = Entwurf
strategy-status-feedback = Feedbackphase
strategy-status-adopted = Verabschiedet
strategy-stage = Phase
strategy-adopt = Strategie verabschieden
strategy-reopen = Wieder zum Entwurf machen
round-open = Feedbackrunde eröffnen
round-close = Feedbackrunde abschließen
round-opens = Von
round-closes = Bis
round-open-notice = Feedbackrunde geöffnet vom { $from } bis zum { $to }.
round-comment-link = Den Entwurf kommentieren

## Die Felder der Strategie
strategy-edit = Strategie bearbeiten
strategy-fields = Vision und Mission
strategy-field-title = Titel
strategy-field-period = Zeitraum (Jahre)
strategy-field-vision = Vision
strategy-field-mission = Leitbild
strategy-field-status = Phase
strategy-aspirations = Zielsetzungen
strategy-save = Strategie speichern
aspiration-field-title = Zielsetzung
aspiration-field-description = Beschreibung
aspiration-save = Zielsetzung speichern
aspiration-add-title = Eine Zielsetzung hinzufügen
aspiration-add = Zielsetzung hinzufügen

## Der Aktionsplan
plan-progress = Fortschritt:
plan-percent = { $value } %
plan-number = { $value }
plan-tools = Werkzeuge zur Strategie
plan-print = Druckansicht
plan-export = Aktionsplan herunterladen (CSV)
plan-present = Gerade geöffnet von:
plan-timeline = Zeitplan des Aktionsplans
plan-timeline-caption = Jeder Balken reicht vom Beginn einer Aktivität bis zu ihrer Frist und ist entsprechend ihrem Fortschritt gefüllt; die rote Linie markiert den heutigen Tag.
plan-today = heute
plan-dates = Termine
plan-activities = Aktivitäten
plan-no-activities = Noch dient keine Aktivität dieser Zielsetzung.
plan-filter-aspiration = Zielsetzung
plan-filter-status = Status
plan-filter-all = Alle
plan-filter-apply = Anzeigen

## Aktivitäten
activity-status-planned = Geplant
activity-status-in-progress = Laufend
activity-status-done = Abgeschlossen
activity-status-blocked = Blockiert
activity-status-cancelled = Abgesagt
activity-field-title = Aktivität
activity-field-description = Beschreibung
activity-field-aspirations = Zielsetzungen, denen sie dient
activity-field-owner = Verantwortlich
activity-field-contributors = Beteiligte Organisationen
activity-field-start_on = Beginn
activity-field-due_on = Frist
activity-field-status = Status
activity-field-progress = Fortschritt (%)
activity-owner-none = Noch niemand verantwortlich
activity-owner-members = Mitglieder
activity-owner-organisations = Organisationen
activity-add-title = Eine Aktivität hinzufügen
activity-add = Aktivität hinzufügen
activity-edit-title = Aktivität bearbeiten
activity-save = Aktivität speichern
activity-follow = Dieser Aktivität folgen
activity-unfollow = Dieser Aktivität nicht mehr folgen
activity-being-edited = Wird gerade bearbeitet von: { $names }
field-changed-live = { $name } hat dieses Feld gerade geändert. Ihr Wert bleibt hier stehen; beim Speichern sehen Sie beide.
offline-kept = Keine Verbindung: Ihre Änderungen bleiben in diesem Browser gespeichert und werden gesendet, sobald die Verbindung wieder besteht.

## Indikatoren
indicators-title = Indikatoren
indicators-none = Noch kein Indikator.
indicator-field-name = Indikator
indicator-field-target = Zielwert
indicator-field-actual = Erreicht
indicator-reached = { $name }: { $actual } von { $target }
indicator-edit = Indikator { $name }
indicator-save = Speichern
indicator-add = Indikator hinzufügen

## Zwischenzeitliche Änderungen
conflict-title = Jemand hat das inzwischen geändert
conflict-lead = Ihre übrigen Änderungen sind gespeichert. Diese Felder hat jemand anderes geändert, nachdem Sie das Formular geöffnet hatten: Nichts wurde überschrieben. Entscheiden Sie bei jedem Feld.
conflict-changed-by = Geändert von { $name } am { $at } (UTC).
conflict-theirs = Der andere Wert (gespeichert)
conflict-mine = Ihr Wert (nicht gespeichert)
conflict-keep = Den anderen Wert behalten
conflict-replace = Durch meinen ersetzen
conflict-merge-label = Zusammengeführter Text
conflict-merge = Zusammengeführten Text speichern
error-changed-meanwhile = Dieses Feld wurde geändert, seit die Seite geöffnet wurde. Laden Sie die Seite neu und versuchen Sie es noch einmal.

## Verlauf und Fassungen
history-title = Verlauf
revision-created = Angelegt
revision-restore = Diesen Wert wiederherstellen
revision-restores = (stellt Änderung { $number } wieder her)
strategy-versions = Fassungen
versions-none = Noch keine Fassung gespeichert: Eine Fassung wird gespeichert, wenn eine Feedbackrunde abgeschlossen und wenn die Strategie verabschiedet wird.
version-now = Aktueller Stand
version-number = Fassung { $number }
version-reason-round = nach einer Feedbackrunde
version-reason-adopted = verabschiedet
diff-from = Von
diff-to = Bis
diff-compare = Vergleichen
diff-title = Änderungen: { $from } → { $to }
diff-unchanged = (unverändert)

## Feedbackrunden
comments-title = Kommentare
comment-title = Den Entwurf kommentieren
comment-about = Betrifft
comment-on-strategy = Die Strategie insgesamt
comment-body = Ihr Kommentar
comment-send = Kommentar senden
comment-taken-up = Übernommen
comment-declined = Abgelehnt
comment-resolution = Entscheidung
comment-reason = Begründung
comment-resolve = Entscheiden

## Hinweise
strategy-created = Die Strategie ist angelegt. Formulieren Sie jetzt ihre Vision, ihr Leitbild und ihre Zielsetzungen.
strategy-saved = Gespeichert.
aspiration-added = Die Zielsetzung wurde hinzugefügt.
activity-added = Die Aktivität wurde hinzugefügt. Legen Sie fest, wer verantwortlich ist, und ergänzen Sie Termine und Indikatoren.
activity-saved = Die Aktivität wurde gespeichert.
indicator-added = Der Indikator wurde hinzugefügt.
value-restored = Der frühere Wert ist wiederhergestellt, als neue Änderung.
stage-open = Die Feedbackrunde ist eröffnet: Die Mitglieder des Netzwerks können kommentieren.
stage-close = Die Feedbackrunde ist abgeschlossen, und diese Fassung wurde gespeichert.
stage-adopt = Die Strategie ist verabschiedet, und diese Fassung wurde gespeichert.
stage-reopen = Die Strategie ist wieder ein Entwurf.
comment-posted = Ihr Kommentar wurde an die Moderatorinnen und Moderatoren gesendet.
comment-resolved = Über den Kommentar wurde entschieden.
followed = Sie folgen diesem Eintrag jetzt: Sie werden benachrichtigt, wenn sich ein Status, eine Verantwortung oder ein Termin ändert.
unfollowed = Sie folgen diesem Eintrag nicht mehr.

## Benachrichtigungen zu gefolgten Aktivitäten
plan-notification-status = { $name } änderte den Status von
plan-notification-owner = { $name } änderte die Verantwortung für
plan-notification-start_on = { $name } änderte den Beginn von
plan-notification-due_on = { $name } änderte die Frist von

## Ablehnungen
error-date-invalid = Geben Sie das Datum als Kalenderdatum an (Jahr, Monat, Tag).
error-dates-reversed = Das Ende liegt vor dem Beginn.
error-number-invalid = Geben Sie eine ganze Zahl im zulässigen Bereich an.
error-aspiration-missing = Eine Aktivität muss mindestens einer Zielsetzung dienen.
error-wrong-stage = Die Strategie ist nicht in der dafür nötigen Phase (zum Beispiel ist keine Feedbackrunde geöffnet).
plan-notifications-title = Aktivitäten, denen Sie folgen
aspiration-follow = Dieser Zielsetzung folgen
aspiration-unfollow = Dieser Zielsetzung nicht mehr folgen
