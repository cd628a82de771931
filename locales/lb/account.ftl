## Konten: Umeldung, Invitatiounen, Passwuert zrécksetzen, dem Member säin eegene Kont

nav-sign-in = Umellen
nav-account = Mäi Kont
sign-out = Ofmellen

sign-in-title = Umellen
sign-in-submit = Umellen
sign-in-forgot = Passwuert vergiess?
sign-in-no-account = Nach kee Kont? Maacht d'Säit vun Ärem Netzwierk am Verzeechnes op a frot do, fir Member ze ginn.
field-email = E-Mail-Adress
field-password = Passwuert
field-new-password = Neit Passwuert
field-current-password = Aktuellt Passwuert
field-given-name = Virnumm
field-family-name = Familljennumm
field-job-title = Funktioun an Ärer Organisatioun
field-locale = Sprooch vun der Benotzeruewerfläch a vun Ären E-Mailen
field-invitation-locale = Sprooch vun der Invitatioun
field-languages = Sproochen, déi Dir schwätzt
field-organisation = Memberorganisatioun
field-role = Roll
field-message = Noriicht un d'Moderatorinnen a Moderatoren (fakultativ)
field-new-email = Nei E-Mail-Adress
password-rules = Mindestens 8 Zeechen. Ganz heefeg benotzte Passwierder ginn ofgeleent.

reset-title = Äert Passwuert zrécksetzen
reset-intro = Gitt d'E-Mail-Adress vun Ärem Kont an. Mir schécken Iech e Link, fir en neit Passwuert ze wielen.
reset-submit = De Link schécken
reset-sent = Wann e Kont { $email } benotzt, ass e Link ënnerwee, fir säi Passwuert zréckzesetzen. De Link ass eng Stonn gëlteg.
reset-new-title = En neit Passwuert wielen
reset-new-submit = Dat neit Passwuert späicheren
reset-done = Äert Passwuert ass geännert. Mellt Iech mat Ärem neie Passwuert un.

invitation-title = Är Invitatioun unhuelen
invitation-intro = Dir sidd invitéiert, fir mat der Adress { $email } bei { site-name } matzemaachen. Är Roll: { $role } bei { $organisation }.
invitation-submit = Mäi Kont uleeën

role-member = Member
role-facilitator = Moderatioun
role-coordinator = Koordinatioun
role-facilitator-of = Moderatioun fir { $network }
role-coordinator-held = Koordinatioun vun der Plattform

account-title = Mäi Kont
account-profile = Profil
account-organisation = Memberorganisatioun
account-roles = Rollen
account-save = De Profil späicheren
account-saved = Äre Profil ass gespäichert.
account-password = Passwuert
account-password-submit = D'Passwuert änneren
account-password-changed = Äert Passwuert ass geännert. All aner Sessioune vun Ärem Kont goufen ofgemellt.
account-email = E-Mail-Adress
account-email-current = Är aktuell Adress ass { $email }.
account-email-submit = E Bestätegungslink schécken
account-email-sent = Wann { $email } benotzt ka ginn, ass e Bestätegungslink dohin ënnerwee. Är Adress ännert sech, soubal Dir dee Link opmaacht.
account-data = Är Donnéeën
account-export = All meng Donnéeën eroflueden (JSON)
account-delete = Mäi Kont läschen
account-delete-explain = Wann Dir Äre Kont läscht, ginn Äre Profil, Är Sproochen, Är Rollen an all Är Sessiounen direkt ewechgeholl, an dat ka net méi réckgängeg gemaach ginn. Diskussiounen, Äntwerten a Kommentarer, déi Dir geschriwwen hutt, bleiwe fir déi aner sichtbar, ënnerschriwwe mat „fréiere Member“. De Sécherheetsprotokoll behält en nummeréierten Androg doriwwer, datt e Kont geläscht gouf.
account-delete-submit = Mäi Kont definitiv läschen
account-deleted = Äre Kont ass geläscht.
account-audit = Sécherheetsprotokoll

email-confirm-title = Är nei E-Mail-Adress bestätegen
email-confirm-intro = Äre Kont benotzt vun elo un { $email }.
email-confirm-submit = Déi nei Adress bestätegen
email-confirmed = Är E-Mail-Adress ass geännert.

join-title = Memberschaft an dësem Netzwierk ufroen
join-intro = Sot de Moderatorinnen a Moderatoren, wien Dir sidd. Wa si averstane sinn, kritt Dir eng Invitatioun per E-Mail.
join-submit = D'Ufro schécken
join-sent = Är Ufro ass geschéckt. D'Moderatorinnen an d'Moderatoren äntwerten Iech per E-Mail.
invite-title = Eng Persoun invitéieren
invite-intro = D'Persoun kritt eng E-Mail mat engem Link, fir e Kont unzeleeën. De Link ass 7 Deeg gëlteg.
invite-submit = D'Invitatioun schécken
invite-sent = Eng Invitatioun un { $email } ass ënnerwee.
requests-title = Memberschaftsufroen
requests-none = Et waarde keng Ufroen.
request-from = { $name } ({ $email }) – { $organisation }
request-approve = Unhuelen
request-decline = Ofleenen
request-approved = Ugeholl: { $email } kritt eng Invitatioun.
request-declined = D'Ufro ass ofgeleent.

audit-title = Sécherheetsprotokoll
audit-when = Zäitpunkt
audit-event = Evenement
audit-actor = Gemaach vun
audit-subject = Betraffene Kont
audit-ip = IP-Adress
audit-detail = Detailer
audit-older = Méi al Evenementer
audit-sign-in = Ugemellt
audit-sign-in-failed = Feelgeschloen Umeldung
audit-sign-out = Ofgemellt
audit-invitation-sent = Invitatioun geschéckt
audit-invitation-accepted = Invitatioun ugeholl
audit-reset-requested = Zrécksetze vum Passwuert ugefrot
audit-password-reset = Passwuert zréckgesat
audit-password-changed = Passwuert geännert
audit-email-changed = E-Mail-Adress geännert
audit-role-granted = Roll zougedeelt
audit-join-requested = Memberschaft ugefrot
audit-join-approved = Memberschaftsufro ugeholl
audit-join-declined = Memberschaftsufro ofgeleent
audit-account-deleted = Kont geläscht

error-email-invalid = Gitt eng E-Mail-Adress wéi numm@example.org an.
error-name-missing = Gitt Äre Virnumm an Äre Familljennumm an.
error-password-too-short = Wielt e Passwuert mat mindestens 8 Zeechen.
error-password-too-long = Wielt e Passwuert mat héchstens 256 Zeechen.
error-password-common = Dëst Passwuert ass ee vun de meescht benotzte Passwierder a liicht ze erroden. Wielt en anert.
error-ticket-invalid = Dëse Link ka net méi benotzt ginn: E gouf scho benotzt oder ass ofgelaf. Frot en neien.
error-wrong-credentials = D'E-Mail-Adress oder d'Passwuert ass falsch.
error-current-password-wrong = Äert aktuellt Passwuert ass falsch.
error-already-decided = Iwwer dës Ufro gouf scho entscheet.
error-organisation-not-in-network = Wielt eng Organisatioun, déi Member vun dësem Netzwierk ass.
error-locale-unsupported = Wielt eng vun de Sproochen aus der Lëscht.
error-text-too-long = Dësen Text ass ze laang.
error-forbidden = Dir däerft dat net maachen.
error-sign-in-required = Mellt Iech un, fir dat ze maachen.
error-cross-site = Dës Ufro koum vun enger anerer Internetsäit a gouf ofgeleent. Et gouf näischt geännert.
error-too-many = { $seconds ->
    [one] Ze vill Versich. Probéiert et an { $seconds } Sekonn nach eng Kéier.
   *[other] Ze vill Versich. Probéiert et an { $seconds } Sekonnen nach eng Kéier.
}

mail-invitation-subject = Är Invitatioun fir { site-name }
mail-invitation-body = { $inviter } invitéiert Iech, fir bei { site-name } matzemaachen. Är Roll: { $role } bei { $organisation }.
    
    Leet Äre Kont mat dësem Link un, deen 7 Deeg gëlteg ass:
    { $link }
    
    Wann Dir dës Invitatioun net erwaart hutt, kënnt Dir dës E-Mail ignoréieren.
mail-role-subject = Eng nei Roll op { site-name }
mail-role-body = { $inviter } huet Ärem Kont op { site-name } eng nei Roll ginn: { $role }.
    
    Mellt Iech un, fir se ze benotzen:
    { $link }
mail-reset-subject = Äert Passwuert op { site-name } zrécksetzen
mail-reset-body = Iergendeen huet gefrot, fir d'Passwuert vun Ärem Kont op { site-name } zréckzesetzen. Wielt en neit Passwuert mat dësem Link, deen eng Stonn gëlteg ass:
    { $link }
    
    Wann Dir dat net wart, ignoréiert dës E-Mail: Äert Passwuert bleift, wéi et ass.
mail-email-subject = Är nei E-Mail-Adress op { site-name } bestätegen
mail-email-body = Bestätegt mat dësem Link, deen 24 Stonne gëlteg ass, datt { $email } déi nei Adress vun Ärem Kont op { site-name } ass:
    { $link }
    
    Wann Dir dat net ugefrot hutt, ignoréiert dës E-Mail.
