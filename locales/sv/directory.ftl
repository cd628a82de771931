## Redigering av katalogen: organisationer, partnersökning, medlemmar, nätverk, import.

organisations-export = Ladda ned listan som CSV
filter-offers = Erbjuder partnerskap
filter-seeks = Söker partnerskap

organisation-edit = Redigera den här organisationen
organisation-edit-title = Redigera organisationen
organisation-edit-back = Tillbaka till organisationen
organisation-edit-not-allowed = Endast organisationens egna medlemmar och plattformens koordinatorer får redigera den.
organisation-save = Spara organisationen
organisation-saved = Organisationen har sparats.
field-organisation-name = Organisationens namn
field-city = Ort
field-description = Beskrivning
field-description-language = Beskrivningens språk
field-topics = Expertområden

partnerships-page-title = Partnersökning
partnerships-lead = Vad nätverkens organisationer erbjuder och vad de söker. Filtrera på typ av partnerskap, expertområde och land.
partnerships-title = Erbjudanden och behov
partnerships-none-here = Organisationen har inte angett några erbjudanden eller behov än.
partnerships-none = Inga erbjudanden eller behov matchar de här filtren.
partnerships-found = { $count ->
    [one] { $count } erbjudande eller behov
   *[other] { $count } erbjudanden och behov
}
partnership-add = Lägg till ett erbjudande eller ett behov
partnership-add-submit = Lägg till
partnership-added = Erbjudandet eller behovet har lagts till.
partnership-withdraw = Dra tillbaka
partnership-removed = Erbjudandet eller behovet har dragits tillbaka.
partnership-any-country = Öppet för partner från alla länder
partnership-open-to = Öppet för partner från: { $countries }
field-direction = Erbjudande eller behov
field-partnership-kind = Typ av partnerskap
field-open-to = Öppet för partner från
field-open-to-hint = Välj inget land om partner från alla länder är välkomna. Håll ned Ctrl (eller ⌘) för att välja flera.
suggestions-title = Möjliga partner
suggestions-intro = Andra organisationers erbjudanden som matchar den här organisationens behov: samma typ av partnerskap och minst ett gemensamt expertområde.
suggestions-mine = Möjliga partner för din organisation
suggestion-for = Svarar mot behovet: { $kind }

memberships-title = Medlemskap i nätverk
memberships-intro = De nätverk som du är samordnare för: lägg till organisationen, ändra dess medlemsnivå eller ta bort den.
membership-add = Lägg till i nätverket
membership-save = Ändra nivån
membership-remove = Ta bort från nätverket
membership-saved = Medlemskapet har sparats.
membership-removed = Organisationen har tagits bort från nätverket.
field-level = Medlemsnivå
field-network = Nätverk

network-facilitators = Samordnare
field-expertise = Expertis
member-no-expertise = Ingen expertis har angetts än.

network-create = Skapa ett nätverk
network-create-submit = Skapa nätverket
network-created = Nätverket har skapats.
field-network-name = Nätverkets namn
field-network-kind = Typ av nätverk
field-network-parent = Medlem i nätverket
network-no-parent = Inget (ett nätverk på högsta nivån)
network-no-country = Inget (internationellt eller tematiskt)
network-country-hint = Nationella och regionala nätverk måste ha ett land.

import-title = Importera organisationer
import-lead = Lägg till många organisationer i ett nätverk på en gång från en CSV-fil. Du får se att varje rad har kontrollerats innan något importeras.
import-not-allowed = Endast ett nätverks samordnare och plattformens koordinatorer får importera organisationer.
import-columns = Filens första rad anger kolumnernas namn: { $required } (obligatoriska) och { $optional } (valfria). Kolumnerna kan stå i valfri ordning, åtskilda med kommatecken eller semikolon.
import-lists-hint = Branscher, expertområden och språk kan ha flera värden åtskilda med semikolon, med samma nycklar som i en exporterad lista. Nivån är ”core”, ”member” eller ”associate” (”member” om fältet är tomt).
import-network = Nätverk som organisationerna går med i
import-file = CSV-fil (UTF-8)
import-upload = Kontrollera filen
import-preview-title = Förhandsgranskning av importen
import-preview-heading = Import av { $file } till { $network }
import-summary = { $ready ->
    [one] { $ready } organisation är klar att importeras
   *[other] { $ready } organisationer är klara att importeras
}, { $problems ->
    [one] { $problems } fel
   *[other] { $problems } fel
}.
import-problems = Rader med fel
import-fix-and-upload = Ingenting importeras så länge någon rad innehåller fel. Rätta filen och ladda upp den igen.
import-ready = Rader som är klara att importeras
import-line = Rad
import-column = Kolumn
import-problem = Fel
import-value = Värde i filen
import-apply = { $count ->
    [one] Importera { $count } organisation
   *[other] Importera { $count } organisationer
}
import-applied = Organisationerna har importerats.
import-done = { $count ->
    [one] { $count } organisation har importerats.
   *[other] { $count } organisationer har importerats.
}
import-another = Importera en annan fil

error-text-missing = Fyll i det här fältet.
error-choice-unknown = Välj ett av de alternativ som finns.
error-website-invalid = Ange en webbadress som börjar med https:// eller http://.
error-topic-missing = Välj minst ett expertområde.
error-already-member = Organisationen är redan medlem i nätverket.
error-organisation-exists = Det finns redan en organisation med det här namnet på den här orten.
error-import-unreadable = Filen kunde inte läsas som en tabell över organisationer. Kontrollera att det är en CSV-fil i UTF-8 vars första rad anger de obligatoriska kolumnerna.
error-import-empty = Filen innehåller inga organisationer.
error-import-too-large = Filen är för stor: högst 5 MB och 20 000 organisationer.
error-import-has-errors = Några rader innehåller fel, så ingenting importerades.
error-import-applied = Filen har redan importerats.
error-limit-reached = Gränsen är nådd: ta bort en post innan du lägger till en ny.
