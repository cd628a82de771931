## The chrome around every page

site-name = EuroVET Commons
skip-to-content = Skip to content
nav-label = Main
nav-directory = Directory
nav-counselling = Peer counselling
nav-plans = Strategy and plans
footer-tagline = The shared home of Europe's networks of vocational education and training providers.
search-button = Search
error-load = This could not be loaded. Please try again in a moment.

not-found-title = Page not found
not-found-body = There is nothing at this address. It may have moved, or the link may be mistyped.
not-found-home = Go to the home page

## Country and language

language-link = Country and language
language-title = Choose your country and language
language-lead = Pick your country, then one of its languages. Every page follows your choice, and this device remembers it.
language-current = You are reading the platform in { $language }.
language-countries = Member countries and their languages

## Home

home-title = Europe's VET providers, working as one network
home-lead = Find partners across the member networks, ask peers for counsel, and build the network's strategy together.
home-figures = The network in figures
home-parts = What you can do here
home-directory = Networks, organisations and members in every member country, and partners for your next project.
home-counselling = Ask peers who have solved the problem before, and answer in your own language.
home-plans = The vision, aspirations and activities of each network, tracked together by its facilitators.
figure-networks = { $count ->
    [one] network
   *[other] networks
}
figure-organisations = { $count ->
    [one] organisation
   *[other] organisations
}
figure-members = { $count ->
    [one] member
   *[other] members
}
figure-countries = { $count ->
    [one] country
   *[other] countries
}

## Directory

directory-title = Member directory
directory-lead = The networks of the platform, from the international network to the national, regional and thematic networks that belong to it.
directory-search-label = Search networks by name or city
directory-tree-label = Networks and their member networks
directory-no-match = No network matches “{ $query }”.
organisation-count = { $count ->
    [0] no member organisations
    [one] { $count } member organisation
   *[other] { $count } member organisations
}
directory-organisations-link = Browse all organisations
map-link = Map of member countries

organisations-title = Organisations
organisations-lead = Every member organisation of the platform. Search by name, city or description, and narrow the list with the filters.
organisations-search-label = Name, city or description
organisations-found = { $count ->
    [0] No organisations found
    [one] { $count } organisation found
   *[other] { $count } organisations found
}
organisations-none = No organisation matches these filters. Remove a filter or search for fewer words.
filter-any = All
filter-country = Country
filter-type = Type of organisation
filter-sector = Sector
filter-topic = Topic of expertise
filter-language = Language spoken
sort-label = Sort by
sort-relevance = Best match
sort-name = Name
sort-newest = Newest first
sort-country = Country
page-navigation = Pages
page-previous = Previous page
page-next = Next page
page-position = Page { $page } of { $pages }

organisation-back = Back to the organisations
organisation-description = About the organisation
organisation-languages = Languages spoken
organisation-website = Website
organisation-networks = Networks
organisation-members = Members
organisation-contact-private = Contact details are shown to signed-in members only.

network-back = Back to the member directory
network-parent = Member of
network-figures = The network in figures
network-description = About the network
network-member-networks = Member networks
network-organisations = Member organisations
network-all-organisations = { $count ->
    [one] Show the { $count } member organisation in the organisation list
   *[other] Show all { $count } member organisations in the organisation list
}

map-title = Member countries on the map
map-lead = Each member country is shaded by its number of member organisations. Select a country to see its organisations.
map-table = Member organisations by country

## Peer counselling

counselling-title = Peer counselling
counselling-lead = Ask members who have faced the same question, and share what worked for you.

## Strategy and plans

plans-title = Strategy and action plans
plans-lead = Each network's five-year strategy, its aspirations and the activities of its action plan.
