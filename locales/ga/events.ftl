## Imeachtaí: cén fáth a ndiúltaítear d’am, do líon na n-áiteanna nó do chlárú.

error-time-zone-unknown = Roghnaigh crios ama ón liosta.
error-wall-time-skipped = Níl an t-am seo ann sa chrios ama sin an lá sin: cuirtear na cloig uair an chloig ar aghaidh. Roghnaigh am eile.
error-wall-time-repeated = Tarlaíonn an t-am seo faoi dhó sa chrios ama sin an lá sin: cuirtear na cloig uair an chloig siar. Roghnaigh am eile.
error-capacity-invalid = Caithfidh líon na n-áiteanna a bheith ina shlánuimhir de 1 ar a laghad; fág folamh é mura bhfuil aon teorainn leis.
error-already-registered = Tá tú cláraithe don imeacht seo cheana féin.
error-event-past = Tá an t-imeacht seo thart cheana féin.
error-event-cancelled = Cuireadh an t-imeacht seo ar ceal.
error-invitation-only = Ní thugtar áiteanna ag an imeacht seo ach trí chuireadh. Iarr ar na heagraithe más mian leat páirt a ghlacadh.
error-group-archived = Tá deireadh le sainordú an ghrúpa oibre seo: tá sé curtha sa chartlann agus ní féidir é a athrú a thuilleadh.
error-last-leader = Ní mór ceannaire amháin ar a laghad a bheith ag grúpa oibre. Ceap ceannaire eile sula n-éireoidh tú as.
error-place-missing = Tabhair nasc cruinnithe, ionad, nó an dá cheann.
error-series-too-long = Ní féidir níos mó ná 150 ócáid a bheith i sraith. Roghnaigh dáta deiridh níos luaithe.
error-event-unknown = Níl aon imeacht ag an seoladh seo, nó níl sé ar fáil duit.
error-group-unknown = Níl aon ghrúpa oibre ag an seoladh seo, nó níl sé ar fáil duit.
error-calendar-address-revoked = Cúlghaireadh an seoladh féilire seo. Cóipeáil do sheoladh nua ó leathanach d’fhéilire.
error-not-registered = Níl tú cláraithe don imeacht seo.

## Cineálacha imeachtaí.

event-kind-peer-learning = Seisiún piarfhoghlama
event-kind-webinar = Seimineár gréasáin
event-kind-e-conference = Comhdháil ar líne
event-kind-workshop = Ceardlann
event-kind-study-visit = Cuairt staidéir
event-kind-annual-meeting = Cruinniú bliantúil

## Conas áit a fháil ag imeacht, nó dul isteach i ngrúpa oibre.

admission-open = Oscailte do chách
admission-request = Ar iarratas, le ceadú ó na heagraithe
admission-invitation = Trí chuireadh amháin

## An stádas atá ag ball i leith imeachta.

attendance-registered = Cláraithe
attendance-waiting = Ar an liosta feithimh
attendance-requested = Iarratas seolta
attendance-invited = Tugadh cuireadh
attendance-cancelled = Clárú curtha ar ceal
attendance-declined = Iarratas diúltaithe

## Conas a athdhéantar sraith imeachtaí.

recurrence-weekly = Gach seachtain
recurrence-monthly = Gach mí, ar an lá céanna den tseachtain

## Cé a fheiceann grúpa oibre.

group-visibility-public = Poiblí
group-visibility-members = Baill atá sínithe isteach
group-visibility-hidden = Baill an ghrúpa amháin

## Liosta na n-imeachtaí.

events-title = Imeachtaí
events-lead = Seisiúin piarfhoghlama, seimineáir ghréasáin, comhdhálacha, ceardlanna, cuairteanna staidéir agus cruinnithe bliantúla na líonraí agus a gcuid grúpaí oibre.
events-upcoming = Le teacht
events-past = Imeachtaí roimhe seo
events-found = { $count ->
    [one] Imeacht amháin
    [two] { $count } imeacht
    [few] { $count } imeacht
    [many] { $count } n-imeacht
   *[other] { $count } imeacht
}
events-none = Níl aon imeacht a mheaitseálann na roghanna seo.
events-organise = Eagraigh imeacht
events-your-calendar = D’fhéilire
events-filter-kind = Cineál imeachta
events-filter-network = Líonra
events-show = Taispeáin
event-your-time = D’am féin: { $time }
event-online = Ar líne
event-places-left = { $count ->
    [one] Áit amháin fágtha
    [two] { $count } áit fágtha
    [few] { $count } áit fágtha
    [many] { $count } n-áit fágtha
   *[other] { $count } áit fágtha
}
event-full = Lán: tá an liosta feithimh oscailte
event-recorded = Taifeadadh ar fáil
event-cancelled-badge = Curtha ar ceal
event-in-series = Cuid de shraith

## Leathanach imeachta.

event-when = Cathain
event-where = Cá háit
event-languages = Teangacha a labhraítear
event-organised-by = Arna eagrú ag
event-admission = Cead isteach
event-places = Áiteanna
event-places-taken = Áiteanna tógtha: { $registered } as { $capacity }
event-places-unlimited = Cláraithe: { $registered }; níl aon teorainn le líon na n-áiteanna
event-waiting-count = { $count ->
    [one] Duine amháin ar an liosta feithimh
    [two] { $count } dhuine ar an liosta feithimh
    [few] { $count } dhuine ar an liosta feithimh
    [many] { $count } nduine ar an liosta feithimh
   *[other] { $count } duine ar an liosta feithimh
}
event-your-standing = Do chlárú
event-register = Cláraigh
event-request = Iarr áit
event-join-waiting-list = Cuir ar an liosta feithimh mé
event-access-needs = Riachtanais rochtana (roghnach)
event-access-needs-hint = Ní fheiceann ach na heagraithe é seo: rochtain gan chéimeanna, ateangaireacht teanga chomharthaíochta, riachtanais aiste bia, aon rud a chabhraíonn leat páirt a ghlacadh.
event-withdraw = Cuir mo chlárú ar ceal
event-sign-in-to-register = Sínigh isteach chun clárú
event-meeting-link = Nasc cruinnithe
event-meeting-link-hint = Taispeántar an nasc cruinnithe anseo do na rannpháirtithe nuair a bhíonn áit acu.
event-add-to-calendar = Cuir le d’fhéilire
event-calendar-file = An t-imeacht seo (comhad .ics)
event-series-file = An tsraith ar fad (comhad .ics)
event-agenda = Clár oibre
event-materials = Ábhar tacaíochta
event-recording = Taifeadadh
event-watch-recording = Féach ar an taifeadadh
event-questions = Ceisteanna agus freagraí
event-conclusions = Conclúidí
event-taken-place = Reáchtáladh an t-imeacht seo cheana.

## Cad a dhéanann na heagraithe ar leathanach imeachta.

event-organisers = Do na heagraithe
event-participants = Rannpháirtithe
event-participants-csv = Íoslódáil liosta na rannpháirtithe (CSV)
event-no-participants = Níor chláraigh aon duine fós.
event-cancel = Cuir an t-imeacht seo ar ceal
event-cancel-confirm = Sea, cuir ar ceal é: cuirfear féilirí na rannpháirtithe ar an eolas.
event-add-session = Cuir seisiún leis an gclár oibre
event-session-starts = Tosaíonn
event-session-ends = Críochnaíonn
event-session-title = Teideal
event-session-speakers = Cainteoirí
event-add-material = Cuir ábhar leis
event-material-title = Teideal
event-material-link = Nasc, nó uimhir nó seoladh acmhainne sa leabharlann
event-recording-link = Nasc chuig an taifeadadh
event-save = Sábháil

## An fhoirm le haghaidh imeacht nua.

event-new-title = Eagraigh imeacht
event-new-lead = Fógair imeacht do na baill. Cuirtear na hamanna isteach de réir chlog an chreasa ama a roghnaíonn tú; feiceann gach duine iad sa chrios sin agus ina gcrios féin.
event-field-organiser = Arna eagrú ag
event-organiser-platform = An t-ardán ar fad
event-field-kind = Cineál imeachta
event-field-title = Teideal
event-field-lang = Teanga an fhógra seo
event-field-languages = Teangacha a labhrófar ag an imeacht
event-field-description = Cur síos
event-field-time-zone = Crios ama
event-field-starts = Tosaíonn
event-field-ends = Críochnaíonn
event-field-online-url = Nasc cruinnithe (d’imeacht ar líne)
event-field-venue = Ionad (d’imeacht ar an láthair)
event-field-address = Seoladh
event-field-country = Tír
event-field-visibility = Cé atá in ann é a fheiceáil
event-field-admission = Cead isteach
event-field-capacity = Líon na n-áiteanna
event-field-capacity-hint = Fág folamh é mura bhfuil aon teorainn leis. Nuair a bhíonn na háiteanna go léir tógtha, osclaítear liosta feithimh.
event-field-repeat = Athdhéanamh
event-repeat-none = Ní athdhéantar é
event-field-until = Dáta deiridh na sraithe
event-create = Fógair an t-imeacht

## Fógraí tar éis foirme.

event-registered = Tá tú cláraithe. Tá an nasc cruinnithe agus comhad an fhéilire ar an leathanach seo.
event-waiting = Tá na háiteanna go léir tógtha: tá tú ar an liosta feithimh agus gheobhaidh tú áit chomh luath agus a shaorfar ceann.
event-requested = Seoladh d’iarratas chuig na heagraithe.
event-withdrawn = Cuireadh do chlárú ar ceal.
event-created = Fógraíodh an t-imeacht.
event-cancelled = Cuireadh an t-imeacht ar ceal.
event-decided = Sábháladh do chinneadh.
event-session-added = Cuireadh an seisiún leis an gclár oibre.
event-material-added = Cuireadh an t-ábhar leis.
event-recording-saved = Sábháladh an nasc chuig an taifeadadh.

## Seoladh féilire an bhaill.

calendar-title = D’fhéilire
calendar-lead = Liostáil le do sheoladh féilire féin i do ríomhchlár féilire (Outlook, Apple Calendar, Thunderbird, Google Calendar): taispeántar ann na himeachtaí ar chláraigh tú dóibh agus coinnítear cothrom le dáta iad.
calendar-address-label = Do sheoladh féilire
calendar-address-once = Cóipeáil anois é: ní thaispeánfar é ach an uair seo amháin. Is féidir le duine ar bith a bhfuil an seoladh seo aige d’imeachtaí a fheiceáil, mar sin coinnigh agat féin é.
calendar-has-address = Tá seoladh féilire agat. Má chaill tú é, nó más féidir go bhfuil sé ag duine eile, déan ceann nua: stopfaidh an seancheann ag obair.
calendar-no-address = Níl seoladh féilire agat fós.
calendar-make = Déan mo sheoladh féilire
calendar-make-new = Déan seoladh nua
calendar-revoke = Cúlghair mo sheoladh
calendar-public-feeds = Féilirí poiblí
calendar-public-feeds-lead = Imeachtaí gach líonra agus gach grúpa oibre poiblí atá oscailte do chách, le liostáil leo gan síniú isteach.
calendar-address-made = Tá do sheoladh féilire nua réidh.
calendar-address-revoked = Cúlghaireadh do sheoladh féilire: ní fhaigheann ríomhchláir féilire aon rud uaidh a thuilleadh.
event-participant = Rannpháirtí
error-cancel-unconfirmed = Cuir tic sa bhosca lena dhearbhú go bhfuil an ócáid le cur ar ceal.
event-country-none = Níor tugadh

## Ríomhphoist faoi áit ag imeacht.

mail-event-place-subject = D’áit: { $title }
mail-event-place-body = Dia duit, { $name },

    Tá áit agat ag “{ $title }”, { $time }.

    Tá an t-imeacht ceangailte leis an ríomhphost seo: cuirfidh do ríomhchlár féilire isteach é, agus coinneoidh sé cothrom le dáta é má athraíonn sé. Leathanach an imeachta, leis an nasc cruinnithe d’imeacht ar líne:
    { $link }
mail-event-cancelled-subject = Bainte de d’fhéilire: { $title }
mail-event-cancelled-body = Dia duit, { $name },

    Tá “{ $title }”, { $time }, bainte de d’fhéilire: cuireadh an t-imeacht ar ceal, nó cuireadh do chlárú ar ceal.

    Ligeann an teachtaireacht atá ceangailte do do ríomhchlár féilire é a bhaint. Leathanach an imeachta:
    { $link }
mail-event-reminder-subject = Ag tosú go luath: { $title }
mail-event-reminder-body = Dia duit, { $name },

    Meabhrúchán: tosóidh “{ $title }”, { $time }, go luath.

    Leathanach an imeachta, leis an nasc cruinnithe d’imeacht ar líne:
    { $link }

event-add-question = Cuir ceist ar na grúpaí plé
event-question-text = Ceist
event-record-answer = Taifead freagra grúpa
event-answer-group = Grúpa plé
event-answer-text = Freagra an ghrúpa
event-question-added = Cuireadh an cheist leis.
event-answer-recorded = Taifeadadh freagra an ghrúpa.

event-edit = Athraigh an ócáid seo
event-edit-save = Sábháil na hathruithe
event-saved = Tá an ócáid sábháilte. Gheobhaidh na daoine a bhfuil áit acu an t-athrú ina bhféilirí.

## Tugann na heagraithe cuireadh do bhaill.

error-member-unknown = Níl an seoladh ríomhphoist seo ag aon bhall.
event-invite = Tabhair cuireadh do bhall
event-invite-email = Seoladh ríomhphoist an bhaill
event-invited = Seoladh an cuireadh.
mail-event-invited-subject = Tugadh cuireadh duit: { $title }
mail-event-invited-body = Dia duit, { $name },

    Tugann na heagraithe cuireadh duit chuig “{ $title }”, { $time }.

    Glac d’áit ar leathanach an imeachta:
    { $link }
