## De Rumm ronderëm all Säit

site-name = EuroVET Commons
skip-to-content = Op den Inhalt sprangen
nav-label = Haaptnavigatioun
nav-directory = Verzeechnes
nav-counselling = Kollegial Berodung
nav-plans = Strategie a Pläng
footer-tagline = Dat gemeinsamt Doheem vun den europäeschen Netzwierker vun Ubidder vun der Beruffsausbildung.
search-button = Sichen
error-load = Dëst konnt net geluede ginn. Probéiert et w.e.g. an engem Moment nach eng Kéier.

not-found-title = Säit net fonnt
not-found-body = Op dëser Adress gëtt et näischt. Vläicht gouf d'Säit verréckelt, oder de Link ass falsch geschriwwen.
not-found-home = Op d'Startsäit

## Land a Sprooch

language-link = Land a Sprooch
language-title = Wielt Äert Land an Är Sprooch
language-lead = Wielt Äert Land an duerno eng vu senge Sproochen. All Säit hält sech un Är Wiel, an dësen Apparat behält se.
language-current = Dir liest d'Plattform op { $language }.
language-countries = Memberlänner an hir Sproochen

## Startsäit

home-title = Europas Beruffsausbildungsubidder – zesummen an engem Netzwierk
home-lead = Fannt Partner an alle Membernetzwierker, frot Kolleginnen a Kollegen no Rot a baut zesummen d'Strategie vum Netzwierk op.
home-figures = D'Netzwierk an Zuelen
home-parts = Wat Dir hei maache kënnt
home-directory = Netzwierker, Organisatiounen a Memberen an all Memberland – a Partner fir Ären nächste Projet.
home-counselling = Frot Kolleginnen a Kollegen, déi de Problem scho geléist hunn, an äntwert an Ärer eegener Sprooch.
home-plans = D'Visioun, d'Ziler an d'Aktivitéite vun all Netzwierk, déi seng Moderatorinnen a Moderatoren zesumme verfollegen.
figure-networks = { $count ->
    [one] Netzwierk
   *[other] Netzwierker
}
figure-organisations = { $count ->
    [one] Organisatioun
   *[other] Organisatiounen
}
figure-members = { $count ->
    [one] Member
   *[other] Memberen
}
figure-countries = { $count ->
    [one] Land
   *[other] Länner
}

## Verzeechnes

directory-title = Memberverzeechnes
directory-lead = D'Netzwierker vun der Plattform – vum internationalen Netzwierk bis bei déi national, regional an thematesch Netzwierker, déi dozou gehéieren.
directory-search-label = Netzwierker no Numm oder Uertschaft sichen
directory-tree-label = D'Netzwierker an hir Membernetzwierker
directory-no-match = Keen Netzwierk passt op „{ $query }“.
organisation-count = { $count ->
    [0] keng Memberorganisatiounen
    [one] { $count } Memberorganisatioun
   *[other] { $count } Memberorganisatiounen
}
directory-organisations-link = All d'Organisatiounen duerchkucken
map-link = Kaart vun de Memberlänner

organisations-title = Organisatiounen
organisations-lead = All d'Memberorganisatioune vun der Plattform. Sicht no Numm, Uertschaft oder Beschreiwung, a grenzt d'Lëscht mat de Filteren an.
organisations-search-label = Numm, Uertschaft oder Beschreiwung
organisations-found = { $count ->
    [0] Keng Organisatioune fonnt
    [one] { $count } Organisatioun fonnt
   *[other] { $count } Organisatioune fonnt
}
organisations-none = Keng Organisatioun passt op dës Filteren. Huelt e Filter ewech oder sicht mat manner Wierder.
filter-any = Alleguer
filter-country = Land
filter-type = Aart vun Organisatioun
filter-sector = Branche
filter-topic = Kompetenzberäich
filter-language = Geschwate Sprooch
sort-label = Sortéieren no
sort-relevance = Bescht Treffer
sort-name = Numm
sort-newest = Déi neist fir d'éischt
sort-country = Land
page-navigation = Säiten
page-previous = Vireg Säit
page-next = Nächst Säit
page-position = Säit { $page } vun { $pages }

organisation-back = Zréck bei d'Organisatiounen
organisation-description = Iwwer d'Organisatioun
organisation-languages = Geschwate Sproochen
organisation-website = Internetsäit
organisation-networks = Netzwierker
organisation-members = Memberen
organisation-contact-private = D'Kontaktdetailer gi just ugemellte Membere gewisen.

network-back = Zréck an de Memberverzeechnes
network-parent = Member vun
network-figures = D'Netzwierk an Zuelen
network-description = Iwwer d'Netzwierk
network-member-networks = Membernetzwierker
network-organisations = Memberorganisatiounen
network-all-organisations = { $count ->
    [one] Déi { $count } Memberorganisatioun an der Organisatiounslëscht weisen
   *[other] All { $count } Memberorganisatiounen an der Organisatiounslëscht weisen
}

map-title = D'Memberlänner op der Kaart
map-lead = All Memberland ass no der Zuel vu senge Memberorganisatiounen agefierft. Wielt e Land, fir seng Organisatiounen ze gesinn.
map-table = Memberorganisatiounen no Land

## Kollegial Berodung

counselling-title = Kollegial Berodung
counselling-lead = Frot Memberen, déi virun der selwechter Fro stoungen, a deelt, wat bei Iech funktionéiert huet.

## Strategie a Pläng

plans-title = Strategie an Aktiounspläng
plans-lead = D'Fënnefjoresstrategie vun all Netzwierk, hir Ziler an d'Aktivitéite vun hirem Aktiounsplang.
