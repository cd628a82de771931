## Werkgroepen: de lijst.

groups-title = Werkgroepen
groups-lead = Thematische groepen die gedurende een vastgestelde periode samenwerken aan een gemeenschappelijk doel, geleid door leden die de rol van trekker in de loop van het werk van elkaar overnemen.
groups-none = Er zijn nog geen werkgroepen.
groups-found-new = Een werkgroep oprichten
group-members-count = { $count ->
    [one] Eén lid
   *[other] { $count } leden
}
group-archived = Gearchiveerd

## De ruimte van een groep.

group-purpose = Doel
group-deliverables = Op te leveren resultaten
group-mandate = Mandaat
group-mandate-dates = Van { $from } tot { $until }
group-mandate-open = Vanaf { $from }, zonder einddatum
group-joining = Lid worden
group-seen-by = Zichtbaar voor
group-leaders = Trekkers
group-leader-since = sinds { $since }
group-former-leaders = Vorige trekkers
group-leader-term = { $since } tot { $until }
group-members = Leden
group-events = Evenementen van de groep
group-no-events = De groep heeft nog geen evenementen.
group-join = Lid worden van de groep
group-ask = Vragen om lid te worden
group-accept-invitation = De uitnodiging accepteren
group-leave = De groep verlaten
group-you-member = U bent lid van deze groep.
group-you-asked = Uw aanvraag wacht op de beslissing van de trekkers.
group-you-invited = U bent uitgenodigd voor deze groep.
group-archived-note = Het mandaat van deze groep is afgelopen: het werk blijft hier bewaard om te lezen.
group-sign-in-to-join = Log in om lid te worden
group-requests = Aanvragen om lid te worden
group-appoint = Tot trekker benoemen
group-step-down = Terugtreden als trekker
group-calendar = De openbare agenda van de groep (.ics)

## Het formulier voor een nieuwe groep.

group-new-title = Een werkgroep oprichten
group-new-lead = Geef de groep haar opdracht: waarvoor ze dient, wat ze zal opleveren en voor hoe lang. U wordt de eerste trekker.
group-field-network = Netwerk
group-network-none = Het hele platform
group-field-title = Naam van de groep
group-field-topic = Thema
group-topic-none = Geen specifiek thema
group-field-lang = Werktaal
group-field-purpose = Doel
group-field-deliverables = Op te leveren resultaten
group-field-starts = Begin van het mandaat
group-field-ends = Einde van het mandaat (optioneel)
group-field-admission = Lid worden
group-field-visibility = Zichtbaar voor
group-found = De groep oprichten

## Meldingen na een formulier.

group-founded = De werkgroep is opgericht. U bent de eerste trekker.
group-joined = U bent lid van de groep.
group-requested = Uw aanvraag is naar de trekkers van de groep verzonden.
group-left = U hebt de groep verlaten.
group-decided = Uw beslissing is opgeslagen.
group-leader-appointed = De nieuwe trekker is benoemd.
group-stepped-down = U bent teruggetreden als trekker.
group-standing-requested = Vraagt om lid te worden
group-standing-invited = Uitgenodigd
