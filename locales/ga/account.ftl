## Cuntais: síniú isteach, cuirí, athshocrú pasfhocail, cuntas an bhaill féin

nav-sign-in = Sínigh isteach
nav-account = Mo chuntas
sign-out = Sínigh amach

sign-in-title = Sínigh isteach
sign-in-submit = Sínigh isteach
sign-in-forgot = Ar dhearmad tú do phasfhocal?
sign-in-no-account = Níl cuntas agat fós? Oscail leathanach do líonra san eolaire agus iarr a bheith i do bhall de.
field-email = Seoladh ríomhphoist
field-password = Pasfhocal
field-new-password = Pasfhocal nua
field-current-password = Pasfhocal reatha
field-given-name = Céadainm
field-family-name = Sloinne
field-job-title = Do phost i d’eagraíocht
field-locale = Teanga an chomhéadain agus do chuid ríomhphost
field-invitation-locale = Teanga an chuiridh
field-languages = Teangacha a labhraíonn tú
field-organisation = Eagraíocht
field-role = Ról
field-message = Teachtaireacht do na héascaitheoirí (roghnach)
field-new-email = Seoladh ríomhphoist nua
password-rules = 8 gcarachtar ar a laghad. Diúltaítear do phasfhocail an-choitianta.

reset-title = Athshocraigh do phasfhocal
reset-intro = Cuir isteach seoladh ríomhphoist do chuntais. Seolfaimid nasc chugat chun pasfhocal nua a roghnú.
reset-submit = Seol an nasc
reset-sent = Má úsáideann cuntas an seoladh { $email }, tá nasc chun a phasfhocal a athshocrú ar a bhealach. Beidh an nasc bailí ar feadh uair an chloig.
reset-new-title = Roghnaigh pasfhocal nua
reset-new-submit = Sábháil an pasfhocal nua
reset-done = Athraíodh do phasfhocal. Sínigh isteach le do phasfhocal nua.

invitation-title = Glac le do chuireadh
invitation-intro = Tugadh cuireadh duit clárú ar { site-name } leis an seoladh { $email }: { $role } ag { $organisation }.
invitation-submit = Cruthaigh mo chuntas

role-member = ball
role-facilitator = éascaitheoir
role-coordinator = comhordaitheoir
role-facilitator-of = Éascaitheoir ar an líonra { $network }
role-coordinator-held = Comhordaitheoir an ardáin

account-title = Mo chuntas
account-profile = Próifíl
account-organisation = D’eagraíocht
account-roles = Róil
account-save = Sábháil an phróifíl
account-saved = Sábháladh do phróifíl.
account-password = Pasfhocal
account-password-submit = Athraigh an pasfhocal
account-password-changed = Athraíodh do phasfhocal. Síníodh amach gach seisiún eile de do chuntas.
account-email = Seoladh ríomhphoist
account-email-current = Is é { $email } do sheoladh reatha.
account-email-submit = Seol nasc dearbhaithe
account-email-sent = Más féidir { $email } a úsáid, tá nasc dearbhaithe ar a bhealach chuige. Athrófar do sheoladh nuair a osclóidh tú an nasc sin.
account-data = Do chuid sonraí
account-export = Íoslódáil mo chuid sonraí go léir (JSON)
account-delete = Scrios mo chuntas
account-delete-explain = Nuair a scriosann tú do chuntas, baintear do phróifíl, do theangacha, do róil agus do sheisiúin go léir láithreach, agus ní féidir é sin a chealú. Fanfaidh na snáitheanna, na freagraí agus na tráchtanna a scríobh tú le feiceáil ag daoine eile, faoin ainm “iarbhall”. Coinníonn an loga slándála taifead uimhrithe gur scriosadh cuntas.
account-delete-submit = Scrios mo chuntas go buan
account-deleted = Scriosadh do chuntas.
account-audit = Loga slándála

email-confirm-title = Dearbhaigh do sheoladh ríomhphoist nua
email-confirm-intro = Úsáidfidh do chuntas { $email } as seo amach.
email-confirm-submit = Dearbhaigh an seoladh nua
email-confirmed = Athraíodh do sheoladh ríomhphoist.

join-title = Iarr a bheith i do bhall den líonra seo
join-intro = Inis do na héascaitheoirí cé thú féin. Má fhaomhann siad d’iarratas, gheobhaidh tú cuireadh trí ríomhphost.
join-submit = Seol an t-iarratas
join-sent = Seoladh d’iarratas. Tabharfaidh na héascaitheoirí freagra trí ríomhphost.
invite-title = Tabhair cuireadh do dhuine
invite-intro = Gheobhaidh an duine ríomhphost ina mbeidh nasc chun cuntas a chruthú. Beidh an nasc bailí ar feadh 7 lá.
invite-submit = Seol an cuireadh
invite-sent = Tá cuireadh ar a bhealach chuig { $email }.
requests-title = Iarratais ar bhallraíocht
requests-none = Níl aon iarratas ag fanacht.
request-from = { $name } ({ $email }) ó { $organisation }
request-approve = Faomh
request-decline = Diúltaigh
request-approved = Faomhadh: gheobhaidh { $email } cuireadh.
request-declined = Diúltaíodh don iarratas.

audit-title = Loga slándála
audit-when = Am
audit-event = Teagmhas
audit-actor = Déanta ag
audit-subject = Cuntas
audit-ip = Seoladh IP
audit-detail = Sonraí
audit-older = Teagmhais níos sine
audit-sign-in = Síníodh isteach
audit-sign-in-failed = Theip ar shíniú isteach
audit-sign-out = Síníodh amach
audit-invitation-sent = Seoladh cuireadh
audit-invitation-accepted = Glacadh le cuireadh
audit-reset-requested = Iarradh athshocrú pasfhocail
audit-password-reset = Athshocraíodh an pasfhocal
audit-password-changed = Athraíodh an pasfhocal
audit-email-changed = Athraíodh an seoladh ríomhphoist
audit-role-granted = Tugadh ról
audit-join-requested = Iarratas ar bhallraíocht
audit-join-approved = Faomhadh iarratas ar bhallraíocht
audit-join-declined = Diúltaíodh d’iarratas ar bhallraíocht
audit-account-deleted = Scriosadh cuntas

error-email-invalid = Cuir isteach seoladh ríomhphoist, mar shampla ainm@example.org.
error-name-missing = Cuir isteach do chéadainm agus do shloinne.
error-password-too-short = Roghnaigh pasfhocal ina bhfuil 8 gcarachtar ar a laghad.
error-password-too-long = Roghnaigh pasfhocal ina bhfuil 256 carachtar ar a mhéad.
error-password-common = Tá an pasfhocal seo ar cheann de na cinn is coitianta agus is furasta é a thomhas. Roghnaigh ceann eile.
error-ticket-invalid = Ní féidir an nasc seo a úsáid a thuilleadh: úsáideadh cheana é nó tá sé as feidhm. Iarr ceann nua.
error-wrong-credentials = Tá an seoladh ríomhphoist nó an pasfhocal mícheart.
error-current-password-wrong = Tá do phasfhocal reatha mícheart.
error-already-decided = Tá cinneadh déanta cheana faoin iarratas seo.
error-organisation-not-in-network = Roghnaigh eagraíocht atá ina ball den líonra seo.
error-locale-unsupported = Roghnaigh ceann de na teangacha sa liosta.
error-text-too-long = Tá an téacs seo rófhada.
error-forbidden = Níl cead agat é seo a dhéanamh.
error-sign-in-required = Sínigh isteach chun é seo a dhéanamh.
error-cross-site = Tháinig an t-iarratas seo ó shuíomh gréasáin eile agus diúltaíodh dó. Níor athraíodh aon rud.
error-too-many = { $seconds ->
    [one] An iomarca iarrachtaí. Bain triail eile as i gceann { $seconds } soicind.
    [two] An iomarca iarrachtaí. Bain triail eile as i gceann { $seconds } shoicind.
    [few] An iomarca iarrachtaí. Bain triail eile as i gceann { $seconds } shoicind.
    [many] An iomarca iarrachtaí. Bain triail eile as i gceann { $seconds } soicind.
   *[other] An iomarca iarrachtaí. Bain triail eile as i gceann { $seconds } soicind.
}

mail-invitation-subject = Do chuireadh chuig { site-name }
mail-invitation-body = Tugann { $inviter } cuireadh duit clárú ar { site-name }: { $role } ag { $organisation }.
    
    Cruthaigh do chuntas leis an nasc seo, atá bailí ar feadh 7 lá:
    { $link }
    
    Mura raibh tú ag súil leis an gcuireadh seo, is féidir leat neamhaird a dhéanamh den ríomhphost seo.
mail-role-subject = Ról nua ar { site-name }
mail-role-body = Thug { $inviter } ról nua do do chuntas ar { site-name }: { $role }.
    
    Sínigh isteach chun é a úsáid:
    { $link }
mail-reset-subject = Athshocraigh do phasfhocal ar { site-name }
mail-reset-body = D’iarr duine éigin go n-athshocrófaí pasfhocal do chuntais ar { site-name }. Roghnaigh pasfhocal nua leis an nasc seo, atá bailí ar feadh uair an chloig:
    { $link }
    
    Murar tusa a d’iarr é, déan neamhaird den ríomhphost seo: ní athrófar do phasfhocal.
mail-email-subject = Dearbhaigh do sheoladh ríomhphoist nua ar { site-name }
mail-email-body = Dearbhaigh gurb é { $email } an seoladh nua atá ag do chuntas ar { site-name } leis an nasc seo, atá bailí ar feadh 24 uair an chloig:
    { $link }
    
    Mura ndearna tú an t-iarratas seo, déan neamhaird den ríomhphost seo.
