# Straitéis agus pleananna gníomhaíochta

plans-none = Níl straitéis foilsithe ag aon líonra fós.
plans-back = Gach straitéis
plan-activity-count = { $count ->
    [one] { $count } gníomhaíocht
    [two] { $count } ghníomhaíocht
    [few] { $count } ghníomhaíocht
    [many] { $count } ngníomhaíocht
   *[other] { $count } gníomhaíocht
}
strategy-create-title = Tosaigh straitéis
strategy-network = Líonra
strategy-create = Tosaigh an straitéis

## Céimeanna straitéise
strategy-status-draft = Dréacht
strategy-status-feedback = Aiseolas á bhailiú
strategy-status-adopted = Glactha
strategy-stage = Céim
strategy-adopt = Glac leis an straitéis
strategy-reopen = Déan dréacht di arís
round-open = Oscail babhta aiseolais
round-close = Dún an babhta aiseolais
round-opens = Ó
round-closes = Go dtí
round-open-notice = Tá an babhta aiseolais ar oscailt ó { $from } go dtí { $to }.
round-comment-link = Déan trácht ar an dréacht

## Réimsí na straitéise
strategy-edit = Cuir an straitéis in eagar
strategy-fields = Fís agus misean
strategy-field-title = Teideal
strategy-field-period = Tréimhse (blianta)
strategy-field-vision = Fís
strategy-field-mission = Ráiteas misin
strategy-field-status = Céim
strategy-aspirations = Mianta
strategy-save = Sábháil an straitéis
aspiration-field-title = Mian
aspiration-field-description = Cur síos
aspiration-save = Sábháil an mhian
aspiration-add-title = Cuir mian leis
aspiration-add = Cuir an mhian leis

## An plean gníomhaíochta
plan-progress = Dul chun cinn:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = Uirlisí straitéise
plan-print = Amharc priontála
plan-export = Íoslódáil an plean gníomhaíochta (CSV)
plan-present = Ar oscailt anois ag:
plan-timeline = Amlíne an phlean gníomhaíochta
plan-timeline-caption = Síneann gach barra ó thús gníomhaíochta go dtí a spriocdháta, agus tá sé líonta de réir a dul chun cinn; is é an líne dhearg an lá inniu.
plan-today = inniu
plan-dates = Dátaí
plan-activities = Gníomhaíochtaí
plan-no-activities = Níl aon ghníomhaíocht ag freastal ar an mian seo fós.
plan-filter-aspiration = Mian
plan-filter-status = Stádas
plan-filter-all = Gach ceann
plan-filter-apply = Taispeáin

## Gníomhaíochtaí
activity-status-planned = Pleanáilte
activity-status-in-progress = Ar siúl
activity-status-done = Déanta
activity-status-blocked = Bactha
activity-status-cancelled = Curtha ar ceal
activity-field-title = Gníomhaíocht
activity-field-description = Cur síos
activity-field-aspirations = Na mianta a bhfreastalaíonn sí orthu
activity-field-owner = Freagracht
activity-field-contributors = Eagraíochtaí rannpháirteacha
activity-field-start_on = Tús
activity-field-due_on = Spriocdháta
activity-field-status = Stádas
activity-field-progress = Dul chun cinn (%)
activity-owner-none = Níl freagracht sannta fós
activity-owner-members = Baill
activity-owner-organisations = Eagraíochtaí
activity-add-title = Cuir gníomhaíocht leis
activity-add = Cuir an ghníomhaíocht leis
activity-edit-title = Cuir an ghníomhaíocht in eagar
activity-save = Sábháil an ghníomhaíocht
activity-follow = Lean an ghníomhaíocht seo
activity-unfollow = Ná lean an ghníomhaíocht seo a thuilleadh
activity-being-edited = Á cur in eagar anois ag: { $names }
field-changed-live = Tá an réimse seo díreach athraithe ag { $name }. Fanann do luach anseo; nuair a shábhálfaidh tú, taispeánfar an dá cheann.
offline-kept = Níl aon cheangal ann: coinnítear d’athruithe sa bhrabhsálaí seo agus seolfar iad nuair a bheidh an ceangal ar ais.

## Táscairí
indicators-title = Táscairí
indicators-none = Níl aon táscaire ann fós.
indicator-field-name = Táscaire
indicator-field-target = Sprioc
indicator-field-actual = Bainte amach
indicator-reached = { $name }: { $actual } as { $target }
indicator-edit = Táscaire { $name }
indicator-save = Sábháil
indicator-add = Cuir an táscaire leis

## Athruithe a rinneadh idir an dá linn
conflict-title = D’athraigh duine éigin é seo idir an dá linn
conflict-lead = Sábháladh d’athruithe eile. D’athraigh duine eile na réimsí seo tar éis duit an fhoirm a oscailt: níor forscríobhadh aon rud. Roghnaigh do gach ceann acu.
conflict-changed-by = Athraithe ag { $name } ag { $at } (UTC).
conflict-theirs = An luach eile (sábháilte)
conflict-mine = Do luach (gan sábháil)
conflict-keep = Coinnigh an luach eile
conflict-replace = Cuir mo luach féin ina áit
conflict-merge-label = Téacs cumaiscthe
conflict-merge = Sábháil an téacs cumaiscthe
error-changed-meanwhile = Athraíodh an réimse seo ó osclaíodh an leathanach. Athlódáil an leathanach agus bain triail eile as.

## Stair agus leaganacha
history-title = Stair
revision-created = Cruthaithe
revision-restore = Athchóirigh an luach seo
revision-restores = (athchóiríonn sé athrú { $number })
strategy-versions = Leaganacha
versions-none = Níl aon leagan coinnithe fós: coinnítear ceann nuair a dhúntar babhta aiseolais agus nuair a ghlactar leis an straitéis.
version-now = An straitéis faoi láthair
version-number = Leagan { $number }
version-reason-round = tar éis babhta aiseolais
version-reason-adopted = glactha
diff-from = Ó
diff-to = Go dtí
diff-compare = Cuir i gcomparáid
diff-title = Ó { $from } go dtí { $to }
diff-unchanged = (gan athrú)

## Babhtaí aiseolais
comments-title = Tráchtanna
comment-title = Déan trácht ar an dréacht
comment-about = Faoi
comment-on-strategy = An straitéis ina hiomláine
comment-body = Do thrácht
comment-send = Seol an trácht
comment-taken-up = Curtha san áireamh
comment-declined = Diúltaithe
comment-resolution = Cinneadh
comment-reason = Cúis
comment-resolve = Réitigh

## Teachtaireachtaí
strategy-created = Tá an straitéis tosaithe. Scríobh a fís, a misean agus a mianta.
strategy-saved = Sábháladh.
aspiration-added = Cuireadh an mhian leis.
activity-added = Cuireadh an ghníomhaíocht leis. Sann freagracht, dátaí agus táscairí di.
activity-saved = Sábháladh an ghníomhaíocht.
indicator-added = Cuireadh an táscaire leis.
value-restored = Tá an luach roimhe seo ar ais, mar athrú nua.
stage-open = Tá an babhta aiseolais ar oscailt: is féidir le baill an líonra tráchtanna a dhéanamh.
stage-close = Dúnadh an babhta aiseolais agus coinníodh an leagan seo.
stage-adopt = Glacadh leis an straitéis agus coinníodh an leagan seo.
stage-reopen = Is dréacht í an straitéis arís.
comment-posted = Seoladh do thrácht chuig na héascaitheoirí.
comment-resolved = Réitíodh an trácht.
followed = Leanann tú é seo anois: cuirfear ar an eolas thú nuair a athraíonn stádas, freagracht nó dáta.
unfollowed = Ní leanann tú é seo a thuilleadh.

## Fógraí faoi ghníomhaíochtaí a leanann tú
plan-notification-status = D’athraigh { $name } stádas na gníomhaíochta
plan-notification-owner = D’athraigh { $name } an fhreagracht as an ngníomhaíocht
plan-notification-start_on = D’athraigh { $name } dáta tosaigh na gníomhaíochta
plan-notification-due_on = D’athraigh { $name } spriocdháta na gníomhaíochta

## Diúltuithe
error-date-invalid = Cuir isteach an dáta mar dháta féilire (bliain, mí, lá).
error-dates-reversed = Tagann an deireadh roimh an tús.
error-number-invalid = Cuir isteach slánuimhir sa raon atá ceadaithe.
error-aspiration-missing = Caithfidh gníomhaíocht freastal ar mhian amháin ar a laghad.
error-wrong-stage = Níl an straitéis ag an gcéim is gá chuige seo (mar shampla, níl aon bhabhta aiseolais ar oscailt).
plan-notifications-title = Gníomhaíochtaí a leanann tú
aspiration-follow = Lean an mhian seo
aspiration-unfollow = Ná lean an mhian seo a thuilleadh
