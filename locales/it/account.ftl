## Account: accesso, inviti, reimpostazione della password, account personale del membro

nav-sign-in = Accedi
nav-account = Il mio account
sign-out = Esci

sign-in-title = Accesso
sign-in-submit = Accedi
sign-in-forgot = Ha dimenticato la password?
sign-in-no-account = Non ha ancora un account? Apra la pagina della Sua rete nell’elenco e chieda di aderire.
field-email = Indirizzo e-mail
field-password = Password di accesso
field-new-password = Nuova password
field-current-password = Password attuale
field-given-name = Nome
field-family-name = Cognome
field-job-title = Funzione nella Sua organizzazione
field-locale = Lingua dell’interfaccia e delle e-mail
field-invitation-locale = Lingua dell’invito
field-languages = Lingue che parla
field-organisation = Organizzazione
field-role = Ruolo
field-message = Messaggio ai facilitatori (facoltativo)
field-new-email = Nuovo indirizzo e-mail
password-rules = Almeno 8 caratteri. Le password molto comuni non sono accettate.

reset-title = Reimposti la password
reset-intro = Inserisca l’indirizzo e-mail del Suo account. Le invieremo un link per scegliere una nuova password.
reset-submit = Invia il link
reset-sent = Se un account utilizza l’indirizzo { $email }, è in arrivo un link per reimpostarne la password. Il link resta valido per un’ora.
reset-new-title = Scelga una nuova password
reset-new-submit = Salva la nuova password
reset-done = La Sua password è stata modificata. Acceda con la nuova password.

invitation-title = Accetti il Suo invito
invitation-intro = Ha ricevuto un invito a iscriversi a { site-name } con l’indirizzo { $email }: { $role } presso { $organisation }.
invitation-submit = Crea il mio account

role-member = membro
role-facilitator = facilitatore
role-coordinator = coordinatore
role-facilitator-of = Facilitatore della rete { $network }
role-coordinator-held = Coordinatore della piattaforma

account-title = Il mio account
account-profile = Profilo
account-organisation = Organizzazione
account-roles = Ruoli
account-save = Salva il profilo
account-saved = Il Suo profilo è stato salvato.
account-password = Password di accesso
account-password-submit = Modifica la password
account-password-changed = La Sua password è stata modificata. Tutte le altre sessioni del Suo account sono state chiuse.
account-email = Indirizzo e-mail
account-email-current = Il Suo indirizzo attuale è { $email }.
account-email-submit = Invia un link di conferma
account-email-sent = Se l’indirizzo { $email } può essere utilizzato, è in arrivo un link di conferma a quell’indirizzo. Il Suo indirizzo cambierà quando aprirà il link.
account-data = I Suoi dati
account-export = Scarica tutti i miei dati (JSON)
account-delete = Elimina il mio account
account-delete-explain = L’eliminazione dell’account cancella immediatamente il Suo profilo, le Sue lingue, i Suoi ruoli e tutte le Sue sessioni, e non può essere annullata. Le discussioni, le risposte e i commenti che ha scritto restano visibili agli altri, firmati «ex membro». Il registro di sicurezza conserva una voce numerata che attesta l’eliminazione di un account.
account-delete-submit = Elimina definitivamente il mio account
account-deleted = Il Suo account è stato eliminato.
account-audit = Registro di sicurezza

email-confirm-title = Confermi il nuovo indirizzo e-mail
email-confirm-intro = D’ora in poi il Suo account utilizzerà l’indirizzo { $email }.
email-confirm-submit = Conferma il nuovo indirizzo
email-confirmed = Il Suo indirizzo e-mail è stato modificato.

join-title = Chieda di aderire a questa rete
join-intro = Si presenti ai facilitatori. Se approvano la richiesta, riceverà un invito via e-mail.
join-submit = Invia la richiesta
join-sent = La Sua richiesta è stata inviata. I facilitatori Le risponderanno via e-mail.
invite-title = Invita una persona
invite-intro = La persona riceve un’e-mail con un link, valido 7 giorni, per creare un account.
invite-submit = Invia l’invito
invite-sent = È in arrivo un invito all’indirizzo { $email }.
requests-title = Richieste di adesione
requests-none = Nessuna richiesta in attesa.
request-from = { $name } ({ $email }), organizzazione: { $organisation }
request-approve = Approva
request-decline = Respingi
request-approved = Richiesta approvata: { $email } riceverà un invito.
request-declined = La richiesta è stata respinta.

audit-title = Registro di sicurezza
audit-when = Data e ora
audit-event = Evento
audit-actor = Eseguito da
audit-subject = Account interessato
audit-ip = Indirizzo IP
audit-detail = Dettagli
audit-older = Eventi precedenti
audit-sign-in = Accesso
audit-sign-in-failed = Accesso non riuscito
audit-sign-out = Disconnessione
audit-invitation-sent = Invito inviato
audit-invitation-accepted = Invito accettato
audit-reset-requested = Richiesta di reimpostazione della password
audit-password-reset = Password reimpostata
audit-password-changed = Password modificata
audit-email-changed = Indirizzo e-mail modificato
audit-role-granted = Ruolo assegnato
audit-join-requested = Richiesta di adesione
audit-join-approved = Richiesta di adesione approvata
audit-join-declined = Richiesta di adesione respinta
audit-account-deleted = Account eliminato

error-email-invalid = Inserisca un indirizzo e-mail come nome@example.org.
error-name-missing = Inserisca il nome e il cognome.
error-password-too-short = Scelga una password di almeno 8 caratteri.
error-password-too-long = Scelga una password di massimo 256 caratteri.
error-password-common = Questa password è tra le più comuni ed è facile da indovinare. Ne scelga un’altra.
error-ticket-invalid = Questo link non è più utilizzabile: è già stato usato oppure è scaduto. Ne richieda uno nuovo.
error-wrong-credentials = L’indirizzo e-mail o la password non sono corretti.
error-current-password-wrong = La password attuale non è corretta.
error-already-decided = Su questa richiesta è già stata presa una decisione.
error-organisation-not-in-network = Scelga un’organizzazione aderente a questa rete.
error-locale-unsupported = Scelga una delle lingue dell’elenco.
error-text-too-long = Il testo è troppo lungo.
error-forbidden = Non ha l’autorizzazione per eseguire questa operazione.
error-sign-in-required = Acceda per eseguire questa operazione.
error-cross-site = Questa richiesta proveniva da un altro sito web ed è stata rifiutata. Non è stato modificato nulla.
error-too-many = { $seconds ->
    [one] Troppi tentativi. Riprovi tra { $seconds } secondo.
    [many] Troppi tentativi. Riprovi tra { $seconds } di secondi.
   *[other] Troppi tentativi. Riprovi tra { $seconds } secondi.
}

mail-invitation-subject = Il Suo invito a { site-name }
mail-invitation-body = { $inviter } La invita a iscriversi a { site-name }: { $role } presso { $organisation }.
    
    Crei il Suo account con questo link, valido 7 giorni:
    { $link }
    
    Se non si aspettava questo invito, può ignorare questa e-mail.
mail-role-subject = Un nuovo ruolo su { site-name }
mail-role-body = { $inviter } ha assegnato al Suo account un nuovo ruolo su { site-name }: { $role }.
    
    Acceda per utilizzarlo:
    { $link }
mail-reset-subject = Reimpostazione della password su { site-name }
mail-reset-body = Qualcuno ha chiesto di reimpostare la password del Suo account su { site-name }. Scelga una nuova password con questo link, valido un’ora:
    { $link }
    
    Se non ha fatto Lei questa richiesta, ignori questa e-mail: la Sua password resta invariata.
mail-email-subject = Confermi il nuovo indirizzo e-mail su { site-name }
mail-email-body = Confermi che { $email } è il nuovo indirizzo del Suo account su { site-name } con questo link, valido 24 ore:
    { $link }
    
    Se non ha fatto questa richiesta, ignori questa e-mail.
