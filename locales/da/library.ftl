# Biblioteket: ressourcer, som netværkene deler, på flere sprog.

nav-library = Bibliotek
library-title = Bibliotek
library-lead = Vejledninger, håndbøger, skabeloner, videoer og værktøjer fra netværkenes medlemmer, hver på de sprog, den er oversat til.
library-add = Tilføj en ressource
library-add-lead = Del et dokument, en ePub, en video, en præsentation, en skabelon eller et link. Angiv titel og resumé på det sprog, ressourcen er skrevet på; oversættelser kan tilføjes bagefter.
library-add-send = Tilføj ressourcen
library-sign-in-to-add = Log ind for at tilføje en ressource
library-found = { $count ->
    [one] { $count } ressource
   *[other] { $count } ressourcer
}
library-none = Ingen ressourcer matcher søgningen.
library-search-label = Søg i titler, resuméer og filernes tekst
library-sort = Rækkefølge
library-sort-relevance = Bedste match
library-sort-newest = Nyeste først
library-file = Fil
library-file-hint = Højst { $size } MB (for en video: { $video } MB), eller angiv et link til, hvor filen ligger. PDF, ePub, kontordokumenter (OpenDocument, Word, Excel, PowerPoint), videoer, lyd, billeder og ren tekst.

resource-kind = Type
resource-kind-document = Dokument
resource-kind-epub = ePub
resource-kind-video = Video
resource-kind-presentation = Præsentation
resource-kind-template = Skabelon eller værktøj
resource-kind-website = Hjemmeside
resource-kind-dataset = Datasæt

resource-audience = Målgruppe
audience-trainers = Lærere og instruktører
audience-learners = Elever og lærlinge
audience-managers = Ledere hos udbydere af erhvervsuddannelser
audience-companies = Virksomheder og oplæringsansvarlige
audience-guidance = Uddannelses- og erhvervsvejledere
audience-policymakers = Politiske beslutningstagere

resource-licence = Licens
licence-cc-by = Kreditering (CC BY 4.0)
licence-cc-by-sa = Kreditering – DelPåSammeVilkår (CC BY-SA 4.0)
licence-cc-by-nc = Kreditering – IkkeKommerciel (CC BY-NC 4.0)
licence-cc-by-nc-sa = Kreditering – IkkeKommerciel – DelPåSammeVilkår (CC BY-NC-SA 4.0)
licence-cc-by-nd = Kreditering – IngenBearbejdelse (CC BY-ND 4.0)
licence-cc-by-nc-nd = Kreditering – IkkeKommerciel – IngenBearbejdelse (CC BY-NC-ND 4.0)
licence-cc0 = Fri af ophavsret (CC0 1.0)
licence-all-rights-reserved = Alle rettigheder forbeholdes
resource-attribution = »{ $title }« af { $author }, licenseret under { $licence }.
resource-licence-deed = Hvad licensen tillader
resource-rights-reserved = © { $author }. Alle rettigheder forbeholdes: Spørg forfatterne, før du genbruger ressourcen.

resource-visibility = Hvem må se den
visibility-everyone = Alle
visibility-members = Medlemmer, der er logget ind
visibility-network = Medlemmer af ressourcens netværk

resource-status-draft = Udkast
resource-status-submitted = Venter på gennemgang
resource-status-published = Offentliggjort
resource-draft-hint = kun du og netværkets facilitatorer kan se den, indtil den er offentliggjort.
resource-submitted-hint = netværkets facilitatorer gennemgår den, før den bliver offentlig.
resource-hidden = Skjult af en moderator

resource-field-title = Titel
resource-field-summary = Resumé
resource-field-author = Forfattere (som de skal krediteres)
resource-field-link = Link (en hjemmeside, eller hvor en video ligger)
resource-field-draft = Behold den som udkast indtil videre
resource-language = Sprog
resource-topics = Emner
resource-sectors = Brancher
resource-countries = Lande
resource-network = Netværk
resource-network-none = Hele platformen
resource-organisation = Organisation
resource-added-by = Tilføjet af
resource-updated = Opdateret
resource-about = Om denne ressource
resource-original = originaludgave
resource-other-languages = På andre sprog
resource-not-in-your-language = Findes endnu ikke på { $language }: vises på { $shown }, det sprog, den er skrevet på.
resource-open-pdf = Åbn PDF-filen
resource-download = Download filen
resource-open-link = Gå til ressourcen
resource-files = Filer
resource-file-name = Fil
resource-file-size = Størrelse
resource-file-uploaded = Uploadet
resource-file-current = aktuel
resource-pages = { $count ->
    [one] { $count } side
   *[other] { $count } sider
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Upload en ny fil ({ $language })
resource-new-file-hint = Den nye fil bliver den aktuelle; de tidligere filer forbliver på listen og kan stadig downloades.
resource-new-file-send = Upload filen
resource-add-translation = Tilføj en oversættelse
resource-add-translation-send = Tilføj oversættelsen
resource-review = Gennemgå
resource-review-publish = Offentliggør
resource-review-return = Send tilbage til forfatteren som udkast
resource-publish = Offentliggør

resource-added = Ressourcen er tilføjet.
resource-version-added = Oversættelsen er tilføjet.
resource-file-added = Den nye fil er uploadet; den tidligere står stadig på listen.
resource-published = Ressourcen er offentliggjort.
resource-submitted = Ressourcen er indsendt: Netværkets facilitatorer gennemgår den, før den bliver offentlig.
resource-returned = Ressourcen er sendt tilbage til forfatteren som udkast.

upload-progress = Uploader: { $percent } %
upload-failed = Uploaden lykkedes ikke. Prøv igen.

error-file-too-large = Filen er større end grænsen for denne type ressource. Del i stedet et link til, hvor den ligger.
error-file-missing = Vælg en fil, eller angiv et link.
error-upload-incomplete = Uploaden blev afbrudt, før hele filen var modtaget. Intet er gemt; prøv igen.
error-file-type-refused = Biblioteket modtager ikke denne filtype. Programmer og arkiver afvises; ePub-, OpenDocument- og Office-filer modtages.
error-file-type-mismatch = Filens indhold passer ikke til dens navn: En fil, hvis navn ender på .pdf, skal være en PDF.
error-file-name-invalid = Filnavnet indeholder tegn, som et filnavn ikke må have, eller det er for langt (højst 200 tegn).
error-file-unreadable = Filen kan ikke læses: Den er beskadiget, eller den bliver langt større, når den pakkes ud, end den er.
error-file-duplicate = Netop denne fil er allerede den aktuelle fil for denne sprogversion.
error-link-invalid = Linket skal være en webadresse, der begynder med https:// eller http://.
error-version-exists = Ressourcen har allerede en version på dette sprog.
error-not-a-form = Denne anmodning er ikke en formular, som biblioteket kan læse.
error-back-to-form = Tilbage til formularen

## Samlinger (værktøjskasser)

collections-title = Værktøjskasser
collections-lead = Samlinger af ressourcer, som netværkenes facilitatorer har sammensat om et emne eller til et netværk, hver ressource med en note om, hvorfor den er med.
collections-none = Der er endnu ingen værktøjskasser.
collection-count = { $count ->
    [one] { $count } ressource
   *[other] { $count } ressourcer
}
collection-new = Ny værktøjskasse
collection-new-lead = En værktøjskasse samler ressourcer fra biblioteket i den rækkefølge, du vælger. Tilføj ressourcer til den fra deres egne sider.
collection-description = Hvad værktøjskassen skal bruges til
collection-create = Opret værktøjskassen
collection-curator = Sammensat af
collection-empty = Denne værktøjskasse indeholder endnu ingen ressourcer.
collection-unseen = { $count ->
    [one] Yderligere { $count } ressource i denne værktøjskasse er kun tilgængelig for medlemmer eller for et enkelt netværk.
   *[other] Yderligere { $count } ressourcer i denne værktøjskasse er kun tilgængelige for medlemmer eller for et enkelt netværk.
}
collection-add-hint = Hvis du vil tilføje en ressource, skal du åbne den i biblioteket og vælge »Tilføj til en værktøjskasse«.
collection-item-up = Flyt op
collection-item-down = Flyt ned
collection-item-remove = Fjern fra værktøjskassen
collection-item-note = Note
collection-item-note-save = Gem noten
collection-note = Hvorfor den er med i værktøjskassen (valgfrit)
collection-add-to = Tilføj til en værktøjskasse
collection-which = Værktøjskasse
collection-add-send = Tilføj til værktøjskassen
collection-created = Værktøjskassen er oprettet. Tilføj ressourcer til den fra deres sider.
collection-saved = Værktøjskassen er gemt.
collection-item-added = Ressourcen er tilføjet til værktøjskassen.

## Hvor en ressource bruges, og vedhæftning af ressourcer

used-in-title = Bruges i
used-in-collection = Værktøjskasse
used-in-thread = Kollegial rådgivning
used-in-activity = Handlingsplan
attached-title = Ressourcer fra biblioteket
attached-add = Vedhæft en ressource
attached-resource = Ressource
attached-resource-hint = Adressen på ressourcens side i biblioteket eller dens nummer.
attached-add-send = Vedhæft
attached-remove = Fjern
resource-attached = Ressourcen er vedhæftet.
resource-detached = Ressourcen er fjernet.
activity-resources = Ressourcer
activity-resources-none = Ingen ressourcer fra biblioteket er knyttet til denne aktivitet.
error-resource-unknown = Der er ingen ressource i biblioteket med denne adresse eller dette nummer, som du har adgang til at læse.
error-already-listed = Denne ressource er der allerede.

## Redigering, anmeldelser og gennemgang

resource-edit = Redigér
resource-edit-lead = Ret det, der beskriver ressourcen, samt titel, resumé og link for en af dens sprogversioner. Filer tilføjes på ressourcens side; de tidligere filer bevares.
resource-edit-version = Sprogversion: { $language }
resource-edit-other-versions = Redigér en anden sprogversion
resource-edit-save = Gem ændringerne
resource-saved = Ændringerne er gemt.
resource-flag = Anmeld
resource-flagged = Tak: Bibliotekets moderatorer vil se på denne ressource.
resource-moderation-hide = Skjul ressourcen
resource-moderation-restore = Vis ressourcen igen
resource-moderation-dismiss = Behold ressourcen, som den er
library-review-title = Gennemgang af biblioteket
library-review-waiting = Venter på en afgørelse
library-review-none = Ingen ressourcer venter på gennemgang eller er blevet anmeldt.
library-review-resource = Ressource
