## Aðgangar: innskráning, boð, endurstilling lykilorðs og eigin aðgangur félaga

nav-sign-in = Skrá inn
nav-account = Aðgangurinn minn
sign-out = Skrá út

sign-in-title = Innskráning
sign-in-submit = Skrá inn
sign-in-forgot = Gleymdirðu lykilorðinu?
sign-in-no-account = Ertu ekki með aðgang? Opnaðu síðu tengslanetsins þíns í félagaskránni og óskaðu eftir aðild.
field-email = Netfang
field-password = Lykilorð
field-new-password = Nýtt lykilorð
field-current-password = Núverandi lykilorð
field-given-name = Fornafn
field-family-name = Eftirnafn
field-job-title = Starfsheiti innan stofnunarinnar þinnar
field-locale = Tungumál viðmótsins og tölvupósta til þín
field-invitation-locale = Tungumál boðsins
field-languages = Tungumál sem þú talar
field-organisation = Stofnun
field-role = Hlutverk
field-message = Skilaboð til umsjónaraðila (valfrjálst)
field-new-email = Nýtt netfang
password-rules = Að minnsta kosti 8 stafir. Mjög algengum lykilorðum er hafnað.

reset-title = Endurstilltu lykilorðið þitt
reset-intro = Sláðu inn netfang aðgangsins þíns. Við sendum þér tengil til að velja nýtt lykilorð.
reset-submit = Senda tengilinn
reset-sent = Ef aðgangur er skráður á { $email } er tengill til að endurstilla lykilorðið á leiðinni. Tengillinn gildir í eina klukkustund.
reset-new-title = Veldu nýtt lykilorð
reset-new-submit = Vista nýja lykilorðið
reset-done = Lykilorðinu þínu hefur verið breytt. Skráðu þig inn með nýja lykilorðinu.

invitation-title = Samþykktu boðið
invitation-intro = Þér er boðið að ganga til liðs við { site-name } með netfanginu { $email }: { $role } hjá { $organisation }.
invitation-submit = Stofna aðganginn minn

role-member = félagi
role-facilitator = umsjónaraðili
role-coordinator = samræmingaraðili
role-facilitator-of = Umsjónaraðili tengslanetsins { $network }
role-coordinator-held = Samræmingaraðili vettvangsins

account-title = Aðgangurinn minn
account-profile = Notandasnið
account-organisation = Stofnunin þín
account-roles = Hlutverk
account-save = Vista notandasniðið
account-saved = Notandasniðið þitt hefur verið vistað.
account-password = Lykilorð
account-password-submit = Breyta lykilorðinu
account-password-changed = Lykilorðinu þínu hefur verið breytt. Öllum öðrum innskráningarlotum aðgangsins hefur verið lokað.
account-email = Netfang
account-email-current = Núverandi netfang þitt er { $email }.
account-email-submit = Senda staðfestingartengil
account-email-sent = Ef hægt er að nota { $email } er staðfestingartengill á leiðinni þangað. Netfanginu þínu verður breytt þegar þú opnar tengilinn.
account-data = Gögnin þín
account-export = Sækja öll gögnin mín (JSON)
account-delete = Eyða aðganginum mínum
account-delete-explain = Þegar þú eyðir aðganginum þínum eru notandasnið þitt, tungumál, hlutverk og allar innskráningarlotur fjarlægð samstundis og ekki er hægt að afturkalla það. Þræðir, svör og athugasemdir sem þú hefur skrifað verða áfram sýnileg öðrum, merkt „fyrrverandi félagi“. Öryggisskráin geymir númeraða færslu um að aðgangi hafi verið eytt.
account-delete-submit = Eyða aðganginum mínum varanlega
account-deleted = Aðganginum þínum hefur verið eytt.
account-audit = Öryggisskrá

email-confirm-title = Staðfestu nýja netfangið þitt
email-confirm-intro = Aðgangurinn þinn notar { $email } héðan í frá.
email-confirm-submit = Staðfesta nýja netfangið
email-confirmed = Netfanginu þínu hefur verið breytt.

join-title = Óska eftir aðild að þessu tengslaneti
join-intro = Segðu umsjónaraðilunum hver þú ert. Ef þeir samþykkja beiðnina færðu boð í tölvupósti.
join-submit = Senda beiðnina
join-sent = Beiðnin þín hefur verið send. Umsjónaraðilarnir svara í tölvupósti.
invite-title = Bjóða einstaklingi
invite-intro = Viðkomandi fær tölvupóst með tengli til að stofna aðgang. Tengillinn gildir í 7 daga.
invite-submit = Senda boðið
invite-sent = Boð er á leiðinni til { $email }.
requests-title = Aðildarbeiðnir
requests-none = Engar beiðnir bíða afgreiðslu.
request-from = { $name } ({ $email }) hjá { $organisation }
request-approve = Samþykkja
request-decline = Hafna
request-approved = Samþykkt: { $email } fær boð.
request-declined = Beiðninni hefur verið hafnað.

audit-title = Öryggisskrá
audit-when = Tími
audit-event = Atvik
audit-actor = Framkvæmt af
audit-subject = Aðgangur
audit-ip = IP-tala
audit-detail = Nánar
audit-older = Eldri atvik
audit-sign-in = Innskráning
audit-sign-in-failed = Misheppnuð innskráning
audit-sign-out = Útskráning
audit-invitation-sent = Boð sent
audit-invitation-accepted = Boð samþykkt
audit-reset-requested = Beiðni um endurstillingu lykilorðs
audit-password-reset = Lykilorð endurstillt
audit-password-changed = Lykilorði breytt
audit-email-changed = Netfangi breytt
audit-role-granted = Hlutverki úthlutað
audit-join-requested = Aðildarbeiðni
audit-join-approved = Aðildarbeiðni samþykkt
audit-join-declined = Aðildarbeiðni hafnað
audit-account-deleted = Aðgangi eytt

error-email-invalid = Sláðu inn netfang, til dæmis nafn@example.org.
error-name-missing = Sláðu inn fornafn þitt og eftirnafn.
error-password-too-short = Veldu lykilorð sem er að minnsta kosti 8 stafir.
error-password-too-long = Veldu lykilorð sem er í mesta lagi 256 stafir.
error-password-common = Þetta lykilorð er meðal þeirra algengustu og auðvelt að giska á það. Veldu annað.
error-ticket-invalid = Ekki er lengur hægt að nota þennan tengil: hann hefur þegar verið notaður eða er útrunninn. Biddu um nýjan.
error-wrong-credentials = Netfangið eða lykilorðið er rangt.
error-current-password-wrong = Núverandi lykilorð þitt er rangt.
error-already-decided = Þegar hefur verið tekin ákvörðun um þessa beiðni.
error-organisation-not-in-network = Veldu stofnun sem á aðild að þessu tengslaneti.
error-locale-unsupported = Veldu eitt af tungumálunum á listanum.
error-text-too-long = Þessi texti er of langur.
error-forbidden = Þú hefur ekki heimild til að gera þetta.
error-sign-in-required = Skráðu þig inn til að gera þetta.
error-cross-site = Þessi beiðni kom frá öðru vefsvæði og henni var hafnað. Engu var breytt.
error-too-many = { $seconds ->
    [one] Of margar tilraunir. Reyndu aftur eftir { $seconds } sekúndu.
   *[other] Of margar tilraunir. Reyndu aftur eftir { $seconds } sekúndur.
}

mail-invitation-subject = Boð um að ganga til liðs við { site-name }
mail-invitation-body = { $inviter } býður þér að ganga til liðs við { site-name }: { $role } hjá { $organisation }.
    
    Stofnaðu aðganginn þinn með þessum tengli, sem gildir í 7 daga:
    { $link }
    
    Ef þú áttir ekki von á þessu boði geturðu hunsað þennan tölvupóst.
mail-role-subject = Nýtt hlutverk á { site-name }
mail-role-body = { $inviter } hefur veitt aðganginum þínum nýtt hlutverk á { site-name }: { $role }.
    
    Skráðu þig inn til að nota það:
    { $link }
mail-reset-subject = Endurstilltu lykilorðið þitt á { site-name }
mail-reset-body = Einhver bað um að lykilorð aðgangsins þíns á { site-name } yrði endurstillt. Veldu nýtt lykilorð með þessum tengli, sem gildir í eina klukkustund:
    { $link }
    
    Ef þetta varst ekki þú skaltu hunsa þennan tölvupóst: lykilorðið þitt helst óbreytt.
mail-email-subject = Staðfestu nýja netfangið þitt á { site-name }
mail-email-body = Staðfestu að { $email } sé nýja netfang aðgangsins þíns á { site-name } með þessum tengli, sem gildir í 24 klukkustundir:
    { $link }
    
    Ef þú baðst ekki um þetta skaltu hunsa þennan tölvupóst.
