# Strategie en actieplannen

plans-none = Nog geen enkel netwerk heeft een strategie gepubliceerd.
plans-back = Alle strategieën
plan-activity-count = { $count ->
    [one] { $count } activiteit
   *[other] { $count } activiteiten
}
strategy-create-title = Een strategie starten
strategy-network = Netwerk
strategy-create = Strategie starten

## Fasen van een strategie
strategy-status-draft = Concept
strategy-status-feedback = In feedbackronde
strategy-status-adopted = Vastgesteld
strategy-stage = Fase
strategy-adopt = Strategie vaststellen
strategy-reopen = Weer tot concept maken
round-open = Feedbackronde openen
round-close = Feedbackronde afsluiten
round-opens = Van
round-closes = Tot en met
round-open-notice = Feedbackronde geopend van { $from } tot en met { $to }.
round-comment-link = Reageren op het concept

## De velden van de strategie
strategy-edit = Strategie bewerken
strategy-fields = Visie en missie
strategy-field-title = Titel
strategy-field-period = Periode (jaren)
strategy-field-vision = Visie
strategy-field-mission = Missie
strategy-field-status = Fase
strategy-aspirations = Ambities
strategy-save = Strategie opslaan
aspiration-field-title = Ambitie
aspiration-field-description = Beschrijving
aspiration-save = Ambitie opslaan
aspiration-add-title = Een ambitie toevoegen
aspiration-add = Ambitie toevoegen

## Het actieplan
plan-progress = Voortgang:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = Hulpmiddelen bij de strategie
plan-print = Afdrukweergave
plan-export = Actieplan downloaden (CSV)
plan-present = Nu geopend door:
plan-timeline = Tijdlijn van het actieplan
plan-timeline-caption = Elke balk loopt van de startdatum van een activiteit tot de streefdatum en is gevuld naar de voortgang; de rode lijn is vandaag.
plan-today = vandaag
plan-dates = Datums
plan-activities = Activiteiten
plan-no-activities = Er is nog geen activiteit voor deze ambitie.
plan-filter-aspiration = Ambitie
plan-filter-status = Status
plan-filter-all = Alle
plan-filter-apply = Tonen

## Activiteiten
activity-status-planned = Gepland
activity-status-in-progress = Lopend
activity-status-done = Afgerond
activity-status-blocked = Geblokkeerd
activity-status-cancelled = Geannuleerd
activity-field-title = Activiteit
activity-field-description = Beschrijving
activity-field-aspirations = Ambities waaraan de activiteit bijdraagt
activity-field-owner = Eigenaar
activity-field-contributors = Bijdragende organisaties
activity-field-start_on = Startdatum
activity-field-due_on = Streefdatum
activity-field-status = Status
activity-field-progress = Voortgang (%)
activity-owner-none = Nog geen eigenaar
activity-owner-members = Leden
activity-owner-organisations = Organisaties
activity-add-title = Een activiteit toevoegen
activity-add = Activiteit toevoegen
activity-edit-title = Activiteit bewerken
activity-save = Activiteit opslaan
activity-follow = Deze activiteit volgen
activity-unfollow = Deze activiteit niet meer volgen
activity-being-edited = Wordt nu bewerkt door: { $names }
field-changed-live = { $name } heeft dit veld zojuist gewijzigd. Uw waarde blijft hier staan; bij het opslaan ziet u beide.
offline-kept = Geen verbinding: uw wijzigingen worden in deze browser bewaard en verstuurd zodra de verbinding terug is.

## Indicatoren
indicators-title = Indicatoren
indicators-none = Nog geen indicator.
indicator-field-name = Indicator
indicator-field-target = Streefwaarde
indicator-field-actual = Behaald
indicator-reached = { $name }: { $actual } van { $target }
indicator-edit = Indicator { $name }
indicator-save = Opslaan
indicator-add = Indicator toevoegen

## Wijzigingen in de tussentijd
conflict-title = Iemand heeft dit intussen gewijzigd
conflict-lead = Uw andere wijzigingen zijn opgeslagen. Deze velden zijn door iemand anders gewijzigd nadat u het formulier had geopend: er is niets overschreven. Maak per veld een keuze.
conflict-changed-by = Gewijzigd door { $name } op { $at } (UTC).
conflict-theirs = De andere waarde (opgeslagen)
conflict-mine = Uw waarde (niet opgeslagen)
conflict-keep = De andere waarde behouden
conflict-replace = Vervangen door de mijne
conflict-merge-label = Samengevoegde tekst
conflict-merge = Samengevoegde tekst opslaan
error-changed-meanwhile = Dit veld is gewijzigd sinds de pagina werd geopend. Laad de pagina opnieuw en probeer het nog eens.

## Geschiedenis en versies
history-title = Geschiedenis
revision-created = Aangemaakt
revision-restore = Deze waarde terugzetten
revision-restores = (zet wijziging { $number } terug)
strategy-versions = Versies
versions-none = Nog geen versie bewaard: er wordt een versie bewaard wanneer een feedbackronde wordt afgesloten en wanneer de strategie wordt vastgesteld.
version-now = Huidige stand
version-number = Versie { $number }
version-reason-round = na een feedbackronde
version-reason-adopted = vastgesteld
diff-from = Van
diff-to = Tot
diff-compare = Vergelijken
diff-title = Wijzigingen: { $from } → { $to }
diff-unchanged = (ongewijzigd)

## Feedbackrondes
comments-title = Opmerkingen
comment-title = Opmerking over het concept
comment-about = Betreft
comment-on-strategy = De strategie als geheel
comment-body = Uw opmerking
comment-send = Opmerking versturen
comment-taken-up = Overgenomen
comment-declined = Niet overgenomen
comment-resolution = Besluit
comment-reason = Reden
comment-resolve = Afhandelen

## Meldingen
strategy-created = De strategie is aangemaakt. Schrijf nu de visie, de missie en de ambities.
strategy-saved = Opgeslagen.
aspiration-added = De ambitie is toegevoegd.
activity-added = De activiteit is toegevoegd. Wijs een eigenaar toe en vul de datums en indicatoren in.
activity-saved = De activiteit is opgeslagen.
indicator-added = De indicator is toegevoegd.
value-restored = De eerdere waarde is teruggezet, als nieuwe wijziging.
stage-open = De feedbackronde is geopend: leden van het netwerk kunnen opmerkingen geven.
stage-close = De feedbackronde is afgesloten en deze versie is bewaard.
stage-adopt = De strategie is vastgesteld en deze versie is bewaard.
stage-reopen = De strategie is weer een concept.
comment-posted = Uw opmerking is verstuurd naar de netwerkcoördinatoren.
comment-resolved = De opmerking is afgehandeld.
followed = U volgt dit nu: u krijgt een melding wanneer een status, een eigenaar of een datum verandert.
unfollowed = U volgt dit niet meer.

## Meldingen over gevolgde activiteiten
plan-notification-status = { $name } wijzigde de status van
plan-notification-owner = { $name } wijzigde de eigenaar van
plan-notification-start_on = { $name } wijzigde de startdatum van
plan-notification-due_on = { $name } wijzigde de streefdatum van

## Weigeringen
error-date-invalid = Vul de datum in als kalenderdatum (jaar, maand, dag).
error-dates-reversed = Het einde ligt vóór het begin.
error-number-invalid = Vul een geheel getal binnen het toegestane bereik in.
error-aspiration-missing = Een activiteit moet aan ten minste één ambitie bijdragen.
error-wrong-stage = De strategie is niet in de fase die hiervoor nodig is (er is bijvoorbeeld geen feedbackronde geopend).
plan-notifications-title = Activiteiten die u volgt
aspiration-follow = Deze ambitie volgen
aspiration-unfollow = Deze ambitie niet meer volgen
