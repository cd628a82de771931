## Das Verzeichnis bearbeiten: Organisationen, Partnersuche, Mitglieder, Netzwerke, Importe

organisations-export = Diese Liste als CSV herunterladen
filter-offers = Bietet Partnerschaft an
filter-seeks = Sucht Partnerschaft

organisation-edit = Diese Organisation bearbeiten
organisation-edit-title = Organisation bearbeiten
organisation-edit-back = Zurück zur Organisation
organisation-edit-not-allowed = Nur die eigenen Mitglieder der Organisation und die Koordination der Plattform dürfen sie bearbeiten.
organisation-save = Organisation speichern
organisation-saved = Die Organisation wurde gespeichert.
field-organisation-name = Name der Organisation
field-city = Ort
field-description = Beschreibung
field-description-language = Sprache der Beschreibung
field-topics = Fachgebiete

partnerships-page-title = Partnersuche
partnerships-lead = Was Organisationen der Netzwerke anbieten und was sie suchen. Filtern Sie nach Art der Partnerschaft, Fachgebiet und Land.
partnerships-title = Angebote und Gesuche
partnerships-none-here = Diese Organisation hat noch keine Angebote oder Gesuche eingetragen.
partnerships-none = Kein Angebot und kein Gesuch entspricht diesen Filtern.
partnerships-found = { $count ->
    [one] { $count } Angebot oder Gesuch
   *[other] { $count } Angebote und Gesuche
}
partnership-add = Angebot oder Gesuch hinzufügen
partnership-add-submit = Hinzufügen
partnership-added = Das Angebot oder Gesuch wurde hinzugefügt.
partnership-withdraw = Zurückziehen
partnership-removed = Das Angebot oder Gesuch wurde zurückgezogen.
partnership-any-country = Offen für Partner aus allen Ländern
partnership-open-to = Offen für Partner aus: { $countries }
field-direction = Angebot oder Gesuch
field-partnership-kind = Art der Partnerschaft
field-open-to = Offen für Partner aus
field-open-to-hint = Wählen Sie keines aus, um Partner aus allen Ländern zuzulassen; halten Sie Strg (oder ⌘) gedrückt, um mehrere auszuwählen.
suggestions-title = Mögliche Partner
suggestions-intro = Angebote anderer Organisationen, die zu den Gesuchen dieser Organisation passen: dieselbe Art der Partnerschaft und mindestens ein gemeinsames Fachgebiet.
suggestions-mine = Mögliche Partner für Ihre Organisation
suggestion-for = Passt zum Gesuch: { $kind }

memberships-title = Mitgliedschaften in Netzwerken
memberships-intro = Die Netzwerke, die Sie moderieren: Nehmen Sie diese Organisation auf, ändern Sie ihren Mitgliedsstatus oder entfernen Sie sie.
membership-add = In das Netzwerk aufnehmen
membership-save = Status ändern
membership-remove = Aus dem Netzwerk entfernen
membership-saved = Die Mitgliedschaft wurde gespeichert.
membership-removed = Die Organisation wurde aus dem Netzwerk entfernt.
field-level = Mitgliedsstatus
field-network = Netzwerk

network-facilitators = Moderatorinnen und Moderatoren
field-expertise = Fachwissen
member-no-expertise = Noch kein Fachwissen angegeben.

network-create = Netzwerk anlegen
network-create-submit = Netzwerk anlegen
network-created = Das Netzwerk wurde angelegt.
field-network-name = Name des Netzwerks
field-network-kind = Art des Netzwerks
field-network-parent = Mitglied des Netzwerks
network-no-parent = Keines (Netzwerk der obersten Ebene)
network-no-country = Keines (international oder thematisch)
network-country-hint = Nationale und regionale Netzwerke brauchen ein Land.

import-title = Organisationen importieren
import-lead = Fügen Sie viele Organisationen auf einmal aus einer CSV-Datei zu einem Netzwerk hinzu. Sie sehen jede geprüfte Zeile, bevor etwas importiert wird.
import-not-allowed = Nur die Moderatorinnen und Moderatoren eines Netzwerks und die Koordination der Plattform dürfen Organisationen importieren.
import-columns = Die erste Zeile der Datei nennt die Spalten: { $required } (Pflichtangaben) und { $optional } (optional). Die Spalten können in beliebiger Reihenfolge stehen, getrennt durch Kommas oder Semikolons.
import-lists-hint = Branchen, Fachgebiete und Sprachen nehmen mehrere Werte auf, getrennt durch Semikolons, mit denselben Schlüsseln wie in einer exportierten Liste; der Mitgliedsstatus ist „core“, „member“ oder „associate“ („member“, wenn leer).
import-network = Netzwerk, dem die Organisationen beitreten
import-file = CSV-Datei (UTF-8)
import-upload = Datei prüfen
import-preview-title = Importvorschau
import-preview-heading = Import von { $file } in { $network }
import-summary = { $ready ->
    [one] { $ready } Organisation bereit zum Import
   *[other] { $ready } Organisationen bereit zum Import
}, { $problems ->
    [one] { $problems } Problem
   *[other] { $problems } Probleme
}.
import-problems = Zeilen mit Problemen
import-fix-and-upload = Solange eine Zeile ein Problem hat, wird nichts importiert. Korrigieren Sie die Datei und laden Sie sie erneut hoch.
import-ready = Zeilen bereit zum Import
import-line = Zeile
import-column = Spalte
import-problem = Fehler
import-value = Wert in der Datei
import-apply = { $count ->
    [one] { $count } Organisation importieren
   *[other] { $count } Organisationen importieren
}
import-applied = Die Organisationen wurden importiert.
import-done = { $count ->
    [one] { $count } Organisation wurde importiert.
   *[other] { $count } Organisationen wurden importiert.
}
import-another = Weitere Datei importieren

error-text-missing = Füllen Sie dieses Feld aus.
error-choice-unknown = Wählen Sie einen der angebotenen Werte.
error-website-invalid = Geben Sie eine Internetadresse ein, die mit https:// oder http:// beginnt.
error-topic-missing = Wählen Sie mindestens ein Fachgebiet.
error-already-member = Diese Organisation ist bereits Mitglied des Netzwerks.
error-organisation-exists = In diesem Ort gibt es bereits eine Organisation mit diesem Namen.
error-import-unreadable = Die Datei konnte nicht als Tabelle von Organisationen gelesen werden. Prüfen Sie, ob es eine CSV-Datei in UTF-8 ist, deren erste Zeile die Pflichtspalten nennt.
error-import-empty = Die Datei enthält keine Organisationen.
error-import-too-large = Die Datei ist zu groß: höchstens 5 MB und 20.000 Organisationen.
error-import-has-errors = Einige Zeilen haben Probleme, daher wurde nichts importiert.
error-import-applied = Diese Datei wurde bereits importiert.
error-limit-reached = Die Obergrenze ist erreicht: Entfernen Sie einen Eintrag, bevor Sie einen weiteren hinzufügen.
