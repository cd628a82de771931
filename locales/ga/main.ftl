## An fráma timpeall ar gach leathanach

site-name = EuroVET Commons
skip-to-content = Léim go dtí an t-ábhar
nav-label = Príomhroghchlár
nav-directory = Eolaire
nav-counselling = Comhairle ó phiaraí
nav-plans = Straitéis agus pleananna
footer-tagline = Baile comhroinnte líonraí na hEorpa de sholáthraithe gairmoideachais agus gairmoiliúna.
loading = Á lódáil…
search-button = Cuardaigh
error-load = Níorbh fhéidir é seo a lódáil. Bain triail eile as i gceann tamaillín.

not-found-title = Níor aimsíodh an leathanach
not-found-body = Níl aon rud ag an seoladh seo. B’fhéidir gur bogadh é, nó go bhfuil botún cló sa nasc.
not-found-home = Téigh go dtí an leathanach baile

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

## Comhairle ó phiaraí

counselling-title = Comhairle ó phiaraí
counselling-lead = Cuir ceist ar bhaill a raibh an cheist chéanna rompu, agus roinn an rud a d’oibrigh duitse.
counselling-topics = Ábhair agus na heagraíochtaí a bhfuil saineolas acu orthu
expertise-count = { $count ->
    [one] { $count } eagraíocht a bhfuil saineolas aici
    [two] { $count } eagraíocht a bhfuil saineolas acu
    [few] { $count } eagraíocht a bhfuil saineolas acu
    [many] { $count } n-eagraíocht a bhfuil saineolas acu
   *[other] { $count } eagraíocht a bhfuil saineolas acu
}

## Straitéis agus pleananna

plans-title = Straitéis agus pleananna gníomhaíochta
plans-lead = Straitéis cúig bliana gach líonra, a mhianta agus gníomhaíochtaí a phlean gníomhaíochta.
