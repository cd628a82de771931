## Comptes : connexion, invitations, réinitialisation du mot de passe, compte personnel du membre

nav-sign-in = Se connecter
nav-account = Mon compte
sign-out = Se déconnecter

sign-in-title = Connexion
sign-in-submit = Se connecter
sign-in-forgot = Mot de passe oublié ?
sign-in-no-account = Pas encore de compte ? Ouvrez la page de votre réseau dans l’annuaire et demandez à le rejoindre.
field-email = Adresse e-mail
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-current-password = Mot de passe actuel
field-given-name = Prénom
field-family-name = Nom
field-job-title = Fonction au sein de votre organisation
field-locale = Langue de l’interface et de vos e-mails
field-invitation-locale = Langue de l’invitation
field-languages = Langues que vous parlez
field-organisation = Organisation de rattachement
field-role = Rôle
field-message = Message aux animateurs (facultatif)
field-new-email = Nouvelle adresse e-mail
password-rules = 8 caractères au minimum. Les mots de passe trop courants sont refusés.

reset-title = Réinitialiser votre mot de passe
reset-intro = Saisissez l’adresse e-mail de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe.
reset-submit = Envoyer le lien
reset-sent = Si un compte est associé à l’adresse { $email }, un lien pour en réinitialiser le mot de passe est en cours d’envoi. Ce lien est valable une heure.
reset-new-title = Choisir un nouveau mot de passe
reset-new-submit = Enregistrer le nouveau mot de passe
reset-done = Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.

invitation-title = Accepter votre invitation
invitation-intro = Vous avez reçu une invitation à rejoindre { site-name } avec l’adresse { $email } : { $role } au sein de l’organisation { $organisation }.
invitation-submit = Créer mon compte

role-member = membre
role-facilitator = animateur
role-coordinator = coordinateur
role-facilitator-of = Animateur du réseau { $network }
role-coordinator-held = Coordinateur de la plateforme

account-title = Mon compte
account-profile = Profil
account-organisation = Organisation de rattachement
account-roles = Rôles
account-save = Enregistrer le profil
account-saved = Votre profil a été enregistré.
account-password = Mot de passe
account-password-submit = Modifier le mot de passe
account-password-changed = Votre mot de passe a été modifié. Toutes les autres sessions de votre compte ont été déconnectées.
account-email = Adresse e-mail
account-email-current = Votre adresse actuelle est { $email }.
account-email-submit = Envoyer un lien de confirmation
account-email-sent = Si l’adresse { $email } peut être utilisée, un lien de confirmation est en cours d’envoi à cette adresse. Votre adresse sera modifiée lorsque vous ouvrirez ce lien.
account-data = Vos données
account-export = Télécharger toutes mes données (JSON)
account-delete = Supprimer mon compte
account-delete-explain = La suppression de votre compte efface immédiatement votre profil, vos langues, vos rôles et toutes vos sessions ; elle est irréversible. Les fils de discussion, réponses et commentaires que vous avez rédigés restent visibles pour les autres, signés « ancien membre ». Le journal de sécurité conserve une entrée numérotée indiquant qu’un compte a été supprimé.
account-delete-submit = Supprimer définitivement mon compte
account-deleted = Votre compte a été supprimé.
account-audit = Journal de sécurité

email-confirm-title = Confirmer votre nouvelle adresse e-mail
email-confirm-intro = Votre compte utilisera désormais l’adresse { $email }.
email-confirm-submit = Confirmer la nouvelle adresse
email-confirmed = Votre adresse e-mail a été modifiée.

join-title = Demander à rejoindre ce réseau
join-intro = Présentez-vous aux animateurs. S’ils acceptent votre demande, vous recevrez une invitation par e-mail.
join-submit = Envoyer la demande
join-sent = Votre demande a été envoyée. Les animateurs vous répondront par e-mail.
invite-title = Inviter une personne
invite-intro = La personne reçoit un e-mail contenant un lien pour créer un compte, valable 7 jours.
invite-submit = Envoyer l’invitation
invite-sent = Une invitation est en cours d’envoi à { $email }.
requests-title = Demandes d’adhésion
requests-none = Aucune demande en attente.
request-from = { $name } ({ $email }), organisation : { $organisation }
request-approve = Approuver
request-decline = Refuser
request-approved = Demande approuvée : une invitation est envoyée à { $email }.
request-declined = La demande a été refusée.

audit-title = Journal de sécurité
audit-when = Date
audit-event = Événement
audit-actor = Auteur
audit-subject = Compte
audit-ip = Adresse IP
audit-detail = Détail
audit-older = Événements plus anciens
audit-sign-in = Connexion
audit-sign-in-failed = Échec de connexion
audit-sign-out = Déconnexion
audit-invitation-sent = Invitation envoyée
audit-invitation-accepted = Invitation acceptée
audit-reset-requested = Réinitialisation du mot de passe demandée
audit-password-reset = Mot de passe réinitialisé
audit-password-changed = Mot de passe modifié
audit-email-changed = Adresse e-mail modifiée
audit-role-granted = Rôle attribué
audit-join-requested = Demande d’adhésion
audit-join-approved = Demande d’adhésion approuvée
audit-join-declined = Demande d’adhésion refusée
audit-account-deleted = Compte supprimé

error-email-invalid = Saisissez une adresse e-mail du type nom@example.org.
error-name-missing = Saisissez votre prénom et votre nom.
error-password-too-short = Choisissez un mot de passe d’au moins 8 caractères.
error-password-too-long = Choisissez un mot de passe de 256 caractères au maximum.
error-password-common = Ce mot de passe fait partie des plus courants et il est facile à deviner. Choisissez-en un autre.
error-ticket-invalid = Ce lien n’est plus utilisable : il a déjà servi ou il a expiré. Demandez-en un nouveau.
error-wrong-credentials = L’adresse e-mail ou le mot de passe est incorrect.
error-current-password-wrong = Votre mot de passe actuel est incorrect.
error-already-decided = Une décision a déjà été prise sur cette demande.
error-organisation-not-in-network = Choisissez une organisation membre de ce réseau.
error-locale-unsupported = Choisissez l’une des langues de la liste.
error-text-too-long = Ce texte est trop long.
error-forbidden = Vous n’avez pas l’autorisation d’effectuer cette action.
error-sign-in-required = Connectez-vous pour effectuer cette action.
error-cross-site = Cette requête provenait d’un autre site web et a été refusée. Aucune modification n’a été effectuée.
error-too-many = { $seconds ->
    [one] Trop de tentatives. Réessayez dans { $seconds } seconde.
    [many] Trop de tentatives. Réessayez dans { $seconds } de secondes.
   *[other] Trop de tentatives. Réessayez dans { $seconds } secondes.
}

mail-invitation-subject = Votre invitation à rejoindre { site-name }
mail-invitation-body = { $inviter } vous invite à rejoindre { site-name } : { $role } au sein de l’organisation { $organisation }.
    
    Créez votre compte à l’aide de ce lien, valable 7 jours :
    { $link }
    
    Si vous n’attendiez pas cette invitation, vous pouvez ignorer cet e-mail.
mail-role-subject = Un nouveau rôle sur { site-name }
mail-role-body = { $inviter } a attribué un nouveau rôle à votre compte sur { site-name } : { $role }.
    
    Connectez-vous pour l’utiliser :
    { $link }
mail-reset-subject = Réinitialisation de votre mot de passe sur { site-name }
mail-reset-body = Une demande de réinitialisation du mot de passe de votre compte sur { site-name } a été effectuée. Choisissez un nouveau mot de passe à l’aide de ce lien, valable une heure :
    { $link }
    
    Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de passe reste inchangé.
mail-email-subject = Confirmez votre nouvelle adresse e-mail sur { site-name }
mail-email-body = Confirmez que { $email } est la nouvelle adresse de votre compte sur { site-name } à l’aide de ce lien, valable 24 heures :
    { $link }
    
    Si vous n’avez pas fait cette demande, ignorez cet e-mail.
