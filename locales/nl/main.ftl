## Het kader rond elke pagina

site-name = EuroVET Commons
skip-to-content = Naar de inhoud
nav-label = Hoofdmenu
nav-directory = Ledenoverzicht
nav-counselling = Collegiale consultatie
nav-plans = Strategie en plannen
footer-tagline = De gedeelde thuisbasis van de Europese netwerken van aanbieders van beroepsonderwijs en -opleiding.
search-button = Zoeken
error-load = Dit kon niet worden geladen. Probeer het over enkele ogenblikken opnieuw.

not-found-title = Pagina niet gevonden
not-found-body = Op dit adres staat niets. Misschien is de pagina verplaatst of bevat de link een typefout.
not-found-home = Naar de startpagina

## Land en taal

language-link = Land en taal
language-title = Kies uw land en taal
language-lead = Kies uw land en daarna een van de talen van dat land. Elke pagina volgt uw keuze en dit apparaat onthoudt die.
language-current = U leest het platform in het { $language }.
language-countries = Lidstaten en hun talen

## Startpagina

home-title = Europa’s aanbieders van beroepsonderwijs, samen één netwerk
home-lead = Vind partners in alle aangesloten netwerken, vraag collega’s om advies en bouw samen aan de strategie van het netwerk.
home-figures = Het netwerk in cijfers
home-parts = Wat u hier kunt doen
home-directory = Netwerken, organisaties en leden in elk deelnemend land, en partners voor uw volgende project.
home-counselling = Vraag het aan collega’s die het probleem al eerder hebben opgelost, en antwoord in uw eigen taal.
home-plans = De visie, ambities en activiteiten van elk netwerk, gezamenlijk gevolgd door de coördinatoren ervan.
figure-networks = { $count ->
    [one] netwerk
   *[other] netwerken
}
figure-organisations = { $count ->
    [one] organisatie
   *[other] organisaties
}
figure-members = { $count ->
    [one] lid
   *[other] leden
}
figure-countries = { $count ->
    [one] land
   *[other] landen
}

## Ledenoverzicht

directory-title = Ledenoverzicht
directory-lead = De netwerken op het platform, van het internationale netwerk tot de nationale, regionale en thematische netwerken die daarbij zijn aangesloten.
directory-search-label = Netwerken zoeken op naam of plaats
directory-tree-label = Netwerken en hun aangesloten netwerken
directory-no-match = Geen netwerk gevonden voor “{ $query }”.
organisation-count = { $count ->
    [0] geen lidorganisaties
    [one] { $count } lidorganisatie
   *[other] { $count } lidorganisaties
}
directory-organisations-link = Alle organisaties bekijken
map-link = Kaart van de lidstaten

organisations-title = Organisaties
organisations-lead = Alle lidorganisaties van het platform. Zoek op naam, plaats of beschrijving en verfijn de lijst met de filters.
organisations-search-label = Naam, plaats of beschrijving
organisations-found = { $count ->
    [0] Geen organisaties gevonden
    [one] { $count } organisatie gevonden
   *[other] { $count } organisaties gevonden
}
organisations-none = Geen enkele organisatie voldoet aan deze filters. Verwijder een filter of zoek met minder woorden.
filter-any = Alle
filter-country = Land
filter-type = Soort organisatie
filter-sector = Branche
filter-topic = Expertisegebied
filter-language = Gesproken taal
sort-label = Sorteren op
sort-relevance = Meest relevant
sort-name = Naam
sort-newest = Nieuwste eerst
sort-country = Land
page-navigation = Pagina’s
page-previous = Vorige pagina
page-next = Volgende pagina
page-position = Pagina { $page } van { $pages }

organisation-back = Terug naar de organisaties
organisation-description = Over de organisatie
organisation-languages = Gesproken talen
organisation-website = Internetsite
organisation-networks = Netwerken
organisation-members = Leden
organisation-contact-private = Contactgegevens zijn alleen zichtbaar voor aangemelde leden.

network-back = Terug naar het ledenoverzicht
network-parent = Lid van
network-figures = Het netwerk in cijfers
network-description = Over het netwerk
network-member-networks = Aangesloten netwerken
network-organisations = Lidorganisaties
network-all-organisations = { $count ->
    [one] De { $count } lidorganisatie in de organisatielijst tonen
   *[other] Alle { $count } lidorganisaties in de organisatielijst tonen
}

map-title = De lidstaten op de kaart
map-lead = Elke lidstaat is ingekleurd naar het aantal lidorganisaties. Kies een land om de organisaties ervan te zien.
map-table = Lidorganisaties per land

## Collegiale consultatie

counselling-title = Collegiale consultatie
counselling-lead = Vraag het aan leden die voor dezelfde vraag stonden, en deel wat voor u heeft gewerkt.

## Strategie en plannen

plans-title = Strategie en actieplannen
plans-lead = De vijfjarenstrategie van elk netwerk, de ambities ervan en de activiteiten uit het actieplan.
