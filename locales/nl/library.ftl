# De bibliotheek: bronnen die de netwerken delen, in meerdere talen.

nav-library = Bibliotheek
library-title = Bibliotheek
library-lead = Handleidingen, handboeken, sjablonen, video’s en hulpmiddelen van de leden van de netwerken, elk in de talen waarin ze zijn vertaald.
library-add = Een bron toevoegen
library-add-lead = Deel een document, een ePub, een video, een presentatie, een sjabloon of een link. Geef de titel en de samenvatting in de taal waarin de bron is geschreven; vertalingen kunnen later worden toegevoegd.
library-add-send = Bron toevoegen
library-sign-in-to-add = Log in om een bron toe te voegen
library-found = { $count ->
    [one] { $count } bron
   *[other] { $count } bronnen
}
library-none = Geen enkele bron gevonden voor deze zoekopdracht.
library-search-label = Titels, samenvattingen en de tekst van de bestanden doorzoeken
library-sort = Volgorde
library-sort-relevance = Beste overeenkomst
library-sort-newest = Nieuwste eerst
library-file = Bestand
library-file-hint = Maximaal { $size } MB (voor een video: { $video } MB), of geef een link naar de plek waar het bestand online staat. PDF, ePub, kantoordocumenten (OpenDocument, Word, Excel, PowerPoint), video’s, audio, afbeeldingen en platte tekst.

resource-kind = Soort
resource-kind-document = Document
resource-kind-epub = ePub
resource-kind-video = Video
resource-kind-presentation = Presentatie
resource-kind-template = Sjabloon of hulpmiddel
resource-kind-website = Internetsite
resource-kind-dataset = Gegevensset

resource-audience = Doelgroep
audience-trainers = Docenten en opleiders
audience-learners = Lerenden en leerlingen in het leerlingwezen
audience-managers = Leidinggevenden van aanbieders van beroepsonderwijs
audience-companies = Bedrijven en praktijkopleiders
audience-guidance = Loopbaanbegeleiders
audience-policymakers = Beleidsmakers

resource-licence = Licentie
licence-cc-by = Naamsvermelding (CC BY 4.0)
licence-cc-by-sa = Naamsvermelding – GelijkDelen (CC BY-SA 4.0)
licence-cc-by-nc = Naamsvermelding – NietCommercieel (CC BY-NC 4.0)
licence-cc-by-nc-sa = Naamsvermelding – NietCommercieel – GelijkDelen (CC BY-NC-SA 4.0)
licence-cc-by-nd = Naamsvermelding – GeenAfgeleideWerken (CC BY-ND 4.0)
licence-cc-by-nc-nd = Naamsvermelding – NietCommercieel – GeenAfgeleideWerken (CC BY-NC-ND 4.0)
licence-cc0 = Publiek domein (CC0 1.0)
licence-all-rights-reserved = Alle rechten voorbehouden
resource-attribution = “{ $title }” door { $author }, gelicentieerd onder { $licence }.
resource-licence-deed = Wat de licentie toestaat
resource-rights-reserved = © { $author }. Alle rechten voorbehouden: vraag de auteurs om toestemming voordat u de bron hergebruikt.

resource-visibility = Zichtbaar voor
visibility-everyone = Iedereen
visibility-members = Ingelogde leden
visibility-network = Leden van het bijbehorende netwerk

resource-status-draft = Concept
resource-status-submitted = Wacht op beoordeling
resource-status-published = Gepubliceerd
resource-draft-hint = alleen u en de netwerkcoördinatoren zien de bron totdat die is gepubliceerd.
resource-submitted-hint = de netwerkcoördinatoren beoordelen de bron voordat die openbaar wordt.
resource-hidden = Verborgen door een moderator

resource-field-title = Titel
resource-field-summary = Samenvatting
resource-field-author = Auteurs (zoals ze in de naamsvermelding staan)
resource-field-link = Link (een internetsite, of de plek waar een video online staat)
resource-field-draft = Voorlopig als concept bewaren
resource-language = Taal
resource-topics = Thema’s
resource-sectors = Branches
resource-countries = Landen
resource-network = Netwerk
resource-network-none = Het hele platform
resource-organisation = Organisatie
resource-added-by = Toegevoegd door
resource-updated = Bijgewerkt
resource-about = Over deze bron
resource-original = origineel
resource-other-languages = In andere talen
resource-not-in-your-language = Nog niet beschikbaar in het { $language }: getoond in het { $shown }, de taal waarin de bron is geschreven.
resource-open-pdf = De PDF openen
resource-download = Downloaden
resource-open-link = Naar de bron
resource-files = Bestanden
resource-file-name = Bestand
resource-file-size = Grootte
resource-file-uploaded = Geüpload
resource-file-current = huidig
resource-pages = { $count ->
    [one] { $count } pagina
   *[other] { $count } pagina’s
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Een nieuw bestand uploaden ({ $language })
resource-new-file-hint = Het nieuwe bestand wordt het huidige; de eerdere bestanden blijven in de lijst staan en kunnen nog steeds worden gedownload.
resource-new-file-send = Bestand uploaden
resource-add-translation = Een vertaling toevoegen
resource-add-translation-send = Vertaling toevoegen
resource-review = Beoordelen
resource-review-publish = Publiceren
resource-review-return = Als concept terugsturen naar de auteur
resource-publish = Publiceren

resource-added = De bron is toegevoegd.
resource-version-added = De vertaling is toegevoegd.
resource-file-added = Het nieuwe bestand is geüpload; het eerdere staat nog in de lijst.
resource-published = De bron is gepubliceerd.
resource-submitted = De bron is ingediend: de netwerkcoördinatoren beoordelen de bron voordat die openbaar wordt.
resource-returned = De bron is als concept teruggestuurd naar de auteur.

upload-progress = Bezig met uploaden: { $percent }%
upload-failed = Het uploaden is niet gelukt. Probeer het opnieuw.

error-file-too-large = Het bestand is groter dan de limiet voor dit soort bron. Deel in plaats daarvan een link naar de plek waar het online staat.
error-file-missing = Kies een bestand of geef een link.
error-upload-incomplete = Het uploaden werd afgebroken voordat het hele bestand binnen was. Er is niets bewaard; probeer het opnieuw.
error-file-type-refused = De bibliotheek accepteert dit soort bestand niet. Programma’s en archieven worden geweigerd; ePub-, OpenDocument- en Office-bestanden worden geaccepteerd.
error-file-type-mismatch = De inhoud van het bestand past niet bij de naam: een bestand waarvan de naam op .pdf eindigt, moet een PDF zijn.
error-file-name-invalid = De bestandsnaam bevat tekens die niet in een bestandsnaam mogen staan, of is te lang (maximaal 200 tekens).
error-file-unreadable = Het bestand kan niet worden gelezen: het is beschadigd, of het wordt bij het uitpakken veel groter dan het is.
error-file-duplicate = Precies dit bestand is al het huidige bestand van deze taalversie.
error-link-invalid = De link moet een webadres zijn dat begint met https:// of http://.
error-version-exists = De bron heeft al een versie in deze taal.
error-not-a-form = Dit verzoek is geen formulier dat de bibliotheek kan lezen.
error-back-to-form = Terug naar het formulier

## Collecties (gereedschapskisten)

collections-title = Gereedschapskisten
collections-lead = Verzamelingen van bronnen die de netwerkcoördinatoren rond een thema of voor een netwerk hebben samengesteld, elke bron met een toelichting waarom die erin zit.
collections-none = Er is nog geen gereedschapskist.
collection-count = { $count ->
    [one] { $count } bron
   *[other] { $count } bronnen
}
collection-new = Nieuwe gereedschapskist
collection-new-lead = Een gereedschapskist brengt bronnen uit de bibliotheek samen in de volgorde die u kiest. U voegt er bronnen aan toe vanaf hun eigen pagina.
collection-description = Waarvoor de gereedschapskist dient
collection-create = Gereedschapskist aanmaken
collection-curator = Samengesteld door
collection-empty = Deze gereedschapskist bevat nog geen bronnen.
collection-unseen = { $count ->
    [one] Nog { $count } bron in deze gereedschapskist is alleen zichtbaar voor ingelogde leden of voor de leden van een netwerk.
   *[other] Nog { $count } bronnen in deze gereedschapskist zijn alleen zichtbaar voor ingelogde leden of voor de leden van een netwerk.
}
collection-add-hint = Om een bron toe te voegen, opent u die in de bibliotheek en kiest u “Aan een gereedschapskist toevoegen”.
collection-item-up = Omhoog
collection-item-down = Omlaag
collection-item-remove = Uit de gereedschapskist verwijderen
collection-item-note = Toelichting
collection-item-note-save = Toelichting opslaan
collection-note = Waarom de bron in de gereedschapskist zit (optioneel)
collection-add-to = Aan een gereedschapskist toevoegen
collection-which = Gereedschapskist
collection-add-send = Aan de gereedschapskist toevoegen
collection-created = De gereedschapskist is aangemaakt. Voeg er bronnen aan toe vanaf hun pagina.
collection-saved = De gereedschapskist is opgeslagen.
collection-item-added = De bron is aan de gereedschapskist toegevoegd.

## Waar een bron wordt gebruikt, en bronnen koppelen

used-in-title = Gebruikt in
used-in-collection = Gereedschapskist
used-in-thread = Collegiale consultatie
used-in-activity = Actieplan
attached-title = Bronnen uit de bibliotheek
attached-add = Een bron koppelen
attached-resource = Bron
attached-resource-hint = Het adres van de pagina van de bron in de bibliotheek, of het nummer ervan.
attached-add-send = Koppelen
attached-remove = Verwijderen
resource-attached = De bron is gekoppeld.
resource-detached = De bron is verwijderd.
activity-resources = Bronnen
activity-resources-none = Er is geen bron uit de bibliotheek aan deze activiteit gekoppeld.
error-resource-unknown = Er is in de bibliotheek geen bron met dit adres of nummer die u mag lezen.
error-already-listed = Deze bron staat er al bij.

## Bewerken, meldingen en beoordeling

resource-edit = Bewerken
resource-edit-lead = Wijzig de gegevens die de bron beschrijven en de titel, de samenvatting en de link van een van de taalversies. Bestanden voegt u toe op de pagina van de bron; eerdere bestanden blijven bewaard.
resource-edit-version = Taalversie: { $language }
resource-edit-other-versions = Een andere taalversie bewerken
resource-edit-save = Wijzigingen opslaan
resource-saved = De wijzigingen zijn opgeslagen.
resource-flag = Melden
resource-flagged = Bedankt: de beoordelaars van de bibliotheek gaan deze bron bekijken.
resource-moderation-hide = Bron verbergen
resource-moderation-restore = Bron weer tonen
resource-moderation-dismiss = Bron ongewijzigd laten
library-review-title = Beoordeling van bronnen
library-review-waiting = Wacht op een beslissing
library-review-none = Er wachten geen bronnen op beoordeling en er zijn geen bronnen gemeld.
library-review-resource = Bron
