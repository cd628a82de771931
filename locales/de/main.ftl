## Der Rahmen jeder Seite

site-name = EuroVET Commons
skip-to-content = Zum Inhalt springen
nav-label = Hauptnavigation
nav-directory = Verzeichnis
nav-counselling = Kollegiale Beratung
nav-plans = Strategie und Pläne
footer-tagline = Das gemeinsame Zuhause der europäischen Netzwerke von Anbietern beruflicher Bildung.
search-button = Suchen
error-load = Das konnte nicht geladen werden. Bitte versuchen Sie es gleich noch einmal.

not-found-title = Seite nicht gefunden
not-found-body = Unter dieser Adresse gibt es nichts. Vielleicht wurde die Seite verschoben oder der Link ist fehlerhaft.
not-found-home = Zur Startseite

## Land und Sprache

language-link = Land und Sprache
language-title = Wählen Sie Ihr Land und Ihre Sprache
language-lead = Wählen Sie Ihr Land und dann eine seiner Sprachen. Jede Seite folgt Ihrer Wahl, und dieses Gerät merkt sie sich.
language-current = Sie lesen die Plattform auf { $language }.
language-countries = Mitgliedsländer und ihre Sprachen

## Startseite

home-title = Europas Berufsbildungsanbieter – ein Netzwerk
home-lead = Finden Sie Partner in allen Mitgliedsnetzwerken, holen Sie sich Rat bei Kolleginnen und Kollegen und entwickeln Sie gemeinsam die Strategie des Netzwerks.
home-figures = Das Netzwerk in Zahlen
home-parts = Was Sie hier tun können
home-directory = Netzwerke, Organisationen und Mitglieder in jedem Mitgliedsland – und Partner für Ihr nächstes Projekt.
home-counselling = Fragen Sie Kolleginnen und Kollegen, die das Problem schon gelöst haben, und antworten Sie in Ihrer eigenen Sprache.
home-plans = Vision, Zielsetzungen und Aktivitäten jedes Netzwerks, gemeinsam verfolgt von seinen Moderatorinnen und Moderatoren.
figure-networks = { $count ->
    [one] Netzwerk
   *[other] Netzwerke
}
figure-organisations = { $count ->
    [one] Organisation
   *[other] Organisationen
}
figure-members = { $count ->
    [one] Mitglied
   *[other] Mitglieder
}
figure-countries = { $count ->
    [one] Land
   *[other] Länder
}

## Verzeichnis

directory-title = Mitgliederverzeichnis
directory-lead = Die Netzwerke der Plattform – vom internationalen Netzwerk bis zu den nationalen, regionalen und thematischen Netzwerken, die ihm angehören.
directory-search-label = Netzwerke nach Name oder Ort suchen
directory-tree-label = Netzwerke und ihre Mitgliedsnetzwerke
directory-no-match = Kein Netzwerk passt zu „{ $query }“.
organisation-count = { $count ->
    [0] keine Mitgliedsorganisationen
    [one] { $count } Mitgliedsorganisation
   *[other] { $count } Mitgliedsorganisationen
}
directory-organisations-link = Alle Organisationen durchsuchen
map-link = Karte der Mitgliedsländer

organisations-title = Organisationen
organisations-lead = Alle Mitgliedsorganisationen der Plattform. Suchen Sie nach Name, Ort oder Beschreibung, und grenzen Sie die Liste mit den Filtern ein.
organisations-search-label = Name, Ort oder Beschreibung
organisations-found = { $count ->
    [0] Keine Organisationen gefunden
    [one] { $count } Organisation gefunden
   *[other] { $count } Organisationen gefunden
}
organisations-none = Keine Organisation entspricht diesen Filtern. Entfernen Sie einen Filter oder suchen Sie mit weniger Wörtern.
filter-any = Alle
filter-country = Land
filter-type = Art der Organisation
filter-sector = Branche
filter-topic = Fachgebiet
filter-language = Gesprochene Sprache
sort-label = Sortieren nach
sort-relevance = Beste Übereinstimmung
sort-name = Alphabetisch
sort-newest = Neueste zuerst
sort-country = Land
page-navigation = Seiten
page-previous = Vorherige Seite
page-next = Nächste Seite
page-position = Seite { $page } von { $pages }

organisation-back = Zurück zu den Organisationen
organisation-description = Über die Organisation
organisation-languages = Gesprochene Sprachen
organisation-website = Internetseite
organisation-networks = Netzwerke
organisation-members = Mitglieder
organisation-contact-private = Kontaktdaten sehen nur angemeldete Mitglieder.

network-back = Zurück zum Mitgliederverzeichnis
network-parent = Mitglied von
network-figures = Das Netzwerk in Zahlen
network-description = Über das Netzwerk
network-member-networks = Mitgliedsnetzwerke
network-organisations = Mitgliedsorganisationen
network-all-organisations = { $count ->
    [one] Die { $count } Mitgliedsorganisation in der Organisationsliste anzeigen
   *[other] Alle { $count } Mitgliedsorganisationen in der Organisationsliste anzeigen
}

map-title = Die Mitgliedsländer auf der Karte
map-lead = Jedes Mitgliedsland ist nach der Zahl seiner Mitgliedsorganisationen eingefärbt. Wählen Sie ein Land, um seine Organisationen zu sehen.
map-table = Mitgliedsorganisationen nach Land

## Kollegiale Beratung

counselling-title = Kollegiale Beratung
counselling-lead = Fragen Sie Mitglieder, die vor derselben Frage standen, und teilen Sie, was bei Ihnen funktioniert hat.

## Strategie und Pläne

plans-title = Strategie und Aktionspläne
plans-lead = Die Fünfjahresstrategie jedes Netzwerks, ihre Zielsetzungen und die Aktivitäten ihres Aktionsplans.
