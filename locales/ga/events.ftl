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
