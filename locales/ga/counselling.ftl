## Comhairle ó phiaraí: liosta na snáitheanna

counselling-sign-in-to-ask = Sínigh isteach chun ceist a chur ar do phiaraí nó chun ceist a fhreagairt.
threads-search-label = Cuardaigh sna ceisteanna agus sna freagraí
thread-topic = Ábhar
threads-language = Teanga
threads-network = Líonra
threads-state = Freagra
threads-unsolved = Gan freagra fós
threads-solved = Freagartha
threads-show = Taispeáin
threads-followed = Snáitheanna a leanaim
threads-mine = Mo cheisteanna
threads-found = { $count ->
    [one] { $count } snáithe
    [two] { $count } shnáithe
    [few] { $count } shnáithe
    [many] { $count } snáithe
   *[other] { $count } snáithe
}
threads-none = Níl aon snáithe a mheaitseálann. Bain triail as níos lú scagairí, nó cuir an cheist tú féin.
thread-unread = Nua
thread-solved = Freagartha
thread-hidden-badge = I bhfolach
thread-asked-by = arna cur ag { $name }
thread-replies = { $count ->
    [one] { $count } freagra
    [two] { $count } fhreagra
    [few] { $count } fhreagra
    [many] { $count } bhfreagra
   *[other] { $count } freagra
}
notifications-link = Fógraí
notifications-unread = { $count ->
    [one] { $count } gan léamh
    [two] { $count } gan léamh
    [few] { $count } gan léamh
    [many] { $count } gan léamh
   *[other] { $count } gan léamh
}

## Snáithe

thread-back = Gach snáithe
thread-platform = An t-ardán ar fad
thread-hidden = Chuir na modhnóirí an cheist seo i bhfolach. Níl sí le feiceáil ach agatsa agus ag na modhnóirí.
thread-follow = Lean an snáithe seo
thread-unfollow = Ná lean a thuilleadh
thread-sign-in-to-reply = Sínigh isteach chun freagra a thabhairt.
answer-accepted-title = Freagra glactha
answer-accepted-badge = Freagra glactha
answer-accept = Glac leis mar an freagra
answer-unaccept = Tarraing siar an glacadh
post-edited-link = curtha in eagar (féach na leaganacha)
post-hidden = Curtha i bhfolach ag na modhnóirí: { $reason }
post-quote = Athfhriotal
post-edit = Cuir in eagar
post-flag = Tuairiscigh do na modhnóirí
flag-reason = Cén fáth ar cheart do na modhnóirí féachaint ar an bpostáil seo?
flag-send = Seol an tuairisc
post-language = Teanga an téacs
reply-title = D’fhreagra
reply-body = Freagra
reply-send = Postáil an freagra
markdown-help = Is féidir leat an téacs a fhormáidiú le Markdown: **trom**, *iodálach*, liostaí a thosaíonn le -, naisc mar [téacs](https://…).
markdown-preview = Réamhamharc

## Ceist a chur

ask-title = Cuir ceist ar do phiaraí
ask-lead = Déan cur síos ar do chás agus ar a bhfuil triailte agat cheana. Beidh baill na líonraí a fheiceann do cheist in ann í a fhreagairt.
ask-field-title = Do cheist in abairt amháin
ask-field-body = Mionsonraí
ask-field-audience = Cé atá in ann í a fheiceáil
ask-send = Foilsigh an cheist

## Eagarthóireacht agus leaganacha

post-edit-title = Cuir do phostáil in eagar
post-edit-body = Téacs
post-edit-save = Sábháil an leagan nua
post-history-title = Leaganacha postála
post-history-current = An leagan reatha
post-history-earlier = Leagan níos luaithe
post-history-back = Ar ais chuig an snáithe

## Fógraí agus an achoimre ríomhphoist

notifications-title = Fógraí
notifications-none = Níl aon rud nua ann. Lean snáithe nó ábhar chun go gcuirfear ar an eolas thú nuair a tharlóidh rud éigin ann.
notifications-mark-read = Marcáil gach ceann mar léite
notification-reply = Thug { $name } freagra sa tsnáithe
notification-topic = Chuir { $name } ceist in ábhar a leanann tú:
notification-accepted = Ghlac { $name } le d’fhreagra mar an freagra sa tsnáithe
digest-title = Achoimre ríomhphoist
digest-legend = Seol achoimre chugam ar na fógraí nár léadh
digest-immediate = Chomh luath agus a tharlaíonn rud éigin
digest-daily = Uair sa lá
digest-weekly = Uair sa tseachtain
digest-never = Ná seol riamh (léim anseo iad)
digest-save = Sábháil an rogha
topics-followed-title = Ábhair a leanaim
topics-followed-lead = Cuirtear ar an eolas thú faoi gach ceist nua sna hábhair a leanann tú.
topic-follow = Lean
topic-unfollow = Ná lean a thuilleadh

## Modhnóireacht

moderation-title = Modhnóireacht
moderation-queue-title = Postálacha a tuairiscíodh
moderation-queue-empty = Níl aon phostáil ag fanacht le cinneadh.
moderation-flags = Tuairiscí
moderation-decide = Modhnaigh
moderation-reason = Cúis
moderation-hide = Cuir an phostáil i bhfolach
moderation-restore = Taispeáin an phostáil arís
moderation-dismiss = Fág an phostáil mar atá
moderation-log-title = Cinntí
moderation-log-empty = Níor déanadh aon chinneadh fós.
moderation-log-when = Cathain
moderation-log-who = Modhnóir
moderation-log-what = Cinneadh
moderation-log-thread = Snáithe
moderation-action-hide = Curtha i bhfolach
moderation-action-restore = Taispeánta arís
moderation-action-dismiss = Diúltaíodh do na tuairiscí

## Teachtaireachtaí agus diúltuithe

thread-asked = Foilsíodh do cheist. Cuirfear ar an eolas thú faoi gach freagra.
reply-posted = Postáladh d’fhreagra.
post-edited = Sábháladh do phostáil; tá an leagan níos luaithe fós le feiceáil ina stair.
answer-accepted = Tá an freagra marcáilte mar an freagra glactha.
answer-unaccepted = Níl an freagra marcáilte mar an freagra glactha a thuilleadh.
thread-followed = Tá tú ag leanúint an tsnáithe seo anois.
thread-unfollowed = Níl tú ag leanúint an tsnáithe seo a thuilleadh.
topics-saved = Sábháladh d’ábhair.
post-flagged = Go raibh maith agat: féachfaidh na modhnóirí ar an bpostáil seo.
moderation-saved = Sábháladh an cinneadh.
notifications-read = Marcáladh gach fógra mar léite.
digest-saved = Sábháladh do rogha.
error-already-flagged = Thuairiscigh tú é seo cheana; féachfaidh na modhnóirí air.
error-not-an-answer = Ní féidir ach le freagra infheicthe a bheith ina fhreagra glactha.

## Ríomhphost

mail-digest-subject = Comhairle ó phiaraí: fógraí nua
mail-digest-body = Dia duit,

    { $count ->
        [one] Tá { $count } fógra nua agat sa chomhairle ó phiaraí:
        [two] Tá { $count } fhógra nua agat sa chomhairle ó phiaraí:
        [few] Tá { $count } fhógra nua agat sa chomhairle ó phiaraí:
        [many] Tá { $count } bhfógra nua agat sa chomhairle ó phiaraí:
       *[other] Tá { $count } fógra nua agat sa chomhairle ó phiaraí:
    }

    { $items }
    Do chuid fógraí go léir, agus cé chomh minic a fhaigheann tú an achoimre seo: { $link }
