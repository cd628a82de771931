## Konton: inloggning, inbjudningar, återställning av lösenord, medlemmens eget konto

nav-sign-in = Logga in
nav-account = Mitt konto
sign-out = Logga ut

sign-in-title = Logga in
sign-in-submit = Logga in
sign-in-forgot = Har du glömt lösenordet?
sign-in-no-account = Har du inget konto än? Öppna ditt nätverks sida i katalogen och be om att få gå med.
field-email = E-postadress
field-password = Lösenord
field-new-password = Nytt lösenord
field-current-password = Nuvarande lösenord
field-given-name = Förnamn
field-family-name = Efternamn
field-job-title = Roll i din organisation
field-locale = Språk för gränssnittet och dina e-postmeddelanden
field-invitation-locale = Inbjudans språk
field-languages = Språk du talar
field-organisation = Medlemsorganisation
field-role = Roll
field-message = Meddelande till samordnarna (valfritt)
field-new-email = Ny e-postadress
password-rules = Minst 8 tecken. Mycket vanliga lösenord godtas inte.

reset-title = Återställ ditt lösenord
reset-intro = Ange e-postadressen till ditt konto. Vi skickar en länk där du kan välja ett nytt lösenord.
reset-submit = Skicka länken
reset-sent = Om det finns ett konto med adressen { $email } är en länk för att återställa lösenordet på väg. Länken gäller i en timme.
reset-new-title = Välj ett nytt lösenord
reset-new-submit = Spara det nya lösenordet
reset-done = Ditt lösenord har ändrats. Logga in med ditt nya lösenord.

invitation-title = Acceptera din inbjudan
invitation-intro = Du är inbjuden till { site-name } med adressen { $email }: { $role } vid { $organisation }.
invitation-submit = Skapa mitt konto

role-member = medlem
role-facilitator = samordnare
role-coordinator = koordinator
role-facilitator-of = Samordnare för { $network }
role-coordinator-held = Koordinator för plattformen

account-title = Mitt konto
account-profile = Profil
account-organisation = Din organisation
account-roles = Roller
account-save = Spara profilen
account-saved = Din profil har sparats.
account-password = Lösenord
account-password-submit = Byt lösenord
account-password-changed = Ditt lösenord har ändrats. Alla andra sessioner för ditt konto har loggats ut.
account-email = E-postadress
account-email-current = Din nuvarande adress är { $email }.
account-email-submit = Skicka en bekräftelselänk
account-email-sent = Om { $email } kan användas är en bekräftelselänk på väg dit. Din adress ändras när du öppnar länken.
account-data = Dina uppgifter
account-export = Ladda ned alla mina uppgifter (JSON)
account-delete = Radera mitt konto
account-delete-explain = När du raderar ditt konto tas din profil, dina språk, dina roller och alla dina sessioner bort direkt, och det går inte att ångra. Trådar, svar och kommentarer som du har skrivit är fortfarande synliga för andra, undertecknade ”tidigare medlem”. Säkerhetsloggen sparar en numrerad post om att ett konto har raderats.
account-delete-submit = Radera mitt konto permanent
account-deleted = Ditt konto har raderats.
account-audit = Säkerhetslogg

email-confirm-title = Bekräfta din nya e-postadress
email-confirm-intro = Ditt konto kommer att använda { $email } från och med nu.
email-confirm-submit = Bekräfta den nya adressen
email-confirmed = Din e-postadress har ändrats.

join-title = Be om att få gå med i nätverket
join-intro = Berätta för samordnarna vem du är. Om de godkänner din förfrågan får du en inbjudan via e-post.
join-submit = Skicka förfrågan
join-sent = Din förfrågan har skickats. Samordnarna svarar via e-post.
invite-title = Bjud in en person
invite-intro = Personen får ett e-postmeddelande med en länk för att skapa ett konto. Länken gäller i 7 dagar.
invite-submit = Skicka inbjudan
invite-sent = En inbjudan är på väg till { $email }.
requests-title = Förfrågningar om medlemskap
requests-none = Inga förfrågningar väntar.
request-from = { $name } ({ $email }) från { $organisation }
request-approve = Godkänn
request-decline = Avslå
request-approved = Godkänd: { $email } får en inbjudan.
request-declined = Förfrågan har avslagits.

audit-title = Säkerhetslogg
audit-when = Tidpunkt
audit-event = Händelse
audit-actor = Utförd av
audit-subject = Konto
audit-ip = IP-adress
audit-detail = Detaljer
audit-older = Äldre händelser
audit-sign-in = Inloggning
audit-sign-in-failed = Misslyckad inloggning
audit-sign-out = Utloggning
audit-invitation-sent = Inbjudan skickad
audit-invitation-accepted = Inbjudan accepterad
audit-reset-requested = Begäran om återställning av lösenord
audit-password-reset = Lösenord återställt
audit-password-changed = Lösenord ändrat
audit-email-changed = E-postadress ändrad
audit-role-granted = Roll tilldelad
audit-join-requested = Förfrågan om medlemskap
audit-join-approved = Förfrågan om medlemskap godkänd
audit-join-declined = Förfrågan om medlemskap avslagen
audit-account-deleted = Konto raderat

error-email-invalid = Ange en e-postadress, till exempel namn@example.org.
error-name-missing = Ange ditt förnamn och ditt efternamn.
error-password-too-short = Välj ett lösenord med minst 8 tecken.
error-password-too-long = Välj ett lösenord med högst 256 tecken.
error-password-common = Lösenordet är ett av de vanligaste och lätt att gissa. Välj ett annat.
error-ticket-invalid = Länken kan inte längre användas: den har redan använts eller har gått ut. Be om en ny.
error-wrong-credentials = E-postadressen eller lösenordet är fel.
error-current-password-wrong = Ditt nuvarande lösenord är fel.
error-already-decided = Förfrågan har redan besvarats.
error-organisation-not-in-network = Välj en organisation som är medlem i det här nätverket.
error-locale-unsupported = Välj ett av språken i listan.
error-text-too-long = Texten är för lång.
error-forbidden = Du har inte behörighet att göra detta.
error-sign-in-required = Logga in för att göra detta.
error-cross-site = Förfrågan kom från en annan webbplats och avvisades. Ingenting ändrades.
error-too-many = { $seconds ->
    [one] För många försök. Försök igen om { $seconds } sekund.
   *[other] För många försök. Försök igen om { $seconds } sekunder.
}

mail-invitation-subject = Din inbjudan till { site-name }
mail-invitation-body = { $inviter } bjuder in dig till { site-name }: { $role } vid { $organisation }.
    
    Skapa ditt konto via den här länken, som gäller i 7 dagar:
    { $link }
    
    Om du inte väntade dig den här inbjudan kan du bortse från det här meddelandet.
mail-role-subject = En ny roll på { site-name }
mail-role-body = { $inviter } har gett ditt konto en ny roll på { site-name }: { $role }.
    
    Logga in för att använda den:
    { $link }
mail-reset-subject = Återställ ditt lösenord på { site-name }
mail-reset-body = Någon har begärt att lösenordet till ditt konto på { site-name } ska återställas. Välj ett nytt lösenord via den här länken, som gäller i en timme:
    { $link }
    
    Om det inte var du kan du bortse från det här meddelandet. Ditt lösenord förblir oförändrat.
mail-email-subject = Bekräfta din nya e-postadress på { site-name }
mail-email-body = Använd den här länken, som gäller i 24 timmar, för att bekräfta att { $email } är den nya adressen till ditt konto på { site-name }:
    { $link }
    
    Om du inte har begärt detta kan du bortse från det här meddelandet.
