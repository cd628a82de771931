## Llogaritë: hyrja, ftesat, rivendosja e fjalëkalimit, llogaria e vetë anëtarit

nav-sign-in = Hyr
nav-account = Llogaria ime
sign-out = Dil

sign-in-title = Hyrja në llogari
sign-in-submit = Hyr
sign-in-forgot = Keni harruar fjalëkalimin?
sign-in-no-account = Nuk keni ende llogari? Hapni faqen e rrjetit tuaj në drejtori dhe kërkoni të anëtarësoheni.
field-email = Adresa e email-it
field-password = Fjalëkalimi
field-new-password = Fjalëkalimi i ri
field-current-password = Fjalëkalimi aktual
field-given-name = Emri
field-family-name = Mbiemri
field-job-title = Roli juaj në organizatë
field-locale = Gjuha e ndërfaqes dhe e email-eve tuaja
field-invitation-locale = Gjuha e ftesës
field-languages = Gjuhët që flisni
field-organisation = Organizata
field-role = Roli
field-message = Mesazh për lehtësuesit (jo i detyrueshëm)
field-new-email = Adresa e re e email-it
password-rules = Të paktën 8 karaktere. Fjalëkalimet shumë të zakonshme nuk pranohen.

reset-title = Rivendosni fjalëkalimin
reset-intro = Shkruani adresën e email-it të llogarisë suaj. Do t’ju dërgojmë një lidhje për të zgjedhur një fjalëkalim të ri.
reset-submit = Dërgo lidhjen
reset-sent = Nëse adresa { $email } përdoret nga një llogari, lidhja për rivendosjen e fjalëkalimit po i dërgohet. Lidhja është e vlefshme për një orë.
reset-new-title = Zgjidhni një fjalëkalim të ri
reset-new-submit = Ruaj fjalëkalimin e ri
reset-done = Fjalëkalimi juaj u ndryshua. Hyni me fjalëkalimin e ri.

invitation-title = Pranoni ftesën
invitation-intro = Jeni ftuar t’i bashkoheni platformës { site-name } me adresën { $email }: { $role } në { $organisation }.
invitation-submit = Krijo llogarinë time

role-member = anëtar
role-facilitator = lehtësues
role-coordinator = koordinator
role-facilitator-of = Lehtësues i rrjetit { $network }
role-coordinator-held = Koordinator i platformës

account-title = Llogaria ime
account-profile = Profili
account-organisation = Organizata
account-roles = Rolet
account-save = Ruaj profilin
account-saved = Profili juaj u ruajt.
account-password = Fjalëkalimi
account-password-submit = Ndrysho fjalëkalimin
account-password-changed = Fjalëkalimi juaj u ndryshua. U mbyllën të gjitha seancat e tjera të llogarisë suaj.
account-email = Adresa e email-it
account-email-current = Adresa juaj aktuale është { $email }.
account-email-submit = Dërgo lidhjen e konfirmimit
account-email-sent = Nëse adresa { $email } mund të përdoret, po i dërgohet një lidhje konfirmimi. Adresa juaj ndryshon kur të hapni atë lidhje.
account-data = Të dhënat tuaja
account-export = Shkarko të gjitha të dhënat e mia (JSON)
account-delete = Fshi llogarinë time
account-delete-explain = Fshirja e llogarisë heq menjëherë profilin, gjuhët, rolet dhe të gjitha seancat tuaja dhe nuk mund të zhbëhet. Temat, përgjigjet dhe komentet që keni shkruar mbeten të dukshme për të tjerët, me nënshkrimin “ish-anëtar”. Regjistri i sigurisë ruan një shënim të numëruar se një llogari është fshirë.
account-delete-submit = Fshi përfundimisht llogarinë time
account-deleted = Llogaria juaj u fshi.
account-audit = Regjistri i sigurisë

email-confirm-title = Konfirmoni adresën e re të email-it
email-confirm-intro = Tani e tutje llogaria juaj do të përdorë adresën { $email }.
email-confirm-submit = Konfirmo adresën e re
email-confirmed = Adresa juaj e email-it u ndryshua.

join-title = Kërkoni të anëtarësoheni në këtë rrjet
join-intro = Tregojuni lehtësuesve kush jeni. Nëse e miratojnë kërkesën, do të merrni një ftesë me email.
join-submit = Dërgo kërkesën
join-sent = Kërkesa juaj u dërgua. Lehtësuesit do t’ju përgjigjen me email.
invite-title = Ftoni një person
invite-intro = Personi merr një email me një lidhje për të krijuar llogarinë, të vlefshme për 7 ditë.
invite-submit = Dërgo ftesën
invite-sent = Një ftesë po i dërgohet adresës { $email }.
requests-title = Kërkesat për anëtarësim
requests-none = Nuk ka kërkesa në pritje.
request-from = { $name } ({ $email }), organizata: { $organisation }
request-approve = Mirato
request-decline = Refuzo
request-approved = U miratua: adresa { $email } do të marrë një ftesë.
request-declined = Kërkesa u refuzua.

audit-title = Regjistri i sigurisë
audit-when = Kur
audit-event = Ngjarja
audit-actor = Kryer nga
audit-subject = Llogaria
audit-ip = Adresa IP
audit-detail = Hollësi
audit-older = Ngjarje më të vjetra
audit-sign-in = Hyrje në llogari
audit-sign-in-failed = Hyrje e dështuar
audit-sign-out = Dalje nga llogaria
audit-invitation-sent = Ftesa u dërgua
audit-invitation-accepted = Ftesa u pranua
audit-reset-requested = U kërkua rivendosja e fjalëkalimit
audit-password-reset = Fjalëkalimi u rivendos
audit-password-changed = Fjalëkalimi u ndryshua
audit-email-changed = Adresa e email-it u ndryshua
audit-role-granted = U caktua një rol
audit-join-requested = Kërkesë për anëtarësim
audit-join-approved = Kërkesa për anëtarësim u miratua
audit-join-declined = Kërkesa për anëtarësim u refuzua
audit-account-deleted = Llogaria u fshi

error-email-invalid = Shkruani një adresë email-i si emri@example.org.
error-name-missing = Shkruani emrin dhe mbiemrin tuaj.
error-password-too-short = Zgjidhni një fjalëkalim me të paktën 8 karaktere.
error-password-too-long = Zgjidhni një fjalëkalim me jo më shumë se 256 karaktere.
error-password-common = Ky fjalëkalim është ndër më të zakonshmit dhe merret me mend lehtë. Zgjidhni një tjetër.
error-ticket-invalid = Kjo lidhje nuk mund të përdoret më: është përdorur tashmë ose ka skaduar. Kërkoni një të re.
error-wrong-credentials = Adresa e email-it ose fjalëkalimi është i gabuar.
error-current-password-wrong = Fjalëkalimi juaj aktual është i gabuar.
error-already-decided = Për këtë kërkesë është marrë tashmë një vendim.
error-organisation-not-in-network = Zgjidhni një organizatë që është anëtare e këtij rrjeti.
error-locale-unsupported = Zgjidhni një nga gjuhët e listës.
error-text-too-long = Ky tekst është shumë i gjatë.
error-forbidden = Nuk keni të drejtë ta bëni këtë.
error-sign-in-required = Hyni në llogari për ta bërë këtë.
error-cross-site = Kjo kërkesë erdhi nga një faqe tjetër interneti dhe u refuzua. Nuk u ndryshua asgjë.
error-too-many = { $seconds ->
    [one] Shumë përpjekje. Provoni përsëri pas { $seconds } sekonde.
   *[other] Shumë përpjekje. Provoni përsëri pas { $seconds } sekondash.
}

mail-invitation-subject = Ftesa juaj për platformën { site-name }
mail-invitation-body = { $inviter } ju fton t’i bashkoheni platformës { site-name }: { $role } në { $organisation }.
    
    Krijoni llogarinë tuaj me këtë lidhje, të vlefshme për 7 ditë:
    { $link }
    
    Nëse nuk e prisnit këtë ftesë, mund ta shpërfillni këtë email.
mail-role-subject = Një rol i ri në { site-name }
mail-role-body = { $inviter } i ka caktuar llogarisë suaj një rol të ri në { site-name }: { $role }.
    
    Hyni në llogari për ta përdorur:
    { $link }
mail-reset-subject = Rivendosni fjalëkalimin tuaj në { site-name }
mail-reset-body = Dikush kërkoi të rivendosë fjalëkalimin e llogarisë suaj në { site-name }. Zgjidhni një fjalëkalim të ri me këtë lidhje, të vlefshme për një orë:
    { $link }
    
    Nëse nuk ishit ju, shpërfilleni këtë email: fjalëkalimi juaj mbetet i pandryshuar.
mail-email-subject = Konfirmoni adresën e re të email-it në { site-name }
mail-email-body = Konfirmoni që { $email } është adresa e re e llogarisë suaj në { site-name } me këtë lidhje, të vlefshme për 24 orë:
    { $link }
    
    Nëse nuk e keni kërkuar këtë, shpërfilleni këtë email.
