## Conturi: autentificare, invitații, resetarea parolei, contul propriu al membrului

nav-sign-in = Autentificare
nav-account = Contul meu
sign-out = Deconectare

sign-in-title = Autentificare
sign-in-submit = Autentificați-vă
sign-in-forgot = Ați uitat parola?
sign-in-no-account = Nu aveți încă un cont? Deschideți pagina rețelei dumneavoastră în catalog și solicitați aderarea.
field-email = Adresă de e-mail
field-password = Parolă
field-new-password = Parolă nouă
field-current-password = Parola actuală
field-given-name = Prenume
field-family-name = Nume de familie
field-job-title = Funcția în organizația dumneavoastră
field-locale = Limba interfeței și a e-mailurilor pe care le primiți
field-invitation-locale = Limba invitației
field-languages = Limbile pe care le vorbiți
field-organisation = Organizație
field-role = Rol
field-message = Mesaj pentru facilitatori (opțional)
field-new-email = Adresă de e-mail nouă
password-rules = Cel puțin 8 caractere. Parolele foarte des folosite sunt refuzate.

reset-title = Resetați parola
reset-intro = Introduceți adresa de e-mail a contului dumneavoastră. Vă vom trimite un link pentru a alege o parolă nouă.
reset-submit = Trimiteți linkul
reset-sent = Dacă adresa { $email } aparține unui cont, vă trimitem la această adresă un link pentru resetarea parolei. Linkul este valabil o oră.
reset-new-title = Alegeți o parolă nouă
reset-new-submit = Salvați parola nouă
reset-done = Parola a fost schimbată. Autentificați-vă cu noua parolă.

invitation-title = Acceptați invitația
invitation-intro = Ați primit o invitație de a vă alătura platformei { site-name } cu adresa { $email }, în calitate de { $role } în cadrul organizației { $organisation }.
invitation-submit = Creați contul meu

role-member = membru
role-facilitator = facilitator de rețea
role-coordinator = coordonator
role-facilitator-of = Facilitator al rețelei { $network }
role-coordinator-held = Coordonator al platformei

account-title = Contul meu
account-profile = Profil
account-organisation = Organizație
account-roles = Roluri
account-save = Salvați profilul
account-saved = Profilul dumneavoastră a fost salvat.
account-password = Parolă
account-password-submit = Schimbați parola
account-password-changed = Parola a fost schimbată. Toate celelalte sesiuni ale contului dumneavoastră au fost închise.
account-email = Adresă de e-mail
account-email-current = Adresa dumneavoastră actuală este { $email }.
account-email-submit = Trimiteți un link de confirmare
account-email-sent = Dacă adresa { $email } poate fi folosită, vă trimitem la această adresă un link de confirmare. Adresa se schimbă în momentul în care deschideți linkul respectiv.
account-data = Datele dumneavoastră
account-export = Descărcați toate datele mele (JSON)
account-delete = Ștergerea contului
account-delete-explain = Ștergerea contului elimină imediat profilul, limbile, rolurile și toate sesiunile dumneavoastră și nu poate fi anulată. Discuțiile, răspunsurile și comentariile pe care le-ați scris rămân vizibile pentru ceilalți, cu semnătura „fost membru”. Jurnalul de securitate păstrează o înregistrare numerotată a faptului că un cont a fost șters.
account-delete-submit = Ștergeți definitiv contul
account-deleted = Contul dumneavoastră a fost șters.
account-audit = Jurnal de securitate

email-confirm-title = Confirmați noua adresă de e-mail
email-confirm-intro = De acum înainte, contul dumneavoastră va folosi adresa { $email }.
email-confirm-submit = Confirmați noua adresă
email-confirmed = Adresa de e-mail a fost schimbată.

join-title = Solicitați aderarea la această rețea
join-intro = Prezentați-vă facilitatorilor. Dacă vă aprobă solicitarea, veți primi o invitație prin e-mail.
join-submit = Trimiteți solicitarea
join-sent = Solicitarea a fost trimisă. Facilitatorii vă vor răspunde prin e-mail.
invite-title = Invitați o persoană
invite-intro = Persoana va primi un e-mail cu un link pentru crearea unui cont, valabil 7 zile.
invite-submit = Trimiteți invitația
invite-sent = O invitație a fost trimisă la adresa { $email }.
requests-title = Solicitări de aderare
requests-none = Nu există solicitări în așteptare.
request-from = { $name } ({ $email }), organizația { $organisation }
request-approve = Aprobați
request-decline = Respingeți
request-approved = Solicitare aprobată: { $email } va primi o invitație.
request-declined = Solicitarea a fost respinsă.

audit-title = Jurnal de securitate
audit-when = Data și ora
audit-event = Eveniment
audit-actor = Efectuat de
audit-subject = Cont
audit-ip = Adresă IP
audit-detail = Detalii
audit-older = Evenimente mai vechi
audit-sign-in = Autentificare
audit-sign-in-failed = Autentificare eșuată
audit-sign-out = Deconectare
audit-invitation-sent = Invitație trimisă
audit-invitation-accepted = Invitație acceptată
audit-reset-requested = Solicitare de resetare a parolei
audit-password-reset = Parolă resetată
audit-password-changed = Parolă schimbată
audit-email-changed = Adresă de e-mail schimbată
audit-role-granted = Rol acordat
audit-join-requested = Solicitare de aderare
audit-join-approved = Solicitare de aderare aprobată
audit-join-declined = Solicitare de aderare respinsă
audit-account-deleted = Cont șters

error-email-invalid = Introduceți o adresă de e-mail, de exemplu name@example.org.
error-name-missing = Introduceți prenumele și numele de familie.
error-password-too-short = Alegeți o parolă de cel puțin 8 caractere.
error-password-too-long = Alegeți o parolă de cel mult 256 de caractere.
error-password-common = Această parolă este una dintre cele mai des folosite și poate fi ghicită ușor. Alegeți alta.
error-ticket-invalid = Acest link nu mai poate fi folosit: a fost deja utilizat sau a expirat. Solicitați unul nou.
error-wrong-credentials = Adresa de e-mail sau parola este greșită.
error-current-password-wrong = Parola actuală este greșită.
error-already-decided = S-a luat deja o decizie cu privire la această solicitare.
error-organisation-not-in-network = Alegeți o organizație care este membră a acestei rețele.
error-locale-unsupported = Alegeți una dintre limbile din listă.
error-text-too-long = Acest text este prea lung.
error-forbidden = Nu aveți permisiunea de a efectua această acțiune.
error-sign-in-required = Autentificați-vă pentru a efectua această acțiune.
error-cross-site = Această cerere a venit de pe un alt site web și a fost refuzată. Nu s-a modificat nimic.
error-too-many = { $seconds ->
    [one] Prea multe încercări. Încercați din nou peste { $seconds } secundă.
    [few] Prea multe încercări. Încercați din nou peste { $seconds } secunde.
   *[other] Prea multe încercări. Încercați din nou peste { $seconds } de secunde.
}

mail-invitation-subject = Invitația dumneavoastră pe platforma { site-name }
mail-invitation-body = { $inviter } vă invită să vă alăturați platformei { site-name }, în calitate de { $role } în cadrul organizației { $organisation }.
    
    Creați-vă contul folosind acest link, valabil 7 zile:
    { $link }
    
    Dacă nu vă așteptați la această invitație, puteți ignora acest e-mail.
mail-role-subject = Un rol nou pe platforma { site-name }
mail-role-body = { $inviter } a acordat contului dumneavoastră un rol nou pe platforma { site-name }: { $role }.
    
    Autentificați-vă pentru a-l folosi:
    { $link }
mail-reset-subject = Resetați parola pe platforma { site-name }
mail-reset-body = Cineva a solicitat resetarea parolei contului dumneavoastră de pe platforma { site-name }. Alegeți o parolă nouă folosind acest link, valabil o oră:
    { $link }
    
    Dacă nu ați fost dumneavoastră, ignorați acest e-mail: parola rămâne neschimbată.
mail-email-subject = Confirmați noua adresă de e-mail pe platforma { site-name }
mail-email-body = Confirmați că { $email } este noua adresă a contului dumneavoastră de pe platforma { site-name }, folosind acest link, valabil 24 de ore:
    { $link }
    
    Dacă nu ați solicitat acest lucru, ignorați acest e-mail.
