# Strategi och handlingsplaner

plans-none = Inget nätverk har publicerat någon strategi än.
plans-back = Alla strategier
plan-activity-count = { $count ->
    [one] { $count } aktivitet
   *[other] { $count } aktiviteter
}
strategy-create-title = Påbörja en strategi
strategy-network = Nätverk
strategy-create = Påbörja strategin

## En strategis skeden
strategy-status-draft = Utkast
strategy-status-feedback = På remiss
strategy-status-adopted = Antagen
strategy-stage = Skede
strategy-adopt = Anta strategin
strategy-reopen = Gör strategin till ett utkast igen
round-open = Öppna en remissrunda
round-close = Stäng remissrundan
round-opens = Från
round-closes = Till
round-open-notice = Remissrundan pågår från { $from } till { $to }.
round-comment-link = Kommentera utkastet

## Strategins fält
strategy-edit = Redigera strategin
strategy-fields = Vision och verksamhetsidé
strategy-field-title = Titel
strategy-field-period = Tidsperiod (år)
strategy-field-vision = Vision
strategy-field-mission = Verksamhetsidé
strategy-field-status = Skede
strategy-aspirations = Ambitioner
strategy-save = Spara strategin
aspiration-field-title = Ambition
aspiration-field-description = Beskrivning
aspiration-save = Spara ambitionen
aspiration-add-title = Lägg till en ambition
aspiration-add = Lägg till ambitionen

## Handlingsplanen
plan-progress = Genomfört:
plan-percent = { $value } %
plan-number = { $value }
plan-tools = Strategiverktyg
plan-print = Utskriftsvy
plan-export = Ladda ned handlingsplanen (CSV)
plan-present = Har sidan öppen nu:
plan-timeline = Handlingsplanens tidslinje
plan-timeline-caption = Varje stapel sträcker sig från aktivitetens startdatum till dess slutdatum och är fylld så långt som aktiviteten har kommit. Den röda linjen är dagens datum.
plan-today = i dag
plan-dates = Datum
plan-activities = Aktiviteter
plan-no-activities = Ingen aktivitet bidrar till den här ambitionen än.
plan-filter-aspiration = Ambition
plan-filter-status = Status
plan-filter-all = Alla
plan-filter-apply = Visa

## Aktiviteter
activity-status-planned = Planerad
activity-status-in-progress = Pågår
activity-status-done = Klar
activity-status-blocked = Blockerad
activity-status-cancelled = Inställd
activity-field-title = Aktivitet
activity-field-description = Beskrivning
activity-field-aspirations = Ambitioner som aktiviteten bidrar till
activity-field-owner = Ansvarig
activity-field-contributors = Medverkande organisationer
activity-field-start_on = Startdatum
activity-field-due_on = Slutdatum
activity-field-status = Status
activity-field-progress = Genomfört (%)
activity-owner-none = Ingen ansvarig än
activity-owner-members = Medlemmar
activity-owner-organisations = Organisationer
activity-add-title = Lägg till en aktivitet
activity-add = Lägg till aktiviteten
activity-edit-title = Redigera aktiviteten
activity-save = Spara aktiviteten
activity-follow = Följ den här aktiviteten
activity-unfollow = Sluta följa den här aktiviteten
activity-being-edited = Redigerar nu: { $names }
field-changed-live = { $name } har just ändrat det här fältet. Ditt värde ligger kvar här; när du sparar visas båda.
offline-kept = Ingen anslutning: dina ändringar sparas i den här webbläsaren och skickas när anslutningen är tillbaka.

## Indikatorer
indicators-title = Indikatorer
indicators-none = Inga indikatorer än.
indicator-field-name = Indikator
indicator-field-target = Målvärde
indicator-field-actual = Uppnått
indicator-reached = { $name }: { $actual } av { $target }
indicator-edit = Indikatorn { $name }
indicator-save = Spara
indicator-add = Lägg till indikatorn

## Ändringar som gjorts under tiden
conflict-title = Någon har ändrat detta under tiden
conflict-lead = Dina övriga ändringar har sparats. De här fälten ändrades av någon annan efter att du öppnade formuläret – ingenting har skrivits över. Välj för vart och ett.
conflict-changed-by = Ändrat av { $name } { $at } (UTC).
conflict-theirs = Den andras värde (sparat)
conflict-mine = Ditt värde (inte sparat)
conflict-keep = Behåll den andras
conflict-replace = Ersätt med mitt
conflict-merge-label = Sammanfogad text
conflict-merge = Spara den sammanfogade texten
error-changed-meanwhile = Fältet har ändrats sedan sidan öppnades. Ladda om sidan och försök igen.

## Historik och versioner
history-title = Historik
revision-created = Skapad
revision-restore = Återställ det här värdet
revision-restores = (återställer ändring { $number })
strategy-versions = Versioner
versions-none = Inga versioner har sparats än. En version sparas när en remissrunda stängs och när strategin antas.
version-now = Strategin just nu
version-number = Version { $number }
version-reason-round = efter en remissrunda
version-reason-adopted = antagen
diff-from = Från
diff-to = Till
diff-compare = Jämför
diff-title = Från { $from } till { $to }
diff-unchanged = (oförändrat)

## Remissrundor
comments-title = Kommentarer
comment-title = Kommentera utkastet
comment-about = Avser
comment-on-strategy = Strategin som helhet
comment-body = Din kommentar
comment-send = Skicka kommentaren
comment-taken-up = Beaktad
comment-declined = Ej beaktad
comment-resolution = Beslut
comment-reason = Skäl
comment-resolve = Ta ställning

## Meddelanden
strategy-created = Strategin är påbörjad. Skriv dess vision, verksamhetsidé och ambitioner.
strategy-saved = Sparat.
aspiration-added = Ambitionen har lagts till.
activity-added = Aktiviteten har lagts till. Ge den en ansvarig, datum och indikatorer.
activity-saved = Aktiviteten har sparats.
indicator-added = Indikatorn har lagts till.
value-restored = Det tidigare värdet är tillbaka, som en ny ändring.
stage-open = Remissrundan är öppen: nätverkets medlemmar kan lämna kommentarer.
stage-close = Remissrundan är stängd och den här versionen har sparats.
stage-adopt = Strategin är antagen och den här versionen har sparats.
stage-reopen = Strategin är ett utkast igen.
comment-posted = Din kommentar har skickats till samordnarna.
comment-resolved = Kommentaren har hanterats.
followed = Du följer nu detta och får veta när en status, en ansvarig eller ett datum ändras.
unfollowed = Du följer inte längre detta.

## Aviseringar om aktiviteter som du följer
plan-notification-status = { $name } ändrade status för
plan-notification-owner = { $name } ändrade ansvarig för
plan-notification-start_on = { $name } ändrade startdatum för
plan-notification-due_on = { $name } ändrade slutdatum för

## Avslag
error-date-invalid = Ange datumet som ett kalenderdatum (år, månad, dag).
error-dates-reversed = Slutdatumet ligger före startdatumet.
error-number-invalid = Ange ett heltal inom det tillåtna intervallet.
error-aspiration-missing = En aktivitet måste bidra till minst en ambition.
error-wrong-stage = Strategin är inte i det skede som krävs för detta (till exempel är ingen remissrunda öppen).
plan-notifications-title = Aktiviteter du följer
aspiration-follow = Följ den här ambitionen
aspiration-unfollow = Sluta följa den här ambitionen
