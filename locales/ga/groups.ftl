## Grúpaí oibre: an liosta.

groups-title = Grúpaí oibre
groups-lead = Grúpaí téamacha a oibríonn le chéile ar feadh tréimhse áirithe chun cuspóir comhroinnte a bhaint amach, faoi stiúir ball a ghlacann seal ar an gceannaireacht de réir mar a théann an obair ar aghaidh.
groups-none = Níl aon ghrúpa oibre ann fós.
groups-found-new = Bunaigh grúpa oibre
group-members-count = { $count ->
    [one] Ball amháin
    [two] { $count } bhall
    [few] { $count } bhall
    [many] { $count } mball
   *[other] { $count } ball
}
group-archived = Sa chartlann

## Spás an ghrúpa.

group-purpose = Cuspóir
group-deliverables = Insoláthair
group-mandate = Sainordú
group-mandate-dates = Ó { $from } go { $until }
group-mandate-open = Ó { $from }, gan dáta deiridh
group-joining = Ballraíocht
group-seen-by = Infheicthe do
group-leaders = Ceannairí
group-leader-since = ó { $since }
group-former-leaders = Iarcheannairí
group-leader-term = { $since } go { $until }
group-members = Baill
group-events = Imeachtaí an ghrúpa
group-no-events = Níl aon imeacht ag an ngrúpa fós.
group-join = Téigh isteach sa ghrúpa
group-ask = Iarr ballraíocht
group-accept-invitation = Glac leis an gcuireadh
group-leave = Fág an grúpa
group-you-member = Is ball den ghrúpa seo thú.
group-you-asked = Tá d’iarratas ag fanacht ar chinneadh na gceannairí.
group-you-invited = Tugadh cuireadh duit chuig an ngrúpa seo.
group-archived-note = Tá deireadh le sainordú an ghrúpa seo: coinnítear a chuid oibre anseo le léamh.
group-sign-in-to-join = Sínigh isteach chun dul isteach sa ghrúpa
group-requests = Iarratais ar bhallraíocht
group-appoint = Ceap mar cheannaire
group-step-down = Éirigh as mar cheannaire
group-calendar = Féilire poiblí an ghrúpa (.ics)

## An fhoirm le haghaidh grúpa nua.

group-new-title = Bunaigh grúpa oibre
group-new-lead = Tabhair cairt don ghrúpa: cad chuige é, cad a sholáthróidh sé agus cá fhad a mhairfidh sé. Is tusa a chéad cheannaire.
group-field-network = Líonra
group-network-none = An t-ardán ar fad
group-field-title = Ainm an ghrúpa
group-field-topic = Ábhar
group-topic-none = Gan ábhar ar leith
group-field-lang = Teanga oibre
group-field-purpose = Cuspóir
group-field-deliverables = Insoláthair
group-field-starts = Tús an tsainordaithe
group-field-ends = Deireadh an tsainordaithe (roghnach)
group-field-admission = Ballraíocht
group-field-visibility = Infheicthe do
group-found = Bunaigh an grúpa

## Fógraí tar éis foirme.

group-founded = Bunaíodh an grúpa oibre. Is tusa a chéad cheannaire.
group-joined = Is ball den ghrúpa thú anois.
group-requested = Seoladh d’iarratas chuig ceannairí an ghrúpa.
group-left = D’fhág tú an grúpa.
group-decided = Sábháladh do chinneadh.
group-leader-appointed = Ceapadh an ceannaire nua.
group-stepped-down = D’éirigh tú as mar cheannaire.
group-standing-requested = Ag iarraidh dul isteach
group-standing-invited = Tugadh cuireadh
