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
