## Kasutajakontod: sisselogimine, kutsed, parooli lähtestamine ja liikme enda konto

nav-sign-in = Logi sisse
nav-account = Minu konto
sign-out = Logi välja

sign-in-title = Sisselogimine
sign-in-submit = Logi sisse
sign-in-forgot = Unustasite parooli?
sign-in-no-account = Teil pole veel kontot? Avage kataloogis oma võrgustiku leht ja esitage liitumistaotlus.
field-email = E-posti aadress
field-password = Parool
field-new-password = Uus parool
field-current-password = Praegune parool
field-given-name = Eesnimi
field-family-name = Perekonnanimi
field-job-title = Ametikoht teie organisatsioonis
field-locale = Kasutajaliidese ja teile saadetavate e-kirjade keel
field-invitation-locale = Kutse keel
field-languages = Keeled, mida te räägite
field-organisation = Organisatsioon
field-role = Roll
field-message = Sõnum võrgustiku koordinaatoritele (valikuline)
field-new-email = Uus e-posti aadress
password-rules = Vähemalt 8 tähemärki. Väga levinud paroole ei aktsepteerita.

reset-title = Parooli lähtestamine
reset-intro = Sisestage oma konto e-posti aadress. Saadame teile lingi, mille kaudu saate valida uue parooli.
reset-submit = Saada link
reset-sent = Kui aadressiga { $email } on seotud konto, saadetakse sellele parooli lähtestamise link. Link kehtib ühe tunni.
reset-new-title = Valige uus parool
reset-new-submit = Salvesta uus parool
reset-done = Teie parool on muudetud. Logige sisse uue parooliga.

invitation-title = Kutse vastuvõtmine
invitation-intro = Teid on kutsutud liituma platvormiga { site-name } aadressiga { $email } – roll: { $role }, organisatsioon: { $organisation }.
invitation-submit = Loo konto

role-member = liige
role-facilitator = võrgustiku koordinaator
role-coordinator = platvormi koordinaator
role-facilitator-of = Võrgustiku { $network } koordinaator
role-coordinator-held = Platvormi koordinaator

account-title = Minu konto
account-profile = Profiil
account-organisation = Organisatsioon
account-roles = Rollid
account-save = Salvesta profiil
account-saved = Teie profiil on salvestatud.
account-password = Parool
account-password-submit = Muuda parooli
account-password-changed = Teie parool on muudetud. Teie konto kõik teised seansid on välja logitud.
account-email = E-posti aadress
account-email-current = Teie praegune aadress on { $email }.
account-email-submit = Saada kinnituslink
account-email-sent = Kui aadressi { $email } saab kasutada, saadetakse sellele kinnituslink. Teie aadress muutub, kui avate selle lingi.
account-data = Teie andmed
account-export = Laadi alla kõik minu andmed (JSON)
account-delete = Kustuta minu konto
account-delete-explain = Konto kustutamisel eemaldatakse korraga teie profiil, keeled, rollid ja kõik seansid ning seda ei saa tagasi võtta. Teie kirjutatud arutelud, vastused ja kommentaarid jäävad teistele nähtavaks allkirjaga „endine liige“. Turvalogisse jääb nummerdatud kirje selle kohta, et konto kustutati.
account-delete-submit = Kustuta minu konto jäädavalt
account-deleted = Teie konto on kustutatud.
account-audit = Turvalogi

email-confirm-title = Kinnitage oma uus e-posti aadress
email-confirm-intro = Teie konto kasutab edaspidi aadressi { $email }.
email-confirm-submit = Kinnita uus aadress
email-confirmed = Teie e-posti aadress on muudetud.

join-title = Taotlege liitumist selle võrgustikuga
join-intro = Kirjutage võrgustiku koordinaatoritele, kes te olete. Kui nad taotluse heaks kiidavad, saate kutse e-posti teel.
join-submit = Saada taotlus
join-sent = Teie taotlus on saadetud. Võrgustiku koordinaatorid vastavad teile e-posti teel.
invite-title = Inimese kutsumine
invite-intro = Kutsutu saab e-kirja lingiga, mille kaudu saab luua konto. Link kehtib 7 päeva.
invite-submit = Saada kutse
invite-sent = Kutse saadetakse aadressile { $email }.
requests-title = Liitumistaotlused
requests-none = Ootel taotlusi ei ole.
request-from = { $name } ({ $email }), organisatsioon: { $organisation }
request-approve = Kiida heaks
request-decline = Lükka tagasi
request-approved = Heaks kiidetud: aadressile { $email } saadetakse kutse.
request-declined = Taotlus on tagasi lükatud.

audit-title = Turvalogi
audit-when = Aeg
audit-event = Sündmus
audit-actor = Tegija
audit-subject = Konto
audit-ip = IP-aadress
audit-detail = Üksikasjad
audit-older = Varasemad sündmused
audit-sign-in = Sisselogimine
audit-sign-in-failed = Ebaõnnestunud sisselogimine
audit-sign-out = Väljalogimine
audit-invitation-sent = Kutse saadetud
audit-invitation-accepted = Kutse vastu võetud
audit-reset-requested = Parooli lähtestamise taotlus
audit-password-reset = Parool lähtestatud
audit-password-changed = Parool muudetud
audit-email-changed = E-posti aadress muudetud
audit-role-granted = Roll antud
audit-join-requested = Liitumistaotlus
audit-join-approved = Liitumistaotlus heaks kiidetud
audit-join-declined = Liitumistaotlus tagasi lükatud
audit-account-deleted = Konto kustutatud

error-email-invalid = Sisestage e-posti aadress kujul nimi@example.org.
error-name-missing = Sisestage oma eesnimi ja perekonnanimi.
error-password-too-short = Valige vähemalt 8 tähemärgi pikkune parool.
error-password-too-long = Valige kuni 256 tähemärgi pikkune parool.
error-password-common = See parool on üks levinumaid ja kergesti äraarvatav. Valige mõni muu.
error-ticket-invalid = Seda linki ei saa enam kasutada: see on juba kasutatud või aegunud. Küsige uus link.
error-wrong-credentials = E-posti aadress või parool on vale.
error-current-password-wrong = Teie praegune parool on vale.
error-already-decided = Selle taotluse kohta on otsus juba tehtud.
error-organisation-not-in-network = Valige organisatsioon, mis on selle võrgustiku liige.
error-locale-unsupported = Valige üks loetelus olevatest keeltest.
error-text-too-long = See tekst on liiga pikk.
error-forbidden = Teil ei ole selleks õigust.
error-sign-in-required = Selleks logige sisse.
error-cross-site = See päring tuli teiselt veebisaidilt ja lükati tagasi. Midagi ei muudetud.
error-too-many = { $seconds ->
    [one] Liiga palju katseid. Proovige uuesti { $seconds } sekundi pärast.
   *[other] Liiga palju katseid. Proovige uuesti { $seconds } sekundi pärast.
}

mail-invitation-subject = Kutse platvormile { site-name }
mail-invitation-body = { $inviter } kutsub teid liituma platvormiga { site-name } – roll: { $role }, organisatsioon: { $organisation }.
    
    Looge oma konto selle lingi kaudu, mis kehtib 7 päeva:
    { $link }
    
    Kui te seda kutset ei oodanud, võite selle e-kirja tähelepanuta jätta.
mail-role-subject = Uus roll platvormil { site-name }
mail-role-body = { $inviter } andis teie kontole platvormil { site-name } uue rolli: { $role }.
    
    Selle kasutamiseks logige sisse:
    { $link }
mail-reset-subject = Parooli lähtestamine platvormil { site-name }
mail-reset-body = Keegi palus lähtestada teie konto parooli platvormil { site-name }. Valige uus parool selle lingi kaudu, mis kehtib ühe tunni:
    { $link }
    
    Kui see polnud teie, jätke see e-kiri tähelepanuta: teie parool jääb samaks.
mail-email-subject = Kinnitage oma uus e-posti aadress platvormil { site-name }
mail-email-body = Kinnitage selle lingi kaudu, et { $email } on teie konto uus aadress platvormil { site-name }. Link kehtib 24 tundi:
    { $link }
    
    Kui te seda ei taotlenud, jätke see e-kiri tähelepanuta.
