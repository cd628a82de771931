## An fráma timpeall ar gach leathanach

site-name = EuroVET Commons
skip-to-content = Léim go dtí an t-ábhar
nav-label = Príomhroghchlár
nav-directory = Eolaire
nav-counselling = Comhairle ó phiaraí
nav-plans = Straitéis agus pleananna
footer-tagline = Baile comhroinnte líonraí na hEorpa de sholáthraithe gairmoideachais agus gairmoiliúna.
search-button = Cuardaigh
error-load = Níorbh fhéidir é seo a lódáil. Bain triail eile as i gceann tamaillín.

not-found-title = Níor aimsíodh an leathanach
not-found-body = Níl aon rud ag an seoladh seo. B’fhéidir gur bogadh é, nó go bhfuil botún cló sa nasc.
not-found-home = Téigh go dtí an leathanach baile

## Tír agus teanga

language-link = Tír agus teanga
language-title = Roghnaigh do thír agus do theanga
language-lead = Roghnaigh do thír, ansin ceann dá teangacha. Leanann gach leathanach do rogha, agus coinníonn an gléas seo cuimhne uirthi.
language-current = Tá an t-ardán á léamh agat sa teanga seo: { $language }.
language-countries = Na ballstáit agus a dteangacha

## Baile

home-title = Soláthraithe gairmoideachais na hEorpa, ag obair mar líonra amháin
home-lead = Aimsigh comhpháirtithe ar fud na líonraí ball, iarr comhairle ar do phiaraí, agus tóg straitéis an líonra i gcomhar leo.
home-figures = An líonra i bhfigiúirí
home-parts = Cad is féidir leat a dhéanamh anseo
home-directory = Líonraí, eagraíochtaí agus baill i ngach tír rannpháirteach, agus comhpháirtithe do do chéad tionscadal eile.
home-counselling = Cuir ceist ar phiaraí a réitigh an fhadhb cheana féin, agus freagair i do theanga féin.
home-plans = Fís, mianta agus gníomhaíochtaí gach líonra, á rianú i gcomhar ag a éascaitheoirí.
figure-networks = { $count ->
    [one] líonra
    [two] líonra
    [few] líonra
    [many] líonra
   *[other] líonra
}
figure-organisations = { $count ->
    [one] eagraíocht
    [two] eagraíocht
    [few] eagraíocht
    [many] n-eagraíocht
   *[other] eagraíocht
}
figure-members = { $count ->
    [one] ball
    [two] bhall
    [few] bhall
    [many] mball
   *[other] ball
}
figure-countries = { $count ->
    [one] tír
    [two] thír
    [few] thír
    [many] dtír
   *[other] tír
}

## Eolaire

directory-title = Eolaire na mball
directory-lead = Líonraí an ardáin, ón líonra idirnáisiúnta go dtí na líonraí náisiúnta, réigiúnacha agus téamacha atá mar chuid de.
directory-search-label = Cuardaigh líonraí de réir ainm nó cathrach
directory-tree-label = Líonraí agus na líonraí atá ina mbaill díobh
directory-no-match = Níor aimsíodh aon líonra do “{ $query }”.
organisation-count = { $count ->
    [0] gan aon bhalleagraíocht
    [one] { $count } balleagraíocht
    [two] { $count } bhalleagraíocht
    [few] { $count } bhalleagraíocht
    [many] { $count } mballeagraíocht
   *[other] { $count } balleagraíocht
}
directory-organisations-link = Brabhsáil na heagraíochtaí go léir
map-link = Léarscáil de na ballstáit

organisations-title = Eagraíochtaí
organisations-lead = Gach balleagraíocht den ardán. Cuardaigh de réir ainm, cathrach nó tuairisce, agus cúngaigh an liosta leis na scagairí.
organisations-search-label = Ainm, cathair nó tuairisc
organisations-found = { $count ->
    [0] Níor aimsíodh aon eagraíocht
    [one] Aimsíodh { $count } eagraíocht
    [two] Aimsíodh { $count } eagraíocht
    [few] Aimsíodh { $count } eagraíocht
    [many] Aimsíodh { $count } n-eagraíocht
   *[other] Aimsíodh { $count } eagraíocht
}
organisations-none = Níl aon eagraíocht a mheaitseálann na scagairí seo. Bain scagaire nó cuardaigh le níos lú focal.
filter-any = Gach ceann
filter-country = Tír
filter-type = Cineál eagraíochta
filter-sector = Earnáil
filter-topic = Réimse saineolais
filter-language = Teanga a labhraítear
sort-label = Sórtáil de réir
sort-relevance = Is ábhartha ar dtús
sort-name = Ainm
sort-newest = Na cinn is nuaí ar dtús
sort-country = Tír
page-navigation = Leathanaigh
page-previous = An leathanach roimhe seo
page-next = An chéad leathanach eile
page-position = Leathanach { $page } as { $pages }

organisation-back = Ar ais chuig na heagraíochtaí
organisation-description = Faoin eagraíocht
organisation-languages = Teangacha a labhraítear
organisation-website = Suíomh gréasáin
organisation-networks = Líonraí
organisation-members = Baill
organisation-contact-private = Ní thaispeántar sonraí teagmhála ach do bhaill atá sínithe isteach.

network-back = Ar ais chuig eolaire na mball
network-parent = Ina bhall de
network-figures = An líonra i bhfigiúirí
network-description = Faoin líonra
network-member-networks = Líonraí is baill
network-organisations = Balleagraíochtaí
network-all-organisations = { $count ->
    [one] Taispeáin an { $count } bhalleagraíocht i liosta na n-eagraíochtaí
    [two] Taispeáin an { $count } bhalleagraíocht i liosta na n-eagraíochtaí
    [few] Taispeáin na { $count } bhalleagraíocht i liosta na n-eagraíochtaí
    [many] Taispeáin na { $count } mballeagraíocht i liosta na n-eagraíochtaí
   *[other] Taispeáin na { $count } balleagraíocht go léir i liosta na n-eagraíochtaí
}

map-title = Na ballstáit ar an léarscáil
map-lead = Tá gach ballstát scáthaithe de réir líon a mballeagraíochtaí. Roghnaigh tír chun a heagraíochtaí a fheiceáil.
map-table = Balleagraíochtaí de réir tíre

## Comhairle ó phiaraí

counselling-title = Comhairle ó phiaraí
counselling-lead = Cuir ceist ar bhaill a raibh an cheist chéanna rompu, agus roinn an rud a d’oibrigh duitse.

## Straitéis agus pleananna

plans-title = Straitéis agus pleananna gníomhaíochta
plans-lead = Straitéis cúig bliana gach líonra, a mhianta agus gníomhaíochtaí a phlean gníomhaíochta.
