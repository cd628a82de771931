# Strategi og handlingsplaner

plans-none = Intet netværk har offentliggjort en strategi endnu.
plans-back = Alle strategier
plan-activity-count = { $count ->
    [one] { $count } aktivitet
   *[other] { $count } aktiviteter
}
strategy-create-title = Start en strategi
strategy-network = Netværk
strategy-create = Start strategien

## En strategis faser
strategy-status-draft = Udkast
strategy-status-feedback = I høring
strategy-status-adopted = Vedtaget
strategy-stage = Fase
strategy-adopt = Vedtag strategien
strategy-reopen = Gør strategien til et udkast igen
round-open = Åbn en høringsrunde
round-close = Afslut høringsrunden
round-opens = Fra
round-closes = Til
round-open-notice = Høringsrunden er åben fra { $from } til { $to }.
round-comment-link = Kommentér udkastet

## Strategiens felter
strategy-edit = Redigér strategien
strategy-fields = Vision og mission
strategy-field-title = Titel
strategy-field-period = Periode (år)
strategy-field-vision = Vision
strategy-field-mission = Missionserklæring
strategy-field-status = Fase
strategy-aspirations = Ambitioner
strategy-save = Gem strategien
aspiration-field-title = Ambition
aspiration-field-description = Beskrivelse
aspiration-save = Gem ambitionen
aspiration-add-title = Tilføj en ambition
aspiration-add = Tilføj ambitionen

## Handlingsplanen
plan-progress = Fremdrift:
plan-percent = { $value } %
plan-number = { $value }
plan-tools = Værktøjer til strategien
plan-print = Udskriftsvisning
plan-export = Download handlingsplanen (CSV)
plan-present = Ses lige nu af:
plan-timeline = Tidslinje for handlingsplanen
plan-timeline-caption = Hver bjælke går fra en aktivitets startdato til dens frist og er udfyldt svarende til fremdriften; den røde linje er i dag.
plan-today = i dag
plan-dates = Datoer
plan-activities = Aktiviteter
plan-no-activities = Ingen aktivitet understøtter denne ambition endnu.
plan-filter-aspiration = Ambition
plan-filter-status = Status
plan-filter-all = Alle
plan-filter-apply = Vis

## Aktiviteter
activity-status-planned = Planlagt
activity-status-in-progress = I gang
activity-status-done = Gennemført
activity-status-blocked = Blokeret
activity-status-cancelled = Aflyst
activity-field-title = Aktivitet
activity-field-description = Beskrivelse
activity-field-aspirations = Ambitioner, som den understøtter
activity-field-owner = Ansvarlig
activity-field-contributors = Medvirkende organisationer
activity-field-start_on = Startdato
activity-field-due_on = Frist
activity-field-status = Status
activity-field-progress = Fremdrift (%)
activity-owner-none = Ingen ansvarlig endnu
activity-owner-members = Medlemmer
activity-owner-organisations = Organisationer
activity-add-title = Tilføj en aktivitet
activity-add = Tilføj aktiviteten
activity-edit-title = Redigér aktiviteten
activity-save = Gem aktiviteten
activity-follow = Følg denne aktivitet
activity-unfollow = Stop med at følge denne aktivitet
activity-being-edited = Redigeres lige nu af: { $names }
field-changed-live = { $name } har lige ændret dette felt. Din værdi bliver stående her; når du gemmer, ser du begge.
offline-kept = Ingen forbindelse: Dine ændringer gemmes i denne browser og sendes, når forbindelsen er tilbage.

## Indikatorer
indicators-title = Indikatorer
indicators-none = Ingen indikatorer endnu.
indicator-field-name = Indikator
indicator-field-target = Målværdi
indicator-field-actual = Opnået
indicator-reached = { $name }: { $actual } af { $target }
indicator-edit = Indikator { $name }
indicator-save = Gem
indicator-add = Tilføj indikatoren

## Ændringer i mellemtiden
conflict-title = Nogen har ændret dette i mellemtiden
conflict-lead = Dine øvrige ændringer er gemt. Disse felter er blevet ændret af en anden, efter at du åbnede formularen: Intet er blevet overskrevet. Vælg for hvert felt.
conflict-changed-by = Ændret af { $name } den { $at } (UTC).
conflict-theirs = Den andens værdi (gemt)
conflict-mine = Din værdi (ikke gemt)
conflict-keep = Behold den andens
conflict-replace = Erstat med min
conflict-merge-label = Sammenflettet tekst
conflict-merge = Gem den sammenflettede tekst
error-changed-meanwhile = Feltet er blevet ændret, efter at siden blev åbnet. Genindlæs siden, og prøv igen.

## Historik og versioner
history-title = Historik
revision-created = Oprettet
revision-restore = Gendan denne værdi
revision-restores = (gendanner ændring { $number })
strategy-versions = Versioner
versions-none = Ingen versioner gemt endnu: Der gemmes en version, når en høringsrunde afsluttes, og når strategien vedtages.
version-now = Aktuel udgave
version-number = Version { $number }
version-reason-round = efter en høringsrunde
version-reason-adopted = vedtaget
diff-from = Fra
diff-to = Til
diff-compare = Sammenlign
diff-title = Ændringer: { $from } → { $to }
diff-unchanged = (uændret)

## Høringsrunder
comments-title = Kommentarer
comment-title = Kommentér udkastet
comment-about = Vedrører
comment-on-strategy = Strategien som helhed
comment-body = Din kommentar
comment-send = Send kommentaren
comment-taken-up = Taget til følge
comment-declined = Ikke taget til følge
comment-resolution = Beslutning
comment-reason = Begrundelse
comment-resolve = Behandl

## Beskeder
strategy-created = Strategien er oprettet. Skriv nu dens vision, mission og ambitioner.
strategy-saved = Gemt.
aspiration-added = Ambitionen er tilføjet.
activity-added = Aktiviteten er tilføjet. Giv den en ansvarlig, datoer og indikatorer.
activity-saved = Aktiviteten er gemt.
indicator-added = Indikatoren er tilføjet.
value-restored = Den tidligere værdi er gendannet som en ny ændring.
stage-open = Høringsrunden er åben: Netværkets medlemmer kan kommentere.
stage-close = Høringsrunden er afsluttet, og denne version er gemt.
stage-adopt = Strategien er vedtaget, og denne version er gemt.
stage-reopen = Strategien er et udkast igen.
comment-posted = Din kommentar er sendt til facilitatorerne.
comment-resolved = Kommentaren er behandlet.
followed = Du følger nu dette: Du får besked, når en status, en ansvarlig eller en dato ændres.
unfollowed = Du følger ikke længere dette.

## Notifikationer om aktiviteter, du følger
plan-notification-status = { $name } har ændret status for
plan-notification-owner = { $name } har ændret ansvarlig for
plan-notification-start_on = { $name } har ændret startdatoen for
plan-notification-due_on = { $name } har ændret fristen for

## Afvisninger
error-date-invalid = Angiv datoen som en kalenderdato (år, måned, dag).
error-dates-reversed = Slutdatoen ligger før startdatoen.
error-number-invalid = Angiv et helt tal inden for det tilladte interval.
error-aspiration-missing = En aktivitet skal understøtte mindst én ambition.
error-wrong-stage = Strategien er ikke i den fase, som det kræver (der er f.eks. ingen åben høringsrunde).
plan-notifications-title = Aktiviteter, du følger
aspiration-follow = Følg denne ambition
aspiration-unfollow = Stop med at følge denne ambition
