## Redigering af kataloget: organisationer, partnersøgning, medlemmer, netværk, import.

organisations-export = Download listen som CSV
filter-offers = Tilbyder partnerskab
filter-seeks = Søger partnerskab

organisation-edit = Redigér denne organisation
organisation-edit-title = Redigér organisationen
organisation-edit-back = Tilbage til organisationen
organisation-edit-not-allowed = Kun organisationens egne medlemmer og platformens koordinatorer kan redigere den.
organisation-save = Gem organisationen
organisation-saved = Organisationen er gemt.
field-organisation-name = Organisationens navn
field-city = By
field-description = Beskrivelse
field-description-language = Beskrivelsens sprog
field-topics = Ekspertiseområder

partnerships-page-title = Partnersøgning
partnerships-lead = Hvad organisationerne i netværkene tilbyder, og hvad de søger. Filtrér efter type partnerskab, emne og land.
partnerships-title = Tilbud og behov
partnerships-none-here = Organisationen har endnu ikke angivet nogen tilbud eller behov.
partnerships-none = Ingen tilbud eller behov matcher disse filtre.
partnerships-found = { $count ->
    [one] { $count } tilbud eller behov
   *[other] { $count } tilbud og behov
}
partnership-add = Tilføj et tilbud eller et behov
partnership-add-submit = Tilføj
partnership-added = Tilbuddet eller behovet er tilføjet.
partnership-withdraw = Træk tilbage
partnership-removed = Tilbuddet eller behovet er trukket tilbage.
partnership-any-country = Åben for partnere fra alle lande
partnership-open-to = Åben for partnere fra: { $countries }
field-direction = Tilbud eller behov
field-partnership-kind = Type partnerskab
field-open-to = Åben for partnere fra
field-open-to-hint = Vælg ingen for at tage imod partnere fra alle lande. Hold Ctrl (eller ⌘) nede for at vælge flere.
suggestions-title = Mulige partnere
suggestions-intro = Andre organisationers tilbud, der matcher denne organisations behov: samme type partnerskab og mindst ét fælles emne.
suggestions-mine = Mulige partnere til din organisation
suggestion-for = Matcher behovet: { $kind }

memberships-title = Medlemskaber af netværk
memberships-intro = De netværk, du er facilitator for: Tilføj organisationen, skift dens medlemsniveau, eller fjern den.
membership-add = Tilføj til netværket
membership-save = Skift niveau
membership-remove = Fjern fra netværket
membership-saved = Medlemskabet er gemt.
membership-removed = Organisationen er fjernet fra netværket.
field-level = Medlemsniveau
field-network = Netværk

network-facilitators = Netværksfacilitatorer
field-expertise = Ekspertise
member-no-expertise = Ingen ekspertise angivet endnu.

network-create = Opret et netværk
network-create-submit = Opret netværket
network-created = Netværket er oprettet.
field-network-name = Netværkets navn
field-network-kind = Netværkstype
field-network-parent = Medlem af netværket
network-no-parent = Intet (et netværk på øverste niveau)
network-no-country = Intet (internationalt eller tematisk)
network-country-hint = Nationale og regionale netværk skal have et land.

import-title = Importér organisationer
import-lead = Tilføj mange organisationer til et netværk på én gang fra en CSV-fil. Hver række bliver kontrolleret og vist for dig, før noget importeres.
import-not-allowed = Kun et netværks facilitatorer og platformens koordinatorer kan importere organisationer.
import-columns = Filens første linje angiver kolonnerne: { $required } (påkrævede) og { $optional } (valgfrie). Kolonnerne kan stå i vilkårlig rækkefølge, adskilt af kommaer eller semikoloner.
import-lists-hint = Brancher, emner og sprog kan have flere værdier adskilt af semikoloner med de samme nøgler som i en eksporteret liste. Niveauet er »core«, »member« eller »associate« (»member«, hvis feltet er tomt).
import-network = Netværk, som organisationerne bliver medlem af
import-file = CSV-fil (UTF-8)
import-upload = Kontrollér filen
import-preview-title = Forhåndsvisning af importen
import-preview-heading = Import af { $file } til { $network }
import-summary = { $ready ->
    [one] { $ready } organisation klar til import
   *[other] { $ready } organisationer klar til import
}, { $problems ->
    [one] { $problems } fejl
   *[other] { $problems } fejl
}.
import-problems = Rækker med fejl
import-fix-and-upload = Intet bliver importeret, så længe en række indeholder fejl. Ret filen, og upload den igen.
import-ready = Rækker klar til import
import-line = Linje
import-column = Kolonne
import-problem = Fejl
import-value = Værdi i filen
import-apply = { $count ->
    [one] Importér { $count } organisation
   *[other] Importér { $count } organisationer
}
import-applied = Organisationerne er importeret.
import-done = { $count ->
    [one] { $count } organisation blev importeret.
   *[other] { $count } organisationer blev importeret.
}
import-another = Importér en anden fil

error-text-missing = Udfyld dette felt.
error-choice-unknown = Vælg en af de viste værdier.
error-website-invalid = Indtast en webadresse, der begynder med https:// eller http://.
error-topic-missing = Vælg mindst ét emne.
error-already-member = Organisationen er allerede medlem af netværket.
error-organisation-exists = Der findes allerede en organisation med dette navn i denne by.
error-import-unreadable = Filen kunne ikke læses som en tabel over organisationer. Kontrollér, at det er en CSV-fil i UTF-8, hvis første linje angiver de påkrævede kolonner.
error-import-empty = Filen indeholder ingen organisationer.
error-import-too-large = Filen er for stor: højst 5 MB og 20.000 organisationer.
error-import-has-errors = Nogle rækker indeholder fejl, så intet er blevet importeret.
error-import-applied = Filen er allerede blevet importeret.
error-limit-reached = Grænsen er nået: Fjern en post, før du tilføjer en ny.
