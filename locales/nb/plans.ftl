# Strategi og handlingsplaner

plans-none = Ingen nettverk har publisert en strategi ennå.
plans-back = Alle strategier
plan-activity-count = { $count ->
    [one] { $count } aktivitet
   *[other] { $count } aktiviteter
}
strategy-create-title = Start en strategi
strategy-network = Nettverk
strategy-create = Start strategien

## Strategiens faser
strategy-status-draft = Utkast
strategy-status-feedback = På høring
strategy-status-adopted = Vedtatt
strategy-stage = Fase
strategy-adopt = Vedta strategien
strategy-reopen = Gjør strategien til et utkast igjen
round-open = Åpne en høringsrunde
round-close = Avslutt høringsrunden
round-opens = Fra
round-closes = Til
round-open-notice = Høringsrunden er åpen fra { $from } til { $to }.
round-comment-link = Kommenter utkastet

## Strategiens felt
strategy-edit = Rediger strategien
strategy-fields = Visjon og virksomhetsidé
strategy-field-title = Tittel
strategy-field-period = Periode (år)
strategy-field-vision = Visjon
strategy-field-mission = Virksomhetsidé
strategy-field-status = Fase
strategy-aspirations = Mål
strategy-save = Lagre strategien
aspiration-field-title = Mål
aspiration-field-description = Beskrivelse
aspiration-save = Lagre målet
aspiration-add-title = Legg til et mål
aspiration-add = Legg til målet

## Handlingsplanen
plan-progress = Fremdrift:
plan-percent = { $value } %
plan-number = { $value }
plan-tools = Strategiverktøy
plan-print = Utskriftsvisning
plan-export = Last ned handlingsplanen (CSV)
plan-present = Har siden åpen nå:
plan-timeline = Tidslinje for handlingsplanen
plan-timeline-caption = Hver stolpe går fra aktivitetens startdato til fristen og er fylt ut så langt aktiviteten har kommet. Den røde streken er dagens dato.
plan-today = i dag
plan-dates = Datoer
plan-activities = Aktiviteter
plan-no-activities = Ingen aktiviteter bidrar til dette målet ennå.
plan-filter-aspiration = Mål
plan-filter-status = Status
plan-filter-all = Alle
plan-filter-apply = Vis

## Aktiviteter
activity-status-planned = Planlagt
activity-status-in-progress = Pågår
activity-status-done = Fullført
activity-status-blocked = Stanset
activity-status-cancelled = Avlyst
activity-field-title = Aktivitet
activity-field-description = Beskrivelse
activity-field-aspirations = Mål aktiviteten bidrar til
activity-field-owner = Ansvarlig
activity-field-contributors = Medvirkende organisasjoner
activity-field-start_on = Startdato
activity-field-due_on = Frist
activity-field-status = Status
activity-field-progress = Fremdrift (%)
activity-owner-none = Ingen ansvarlig ennå
activity-owner-members = Medlemmer
activity-owner-organisations = Organisasjoner
activity-add-title = Legg til en aktivitet
activity-add = Legg til aktiviteten
activity-edit-title = Rediger aktiviteten
activity-save = Lagre aktiviteten
activity-follow = Følg denne aktiviteten
activity-unfollow = Slutt å følge denne aktiviteten
activity-being-edited = Redigerer nå: { $names }
field-changed-live = { $name } har nettopp endret dette feltet. Verdien din blir stående her; når du lagrer, vises begge.
offline-kept = Ingen forbindelse: Endringene dine lagres i denne nettleseren og sendes når forbindelsen er tilbake.

## Indikatorer
indicators-title = Indikatorer
indicators-none = Ingen indikatorer ennå.
indicator-field-name = Indikator
indicator-field-target = Målverdi
indicator-field-actual = Oppnådd
indicator-reached = { $name }: { $actual } av { $target }
indicator-edit = Indikatoren { $name }
indicator-save = Lagre
indicator-add = Legg til indikatoren

## Endringer gjort i mellomtiden
conflict-title = Noen har endret dette i mellomtiden
conflict-lead = De andre endringene dine er lagret. Disse feltene ble endret av noen andre etter at du åpnet skjemaet, og ingenting er overskrevet. Velg for hvert av dem.
conflict-changed-by = Endret av { $name } { $at } (UTC).
conflict-theirs = Den andres verdi (lagret)
conflict-mine = Din verdi (ikke lagret)
conflict-keep = Behold den andres
conflict-replace = Erstatt med min
conflict-merge-label = Sammenslått tekst
conflict-merge = Lagre den sammenslåtte teksten
error-changed-meanwhile = Feltet er endret etter at siden ble åpnet. Last inn siden på nytt og prøv igjen.

## Historikk og versjoner
history-title = Historikk
revision-created = Opprettet
revision-restore = Gjenopprett denne verdien
revision-restores = (gjenoppretter endring { $number })
strategy-versions = Versjoner
versions-none = Ingen versjoner er lagret ennå. En versjon lagres når en høringsrunde avsluttes og når strategien vedtas.
version-now = Strategien nå
version-number = Versjon { $number }
version-reason-round = etter en høringsrunde
version-reason-adopted = vedtatt
diff-from = Fra
diff-to = Til
diff-compare = Sammenlign
diff-title = Fra { $from } til { $to }
diff-unchanged = (uendret)

## Høringsrunder
comments-title = Kommentarer
comment-title = Kommenter utkastet
comment-about = Gjelder
comment-on-strategy = Strategien som helhet
comment-body = Kommentaren din
comment-send = Send kommentaren
comment-taken-up = Tatt til følge
comment-declined = Ikke tatt til følge
comment-resolution = Avgjørelse
comment-reason = Begrunnelse
comment-resolve = Ta stilling

## Meldinger
strategy-created = Strategien er startet. Skriv visjonen, virksomhetsideen og målene.
strategy-saved = Lagret.
aspiration-added = Målet er lagt til.
activity-added = Aktiviteten er lagt til. Gi den en ansvarlig, datoer og indikatorer.
activity-saved = Aktiviteten er lagret.
indicator-added = Indikatoren er lagt til.
value-restored = Den tidligere verdien er tilbake, som en ny endring.
stage-open = Høringsrunden er åpen: Medlemmene i nettverket kan kommentere.
stage-close = Høringsrunden er avsluttet, og denne versjonen er lagret.
stage-adopt = Strategien er vedtatt, og denne versjonen er lagret.
stage-reopen = Strategien er et utkast igjen.
comment-posted = Kommentaren din er sendt til fasilitatorene.
comment-resolved = Det er tatt stilling til kommentaren.
followed = Du følger nå dette og får beskjed når en status, en ansvarlig eller en dato endres.
unfollowed = Du følger ikke lenger dette.

## Varsler om aktiviteter du følger
plan-notification-status = { $name } endret status for
plan-notification-owner = { $name } endret ansvarlig for
plan-notification-start_on = { $name } endret startdatoen for
plan-notification-due_on = { $name } endret fristen for

## Avslag
error-date-invalid = Skriv datoen som en kalenderdato (år, måned, dag).
error-dates-reversed = Sluttdatoen er før startdatoen.
error-number-invalid = Skriv et helt tall innenfor det tillatte området.
error-aspiration-missing = En aktivitet må bidra til minst ett mål.
error-wrong-stage = Strategien er ikke i den fasen som kreves for dette (for eksempel er ingen høringsrunde åpen).
plan-notifications-title = Aktiviteter du følger
aspiration-follow = Følg dette målet
aspiration-unfollow = Slutt å følge dette målet
