## Événements : pourquoi un horaire, un nombre de places ou une inscription est refusé.

error-time-zone-unknown = Choisissez un fuseau horaire dans la liste.
error-wall-time-skipped = Cette heure n’existe pas ce jour-là dans ce fuseau horaire : les horloges y avancent d’une heure. Choisissez une autre heure.
error-wall-time-repeated = Cette heure existe deux fois ce jour-là dans ce fuseau horaire : les horloges y reculent d’une heure. Choisissez une autre heure.
error-capacity-invalid = Le nombre de places doit être un nombre entier supérieur ou égal à 1, ou rester vide s’il n’y a pas de limite.
error-already-registered = Votre inscription à cet événement est déjà enregistrée.
error-event-past = Cet événement a déjà eu lieu.
error-event-cancelled = Cet événement a été annulé.
error-invitation-only = Les places de cet événement sont attribuées uniquement sur invitation. Adressez-vous aux organisateurs si vous souhaitez y participer.
error-group-archived = Le mandat de ce groupe de travail a pris fin : il est archivé et ne peut plus être modifié.
error-last-leader = Un groupe de travail doit compter au moins un responsable. Désignez un autre responsable avant de quitter cette fonction.
error-place-missing = Indiquez un lien de réunion, un lieu, ou les deux.
error-series-too-long = Une série peut comporter au maximum 150 séances. Choisissez une date de fin antérieure.
error-event-unknown = Aucun événement ne se trouve à cette adresse, ou il ne vous est pas accessible.
error-group-unknown = Aucun groupe de travail ne se trouve à cette adresse, ou il ne vous est pas accessible.
error-calendar-address-revoked = Cette adresse de calendrier a été révoquée. Copiez votre nouvelle adresse depuis votre page de calendrier.
error-not-registered = Aucune inscription à cet événement n’est enregistrée à votre nom.

## Types d’événements.

event-kind-peer-learning = Séance d’apprentissage entre pairs
event-kind-webinar = Webinaire
event-kind-e-conference = Conférence en ligne
event-kind-workshop = Atelier
event-kind-study-visit = Visite d’étude
event-kind-annual-meeting = Réunion annuelle

## Comment obtenir une place à un événement ou entrer dans un groupe de travail.

admission-open = Ouvert à tous
admission-request = Sur demande, après accord des organisateurs
admission-invitation = Sur invitation uniquement

## Où en est un membre par rapport à un événement.

attendance-registered = Inscription confirmée
attendance-waiting = Sur liste d’attente
attendance-requested = Demande envoyée
attendance-invited = Invitation reçue
attendance-cancelled = Inscription annulée
attendance-declined = Demande refusée

## Comment une série d’événements se répète.

recurrence-weekly = Chaque semaine
recurrence-monthly = Chaque mois, le même jour de la semaine

## Qui voit un groupe de travail.

group-visibility-public = Ouvert à tous
group-visibility-members = Membres connectés
group-visibility-hidden = Membres du groupe uniquement

## La liste des événements.

events-title = Événements
events-lead = Séances d’apprentissage entre pairs, webinaires, conférences, ateliers, visites d’étude et réunions annuelles des réseaux et de leurs groupes de travail.
events-upcoming = À venir
events-past = Événements passés
events-found = { $count ->
    [one] { $count } événement
    [many] { $count } d’événements
   *[other] { $count } événements
}
events-none = Aucun événement ne correspond à ces critères.
events-organise = Organiser un événement
events-your-calendar = Mon calendrier
events-filter-kind = Type d’événement
events-filter-network = Réseau
events-show = Afficher
event-your-time = Votre heure : { $time }
event-online = En ligne
event-places-left = { $count ->
    [one] { $count } place restante
    [many] { $count } de places restantes
   *[other] { $count } places restantes
}
event-full = Complet : liste d’attente ouverte
event-recorded = Enregistrement disponible
event-cancelled-badge = Annulé
event-in-series = Fait partie d’une série

## La page d’un événement.

event-when = Date
event-where = Lieu
event-languages = Langues de travail
event-organised-by = Organisé par
event-admission = Modalités d’inscription
event-places = Nombre de places
event-places-taken = { $registered } places prises sur { $capacity }
event-places-unlimited = { $registered } inscrits, nombre de places illimité
event-waiting-count = { $count ->
    [one] { $count } personne sur liste d’attente
    [many] { $count } de personnes sur liste d’attente
   *[other] { $count } personnes sur liste d’attente
}
event-your-standing = Votre inscription
event-register = S’inscrire
event-request = Demander une place
event-join-waiting-list = S’inscrire sur la liste d’attente
event-access-needs = Besoins d’accessibilité (facultatif)
event-access-needs-hint = Seuls les organisateurs voient cette information : accès sans marches, interprétation en langue des signes, régime alimentaire, tout ce qui peut faciliter votre participation.
event-withdraw = Annuler mon inscription
event-sign-in-to-register = Connectez-vous pour vous inscrire
event-meeting-link = Lien de réunion
event-meeting-link-hint = Le lien de réunion s’affiche ici pour les participants dès que leur place est confirmée.
event-add-to-calendar = Ajouter à votre calendrier
event-calendar-file = Cet événement (fichier .ics)
event-series-file = Toute la série (fichier .ics)
event-agenda = Programme
event-materials = Documents
event-recording = Enregistrement
event-watch-recording = Voir l’enregistrement
event-questions = Questions et réponses
event-conclusions = Principales conclusions
event-taken-place = Cet événement a eu lieu.

## Ce que font les organisateurs sur la page d’un événement.

event-organisers = Espace organisateurs
event-participants = Liste des participants
event-participants-csv = Télécharger la liste des participants (CSV)
event-no-participants = Personne ne s’est encore inscrit.
event-cancel = Annuler cet événement
event-cancel-confirm = Oui, l’annuler : les calendriers des participants en seront informés.
event-add-session = Ajouter une séance au programme
event-session-starts = Début
event-session-ends = Fin
event-session-title = Titre
event-session-speakers = Intervenants
event-add-material = Ajouter un document
event-material-title = Titre
event-material-link = Un lien, ou le numéro ou l’adresse d’une ressource de la bibliothèque
event-recording-link = Lien vers l’enregistrement
event-save = Enregistrer

## Le formulaire de création d’un événement.

event-new-title = Organiser un événement
event-new-lead = Annoncez un événement aux membres. Les horaires sont saisis à l’heure du fuseau horaire que vous choisissez ; chacun les voit dans ce fuseau et dans le sien.
event-field-organiser = Organisé par
event-organiser-platform = Toute la plateforme
event-field-kind = Type d’événement
event-field-title = Titre
event-field-lang = Langue de cette annonce
event-field-languages = Langues de travail de l’événement
event-field-description = Descriptif
event-field-time-zone = Fuseau horaire
event-field-starts = Début
event-field-ends = Fin
event-field-online-url = Lien de réunion (pour un événement en ligne)
event-field-venue = Lieu (pour un événement en présentiel)
event-field-address = Adresse
event-field-country = Pays
event-field-visibility = Qui peut le voir
event-field-admission = Modalités d’inscription
event-field-capacity = Nombre de places
event-field-capacity-hint = Laissez vide s’il n’y a pas de limite. Une fois toutes les places prises, une liste d’attente s’ouvre.
event-field-repeat = Répétition
event-repeat-none = Pas de répétition
event-field-until = Dernière date de la série
event-create = Annoncer l’événement

## Messages après l’envoi d’un formulaire.

event-registered = Votre inscription est enregistrée. Le lien de réunion et le fichier de calendrier se trouvent sur cette page.
event-waiting = Toutes les places sont prises : vous êtes sur liste d’attente et obtiendrez une place dès qu’une place se libère.
event-requested = Votre demande a été transmise aux organisateurs.
event-withdrawn = Votre inscription a été annulée.
event-created = L’événement a été annoncé.
event-cancelled = L’événement a été annulé.
event-decided = Votre décision a été enregistrée.
event-session-added = La séance a été ajoutée au programme.
event-material-added = Le document a été ajouté.
event-recording-saved = Le lien vers l’enregistrement a été enregistré.

## L’adresse de calendrier d’un membre.

calendar-title = Mon calendrier
calendar-lead = Abonnez-vous à votre adresse de calendrier personnelle dans votre logiciel de calendrier (Outlook, Apple Calendar, Thunderbird, Google Calendar) : les événements auxquels vous êtes inscrit y apparaissent et restent à jour.
calendar-address-label = Votre adresse de calendrier
calendar-address-once = Copiez-la maintenant : elle ne s’affiche qu’une seule fois. Toute personne qui dispose de cette adresse peut voir vos événements ; gardez-la donc pour vous.
calendar-has-address = Vous disposez d’une adresse de calendrier. Si vous l’avez perdue, ou si quelqu’un d’autre pourrait la connaître, créez-en une nouvelle : l’ancienne cessera de fonctionner.
calendar-no-address = Vous n’avez pas encore d’adresse de calendrier.
calendar-make = Créer mon adresse de calendrier
calendar-make-new = Créer une nouvelle adresse
calendar-revoke = Révoquer mon adresse
calendar-public-feeds = Calendriers publics
calendar-public-feeds-lead = Les événements ouverts à tous de chaque réseau et de chaque groupe de travail public, auxquels vous pouvez vous abonner sans vous connecter.
calendar-address-made = Votre nouvelle adresse de calendrier est prête.
calendar-address-revoked = Votre adresse de calendrier a été révoquée : les logiciels de calendrier n’en reçoivent plus rien.
event-participant = Participant
error-cancel-unconfirmed = Cochez la case pour confirmer l’annulation de l’événement.
event-country-none = Non précisé

## E-mails concernant une place à un événement.

mail-event-place-subject = Votre place : { $title }
mail-event-place-body = Bonjour { $name },

    Vous avez une place pour « { $title } », { $time }.

    L’événement est joint à cet e-mail : votre logiciel de calendrier l’ajoute et le met à jour en cas de modification. La page de l’événement, avec le lien de réunion s’il a lieu en ligne :
    { $link }
mail-event-cancelled-subject = Retiré de votre calendrier : { $title }
mail-event-cancelled-body = Bonjour { $name },

    « { $title } », { $time }, est retiré de votre calendrier : l’événement a été annulé, ou votre inscription l’a été.

    Le message joint permet à votre logiciel de calendrier de le supprimer. La page de l’événement :
    { $link }
mail-event-reminder-subject = Bientôt : { $title }
mail-event-reminder-body = Bonjour { $name },

    Pour rappel : « { $title } », { $time }, commence bientôt.

    La page de l’événement, avec le lien de réunion s’il a lieu en ligne :
    { $link }

event-add-question = Poser une question aux groupes de discussion
event-question-text = Question
event-record-answer = Consigner la réponse d’un groupe
event-answer-group = Groupe de discussion
event-answer-text = Réponse du groupe
event-question-added = La question est ajoutée.
event-answer-recorded = La réponse du groupe est consignée.

event-edit = Modifier cet événement
event-edit-save = Enregistrer les modifications
event-saved = L’événement est enregistré. Les personnes inscrites reçoivent la modification dans leur calendrier.

## Les organisateurs invitent des membres.

error-member-unknown = Aucun membre n’a cette adresse e-mail.
event-invite = Inviter un membre
event-invite-email = Adresse e-mail du membre
event-invited = L’invitation a été envoyée.
mail-event-invited-subject = Invitation : { $title }
mail-event-invited-body = Bonjour { $name },

    Les organisateurs vous invitent à « { $title } », { $time }.

    Réservez votre place sur la page de l’événement :
    { $link }
