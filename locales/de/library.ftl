# Die Bibliothek: Ressourcen, die die Netzwerke teilen, in mehreren Sprachen.

nav-library = Bibliothek
library-title = Bibliothek
library-lead = Leitfäden, Handbücher, Vorlagen, Videos und Werkzeuge von den Mitgliedern der Netzwerke, jeweils in den Sprachen, in die sie übersetzt wurden.
library-add = Eine Ressource hinzufügen
library-add-lead = Teilen Sie ein Dokument, ein ePub, ein Video, eine Präsentation, eine Vorlage oder einen Link. Geben Sie Titel und Zusammenfassung in der Sprache an, in der die Ressource verfasst ist; Übersetzungen können später hinzugefügt werden.
library-add-send = Ressource hinzufügen
library-sign-in-to-add = Melden Sie sich an, um eine Ressource hinzuzufügen
library-found = { $count ->
    [one] { $count } Ressource
   *[other] { $count } Ressourcen
}
library-none = Keine Ressource passt zu dieser Suche.
library-search-label = Titel, Zusammenfassungen und den Text der Dateien durchsuchen
library-sort = Reihenfolge
library-sort-relevance = Beste Übereinstimmung
library-sort-newest = Neueste zuerst
library-file = Datei
library-file-hint = Höchstens { $size } MB (bei einem Video: { $video } MB), oder geben Sie einen Link an, unter dem die Datei abrufbar ist. PDF, ePub, Office-Dokumente (OpenDocument, Word, Excel, PowerPoint), Videos, Audiodateien, Bilder und reiner Text.

resource-kind = Art
resource-kind-document = Dokument
resource-kind-epub = ePub
resource-kind-video = Video
resource-kind-presentation = Präsentation
resource-kind-template = Vorlage oder Werkzeug
resource-kind-website = Internetseite
resource-kind-dataset = Datensatz

resource-audience = Zielgruppe
audience-trainers = Lehrkräfte und Ausbildungspersonal
audience-learners = Lernende und Auszubildende
audience-managers = Führungskräfte von Berufsbildungsanbietern
audience-companies = Unternehmen und betriebliches Ausbildungspersonal
audience-guidance = Berufsberaterinnen und Berufsberater
audience-policymakers = Politische Entscheidungsträgerinnen und Entscheidungsträger

resource-licence = Lizenz
licence-cc-by = Namensnennung (CC BY 4.0)
licence-cc-by-sa = Namensnennung – Weitergabe unter gleichen Bedingungen (CC BY-SA 4.0)
licence-cc-by-nc = Namensnennung – Nicht kommerziell (CC BY-NC 4.0)
licence-cc-by-nc-sa = Namensnennung – Nicht kommerziell – Weitergabe unter gleichen Bedingungen (CC BY-NC-SA 4.0)
licence-cc-by-nd = Namensnennung – Keine Bearbeitungen (CC BY-ND 4.0)
licence-cc-by-nc-nd = Namensnennung – Nicht kommerziell – Keine Bearbeitungen (CC BY-NC-ND 4.0)
licence-cc0 = Gemeinfrei (CC0 1.0)
licence-all-rights-reserved = Alle Rechte vorbehalten
resource-attribution = „{ $title }“ von { $author }, lizenziert unter { $licence }.
resource-licence-deed = Was die Lizenz erlaubt
resource-rights-reserved = © { $author }. Alle Rechte vorbehalten: Fragen Sie die Autorinnen und Autoren, bevor Sie die Ressource weiterverwenden.

resource-visibility = Sichtbar für
visibility-everyone = Alle
visibility-members = Angemeldete Mitglieder
visibility-network = Mitglieder ihres Netzwerks

resource-status-draft = Entwurf
resource-status-submitted = Wartet auf Prüfung
resource-status-published = Veröffentlicht
resource-draft-hint = nur Sie und die Moderatorinnen und Moderatoren des Netzwerks sehen sie, bis sie veröffentlicht ist.
resource-submitted-hint = die Moderatorinnen und Moderatoren des Netzwerks prüfen sie, bevor sie öffentlich wird.
resource-hidden = Von den Moderatorinnen und Moderatoren ausgeblendet

resource-field-title = Titel
resource-field-summary = Zusammenfassung
resource-field-author = Autorinnen und Autoren (wie in der Namensnennung angegeben)
resource-field-link = Link (eine Internetseite oder die Adresse, unter der ein Video abrufbar ist)
resource-field-draft = Vorerst als Entwurf behalten
resource-language = Sprache
resource-topics = Themen
resource-sectors = Branchen
resource-countries = Länder
resource-network = Netzwerk
resource-network-none = Gesamte Plattform
resource-organisation = Organisation
resource-added-by = Hinzugefügt von
resource-updated = Aktualisiert
resource-about = Über diese Ressource
resource-original = Originalfassung
resource-other-languages = In anderen Sprachen
resource-not-in-your-language = Noch nicht auf { $language } verfügbar: angezeigt auf { $shown }, der Sprache, in der sie verfasst wurde.
resource-open-pdf = PDF öffnen
resource-download = Herunterladen
resource-open-link = Zur Ressource
resource-files = Dateien
resource-file-name = Datei
resource-file-size = Größe
resource-file-uploaded = Hochgeladen
resource-file-current = aktuell
resource-pages = { $count ->
    [one] { $count } Seite
   *[other] { $count } Seiten
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Eine neue Datei hochladen ({ $language })
resource-new-file-hint = Die neue Datei wird zur aktuellen; die früheren Dateien bleiben aufgelistet und können weiterhin heruntergeladen werden.
resource-new-file-send = Datei hochladen
resource-add-translation = Eine Übersetzung hinzufügen
resource-add-translation-send = Übersetzung hinzufügen
resource-review = Prüfen
resource-review-publish = Veröffentlichen
resource-review-return = Als Entwurf an die Autorin oder den Autor zurückgeben
resource-publish = Veröffentlichen

resource-added = Die Ressource wurde hinzugefügt.
resource-version-added = Die Übersetzung wurde hinzugefügt.
resource-file-added = Die neue Datei wurde hochgeladen; die frühere bleibt aufgelistet.
resource-published = Die Ressource ist veröffentlicht.
resource-submitted = Die Ressource wurde eingereicht: Die Moderatorinnen und Moderatoren des Netzwerks prüfen sie, bevor sie öffentlich wird.
resource-returned = Die Ressource ist als Entwurf an die Autorin oder den Autor zurückgegangen.

upload-progress = Wird hochgeladen: { $percent } %
upload-failed = Das Hochladen hat nicht geklappt. Bitte versuchen Sie es noch einmal.

error-file-too-large = Die Datei überschreitet die Obergrenze für diese Art von Ressource. Teilen Sie stattdessen einen Link, unter dem sie abrufbar ist.
error-file-missing = Wählen Sie eine Datei aus, oder geben Sie einen Link an.
error-upload-incomplete = Das Hochladen brach ab, bevor die ganze Datei angekommen war. Es wurde nichts gespeichert; bitte versuchen Sie es noch einmal.
error-file-type-refused = Die Bibliothek nimmt diesen Dateityp nicht an. Programme und Archive werden abgelehnt; ePub-, OpenDocument- und Office-Dateien werden angenommen.
error-file-type-mismatch = Der Inhalt der Datei passt nicht zu ihrem Namen: Eine Datei, deren Name auf .pdf endet, muss ein PDF sein.
error-file-name-invalid = Der Dateiname enthält Zeichen, die in einem Dateinamen nicht zulässig sind, oder er ist zu lang (höchstens 200 Zeichen).
error-file-unreadable = Die Datei kann nicht gelesen werden: Sie ist beschädigt, oder sie wird beim Entpacken um ein Vielfaches größer, als sie ist.
error-file-duplicate = Genau diese Datei ist bereits die aktuelle Datei dieser Sprachfassung.
error-link-invalid = Der Link muss eine Internetadresse sein, die mit https:// oder http:// beginnt.
error-version-exists = Die Ressource hat bereits eine Fassung in dieser Sprache.
error-not-a-form = Diese Anfrage ist kein Formular, das die Bibliothek lesen kann.
error-back-to-form = Zurück zum Formular

## Sammlungen (Werkzeugkästen)

collections-title = Werkzeugkästen
collections-lead = Sammlungen von Ressourcen, die die Moderatorinnen und Moderatoren der Netzwerke zu einem Thema oder für ein Netzwerk zusammengestellt haben, jeweils mit einer Notiz, warum die Ressource dazugehört.
collections-none = Es gibt noch keinen Werkzeugkasten.
collection-count = { $count ->
    [one] { $count } Ressource
   *[other] { $count } Ressourcen
}
collection-new = Neuer Werkzeugkasten
collection-new-lead = Ein Werkzeugkasten stellt Ressourcen der Bibliothek in der Reihenfolge zusammen, die Sie wählen. Ressourcen fügen Sie ihm jeweils auf deren eigener Seite hinzu.
collection-description = Wofür der Werkzeugkasten gedacht ist
collection-create = Werkzeugkasten anlegen
collection-curator = Zusammengestellt von
collection-empty = Dieser Werkzeugkasten enthält noch keine Ressource.
collection-unseen = { $count ->
    [one] { $count } weitere Ressource dieses Werkzeugkastens ist nur für angemeldete Mitglieder oder für ein bestimmtes Netzwerk sichtbar.
   *[other] { $count } weitere Ressourcen dieses Werkzeugkastens sind nur für angemeldete Mitglieder oder für ein bestimmtes Netzwerk sichtbar.
}
collection-add-hint = Um eine Ressource hinzuzufügen, öffnen Sie sie in der Bibliothek und wählen Sie „Zu einem Werkzeugkasten hinzufügen“.
collection-item-up = Nach oben
collection-item-down = Nach unten
collection-item-remove = Aus dem Werkzeugkasten entfernen
collection-item-note = Notiz
collection-item-note-save = Notiz speichern
collection-note = Warum die Ressource in den Werkzeugkasten gehört (optional)
collection-add-to = Zu einem Werkzeugkasten hinzufügen
collection-which = Werkzeugkasten
collection-add-send = Zum Werkzeugkasten hinzufügen
collection-created = Der Werkzeugkasten wurde angelegt. Fügen Sie ihm Ressourcen jeweils auf deren Seite hinzu.
collection-saved = Der Werkzeugkasten wurde gespeichert.
collection-item-added = Die Ressource wurde dem Werkzeugkasten hinzugefügt.

## Wo eine Ressource verwendet wird, und Ressourcen anhängen

used-in-title = Verwendet in
used-in-collection = Werkzeugkasten
used-in-thread = Kollegiale Beratung
used-in-activity = Aktionsplan
attached-title = Ressourcen aus der Bibliothek
attached-add = Eine Ressource anhängen
attached-resource = Ressource
attached-resource-hint = Die Adresse ihrer Seite in der Bibliothek oder ihre Nummer.
attached-add-send = Anhängen
attached-remove = Entfernen
resource-attached = Die Ressource wurde angehängt.
resource-detached = Die Ressource wurde entfernt.
activity-resources = Ressourcen
activity-resources-none = An diese Aktivität ist keine Ressource der Bibliothek angehängt.
error-resource-unknown = Keine Ressource der Bibliothek, die Sie lesen dürfen, hat diese Adresse oder Nummer.
error-already-listed = Diese Ressource ist bereits aufgeführt.

## Bearbeiten, Meldungen und Prüfung

resource-edit = Bearbeiten
resource-edit-lead = Ändern Sie die Angaben, die die Ressource beschreiben, sowie Titel, Zusammenfassung und Link einer ihrer Sprachfassungen. Dateien werden auf der Seite der Ressource hinzugefügt; frühere bleiben erhalten.
resource-edit-version = Sprachfassung: { $language }
resource-edit-other-versions = Eine andere Sprachfassung bearbeiten
resource-edit-save = Änderungen speichern
resource-saved = Die Änderungen wurden gespeichert.
resource-flag = Melden
resource-flagged = Vielen Dank: Die Moderatorinnen und Moderatoren der Bibliothek sehen sich diese Ressource an.
resource-moderation-hide = Ressource ausblenden
resource-moderation-restore = Ressource wieder anzeigen
resource-moderation-dismiss = Ressource unverändert lassen
library-review-title = Prüfung der Ressourcen
library-review-waiting = Warten auf eine Entscheidung
library-review-none = Keine Ressource wartet auf Prüfung oder wurde gemeldet.
library-review-resource = Ressource
