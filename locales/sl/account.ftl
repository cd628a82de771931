## Računi: prijava, povabila, ponastavitev gesla, lastni račun člana

nav-sign-in = Prijava
nav-account = Moj račun
sign-out = Odjava

sign-in-title = Prijava
sign-in-submit = Prijavite se
sign-in-forgot = Ste pozabili geslo?
sign-in-no-account = Še nimate računa? V imeniku odprite stran svoje mreže in zaprosite za pridružitev.
field-email = E-poštni naslov
field-password = Geslo
field-new-password = Novo geslo
field-current-password = Trenutno geslo
field-given-name = Ime
field-family-name = Priimek
field-job-title = Delovno mesto v vaši organizaciji
field-locale = Jezik vmesnika in e-poštnih sporočil
field-invitation-locale = Jezik povabila
field-languages = Jeziki, ki jih govorite
field-organisation = Organizacija
field-role = Vloga
field-message = Sporočilo koordinatorjem mreže (neobvezno)
field-new-email = Nov e-poštni naslov
password-rules = Vsaj 8 znakov. Zelo pogosta gesla niso dovoljena.

reset-title = Ponastavitev gesla
reset-intro = Vnesite e-poštni naslov svojega računa. Poslali vam bomo povezavo, s katero boste izbrali novo geslo.
reset-submit = Pošlji povezavo
reset-sent = Če naslov { $email } uporablja kateri od računov, smo nanj poslali povezavo za ponastavitev gesla. Povezava velja eno uro.
reset-new-title = Izberite novo geslo
reset-new-submit = Shrani novo geslo
reset-done = Geslo je spremenjeno. Prijavite se z novim geslom.

invitation-title = Sprejem povabila
invitation-intro = Povabljeni ste, da se z naslovom { $email } pridružite platformi { site-name }: { $role } v organizaciji { $organisation }.
invitation-submit = Ustvari moj račun

role-member = član
role-facilitator = koordinator mreže
role-coordinator = koordinator platforme
role-facilitator-of = Koordinator mreže { $network }
role-coordinator-held = Koordinator platforme

account-title = Moj račun
account-profile = Profil
account-organisation = Organizacija
account-roles = Vloge
account-save = Shrani profil
account-saved = Profil je shranjen.
account-password = Geslo
account-password-submit = Spremeni geslo
account-password-changed = Geslo je spremenjeno. Vse druge seje vašega računa so bile zaključene.
account-email = E-poštni naslov
account-email-current = Vaš trenutni naslov je { $email }.
account-email-submit = Pošlji potrditveno povezavo
account-email-sent = Če je naslov { $email } mogoče uporabiti, smo nanj poslali potrditveno povezavo. Naslov se bo spremenil, ko odprete to povezavo.
account-data = Vaši podatki
account-export = Prenesi vse moje podatke (JSON)
account-delete = Izbriši moj račun
account-delete-explain = Z izbrisom računa se takoj odstranijo vaš profil, vaši jeziki in vaše vloge, vse vaše seje pa se zaključijo. Tega ni mogoče razveljaviti. Teme, odgovori in komentarji, ki ste jih napisali, ostanejo drugim vidni s podpisom „nekdanji član“. Varnostni dnevnik ohrani oštevilčen zapis o tem, da je bil račun izbrisan.
account-delete-submit = Trajno izbriši moj račun
account-deleted = Vaš račun je izbrisan.
account-audit = Varnostni dnevnik

email-confirm-title = Potrdite nov e-poštni naslov
email-confirm-intro = Vaš račun bo od zdaj uporabljal naslov { $email }.
email-confirm-submit = Potrdi nov naslov
email-confirmed = Vaš e-poštni naslov je spremenjen.

join-title = Zaprosite za pridružitev tej mreži
join-intro = Koordinatorjem mreže povejte, kdo ste. Če prošnjo odobrijo, boste po e-pošti prejeli povabilo.
join-submit = Pošlji prošnjo
join-sent = Vaša prošnja je poslana. Koordinatorji mreže vam bodo odgovorili po e-pošti.
invite-title = Povabite osebo
invite-intro = Oseba prejme e-poštno sporočilo s povezavo za ustvarjanje računa, ki velja 7 dni.
invite-submit = Pošlji povabilo
invite-sent = Povabilo je poslano na naslov { $email }.
requests-title = Prošnje za pridružitev
requests-none = Ni čakajočih prošenj.
request-from = { $name } ({ $email }) iz organizacije { $organisation }
request-approve = Odobri
request-decline = Zavrni
request-approved = Odobreno: na naslov { $email } bo poslano povabilo.
request-declined = Prošnja je zavrnjena.

audit-title = Varnostni dnevnik
audit-when = Kdaj
audit-event = Dogodek
audit-actor = Kdo
audit-subject = Račun
audit-ip = Naslov IP
audit-detail = Podrobnosti
audit-older = Starejši dogodki
audit-sign-in = Prijava
audit-sign-in-failed = Neuspešna prijava
audit-sign-out = Odjava
audit-invitation-sent = Pošiljanje povabila
audit-invitation-accepted = Sprejetje povabila
audit-reset-requested = Zahteva za ponastavitev gesla
audit-password-reset = Ponastavitev gesla
audit-password-changed = Sprememba gesla
audit-email-changed = Sprememba e-poštnega naslova
audit-role-granted = Dodelitev vloge
audit-join-requested = Prošnja za pridružitev
audit-join-approved = Odobritev prošnje za pridružitev
audit-join-declined = Zavrnitev prošnje za pridružitev
audit-account-deleted = Izbris računa

error-email-invalid = Vnesite e-poštni naslov v obliki ime@example.org.
error-name-missing = Vnesite svoje ime in priimek.
error-password-too-short = Izberite geslo z vsaj 8 znaki.
error-password-too-long = Izberite geslo z največ 256 znaki.
error-password-common = To geslo je med najpogostejšimi in ga je lahko uganiti. Izberite drugo.
error-ticket-invalid = Te povezave ni več mogoče uporabiti: bila je že uporabljena ali pa je potekla. Zaprosite za novo.
error-wrong-credentials = E-poštni naslov ali geslo ni pravilno.
error-current-password-wrong = Vaše trenutno geslo ni pravilno.
error-already-decided = O tej prošnji je že bilo odločeno.
error-organisation-not-in-network = Izberite organizacijo članico te mreže.
error-locale-unsupported = Izberite enega od jezikov s seznama.
error-text-too-long = To besedilo je predolgo.
error-forbidden = Za to dejanje nimate dovoljenja.
error-sign-in-required = Za to dejanje se morate prijaviti.
error-cross-site = Ta zahteva je prišla z drugega spletnega mesta, zato je bila zavrnjena. Nič ni bilo spremenjeno.
error-too-many = { $seconds ->
    [one] Preveč poskusov. Poskusite znova čez { $seconds } sekundo.
    [two] Preveč poskusov. Poskusite znova čez { $seconds } sekundi.
    [few] Preveč poskusov. Poskusite znova čez { $seconds } sekunde.
   *[other] Preveč poskusov. Poskusite znova čez { $seconds } sekund.
}

mail-invitation-subject = Povabilo na platformo { site-name }
mail-invitation-body = { $inviter } vas vabi, da se pridružite platformi { site-name }: { $role } v organizaciji { $organisation }.
    
    Račun ustvarite s to povezavo, ki velja 7 dni:
    { $link }
    
    Če tega povabila niste pričakovali, lahko to sporočilo prezrete.
mail-role-subject = Nova vloga na platformi { site-name }
mail-role-body = { $inviter } je vašemu računu na platformi { site-name } dodelil(a) novo vlogo: { $role }.
    
    Prijavite se, da jo začnete uporabljati:
    { $link }
mail-reset-subject = Ponastavitev gesla na platformi { site-name }
mail-reset-body = Nekdo je zahteval ponastavitev gesla za vaš račun na platformi { site-name }. Novo geslo izberite s to povezavo, ki velja eno uro:
    { $link }
    
    Če tega niste zahtevali vi, prezrite to sporočilo: vaše geslo ostane nespremenjeno.
mail-email-subject = Potrdite nov e-poštni naslov na platformi { site-name }
mail-email-body = S to povezavo, ki velja 24 ur, potrdite, da je { $email } nov naslov vašega računa na platformi { site-name }:
    { $link }
    
    Če tega niste zahtevali, prezrite to sporočilo.
