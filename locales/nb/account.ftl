## Kontoer: innlogging, invitasjoner, tilbakestilling av passord, medlemmets egen konto

nav-sign-in = Logg inn
nav-account = Min konto
sign-out = Logg ut

sign-in-title = Logg inn
sign-in-submit = Logg inn
sign-in-forgot = Har du glemt passordet?
sign-in-no-account = Har du ikke konto ennå? Åpne siden til nettverket ditt i katalogen, og be om å bli med.
field-email = E-postadresse
field-password = Passord
field-new-password = Nytt passord
field-current-password = Nåværende passord
field-given-name = Fornavn
field-family-name = Etternavn
field-job-title = Stilling i organisasjonen din
field-locale = Språk i grensesnittet og i e-postene dine
field-invitation-locale = Språket i invitasjonen
field-languages = Språk du snakker
field-organisation = Organisasjon
field-role = Rolle
field-message = Melding til fasilitatorene (valgfritt)
field-new-email = Ny e-postadresse
password-rules = Minst 8 tegn. Svært vanlige passord godtas ikke.

reset-title = Tilbakestill passordet
reset-intro = Skriv inn e-postadressen til kontoen din. Vi sender deg en lenke der du kan velge et nytt passord.
reset-submit = Send lenken
reset-sent = Hvis det finnes en konto med adressen { $email }, er en lenke for å tilbakestille passordet på vei. Lenken er gyldig i én time.
reset-new-title = Velg et nytt passord
reset-new-submit = Lagre det nye passordet
reset-done = Passordet ditt er endret. Logg inn med det nye passordet.

invitation-title = Godta invitasjonen
invitation-intro = Du er invitert til å bli med i { site-name } med adressen { $email }: { $role } ved { $organisation }.
invitation-submit = Opprett kontoen min

role-member = medlem
role-facilitator = fasilitator
role-coordinator = koordinator
role-facilitator-of = Fasilitator for { $network }
role-coordinator-held = Koordinator for plattformen

account-title = Min konto
account-profile = Profil
account-organisation = Organisasjonen din
account-roles = Roller
account-save = Lagre profilen
account-saved = Profilen din er lagret.
account-password = Passord
account-password-submit = Endre passordet
account-password-changed = Passordet ditt er endret. Alle andre økter på kontoen din er logget ut.
account-email = E-postadresse
account-email-current = Den nåværende adressen din er { $email }.
account-email-submit = Send en bekreftelseslenke
account-email-sent = Hvis { $email } kan brukes, er en bekreftelseslenke på vei dit. Adressen din endres når du åpner lenken.
account-data = Dataene dine
account-export = Last ned alle dataene mine (JSON)
account-delete = Slett kontoen min
account-delete-explain = Når du sletter kontoen din, fjernes profilen, språkene, rollene og alle øktene dine med én gang, og det kan ikke angres. Tråder, svar og kommentarer du har skrevet, forblir synlige for andre, signert «tidligere medlem». Sikkerhetsloggen beholder en nummerert oppføring om at en konto er slettet.
account-delete-submit = Slett kontoen min for godt
account-deleted = Kontoen din er slettet.
account-audit = Sikkerhetslogg

email-confirm-title = Bekreft den nye e-postadressen din
email-confirm-intro = Kontoen din bruker { $email } fra nå av.
email-confirm-submit = Bekreft den nye adressen
email-confirmed = E-postadressen din er endret.

join-title = Be om å bli med i dette nettverket
join-intro = Fortell fasilitatorene hvem du er. Hvis de godkjenner forespørselen, får du en invitasjon på e-post.
join-submit = Send forespørselen
join-sent = Forespørselen din er sendt. Fasilitatorene svarer på e-post.
invite-title = Inviter en person
invite-intro = Personen får en e-post med en lenke for å opprette en konto. Lenken er gyldig i 7 dager.
invite-submit = Send invitasjonen
invite-sent = En invitasjon er på vei til { $email }.
requests-title = Forespørsler om medlemskap
requests-none = Ingen forespørsler venter.
request-from = { $name } ({ $email }) fra { $organisation }
request-approve = Godkjenn
request-decline = Avslå
request-approved = Godkjent: { $email } får en invitasjon.
request-declined = Forespørselen er avslått.

audit-title = Sikkerhetslogg
audit-when = Tidspunkt
audit-event = Hendelse
audit-actor = Utført av
audit-subject = Konto
audit-ip = IP-adresse
audit-detail = Detaljer
audit-older = Eldre hendelser
audit-sign-in = Innlogging
audit-sign-in-failed = Mislykket innlogging
audit-sign-out = Utlogging
audit-invitation-sent = Invitasjon sendt
audit-invitation-accepted = Invitasjon godtatt
audit-reset-requested = Forespørsel om tilbakestilling av passord
audit-password-reset = Passord tilbakestilt
audit-password-changed = Passord endret
audit-email-changed = E-postadresse endret
audit-role-granted = Rolle tildelt
audit-join-requested = Forespørsel om medlemskap
audit-join-approved = Forespørsel om medlemskap godkjent
audit-join-declined = Forespørsel om medlemskap avslått
audit-account-deleted = Konto slettet

error-email-invalid = Skriv inn en e-postadresse, for eksempel navn@example.org.
error-name-missing = Skriv inn fornavnet og etternavnet ditt.
error-password-too-short = Velg et passord på minst 8 tegn.
error-password-too-long = Velg et passord på høyst 256 tegn.
error-password-common = Dette passordet er blant de vanligste og lett å gjette. Velg et annet.
error-ticket-invalid = Denne lenken kan ikke lenger brukes: Den er allerede brukt eller har utløpt. Be om en ny.
error-wrong-credentials = E-postadressen eller passordet er feil.
error-current-password-wrong = Det nåværende passordet ditt er feil.
error-already-decided = Det er allerede tatt stilling til denne forespørselen.
error-organisation-not-in-network = Velg en organisasjon som er medlem av dette nettverket.
error-locale-unsupported = Velg et av språkene i listen.
error-text-too-long = Teksten er for lang.
error-forbidden = Du har ikke tillatelse til å gjøre dette.
error-sign-in-required = Logg inn for å gjøre dette.
error-cross-site = Forespørselen kom fra et annet nettsted og ble avvist. Ingenting ble endret.
error-too-many = { $seconds ->
    [one] For mange forsøk. Prøv igjen om { $seconds } sekund.
   *[other] For mange forsøk. Prøv igjen om { $seconds } sekunder.
}

mail-invitation-subject = Invitasjon til { site-name }
mail-invitation-body = { $inviter } inviterer deg til å bli med i { site-name }: { $role } ved { $organisation }.
    
    Opprett kontoen din med denne lenken, som er gyldig i 7 dager:
    { $link }
    
    Hvis du ikke ventet denne invitasjonen, kan du se bort fra denne e-posten.
mail-role-subject = En ny rolle på { site-name }
mail-role-body = { $inviter } har gitt kontoen din en ny rolle på { site-name }: { $role }.
    
    Logg inn for å ta den i bruk:
    { $link }
mail-reset-subject = Tilbakestill passordet ditt på { site-name }
mail-reset-body = Noen har bedt om å tilbakestille passordet til kontoen din på { site-name }. Velg et nytt passord med denne lenken, som er gyldig i én time:
    { $link }
    
    Hvis det ikke var deg, kan du se bort fra denne e-posten. Passordet ditt forblir uendret.
mail-email-subject = Bekreft den nye e-postadressen din på { site-name }
mail-email-body = Bruk denne lenken, som er gyldig i 24 timer, for å bekrefte at { $email } er den nye adressen til kontoen din på { site-name }:
    { $link }
    
    Hvis du ikke har bedt om dette, kan du se bort fra denne e-posten.
