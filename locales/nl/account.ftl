## Accounts: inloggen, uitnodigingen, wachtwoord opnieuw instellen, het eigen account van het lid

nav-sign-in = Inloggen
nav-account = Mijn account
sign-out = Uitloggen

sign-in-title = Inloggen
sign-in-submit = Inloggen
sign-in-forgot = Wachtwoord vergeten?
sign-in-no-account = Nog geen account? Open de pagina van uw netwerk in het ledenoverzicht en vraag daar om lid te worden.
field-email = E-mailadres
field-password = Wachtwoord
field-new-password = Nieuw wachtwoord
field-current-password = Huidig wachtwoord
field-given-name = Voornaam
field-family-name = Achternaam
field-job-title = Functie in uw organisatie
field-locale = Taal van de website en van uw e-mails
field-invitation-locale = Taal van de uitnodiging
field-languages = Talen die u spreekt
field-organisation = Organisatie
field-role = Rol
field-message = Bericht aan de netwerkcoördinatoren (optioneel)
field-new-email = Nieuw e-mailadres
password-rules = Minimaal 8 tekens. Zeer veelgebruikte wachtwoorden worden geweigerd.

reset-title = Uw wachtwoord opnieuw instellen
reset-intro = Vul het e-mailadres van uw account in. We sturen u een link waarmee u een nieuw wachtwoord kunt kiezen.
reset-submit = Link versturen
reset-sent = Als er een account met { $email } bestaat, is er een link onderweg om het wachtwoord opnieuw in te stellen. De link blijft een uur geldig.
reset-new-title = Kies een nieuw wachtwoord
reset-new-submit = Nieuw wachtwoord opslaan
reset-done = Uw wachtwoord is gewijzigd. Log in met uw nieuwe wachtwoord.

invitation-title = Uw uitnodiging accepteren
invitation-intro = U bent uitgenodigd om met het adres { $email } deel te nemen aan { site-name }, als { $role } bij { $organisation }.
invitation-submit = Mijn account aanmaken

role-member = lid
role-facilitator = netwerkcoördinator
role-coordinator = platformcoördinator
role-facilitator-of = Netwerkcoördinator van { $network }
role-coordinator-held = Platformcoördinator

account-title = Mijn account
account-profile = Profiel
account-organisation = Organisatie
account-roles = Rollen
account-save = Profiel opslaan
account-saved = Uw profiel is opgeslagen.
account-password = Wachtwoord
account-password-submit = Wachtwoord wijzigen
account-password-changed = Uw wachtwoord is gewijzigd. U bent in alle andere sessies van uw account uitgelogd.
account-email = E-mailadres
account-email-current = Uw huidige adres is { $email }.
account-email-submit = Bevestigingslink versturen
account-email-sent = Als { $email } gebruikt kan worden, is er een bevestigingslink naar dat adres onderweg. Uw adres wordt gewijzigd zodra u die link opent.
account-data = Uw gegevens
account-export = Al mijn gegevens downloaden (JSON)
account-delete = Mijn account verwijderen
account-delete-explain = Als u uw account verwijdert, worden uw profiel, uw talen, uw rollen en al uw sessies meteen verwijderd. Dit kan niet ongedaan worden gemaakt. Discussies, reacties en opmerkingen die u hebt geschreven, blijven zichtbaar voor anderen, ondertekend met “oud-lid”. In het beveiligingslogboek blijft een genummerde vermelding bewaard dat er een account is verwijderd.
account-delete-submit = Mijn account definitief verwijderen
account-deleted = Uw account is verwijderd.
account-audit = Beveiligingslogboek

email-confirm-title = Bevestig uw nieuwe e-mailadres
email-confirm-intro = Uw account gebruikt vanaf nu { $email }.
email-confirm-submit = Nieuw adres bevestigen
email-confirmed = Uw e-mailadres is gewijzigd.

join-title = Lidmaatschap van dit netwerk aanvragen
join-intro = Vertel de netwerkcoördinatoren wie u bent. Als zij akkoord gaan, ontvangt u een uitnodiging per e-mail.
join-submit = Aanvraag versturen
join-sent = Uw aanvraag is verstuurd. De netwerkcoördinatoren antwoorden per e-mail.
invite-title = Iemand uitnodigen
invite-intro = De persoon ontvangt een e-mail met een link om een account aan te maken. De link is 7 dagen geldig.
invite-submit = Uitnodiging versturen
invite-sent = Er is een uitnodiging onderweg naar { $email }.
requests-title = Lidmaatschapsaanvragen
requests-none = Er zijn geen openstaande aanvragen.
request-from = { $name } ({ $email }) van { $organisation }
request-approve = Goedkeuren
request-decline = Afwijzen
request-approved = Goedgekeurd: { $email } ontvangt een uitnodiging.
request-declined = De aanvraag is afgewezen.

audit-title = Beveiligingslogboek
audit-when = Tijdstip
audit-event = Gebeurtenis
audit-actor = Door
audit-subject = Betrokken account
audit-ip = IP-adres
audit-detail = Details
audit-older = Oudere gebeurtenissen
audit-sign-in = Ingelogd
audit-sign-in-failed = Mislukte inlogpoging
audit-sign-out = Uitgelogd
audit-invitation-sent = Uitnodiging verstuurd
audit-invitation-accepted = Uitnodiging geaccepteerd
audit-reset-requested = Wachtwoordherstel aangevraagd
audit-password-reset = Wachtwoord opnieuw ingesteld
audit-password-changed = Wachtwoord gewijzigd
audit-email-changed = E-mailadres gewijzigd
audit-role-granted = Rol toegekend
audit-join-requested = Lidmaatschap aangevraagd
audit-join-approved = Lidmaatschapsaanvraag goedgekeurd
audit-join-declined = Lidmaatschapsaanvraag afgewezen
audit-account-deleted = Account verwijderd

error-email-invalid = Vul een e-mailadres in, zoals naam@example.org.
error-name-missing = Vul uw voornaam en uw achternaam in.
error-password-too-short = Kies een wachtwoord van minimaal 8 tekens.
error-password-too-long = Kies een wachtwoord van maximaal 256 tekens.
error-password-common = Dit wachtwoord is een van de meest gebruikte en is makkelijk te raden. Kies een ander wachtwoord.
error-ticket-invalid = Deze link kan niet meer worden gebruikt: hij is al gebruikt of verlopen. Vraag een nieuwe aan.
error-wrong-credentials = Het e-mailadres of het wachtwoord is onjuist.
error-current-password-wrong = Uw huidige wachtwoord is onjuist.
error-already-decided = Over deze aanvraag is al beslist.
error-organisation-not-in-network = Kies een organisatie die lid is van dit netwerk.
error-locale-unsupported = Kies een van de talen uit de lijst.
error-text-too-long = Deze tekst is te lang.
error-forbidden = U hebt geen toestemming om dit te doen.
error-sign-in-required = Log in om dit te doen.
error-cross-site = Dit verzoek kwam van een andere website en is geweigerd. Er is niets gewijzigd.
error-too-many = { $seconds ->
    [one] Te veel pogingen. Probeer het over { $seconds } seconde opnieuw.
   *[other] Te veel pogingen. Probeer het over { $seconds } seconden opnieuw.
}

mail-invitation-subject = Uw uitnodiging voor { site-name }
mail-invitation-body = { $inviter } nodigt u uit om deel te nemen aan { site-name }, als { $role } bij { $organisation }.
    
    Maak uw account aan met deze link, die 7 dagen geldig is:
    { $link }
    
    Had u deze uitnodiging niet verwacht? Dan kunt u deze e-mail negeren.
mail-role-subject = Een nieuwe rol op { site-name }
mail-role-body = { $inviter } heeft uw account op { site-name } een nieuwe rol gegeven: { $role }.
    
    Log in om die rol te gebruiken:
    { $link }
mail-reset-subject = Uw wachtwoord opnieuw instellen op { site-name }
mail-reset-body = Iemand heeft gevraagd om het wachtwoord van uw account op { site-name } opnieuw in te stellen. Kies een nieuw wachtwoord met deze link, die een uur geldig is:
    { $link }
    
    Was u dit niet? Negeer dan deze e-mail: uw wachtwoord blijft ongewijzigd.
mail-email-subject = Bevestig uw nieuwe e-mailadres op { site-name }
mail-email-body = Bevestig met deze link, die 24 uur geldig is, dat { $email } het nieuwe adres van uw account op { site-name } is:
    { $link }
    
    Hebt u hier niet om gevraagd? Negeer dan deze e-mail.
