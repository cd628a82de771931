## Konti: pieteikšanās, ielūgumi, paroles atiestatīšana un dalībnieka paša konts

nav-sign-in = Pieteikties
nav-account = Mans konts
sign-out = Izrakstīties

sign-in-title = Pieteikšanās
sign-in-submit = Pieteikties
sign-in-forgot = Aizmirsāt paroli?
sign-in-no-account = Jums vēl nav konta? Atveriet sava tīkla lapu katalogā un iesniedziet pieteikumu dalībai.
field-email = E-pasta adrese
field-password = Parole
field-new-password = Jaunā parole
field-current-password = Pašreizējā parole
field-given-name = Vārds
field-family-name = Uzvārds
field-job-title = Amats jūsu organizācijā
field-locale = Saskarnes un jums sūtīto e-pasta vēstuļu valoda
field-invitation-locale = Uzaicinājuma valoda
field-languages = Valodas, kurās runājat
field-organisation = Organizācija
field-role = Loma
field-message = Ziņa tīkla koordinatoriem (nav obligāta)
field-new-email = Jaunā e-pasta adrese
password-rules = Vismaz 8 rakstzīmes. Ļoti izplatītas paroles netiek pieņemtas.

reset-title = Paroles atiestatīšana
reset-intro = Ievadiet sava konta e-pasta adresi. Mēs jums nosūtīsim saiti, ar kuru varēsiet izvēlēties jaunu paroli.
reset-submit = Nosūtīt saiti
reset-sent = Ja adrese { $email } ir piesaistīta kontam, uz to tiek sūtīta paroles atiestatīšanas saite. Saite ir derīga vienu stundu.
reset-new-title = Izvēlieties jaunu paroli
reset-new-submit = Saglabāt jauno paroli
reset-done = Jūsu parole ir nomainīta. Piesakieties ar jauno paroli.

invitation-title = Ielūguma pieņemšana
invitation-intro = Jums ir ielūgums pievienoties platformai { site-name } ar adresi { $email } – loma: { $role }, organizācija: { $organisation }.
invitation-submit = Izveidot kontu

role-member = dalībnieks
role-facilitator = tīkla koordinators
role-coordinator = platformas koordinators
role-facilitator-of = Tīkla { $network } koordinators
role-coordinator-held = Platformas koordinators

account-title = Mans konts
account-profile = Profils
account-organisation = Organizācija
account-roles = Lomas
account-save = Saglabāt profilu
account-saved = Jūsu profils ir saglabāts.
account-password = Parole
account-password-submit = Mainīt paroli
account-password-changed = Jūsu parole ir nomainīta. Visas pārējās jūsu konta sesijas ir slēgtas.
account-email = E-pasta adrese
account-email-current = Jūsu pašreizējā adrese ir { $email }.
account-email-submit = Nosūtīt apstiprinājuma saiti
account-email-sent = Ja adresi { $email } var izmantot, uz to tiek sūtīta apstiprinājuma saite. Jūsu adrese mainīsies, kad atvērsiet šo saiti.
account-data = Jūsu dati
account-export = Lejupielādēt visus manus datus (JSON)
account-delete = Dzēst manu kontu
account-delete-explain = Dzēšot kontu, uzreiz tiek izdzēsts jūsu profils, valodas, lomas un visas sesijas, un šo darbību nevar atsaukt. Jūsu rakstītās diskusijas, atbildes un komentāri paliek redzami citiem ar parakstu „bijušais dalībnieks”. Drošības žurnālā saglabājas numurēts ieraksts par to, ka konts ir dzēsts.
account-delete-submit = Neatgriezeniski dzēst manu kontu
account-deleted = Jūsu konts ir dzēsts.
account-audit = Drošības žurnāls

email-confirm-title = Apstipriniet savu jauno e-pasta adresi
email-confirm-intro = Turpmāk jūsu konts izmantos adresi { $email }.
email-confirm-submit = Apstiprināt jauno adresi
email-confirmed = Jūsu e-pasta adrese ir nomainīta.

join-title = Pieteikties dalībai šajā tīklā
join-intro = Pastāstiet tīkla koordinatoriem, kas jūs esat. Ja viņi pieteikumu apstiprinās, jūs saņemsiet ielūgumu pa e-pastu.
join-submit = Nosūtīt pieteikumu
join-sent = Jūsu pieteikums ir nosūtīts. Tīkla koordinatori jums atbildēs pa e-pastu.
invite-title = Ielūgt personu
invite-intro = Persona saņems e-pasta vēstuli ar saiti konta izveidei. Saite ir derīga 7 dienas.
invite-submit = Nosūtīt ielūgumu
invite-sent = Ielūgums tiek sūtīts uz adresi { $email }.
requests-title = Pieteikumi dalībai
requests-none = Nav neviena gaidoša pieteikuma.
request-from = { $name } ({ $email }), organizācija: { $organisation }
request-approve = Apstiprināt
request-decline = Noraidīt
request-approved = Apstiprināts: uz adresi { $email } tiks nosūtīts ielūgums.
request-declined = Pieteikums ir noraidīts.

audit-title = Drošības žurnāls
audit-when = Laiks
audit-event = Notikums
audit-actor = Izpildītājs
audit-subject = Konts
audit-ip = IP adrese
audit-detail = Sīkāka informācija
audit-older = Vecāki notikumi
audit-sign-in = Pieteikšanās
audit-sign-in-failed = Neizdevusies pieteikšanās
audit-sign-out = Izrakstīšanās
audit-invitation-sent = Ielūgums nosūtīts
audit-invitation-accepted = Ielūgums pieņemts
audit-reset-requested = Pieprasīta paroles atiestatīšana
audit-password-reset = Parole atiestatīta
audit-password-changed = Parole nomainīta
audit-email-changed = E-pasta adrese nomainīta
audit-role-granted = Piešķirta loma
audit-join-requested = Pieteikums dalībai
audit-join-approved = Pieteikums dalībai apstiprināts
audit-join-declined = Pieteikums dalībai noraidīts
audit-account-deleted = Konts dzēsts

error-email-invalid = Ievadiet e-pasta adresi, piemēram, vards@example.org.
error-name-missing = Ievadiet savu vārdu un uzvārdu.
error-password-too-short = Izvēlieties paroli, kurā ir vismaz 8 rakstzīmes.
error-password-too-long = Izvēlieties paroli, kurā ir ne vairāk kā 256 rakstzīmes.
error-password-common = Šī parole ir viena no visizplatītākajām, un to ir viegli uzminēt. Izvēlieties citu.
error-ticket-invalid = Šo saiti vairs nevar izmantot: tā jau ir izmantota vai tās derīguma termiņš ir beidzies. Pieprasiet jaunu.
error-wrong-credentials = Nepareiza e-pasta adrese vai parole.
error-current-password-wrong = Jūsu pašreizējā parole nav pareiza.
error-already-decided = Par šo pieteikumu jau ir pieņemts lēmums.
error-organisation-not-in-network = Izvēlieties organizāciju, kas ir šī tīkla dalīborganizācija.
error-locale-unsupported = Izvēlieties kādu no sarakstā norādītajām valodām.
error-text-too-long = Šis teksts ir pārāk garš.
error-forbidden = Jums nav atļauts to darīt.
error-sign-in-required = Lai to izdarītu, piesakieties.
error-cross-site = Šis pieprasījums tika saņemts no citas tīmekļvietnes un tika noraidīts. Nekas netika mainīts.
error-too-many = { $seconds ->
    [zero] Pārāk daudz mēģinājumu. Mēģiniet vēlreiz pēc { $seconds } sekundēm.
    [one] Pārāk daudz mēģinājumu. Mēģiniet vēlreiz pēc { $seconds } sekundes.
   *[other] Pārāk daudz mēģinājumu. Mēģiniet vēlreiz pēc { $seconds } sekundēm.
}

mail-invitation-subject = Ielūgums pievienoties platformai { site-name }
mail-invitation-body = { $inviter } aicina jūs pievienoties platformai { site-name } – loma: { $role }, organizācija: { $organisation }.
    
    Izveidojiet savu kontu, izmantojot šo saiti, kas ir derīga 7 dienas:
    { $link }
    
    Ja šo ielūgumu negaidījāt, varat šo e-pasta vēstuli neņemt vērā.
mail-role-subject = Jauna loma platformā { site-name }
mail-role-body = { $inviter } piešķīra jūsu kontam jaunu lomu platformā { site-name }: { $role }.
    
    Piesakieties, lai to izmantotu:
    { $link }
mail-reset-subject = Paroles atiestatīšana platformā { site-name }
mail-reset-body = Kāds ir pieprasījis atiestatīt jūsu konta paroli platformā { site-name }. Izvēlieties jaunu paroli, izmantojot šo saiti, kas ir derīga vienu stundu:
    { $link }
    
    Ja tas nebijāt jūs, neņemiet šo e-pasta vēstuli vērā: jūsu parole paliks nemainīta.
mail-email-subject = Apstipriniet savu jauno e-pasta adresi platformā { site-name }
mail-email-body = Apstipriniet, ka { $email } ir jūsu konta jaunā adrese platformā { site-name }, izmantojot šo saiti, kas ir derīga 24 stundas:
    { $link }
    
    Ja to nepieprasījāt, neņemiet šo e-pasta vēstuli vērā.
