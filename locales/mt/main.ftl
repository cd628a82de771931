## Il-qafas ta’ kull paġna

site-name = EuroVET Commons
skip-to-content = Aqbeż għall-kontenut
nav-label = Navigazzjoni ewlenija
nav-directory = Direttorju
nav-counselling = Konsulenza bejn il-pari
nav-plans = Strateġija u pjanijiet
footer-tagline = Id-dar komuni tan-netwerks Ewropej ta’ fornituri tal-edukazzjoni u t-taħriġ vokazzjonali (ETV).
search-button = Fittex
error-load = Dan ma setax jitgħabba. Jekk jogħġbok erġa’ pprova fi ftit mumenti.

not-found-title = Il-paġna ma nstabitx
not-found-body = M’hemm xejn f’dan l-indirizz. Forsi l-paġna ġiet imċaqalqa, jew il-ħolqa nkitbet ħażin.
not-found-home = Mur fil-paġna ewlenija

## Pajjiż u lingwa

language-link = Pajjiż u lingwa
language-title = Agħżel il-pajjiż u l-lingwa tiegħek
language-lead = Agħżel il-pajjiż tiegħek, imbagħad waħda mil-lingwi tiegħu. Kull paġna ssegwi l-għażla tiegħek, u dan it-tagħmir jiftakarha.
language-current = Qed taqra l-pjattaforma bil-lingwa: { $language }.
language-countries = Il-pajjiżi membri u l-lingwi tagħhom

## Paġna ewlenija

home-title = Il-fornituri tal-ETV tal-Ewropa, jaħdmu bħala netwerk wieħed
home-lead = Sib sħab fin-netwerks membri kollha, itlob parir lill-pari tiegħek, u ibni magħhom l-istrateġija tan-netwerk.
home-figures = In-netwerk f’ċifri
home-parts = X’tista’ tagħmel hawn
home-directory = Netwerks, organizzazzjonijiet u membri f’kull pajjiż membru, u sħab għall-proġett li jmiss tiegħek.
home-counselling = Staqsi lill-pari li diġà solvew il-problema, u wieġeb bil-lingwa tiegħek.
home-plans = Il-viżjoni, l-aspirazzjonijiet u l-attivitajiet ta’ kull netwerk, segwiti flimkien mill-faċilitaturi tiegħu.
figure-networks = { $count ->
    [one] netwerk
    [two] netwerks
    [few] netwerks
    [many] netwerk
   *[other] netwerk
}
figure-organisations = { $count ->
    [one] organizzazzjoni
    [two] organizzazzjonijiet
    [few] organizzazzjonijiet
    [many] organizzazzjoni
   *[other] organizzazzjoni
}
figure-members = { $count ->
    [one] membru
    [two] membri
    [few] membri
    [many] membru
   *[other] membru
}
figure-countries = { $count ->
    [one] pajjiż
    [two] pajjiżi
    [few] pajjiżi
    [many] pajjiż
   *[other] pajjiż
}

## Direttorju

directory-title = Direttorju tal-membri
directory-lead = In-netwerks tal-pjattaforma, min-netwerk internazzjonali san-netwerks nazzjonali, reġjonali u tematiċi li jagħmlu parti minnu.
directory-search-label = Fittex netwerks skont l-isem jew il-belt
directory-tree-label = In-netwerks u n-netwerks membri tagħhom
directory-no-match = L-ebda netwerk ma jaqbel ma’ “{ $query }”.
organisation-count = { $count ->
    [0] l-ebda organizzazzjoni membru
    [one] { $count } organizzazzjoni membru
    [two] { $count } organizzazzjonijiet membri
    [few] { $count } organizzazzjonijiet membri
    [many] { $count } organizzazzjoni membru
   *[other] { $count } organizzazzjoni membru
}
directory-organisations-link = Ara l-organizzazzjonijiet kollha
map-link = Mappa tal-pajjiżi membri

organisations-title = Organizzazzjonijiet
organisations-lead = L-organizzazzjonijiet membri kollha tal-pjattaforma. Fittex skont l-isem, il-belt jew id-deskrizzjoni, u naqqas il-lista bil-filtri.
organisations-search-label = Isem, belt jew deskrizzjoni
organisations-found = { $count ->
    [0] Ma nstabet l-ebda organizzazzjoni
    [one] Instabet { $count } organizzazzjoni
    [two] Instabu { $count } organizzazzjonijiet
    [few] Instabu { $count } organizzazzjonijiet
    [many] Instabu { $count } organizzazzjoni
   *[other] Instabu { $count } organizzazzjoni
}
organisations-none = L-ebda organizzazzjoni ma taqbel ma’ dawn il-filtri. Neħħi filtru jew fittex b’inqas kliem.
filter-any = Kollha
filter-country = Pajjiż
filter-type = Tip ta’ organizzazzjoni
filter-sector = Settur
filter-topic = Qasam ta’ għarfien espert
filter-language = Lingwa mitkellma
sort-label = Issortja skont
sort-relevance = L-aħjar qbil
sort-name = Isem
sort-newest = L-aktar ġodda l-ewwel
sort-country = Pajjiż
page-navigation = Paġni
page-previous = Il-paġna ta’ qabel
page-next = Il-paġna li jmiss
page-position = Paġna { $page } minn { $pages }

organisation-back = Lura għall-organizzazzjonijiet
organisation-description = Dwar l-organizzazzjoni
organisation-languages = Lingwi mitkellma
organisation-website = Sit elettroniku
organisation-networks = Netwerks
organisation-members = Membri
organisation-contact-private = Id-dettalji ta’ kuntatt jintwerew biss lill-membri li jkunu dħlu fil-kont tagħhom.

network-back = Lura għad-direttorju tal-membri
network-parent = Membru ta’
network-figures = In-netwerk f’ċifri
network-description = Dwar in-netwerk
network-member-networks = Netwerks membri
network-organisations = Organizzazzjonijiet membri
network-all-organisations = { $count ->
    [one] Uri l-organizzazzjoni membru fil-lista tal-organizzazzjonijiet
    [two] Uri ż-żewġ organizzazzjonijiet membri fil-lista tal-organizzazzjonijiet
    [few] Uri l-{ $count } organizzazzjonijiet membri kollha fil-lista tal-organizzazzjonijiet
    [many] Uri l-{ $count } organizzazzjoni membru kollha fil-lista tal-organizzazzjonijiet
   *[other] Uri l-{ $count } organizzazzjoni membru kollha fil-lista tal-organizzazzjonijiet
}

map-title = Il-pajjiżi membri fuq il-mappa
map-lead = Kull pajjiż membru huwa kkulurit skont in-numru tal-organizzazzjonijiet membri tiegħu. Agħżel pajjiż biex tara l-organizzazzjonijiet tiegħu.
map-table = Organizzazzjonijiet membri skont il-pajjiż

## Konsulenza bejn il-pari

counselling-title = Konsulenza bejn il-pari
counselling-lead = Staqsi lill-membri li ffaċċjaw l-istess mistoqsija, u aqsam dak li ħadem għalik.

## Strateġija u pjanijiet

plans-title = Strateġija u pjanijiet ta’ azzjoni
plans-lead = L-istrateġija ta’ ħames snin ta’ kull netwerk, l-aspirazzjonijiet tiegħu u l-attivitajiet tal-pjan ta’ azzjoni tiegħu.
