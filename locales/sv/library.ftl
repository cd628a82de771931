# Biblioteket: resurser som nätverken delar, på flera språk.

nav-library = Bibliotek
library-title = Bibliotek
library-lead = Guider, handböcker, mallar, videor och verktyg från nätverkens medlemmar, var och en på de språk som den har översatts till.
library-add = Lägg till en resurs
library-add-lead = Dela ett dokument, en ePub, en video, en presentation, en mall eller en länk. Ange titel och sammanfattning på det språk som resursen är skriven på; översättningar kan läggas till senare.
library-add-send = Lägg till resursen
library-sign-in-to-add = Logga in för att lägga till en resurs
library-found = { $count ->
    [one] { $count } resurs
   *[other] { $count } resurser
}
library-none = Ingen resurs matchar sökningen.
library-search-label = Sök i titlar, sammanfattningar och filernas text
library-sort = Sortering
library-sort-relevance = Mest relevanta först
library-sort-newest = Nyaste först
library-file = Fil
library-file-hint = Högst { $size } MB (för en video: { $video } MB), eller ange en länk till platsen där den finns publicerad. PDF, ePub, kontorsdokument (OpenDocument, Word, Excel, PowerPoint), videor, ljud, bilder och oformaterad text.

resource-kind = Typ
resource-kind-document = Dokument
resource-kind-epub = ePub
resource-kind-video = Video
resource-kind-presentation = Presentation
resource-kind-template = Mall eller verktyg
resource-kind-website = Webbplats
resource-kind-dataset = Datamängd

resource-audience = Målgrupp
audience-trainers = Lärare och utbildare
audience-learners = Studerande och lärlingar
audience-managers = Chefer hos yrkesutbildningsanordnare
audience-companies = Företag och handledare på arbetsplatsen
audience-guidance = Studie- och yrkesvägledare
audience-policymakers = Beslutsfattare

resource-licence = Licens
licence-cc-by = Erkännande (CC BY 4.0)
licence-cc-by-sa = Erkännande – DelaLika (CC BY-SA 4.0)
licence-cc-by-nc = Erkännande – IckeKommersiell (CC BY-NC 4.0)
licence-cc-by-nc-sa = Erkännande – IckeKommersiell – DelaLika (CC BY-NC-SA 4.0)
licence-cc-by-nd = Erkännande – IngaBearbetningar (CC BY-ND 4.0)
licence-cc-by-nc-nd = Erkännande – IckeKommersiell – IngaBearbetningar (CC BY-NC-ND 4.0)
licence-cc0 = Allmän egendom (CC0 1.0)
licence-all-rights-reserved = Alla rättigheter förbehållna
resource-attribution = ”{ $title }” av { $author }, licensierad under { $licence }.
resource-licence-deed = Vad licensen tillåter
resource-rights-reserved = © { $author }. Alla rättigheter förbehållna: fråga upphovspersonerna innan du återanvänder resursen.

resource-visibility = Vem som kan se den
visibility-everyone = Alla
visibility-members = Inloggade medlemmar
visibility-network = Medlemmar i resursens nätverk

resource-status-draft = Utkast
resource-status-submitted = Väntar på granskning
resource-status-published = Publicerad
resource-draft-hint = bara du och nätverkets samordnare kan se den tills den har publicerats.
resource-submitted-hint = nätverkets samordnare granskar den innan den blir offentlig.
resource-hidden = Dold av en moderator

resource-field-title = Titel
resource-field-summary = Sammanfattning
resource-field-author = Upphovspersoner (så som de anges i erkännandet)
resource-field-link = Länk (en webbplats, eller platsen där en video finns publicerad)
resource-field-draft = Spara som utkast tills vidare
resource-language = Språk
resource-topics = Ämnen
resource-sectors = Branscher
resource-countries = Länder
resource-network = Nätverk
resource-network-none = Hela plattformen
resource-organisation = Organisation
resource-added-by = Tillagd av
resource-updated = Uppdaterad
resource-about = Om resursen
resource-original = originalversion
resource-other-languages = På andra språk
resource-not-in-your-language = Finns ännu inte på { $language }: visas på { $shown }, det språk som den skrevs på.
resource-open-pdf = Öppna PDF-filen
resource-download = Ladda ned
resource-open-link = Gå till resursen
resource-files = Filer
resource-file-name = Fil
resource-file-size = Storlek
resource-file-uploaded = Uppladdad
resource-file-current = aktuell
resource-pages = { $count ->
    [one] { $count } sida
   *[other] { $count } sidor
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Ladda upp en ny fil ({ $language })
resource-new-file-hint = Den nya filen blir den aktuella; de tidigare filerna finns kvar i listan och kan fortfarande laddas ned.
resource-new-file-send = Ladda upp filen
resource-add-translation = Lägg till en översättning
resource-add-translation-send = Lägg till översättningen
resource-review = Granska
resource-review-publish = Publicera
resource-review-return = Skicka tillbaka till upphovspersonen som utkast
resource-publish = Publicera

resource-added = Resursen har lagts till.
resource-version-added = Översättningen har lagts till.
resource-file-added = Den nya filen har laddats upp; den tidigare finns kvar i listan.
resource-published = Resursen har publicerats.
resource-submitted = Resursen har skickats in: nätverkets samordnare granskar den innan den blir offentlig.
resource-returned = Resursen har skickats tillbaka till upphovspersonen som utkast.

upload-progress = Laddar upp: { $percent } %
upload-failed = Uppladdningen gick inte igenom. Försök igen.

error-file-too-large = Filen är större än gränsen för den här typen av resurs. Dela i stället en länk till platsen där den finns publicerad.
error-file-missing = Välj en fil eller ange en länk.
error-upload-incomplete = Uppladdningen avbröts innan hela filen hade kommit fram. Ingenting har sparats; försök igen.
error-file-type-refused = Biblioteket tar inte emot den här filtypen. Program och arkivfiler avvisas; ePub-, OpenDocument- och Office-filer tas emot.
error-file-type-mismatch = Filens innehåll stämmer inte med dess namn: en fil vars namn slutar på .pdf måste vara en PDF.
error-file-name-invalid = Filnamnet innehåller tecken som inte är tillåtna i ett filnamn, eller så är det för långt (högst 200 tecken).
error-file-unreadable = Filen kan inte läsas: den är skadad, eller så blir den mångdubbelt större när den packas upp.
error-file-duplicate = Exakt den här filen är redan den aktuella filen för den här språkversionen.
error-link-invalid = Länken måste vara en webbadress som börjar med https:// eller http://.
error-version-exists = Resursen har redan en version på det här språket.
error-not-a-form = Den här begäran är inte ett formulär som biblioteket kan läsa.
error-back-to-form = Tillbaka till formuläret

## Samlingar (verktygslådor)

collections-title = Verktygslådor
collections-lead = Samlingar av resurser som nätverkens samordnare har satt ihop kring ett ämne eller för ett nätverk, där varje resurs har en anteckning om varför den finns med.
collections-none = Det finns inga verktygslådor ännu.
collection-count = { $count ->
    [one] { $count } resurs
   *[other] { $count } resurser
}
collection-new = Ny verktygslåda
collection-new-lead = En verktygslåda samlar resurser från biblioteket i den ordning som du väljer. Lägg till resurser i den från resursernas egna sidor.
collection-description = Vad verktygslådan är till för
collection-create = Skapa verktygslådan
collection-curator = Sammanställd av
collection-empty = Den här verktygslådan innehåller inga resurser ännu.
collection-unseen = { $count ->
    [one] Ytterligare { $count } resurs i den här verktygslådan är bara tillgänglig för medlemmar eller för ett visst nätverk.
   *[other] Ytterligare { $count } resurser i den här verktygslådan är bara tillgängliga för medlemmar eller för ett visst nätverk.
}
collection-add-hint = Om du vill lägga till en resurs öppnar du den i biblioteket och väljer ”Lägg till i en verktygslåda”.
collection-item-up = Flytta upp
collection-item-down = Flytta ned
collection-item-remove = Ta bort från verktygslådan
collection-item-note = Anteckning
collection-item-note-save = Spara anteckningen
collection-note = Varför den finns i verktygslådan (valfritt)
collection-add-to = Lägg till i en verktygslåda
collection-which = Verktygslåda
collection-add-send = Lägg till i verktygslådan
collection-created = Verktygslådan har skapats. Lägg till resurser i den från resursernas sidor.
collection-saved = Verktygslådan har sparats.
collection-item-added = Resursen har lagts till i verktygslådan.

## Var en resurs används, och att bifoga resurser

used-in-title = Används i
used-in-collection = Verktygslåda
used-in-thread = Kollegial rådgivning
used-in-activity = Handlingsplan
attached-title = Resurser från biblioteket
attached-add = Bifoga en resurs
attached-resource = Resurs
attached-resource-hint = Adressen till resursens sida i biblioteket, eller resursens nummer.
attached-add-send = Bifoga
attached-remove = Ta bort
resource-attached = Resursen har bifogats.
resource-detached = Resursen har tagits bort.
activity-resources = Resurser
activity-resources-none = Ingen resurs från biblioteket är kopplad till den här aktiviteten.
error-resource-unknown = Det finns ingen resurs i biblioteket som du har behörighet att läsa med den här adressen eller det här numret.
error-already-listed = Den här resursen finns redan med.

## Redigering, anmälningar och granskning

resource-edit = Redigera
resource-edit-lead = Ändra det som beskriver resursen samt titel, sammanfattning och länk för en av dess språkversioner. Filer läggs till på resursens sida; tidigare filer sparas.
resource-edit-version = Språkversion: { $language }
resource-edit-other-versions = Redigera en annan språkversion
resource-edit-save = Spara ändringarna
resource-saved = Ändringarna har sparats.
resource-flag = Anmäl
resource-flagged = Tack! Bibliotekets granskare kommer att titta på den här resursen.
resource-moderation-hide = Dölj resursen
resource-moderation-restore = Visa resursen igen
resource-moderation-dismiss = Behåll resursen som den är
library-review-title = Granskning av biblioteket
library-review-waiting = Väntar på beslut
library-review-none = Ingen resurs väntar på granskning eller har anmälts.
library-review-resource = Resurs
