# Biblioteket: ressurser som nettverkene deler, på flere språk.

nav-library = Bibliotek
library-title = Bibliotek
library-lead = Veiledninger, håndbøker, maler, videoer og verktøy fra medlemmene i nettverkene, hver på de språkene den er oversatt til.
library-add = Legg til en ressurs
library-add-lead = Del et dokument, en ePub, en video, en presentasjon, en mal eller en lenke. Oppgi tittel og sammendrag på språket ressursen er skrevet på; oversettelser kan legges til senere.
library-add-send = Legg til ressursen
library-sign-in-to-add = Logg inn for å legge til en ressurs
library-found = { $count ->
    [one] { $count } ressurs
   *[other] { $count } ressurser
}
library-none = Ingen ressurser passer til dette søket.
library-search-label = Søk i titler, sammendrag og teksten i filene
library-sort = Sortering
library-sort-relevance = Mest relevant først
library-sort-newest = Nyeste først
library-file = Fil
library-file-hint = Høyst { $size } MB (for en video: { $video } MB), eller oppgi en lenke til der filen ligger. PDF, ePub, kontordokumenter (OpenDocument, Word, Excel, PowerPoint), videoer, lyd, bilder og ren tekst.

resource-kind = Type
resource-kind-document = Dokument
resource-kind-epub = ePub
resource-kind-video = Video
resource-kind-presentation = Presentasjon
resource-kind-template = Mal eller verktøy
resource-kind-website = Nettsted
resource-kind-dataset = Datasett

resource-audience = Målgruppe
audience-trainers = Lærere og instruktører
audience-learners = Elever og lærlinger
audience-managers = Ledere hos tilbydere av fag- og yrkesopplæring
audience-companies = Bedrifter og instruktører i bedrift
audience-guidance = Karriereveiledere og rådgivere
audience-policymakers = Beslutningstakere

resource-licence = Lisens
licence-cc-by = Navngivelse (CC BY 4.0)
licence-cc-by-sa = Navngivelse – DelPåSammeVilkår (CC BY-SA 4.0)
licence-cc-by-nc = Navngivelse – IkkeKommersiell (CC BY-NC 4.0)
licence-cc-by-nc-sa = Navngivelse – IkkeKommersiell – DelPåSammeVilkår (CC BY-NC-SA 4.0)
licence-cc-by-nd = Navngivelse – IngenBearbeidelse (CC BY-ND 4.0)
licence-cc-by-nc-nd = Navngivelse – IkkeKommersiell – IngenBearbeidelser (CC BY-NC-ND 4.0)
licence-cc0 = Fristatus-erklæring (CC0 1.0)
licence-all-rights-reserved = Alle rettigheter forbeholdt
resource-attribution = «{ $title }» av { $author }, lisensiert under { $licence }.
resource-licence-deed = Hva lisensen tillater
resource-rights-reserved = © { $author }. Alle rettigheter forbeholdt: spør opphavspersonene før du gjenbruker ressursen.

resource-visibility = Hvem som kan se den
visibility-everyone = Alle
visibility-members = Innloggede medlemmer
visibility-network = Medlemmer av ressursens nettverk

resource-status-draft = Utkast
resource-status-submitted = Venter på gjennomgang
resource-status-published = Publisert
resource-draft-hint = bare du og nettverkets fasilitatorer kan se den til den er publisert.
resource-submitted-hint = nettverkets fasilitatorer går gjennom den før den blir offentlig.
resource-hidden = Skjult av en moderator

resource-field-title = Tittel
resource-field-summary = Sammendrag
resource-field-author = Opphavspersoner (slik navngivelsen oppgir dem)
resource-field-link = Lenke (et nettsted, eller der en video ligger)
resource-field-draft = Behold den som utkast inntil videre
resource-language = Språk
resource-topics = Fagområder
resource-sectors = Bransjer
resource-countries = Land
resource-network = Nettverk
resource-network-none = Hele plattformen
resource-organisation = Organisasjon
resource-added-by = Lagt til av
resource-updated = Oppdatert
resource-about = Om ressursen
resource-original = originalversjon
resource-other-languages = På andre språk
resource-not-in-your-language = Finnes ennå ikke på { $language }: vises på { $shown }, språket den ble skrevet på.
resource-open-pdf = Åpne PDF-filen
resource-download = Last ned
resource-open-link = Gå til ressursen
resource-files = Filer
resource-file-name = Fil
resource-file-size = Størrelse
resource-file-uploaded = Lastet opp
resource-file-current = gjeldende
resource-pages = { $count ->
    [one] { $count } side
   *[other] { $count } sider
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Last opp en ny fil ({ $language })
resource-new-file-hint = Den nye filen blir den gjeldende; de tidligere filene blir stående i listen og kan fortsatt lastes ned.
resource-new-file-send = Last opp filen
resource-add-translation = Legg til en oversettelse
resource-add-translation-send = Legg til oversettelsen
resource-review = Gjennomgå
resource-review-publish = Publiser
resource-review-return = Send tilbake til opphavspersonen som utkast
resource-publish = Publiser

resource-added = Ressursen er lagt til.
resource-version-added = Oversettelsen er lagt til.
resource-file-added = Den nye filen er lastet opp; den forrige står fortsatt i listen.
resource-published = Ressursen er publisert.
resource-submitted = Ressursen er sendt inn: nettverkets fasilitatorer går gjennom den før den blir offentlig.
resource-returned = Ressursen er sendt tilbake til opphavspersonen som utkast.

upload-progress = Laster opp: { $percent } %
upload-failed = Opplastingen gikk ikke gjennom. Prøv igjen.

error-file-too-large = Filen er større enn grensen for denne typen ressurs. Del heller en lenke til der den ligger.
error-file-missing = Velg en fil eller oppgi en lenke.
error-upload-incomplete = Opplastingen ble avbrutt før hele filen var kommet fram. Ingenting ble lagret; prøv igjen.
error-file-type-refused = Biblioteket tar ikke imot denne filtypen. Programmer og arkivfiler avvises; ePub-, OpenDocument- og Office-filer godtas.
error-file-type-mismatch = Innholdet i filen stemmer ikke med navnet: en fil med navn som slutter på .pdf, må være en PDF.
error-file-name-invalid = Filnavnet inneholder tegn som ikke er tillatt i et filnavn, eller det er for langt (høyst 200 tegn).
error-file-unreadable = Filen kan ikke leses: den er skadet, eller den blir mange ganger større når den pakkes ut.
error-file-duplicate = Akkurat denne filen er allerede den gjeldende filen for denne språkversjonen.
error-link-invalid = Lenken må være en nettadresse som begynner med https:// eller http://.
error-version-exists = Ressursen har allerede en versjon på dette språket.
error-not-a-form = Denne forespørselen er ikke et skjema som biblioteket kan lese.
error-back-to-form = Tilbake til skjemaet

## Samlinger (verktøykasser)

collections-title = Verktøykasser
collections-lead = Samlinger av ressurser som nettverkenes fasilitatorer har satt sammen om et fagområde eller for et nettverk, med en merknad til hver ressurs om hvorfor den er med.
collections-none = Det finnes ingen verktøykasser ennå.
collection-count = { $count ->
    [one] { $count } ressurs
   *[other] { $count } ressurser
}
collection-new = Ny verktøykasse
collection-new-lead = En verktøykasse samler ressurser fra biblioteket i den rekkefølgen du velger. Legg til ressurser i den fra ressursenes egne sider.
collection-description = Hva verktøykassen skal brukes til
collection-create = Opprett verktøykassen
collection-curator = Satt sammen av
collection-empty = Denne verktøykassen inneholder ingen ressurser ennå.
collection-unseen = { $count ->
    [one] Ytterligere { $count } ressurs i denne verktøykassen er bare tilgjengelig for medlemmer eller for et bestemt nettverk.
   *[other] Ytterligere { $count } ressurser i denne verktøykassen er bare tilgjengelige for medlemmer eller for et bestemt nettverk.
}
collection-add-hint = Hvis du vil legge til en ressurs, åpner du den i biblioteket og velger «Legg til i en verktøykasse».
collection-item-up = Flytt opp
collection-item-down = Flytt ned
collection-item-remove = Fjern fra verktøykassen
collection-item-note = Merknad
collection-item-note-save = Lagre merknaden
collection-note = Hvorfor den er med i verktøykassen (valgfritt)
collection-add-to = Legg til i en verktøykasse
collection-which = Verktøykasse
collection-add-send = Legg til i verktøykassen
collection-created = Verktøykassen er opprettet. Legg til ressurser i den fra ressursenes sider.
collection-saved = Verktøykassen er lagret.
collection-item-added = Ressursen er lagt til i verktøykassen.

## Hvor en ressurs brukes, og vedlegg av ressurser

used-in-title = Brukt i
used-in-collection = Verktøykasse
used-in-thread = Kollegaveiledning
used-in-activity = Handlingsplan
attached-title = Ressurser fra biblioteket
attached-add = Legg ved en ressurs
attached-resource = Ressurs
attached-resource-hint = Adressen til ressursens side i biblioteket, eller nummeret til ressursen.
attached-add-send = Legg ved
attached-remove = Fjern
resource-attached = Ressursen er lagt ved.
resource-detached = Ressursen er fjernet.
activity-resources = Ressurser
activity-resources-none = Ingen ressurser fra biblioteket er knyttet til denne aktiviteten.
error-resource-unknown = Ingen ressurs i biblioteket som du har tilgang til å lese, har denne adressen eller dette nummeret.
error-already-listed = Denne ressursen er allerede med.

## Redigering, rapporter og gjennomgang

resource-edit = Rediger
resource-edit-lead = Endre det som beskriver ressursen, og tittelen, sammendraget og lenken for en av språkversjonene. Filer legges til på ressursens side; tidligere filer blir tatt vare på.
resource-edit-version = Språkversjon: { $language }
resource-edit-other-versions = Rediger en annen språkversjon
resource-edit-save = Lagre endringene
resource-saved = Endringene er lagret.
resource-flag = Rapporter
resource-flagged = Takk! Bibliotekets moderatorer vil se på denne ressursen.
resource-moderation-hide = Skjul ressursen
resource-moderation-restore = Vis ressursen igjen
resource-moderation-dismiss = Behold ressursen som den er
library-review-title = Gjennomgang av biblioteket
library-review-waiting = Venter på en avgjørelse
library-review-none = Ingen ressurser venter på gjennomgang eller er rapportert.
library-review-resource = Ressurs
