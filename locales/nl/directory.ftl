## Het ledenoverzicht bewerken: organisaties, partners zoeken, leden, netwerken, importeren.

organisations-export = Deze lijst downloaden als CSV
filter-offers = Biedt partnerschap aan
filter-seeks = Zoekt partnerschap

organisation-edit = Deze organisatie bewerken
organisation-edit-title = De organisatie bewerken
organisation-edit-back = Terug naar de organisatie
organisation-edit-not-allowed = Alleen de eigen leden van de organisatie en de platformcoördinatoren kunnen deze organisatie bewerken.
organisation-save = Organisatie opslaan
organisation-saved = De organisatie is opgeslagen.
field-organisation-name = Naam van de organisatie
field-city = Plaats
field-description = Beschrijving
field-description-language = Taal van de beschrijving
field-topics = Expertisegebieden

partnerships-page-title = Partners zoeken
partnerships-lead = Wat organisaties uit de netwerken aanbieden en waar ze naar zoeken. Filter op soort partnerschap, thema en land.
partnerships-title = Aanbod en behoeften
partnerships-none-here = Deze organisatie heeft nog geen aanbod of behoeften opgegeven.
partnerships-none = Geen aanbod of behoefte voldoet aan deze filters.
partnerships-found = { $count ->
    [one] { $count } aanbod of behoefte
   *[other] { $count } aanbiedingen en behoeften
}
partnership-add = Aanbod of behoefte toevoegen
partnership-add-submit = Toevoegen
partnership-added = Het aanbod of de behoefte is toegevoegd.
partnership-withdraw = Intrekken
partnership-removed = Het aanbod of de behoefte is ingetrokken.
partnership-any-country = Open voor partners uit alle landen
partnership-open-to = Open voor partners uit: { $countries }
field-direction = Aanbod of behoefte
field-partnership-kind = Soort partnerschap
field-open-to = Open voor partners uit
field-open-to-hint = Kies geen enkel land om partners uit alle landen te accepteren; houd Ctrl (of ⌘) ingedrukt om er meerdere te kiezen.
suggestions-title = Mogelijke partners
suggestions-intro = Aanbod van andere organisaties dat past bij de behoeften van deze organisatie: hetzelfde soort partnerschap en ten minste één gemeenschappelijk thema.
suggestions-mine = Mogelijke partners voor uw organisatie
suggestion-for = Past bij de behoefte: { $kind }

memberships-title = Lidmaatschappen van netwerken
memberships-intro = De netwerken waarvan u netwerkcoördinator bent: voeg deze organisatie toe, wijzig haar lidmaatschapsniveau of verwijder haar.
membership-add = Aan het netwerk toevoegen
membership-save = Niveau wijzigen
membership-remove = Uit het netwerk verwijderen
membership-saved = Het lidmaatschap is opgeslagen.
membership-removed = De organisatie is uit het netwerk verwijderd.
field-level = Lidmaatschapsniveau
field-network = Netwerk

network-facilitators = Netwerkcoördinatoren
field-expertise = Deskundigheid
member-no-expertise = Nog geen deskundigheid opgegeven.

network-create = Een netwerk aanmaken
network-create-submit = Netwerk aanmaken
network-created = Het netwerk is aangemaakt.
field-network-name = Naam van het netwerk
field-network-kind = Soort netwerk
field-network-parent = Lid van het netwerk
network-no-parent = Geen (een netwerk op het hoogste niveau)
network-no-country = Geen (internationaal of thematisch)
network-country-hint = Nationale en regionale netwerken moeten een land hebben.

import-title = Organisaties importeren
import-lead = Voeg in één keer veel organisaties aan een netwerk toe vanuit een CSV-bestand. Elke rij wordt gecontroleerd en aan u getoond voordat er iets wordt geïmporteerd.
import-not-allowed = Alleen de netwerkcoördinatoren van een netwerk en de platformcoördinatoren kunnen organisaties importeren.
import-columns = De eerste regel van het bestand bevat de kolomnamen: { $required } (verplicht) en { $optional } (optioneel). De kolommen mogen in willekeurige volgorde staan, gescheiden door komma’s of puntkomma’s.
import-lists-hint = Branches, thema’s en talen kunnen meerdere waarden bevatten, gescheiden door puntkomma’s, met dezelfde sleutels als in een geëxporteerde lijst; het niveau is “core”, “member” of “associate” (“member” als het veld leeg is).
import-network = Netwerk waarvan de organisaties lid worden
import-file = CSV-bestand (UTF-8)
import-upload = Bestand controleren
import-preview-title = Voorbeeld van de import
import-preview-heading = Import van { $file } in { $network }
import-summary = { $ready ->
    [one] { $ready } organisatie klaar om te importeren
   *[other] { $ready } organisaties klaar om te importeren
}, { $problems ->
    [one] { $problems } probleem
   *[other] { $problems } problemen
}.
import-problems = Rijen met problemen
import-fix-and-upload = Er wordt niets geïmporteerd zolang een rij een probleem bevat. Corrigeer het bestand en upload het opnieuw.
import-ready = Rijen klaar om te importeren
import-line = Regel
import-column = Kolom
import-problem = Probleem
import-value = Waarde in het bestand
import-apply = { $count ->
    [one] { $count } organisatie importeren
   *[other] { $count } organisaties importeren
}
import-applied = De organisaties zijn geïmporteerd.
import-done = { $count ->
    [one] { $count } organisatie is geïmporteerd.
   *[other] { $count } organisaties zijn geïmporteerd.
}
import-another = Nog een bestand importeren

error-text-missing = Vul dit veld in.
error-choice-unknown = Kies een van de aangeboden waarden.
error-website-invalid = Vul een webadres in dat begint met https:// of http://.
error-topic-missing = Kies ten minste één thema.
error-already-member = Deze organisatie is al lid van het netwerk.
error-organisation-exists = Er bestaat in deze plaats al een organisatie met deze naam.
error-import-unreadable = Het bestand kon niet als tabel met organisaties worden gelezen. Controleer of het een CSV-bestand in UTF-8 is waarvan de eerste regel de verplichte kolommen bevat.
error-import-empty = Het bestand bevat geen organisaties.
error-import-too-large = Het bestand is te groot: maximaal 5 MB en 20.000 organisaties.
error-import-has-errors = Sommige rijen bevatten problemen, daarom is er niets geïmporteerd.
error-import-applied = Dit bestand is al geïmporteerd.
error-limit-reached = De limiet is bereikt: verwijder een item voordat u een nieuw item toevoegt.
