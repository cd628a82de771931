## Redigering av katalogen: organisasjoner, partnersøk, medlemmer, nettverk, import.

organisations-export = Last ned listen som CSV
filter-offers = Tilbyr partnerskap
filter-seeks = Søker partnerskap

organisation-edit = Rediger denne organisasjonen
organisation-edit-title = Rediger organisasjonen
organisation-edit-back = Tilbake til organisasjonen
organisation-edit-not-allowed = Bare organisasjonens egne medlemmer og plattformens koordinatorer kan redigere den.
organisation-save = Lagre organisasjonen
organisation-saved = Organisasjonen er lagret.
field-organisation-name = Navnet på organisasjonen
field-city = By
field-description = Beskrivelse
field-description-language = Språket i beskrivelsen
field-topics = Fagområder

partnerships-page-title = Partnersøk
partnerships-lead = Hva organisasjonene i nettverkene tilbyr, og hva de ser etter. Filtrer på type partnerskap, fagområde og land.
partnerships-title = Tilbud og behov
partnerships-none-here = Denne organisasjonen har ikke oppgitt noen tilbud eller behov ennå.
partnerships-none = Ingen tilbud eller behov passer til disse filtrene.
partnerships-found = { $count ->
    [one] { $count } tilbud eller behov
   *[other] { $count } tilbud og behov
}
partnership-add = Legg til et tilbud eller et behov
partnership-add-submit = Legg til
partnership-added = Tilbudet eller behovet er lagt til.
partnership-withdraw = Trekk tilbake
partnership-removed = Tilbudet eller behovet er trukket tilbake.
partnership-any-country = Åpen for partnere fra alle land
partnership-open-to = Åpen for partnere fra: { $countries }
field-direction = Tilbud eller behov
field-partnership-kind = Type partnerskap
field-open-to = Åpen for partnere fra
field-open-to-hint = Velg ingen for å ta imot partnere fra alle land. Hold inne Ctrl (eller ⌘) for å velge flere.
suggestions-title = Mulige partnere
suggestions-intro = Tilbud fra andre organisasjoner som passer til behovene til denne organisasjonen: samme type partnerskap og minst ett felles fagområde.
suggestions-mine = Mulige partnere for organisasjonen din
suggestion-for = Svarer på behovet: { $kind }

memberships-title = Medlemskap i nettverk
memberships-intro = Nettverkene du er fasilitator for: Legg til denne organisasjonen, endre medlemsnivået eller fjern den.
membership-add = Legg til i nettverket
membership-save = Endre nivået
membership-remove = Fjern fra nettverket
membership-saved = Medlemskapet er lagret.
membership-removed = Organisasjonen er fjernet fra nettverket.
field-level = Medlemsnivå
field-network = Nettverk

network-facilitators = Fasilitatorer
field-expertise = Kompetanse
member-no-expertise = Ingen kompetanse oppgitt ennå.

network-create = Opprett et nettverk
network-create-submit = Opprett nettverket
network-created = Nettverket er opprettet.
field-network-name = Navnet på nettverket
field-network-kind = Nettverkstype
field-network-parent = Medlem av nettverket
network-no-parent = Ingen (et nettverk på øverste nivå)
network-no-country = Ingen (internasjonalt eller tematisk)
network-country-hint = Nasjonale og regionale nettverk må ha et land.

import-title = Importer organisasjoner
import-lead = Legg til mange organisasjoner i et nettverk på én gang fra en CSV-fil. Hver rad blir kontrollert og vist for deg før noe blir importert.
import-not-allowed = Bare fasilitatorene for et nettverk og plattformens koordinatorer kan importere organisasjoner.
import-columns = Den første linjen i filen navngir kolonnene: { $required } (obligatoriske) og { $optional } (valgfrie). Kolonnene kan stå i hvilken som helst rekkefølge, atskilt med komma eller semikolon.
import-lists-hint = Bransjer, fagområder og språk kan ha flere verdier atskilt med semikolon, med de samme nøklene som i en eksportert liste. Nivået er «core», «member» eller «associate» («member» hvis feltet er tomt).
import-network = Nettverket organisasjonene blir med i
import-file = CSV-fil (UTF-8)
import-upload = Kontroller filen
import-preview-title = Forhåndsvisning av importen
import-preview-heading = Import av { $file } til { $network }
import-summary = { $ready ->
    [one] { $ready } organisasjon klar til import
   *[other] { $ready } organisasjoner klare til import
}, { $problems ->
    [one] { $problems } feil
   *[other] { $problems } feil
}.
import-problems = Rader med feil
import-fix-and-upload = Ingenting blir importert så lenge en rad har feil. Rett filen og last den opp på nytt.
import-ready = Rader klare til import
import-line = Linje
import-column = Kolonne
import-problem = Feil
import-value = Verdi i filen
import-apply = { $count ->
    [one] Importer { $count } organisasjon
   *[other] Importer { $count } organisasjoner
}
import-applied = Organisasjonene er importert.
import-done = { $count ->
    [one] { $count } organisasjon ble importert.
   *[other] { $count } organisasjoner ble importert.
}
import-another = Importer en fil til

error-text-missing = Fyll ut dette feltet.
error-choice-unknown = Velg en av de oppgitte verdiene.
error-website-invalid = Skriv inn en nettadresse som begynner med https:// eller http://.
error-topic-missing = Velg minst ett fagområde.
error-already-member = Denne organisasjonen er allerede medlem av nettverket.
error-organisation-exists = Det finnes allerede en organisasjon med dette navnet i denne byen.
error-import-unreadable = Filen kunne ikke leses som en tabell over organisasjoner. Kontroller at det er en CSV-fil i UTF-8 der den første linjen navngir de obligatoriske kolonnene.
error-import-empty = Filen inneholder ingen organisasjoner.
error-import-too-large = Filen er for stor: høyst 5 MB og 20 000 organisasjoner.
error-import-has-errors = Noen rader har feil, så ingenting ble importert.
error-import-applied = Denne filen er allerede importert.
error-limit-reached = Grensen er nådd: Fjern en oppføring før du legger til en ny.
