## Paskyros: prisijungimas, kvietimai, slaptažodžio atkūrimas ir nario paskyra

nav-sign-in = Prisijungti
nav-account = Mano paskyra
sign-out = Atsijungti

sign-in-title = Prisijungimas
sign-in-submit = Prisijungti
sign-in-forgot = Pamiršote slaptažodį?
sign-in-no-account = Dar neturite paskyros? Kataloge atidarykite savo tinklo puslapį ir pateikite prašymą tapti jo nariu.
field-email = El. pašto adresas
field-password = Slaptažodis
field-new-password = Naujas slaptažodis
field-current-password = Dabartinis slaptažodis
field-given-name = Vardas
field-family-name = Pavardė
field-job-title = Pareigos jūsų organizacijoje
field-locale = Sąsajos ir jums siunčiamų el. laiškų kalba
field-invitation-locale = Kvietimo kalba
field-languages = Kalbos, kuriomis kalbate
field-organisation = Organizacija
field-role = Vaidmuo
field-message = Žinutė tinklo koordinatoriams (neprivaloma)
field-new-email = Naujas el. pašto adresas
password-rules = Ne mažiau kaip 8 simboliai. Labai dažni slaptažodžiai nepriimami.

reset-title = Slaptažodžio atkūrimas
reset-intro = Įveskite savo paskyros el. pašto adresą. Atsiųsime nuorodą, kuria galėsite pasirinkti naują slaptažodį.
reset-submit = Siųsti nuorodą
reset-sent = Jei adresu { $email } užregistruota paskyra, juo siunčiama slaptažodžio atkūrimo nuoroda. Nuoroda galioja vieną valandą.
reset-new-title = Pasirinkite naują slaptažodį
reset-new-submit = Išsaugoti naują slaptažodį
reset-done = Jūsų slaptažodis pakeistas. Prisijunkite nauju slaptažodžiu.

invitation-title = Kvietimo priėmimas
invitation-intro = Kviečiame jus prisijungti prie platformos { site-name } adresu { $email } – vaidmuo: { $role }, organizacija: { $organisation }.
invitation-submit = Sukurti paskyrą

role-member = narys
role-facilitator = tinklo koordinatorius
role-coordinator = platformos koordinatorius
role-facilitator-of = Tinklo { $network } koordinatorius
role-coordinator-held = Platformos koordinatorius

account-title = Mano paskyra
account-profile = Profilis
account-organisation = Organizacija
account-roles = Vaidmenys
account-save = Išsaugoti profilį
account-saved = Jūsų profilis išsaugotas.
account-password = Slaptažodis
account-password-submit = Keisti slaptažodį
account-password-changed = Jūsų slaptažodis pakeistas. Visos kitos jūsų paskyros sesijos užbaigtos.
account-email = El. pašto adresas
account-email-current = Jūsų dabartinis adresas – { $email }.
account-email-submit = Siųsti patvirtinimo nuorodą
account-email-sent = Jei adresą { $email } galima naudoti, juo siunčiama patvirtinimo nuoroda. Jūsų adresas pasikeis, kai atidarysite šią nuorodą.
account-data = Jūsų duomenys
account-export = Atsisiųsti visus mano duomenis (JSON)
account-delete = Ištrinti mano paskyrą
account-delete-explain = Ištrynus paskyrą, iš karto pašalinamas jūsų profilis, kalbos, vaidmenys ir visos sesijos; šio veiksmo atšaukti negalima. Jūsų parašytos temos, atsakymai ir komentarai lieka matomi kitiems su parašu „buvęs narys“. Saugumo žurnale išlieka sunumeruotas įrašas apie tai, kad paskyra buvo ištrinta.
account-delete-submit = Galutinai ištrinti mano paskyrą
account-deleted = Jūsų paskyra ištrinta.
account-audit = Saugumo žurnalas

email-confirm-title = Patvirtinkite naują el. pašto adresą
email-confirm-intro = Nuo šiol jūsų paskyra naudos adresą { $email }.
email-confirm-submit = Patvirtinti naują adresą
email-confirmed = Jūsų el. pašto adresas pakeistas.

join-title = Prašymas tapti šio tinklo nariu
join-intro = Papasakokite tinklo koordinatoriams, kas esate. Jei jie pritars, el. paštu gausite kvietimą.
join-submit = Siųsti prašymą
join-sent = Jūsų prašymas išsiųstas. Tinklo koordinatoriai atsakys el. paštu.
invite-title = Pakviesti asmenį
invite-intro = Asmuo gaus el. laišką su nuoroda paskyrai sukurti. Nuoroda galioja 7 dienas.
invite-submit = Siųsti kvietimą
invite-sent = Kvietimas siunčiamas adresu { $email }.
requests-title = Prašymai tapti nariu
requests-none = Laukiančių prašymų nėra.
request-from = { $name } ({ $email }), organizacija: { $organisation }
request-approve = Patvirtinti
request-decline = Atmesti
request-approved = Patvirtinta: adresu { $email } bus išsiųstas kvietimas.
request-declined = Prašymas atmestas.

audit-title = Saugumo žurnalas
audit-when = Laikas
audit-event = Įvykis
audit-actor = Atliko
audit-subject = Paskyra
audit-ip = IP adresas
audit-detail = Išsami informacija
audit-older = Ankstesni įvykiai
audit-sign-in = Prisijungimas
audit-sign-in-failed = Nepavykęs prisijungimas
audit-sign-out = Atsijungimas
audit-invitation-sent = Kvietimas išsiųstas
audit-invitation-accepted = Kvietimas priimtas
audit-reset-requested = Paprašyta atkurti slaptažodį
audit-password-reset = Slaptažodis atkurtas
audit-password-changed = Slaptažodis pakeistas
audit-email-changed = El. pašto adresas pakeistas
audit-role-granted = Suteiktas vaidmuo
audit-join-requested = Prašymas tapti nariu
audit-join-approved = Prašymas tapti nariu patvirtintas
audit-join-declined = Prašymas tapti nariu atmestas
audit-account-deleted = Paskyra ištrinta

error-email-invalid = Įveskite el. pašto adresą, pavyzdžiui, vardas@example.org.
error-name-missing = Įveskite savo vardą ir pavardę.
error-password-too-short = Pasirinkite bent 8 simbolių slaptažodį.
error-password-too-long = Pasirinkite ne ilgesnį kaip 256 simbolių slaptažodį.
error-password-common = Šis slaptažodis yra vienas dažniausių ir lengvai atspėjamas. Pasirinkite kitą.
error-ticket-invalid = Šios nuorodos nebegalima naudoti: ji jau panaudota arba nebegalioja. Paprašykite naujos.
error-wrong-credentials = Neteisingas el. pašto adresas arba slaptažodis.
error-current-password-wrong = Neteisingas dabartinis slaptažodis.
error-already-decided = Dėl šio prašymo sprendimas jau priimtas.
error-organisation-not-in-network = Pasirinkite organizaciją, kuri yra šio tinklo narė.
error-locale-unsupported = Pasirinkite vieną iš sąraše esančių kalbų.
error-text-too-long = Šis tekstas per ilgas.
error-forbidden = Jums neleidžiama to daryti.
error-sign-in-required = Norėdami tai padaryti, prisijunkite.
error-cross-site = Ši užklausa gauta iš kitos svetainės, todėl buvo atmesta. Nieko nebuvo pakeista.
error-too-many = { $seconds ->
    [one] Per daug bandymų. Bandykite dar kartą po { $seconds } sekundės.
    [few] Per daug bandymų. Bandykite dar kartą po { $seconds } sekundžių.
    [many] Per daug bandymų. Bandykite dar kartą po { $seconds } sekundės.
   *[other] Per daug bandymų. Bandykite dar kartą po { $seconds } sekundžių.
}

mail-invitation-subject = Kvietimas į platformą { site-name }
mail-invitation-body = { $inviter } kviečia jus prisijungti prie platformos { site-name } – vaidmuo: { $role }, organizacija: { $organisation }.
    
    Susikurkite paskyrą šia nuoroda, kuri galioja 7 dienas:
    { $link }
    
    Jei šio kvietimo nesitikėjote, šį el. laišką galite ignoruoti.
mail-role-subject = Naujas vaidmuo platformoje { site-name }
mail-role-body = { $inviter } suteikė jūsų paskyrai naują vaidmenį platformoje { site-name }: { $role }.
    
    Prisijunkite, kad galėtumėte juo naudotis:
    { $link }
mail-reset-subject = Slaptažodžio atkūrimas platformoje { site-name }
mail-reset-body = Kažkas paprašė atkurti jūsų paskyros platformoje { site-name } slaptažodį. Naują slaptažodį pasirinkite šia nuoroda, kuri galioja vieną valandą:
    { $link }
    
    Jei tai buvote ne jūs, šį el. laišką ignoruokite: jūsų slaptažodis liks nepakeistas.
mail-email-subject = Patvirtinkite naują el. pašto adresą platformoje { site-name }
mail-email-body = Šia nuoroda, kuri galioja 24 valandas, patvirtinkite, kad { $email } yra naujas jūsų paskyros platformoje { site-name } adresas:
    { $link }
    
    Jei to neprašėte, šį el. laišką ignoruokite.
