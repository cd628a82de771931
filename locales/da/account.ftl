## Konti: log ind, invitationer, nulstilling af adgangskode, medlemmets egen konto

nav-sign-in = Log ind
nav-account = Min konto
sign-out = Log ud

sign-in-title = Log ind
sign-in-submit = Log ind
sign-in-forgot = Har du glemt din adgangskode?
sign-in-no-account = Har du ingen konto endnu? Åbn dit netværks side i kataloget, og bed om at blive optaget.
field-email = E-mailadresse
field-password = Adgangskode
field-new-password = Ny adgangskode
field-current-password = Nuværende adgangskode
field-given-name = Fornavn
field-family-name = Efternavn
field-job-title = Stilling i din organisation
field-locale = Sprog i brugerfladen og i dine e-mails
field-invitation-locale = Invitationens sprog
field-languages = Sprog, du taler
field-organisation = Medlemsorganisation
field-role = Rolle
field-message = Besked til facilitatorerne (valgfrit)
field-new-email = Ny e-mailadresse
password-rules = Mindst 8 tegn. Meget almindelige adgangskoder afvises.

reset-title = Nulstil din adgangskode
reset-intro = Indtast e-mailadressen til din konto. Vi sender dig et link, så du kan vælge en ny adgangskode.
reset-submit = Send linket
reset-sent = Hvis der findes en konto med { $email }, er et link til nulstilling af adgangskoden på vej. Linket er gyldigt i en time.
reset-new-title = Vælg en ny adgangskode
reset-new-submit = Gem den nye adgangskode
reset-done = Din adgangskode er ændret. Log ind med din nye adgangskode.

invitation-title = Accepter din invitation
invitation-intro = Du er inviteret til at blive en del af { site-name } med adressen { $email }: { $role } hos { $organisation }.
invitation-submit = Opret min konto

role-member = medlem
role-facilitator = netværksfacilitator
role-coordinator = koordinator
role-facilitator-of = Facilitator for { $network }
role-coordinator-held = Koordinator for platformen

account-title = Min konto
account-profile = Profil
account-organisation = Medlemsorganisation
account-roles = Roller
account-save = Gem profilen
account-saved = Din profil er gemt.
account-password = Adgangskode
account-password-submit = Skift adgangskoden
account-password-changed = Din adgangskode er ændret. Du er blevet logget ud af alle andre sessioner på din konto.
account-email = E-mailadresse
account-email-current = Din nuværende adresse er { $email }.
account-email-submit = Send et bekræftelseslink
account-email-sent = Hvis { $email } kan bruges, er et bekræftelseslink på vej til adressen. Din adresse skifter, når du åbner linket.
account-data = Dine data
account-export = Download alle mine data (JSON)
account-delete = Slet min konto
account-delete-explain = Når du sletter din konto, fjernes din profil, dine sprog, dine roller og alle dine sessioner med det samme, og det kan ikke fortrydes. Tråde, svar og kommentarer, som du har skrevet, forbliver synlige for de andre, underskrevet »tidligere medlem«. Sikkerhedsloggen gemmer en nummereret registrering af, at en konto er blevet slettet.
account-delete-submit = Slet min konto permanent
account-deleted = Din konto er slettet.
account-audit = Sikkerhedslog

email-confirm-title = Bekræft din nye e-mailadresse
email-confirm-intro = Din konto bruger { $email } fra nu af.
email-confirm-submit = Bekræft den nye adresse
email-confirmed = Din e-mailadresse er ændret.

join-title = Anmod om optagelse i dette netværk
join-intro = Fortæl facilitatorerne, hvem du er. Hvis de godkender din anmodning, modtager du en invitation på e-mail.
join-submit = Send anmodningen
join-sent = Din anmodning er sendt. Facilitatorerne svarer dig på e-mail.
invite-title = Inviter en person
invite-intro = Personen modtager en e-mail med et link til at oprette en konto. Linket er gyldigt i 7 dage.
invite-submit = Send invitationen
invite-sent = En invitation er på vej til { $email }.
requests-title = Anmodninger om optagelse
requests-none = Ingen anmodninger venter.
request-from = { $name } ({ $email }) fra { $organisation }
request-approve = Godkend
request-decline = Afvis
request-approved = Godkendt: { $email } modtager en invitation.
request-declined = Anmodningen er afvist.

audit-title = Sikkerhedslog
audit-when = Tidspunkt
audit-event = Hændelse
audit-actor = Udført af
audit-subject = Berørt konto
audit-ip = IP-adresse
audit-detail = Detaljer
audit-older = Ældre hændelser
audit-sign-in = Logget ind
audit-sign-in-failed = Mislykket login
audit-sign-out = Logget ud
audit-invitation-sent = Invitation sendt
audit-invitation-accepted = Invitation accepteret
audit-reset-requested = Anmodning om nulstilling af adgangskode
audit-password-reset = Adgangskode nulstillet
audit-password-changed = Adgangskode ændret
audit-email-changed = E-mailadresse ændret
audit-role-granted = Rolle tildelt
audit-join-requested = Anmodning om optagelse
audit-join-approved = Anmodning om optagelse godkendt
audit-join-declined = Anmodning om optagelse afvist
audit-account-deleted = Konto slettet

error-email-invalid = Indtast en e-mailadresse som fx navn@example.org.
error-name-missing = Indtast dit fornavn og dit efternavn.
error-password-too-short = Vælg en adgangskode på mindst 8 tegn.
error-password-too-long = Vælg en adgangskode på højst 256 tegn.
error-password-common = Denne adgangskode er blandt de mest almindelige og er let at gætte. Vælg en anden.
error-ticket-invalid = Linket kan ikke længere bruges: Det er allerede blevet brugt, eller det er udløbet. Bed om et nyt.
error-wrong-credentials = E-mailadressen eller adgangskoden er forkert.
error-current-password-wrong = Din nuværende adgangskode er forkert.
error-already-decided = Der er allerede truffet afgørelse om denne anmodning.
error-organisation-not-in-network = Vælg en organisation, der er medlem af dette netværk.
error-locale-unsupported = Vælg et af sprogene på listen.
error-text-too-long = Teksten er for lang.
error-forbidden = Du har ikke tilladelse til at gøre dette.
error-sign-in-required = Log ind for at gøre dette.
error-cross-site = Anmodningen kom fra et andet websted og blev afvist. Intet er blevet ændret.
error-too-many = { $seconds ->
    [one] For mange forsøg. Prøv igen om { $seconds } sekund.
   *[other] For mange forsøg. Prøv igen om { $seconds } sekunder.
}

mail-invitation-subject = Din invitation til { site-name }
mail-invitation-body = { $inviter } inviterer dig til at blive en del af { site-name }: { $role } hos { $organisation }.
    
    Opret din konto med dette link, som er gyldigt i 7 dage:
    { $link }
    
    Hvis du ikke havde forventet denne invitation, kan du se bort fra denne e-mail.
mail-role-subject = En ny rolle på { site-name }
mail-role-body = { $inviter } har givet din konto en ny rolle på { site-name }: { $role }.
    
    Log ind for at bruge den:
    { $link }
mail-reset-subject = Nulstil din adgangskode på { site-name }
mail-reset-body = Nogen har bedt om at nulstille adgangskoden til din konto på { site-name }. Vælg en ny adgangskode med dette link, som er gyldigt i en time:
    { $link }
    
    Hvis det ikke var dig, kan du se bort fra denne e-mail: Din adgangskode forbliver uændret.
mail-email-subject = Bekræft din nye e-mailadresse på { site-name }
mail-email-body = Bekræft, at { $email } er den nye adresse til din konto på { site-name }, med dette link, som er gyldigt i 24 timer:
    { $link }
    
    Hvis du ikke har bedt om dette, kan du se bort fra denne e-mail.
