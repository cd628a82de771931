# Stratégie et plans d’action

plans-none = Aucun réseau n’a encore publié de stratégie.
plans-back = Toutes les stratégies
plan-activity-count = { $count ->
    [one] { $count } activité
    [many] { $count } d’activités
   *[other] { $count } activités
}
strategy-create-title = Lancer une stratégie
strategy-network = Réseau
strategy-create = Lancer la stratégie

## Étapes d’une stratégie
strategy-status-draft = Brouillon
strategy-status-feedback = En consultation
strategy-status-adopted = Adoptée
strategy-stage = Étape
strategy-adopt = Adopter la stratégie
strategy-reopen = Repasser en brouillon
round-open = Ouvrir une consultation
round-close = Clore la consultation
round-opens = Du
round-closes = Au
round-open-notice = Consultation ouverte du { $from } au { $to }.
round-comment-link = Commenter le projet de stratégie

## Les champs de la stratégie
strategy-edit = Modifier la stratégie
strategy-fields = Vision et mission
strategy-field-title = Titre
strategy-field-period = Période (années)
strategy-field-vision = Vision
strategy-field-mission = Mission
strategy-field-status = Étape
strategy-aspirations = Ambitions
strategy-save = Enregistrer la stratégie
aspiration-field-title = Ambition
aspiration-field-description = Description
aspiration-save = Enregistrer l’ambition
aspiration-add-title = Ajouter une ambition
aspiration-add = Ajouter l’ambition

## Le plan d’action
plan-progress = Avancement :
plan-percent = { $value } %
plan-number = { $value }
plan-tools = Outils de la stratégie
plan-print = Version imprimable
plan-export = Télécharger le plan d’action (CSV)
plan-present = Sur cette page en ce moment :
plan-timeline = Calendrier du plan d’action
plan-timeline-caption = Chaque barre va du début d’une activité à son échéance et se remplit selon son avancement ; la ligne rouge indique la date du jour.
plan-today = aujourd’hui
plan-dates = Dates
plan-activities = Activités
plan-no-activities = Aucune activité ne contribue encore à cette ambition.
plan-filter-aspiration = Ambition
plan-filter-status = Statut
plan-filter-all = Tous
plan-filter-apply = Afficher

## Activités
activity-status-planned = Prévue
activity-status-in-progress = En cours
activity-status-done = Terminée
activity-status-blocked = Bloquée
activity-status-cancelled = Annulée
activity-field-title = Activité
activity-field-description = Description
activity-field-aspirations = Ambitions auxquelles elle contribue
activity-field-owner = Responsable
activity-field-contributors = Organisations contributrices
activity-field-start_on = Début
activity-field-due_on = Échéance
activity-field-status = Statut
activity-field-progress = Avancement (%)
activity-owner-none = Pas encore de responsable
activity-owner-members = Membres
activity-owner-organisations = Organisations
activity-add-title = Ajouter une activité
activity-add = Ajouter l’activité
activity-edit-title = Modifier l’activité
activity-save = Enregistrer l’activité
activity-follow = Suivre cette activité
activity-unfollow = Ne plus suivre cette activité
activity-being-edited = En cours de modification par : { $names }
field-changed-live = { $name } vient de modifier ce champ. Votre valeur reste ici ; à l’enregistrement, les deux s’afficheront.
offline-kept = Pas de connexion : vos modifications sont conservées dans ce navigateur et seront envoyées dès le retour de la connexion.

## Indicateurs
indicators-title = Indicateurs
indicators-none = Aucun indicateur pour l’instant.
indicator-field-name = Indicateur
indicator-field-target = Valeur cible
indicator-field-actual = Valeur atteinte
indicator-reached = { $name } : { $actual } sur { $target }
indicator-edit = Indicateur { $name }
indicator-save = Enregistrer
indicator-add = Ajouter l’indicateur

## Modifications faites entre-temps
conflict-title = Quelqu’un a fait des modifications entre-temps
conflict-lead = Vos autres modifications sont enregistrées. Ces champs ont été modifiés par une autre personne après l’ouverture du formulaire : rien n’a été écrasé. Faites votre choix pour chacun d’eux.
conflict-changed-by = Modifié par { $name } le { $at } (UTC).
conflict-theirs = Valeur de l’autre personne (enregistrée)
conflict-mine = Votre valeur (non enregistrée)
conflict-keep = Conserver la sienne
conflict-replace = Remplacer par la mienne
conflict-merge-label = Texte fusionné
conflict-merge = Enregistrer le texte fusionné
error-changed-meanwhile = Ce champ a été modifié depuis l’ouverture de la page. Rechargez la page et réessayez.

## Historique et versions
history-title = Historique
revision-created = Création
revision-restore = Rétablir cette valeur
revision-restores = (rétablit la modification { $number })
strategy-versions = Versions
versions-none = Aucune version conservée pour l’instant : une version est conservée à la clôture de chaque consultation et à l’adoption de la stratégie.
version-now = La stratégie actuelle
version-number = Version { $number }
version-reason-round = après une consultation
version-reason-adopted = adoptée
diff-from = De
diff-to = À
diff-compare = Comparer
diff-title = De { $from } à { $to }
diff-unchanged = (inchangé)

## Consultations
comments-title = Commentaires
comment-title = Commenter le projet de stratégie
comment-about = Objet
comment-on-strategy = La stratégie dans son ensemble
comment-body = Votre commentaire
comment-send = Envoyer le commentaire
comment-taken-up = Retenu
comment-declined = Non retenu
comment-resolution = Décision
comment-reason = Motif
comment-resolve = Statuer

## Confirmations
strategy-created = La stratégie est lancée. Rédigez sa vision, sa mission et ses ambitions.
strategy-saved = Modifications enregistrées.
aspiration-added = L’ambition a été ajoutée.
activity-added = L’activité a été ajoutée. Attribuez-lui un responsable, des dates et des indicateurs.
activity-saved = L’activité a été enregistrée.
indicator-added = L’indicateur a été ajouté.
value-restored = La valeur précédente a été rétablie, sous la forme d’une nouvelle modification.
stage-open = La consultation est ouverte : les membres du réseau peuvent formuler des commentaires.
stage-close = La consultation est close et cette version est conservée.
stage-adopt = La stratégie est adoptée et cette version est conservée.
stage-reopen = La stratégie est repassée en brouillon.
comment-posted = Votre commentaire a été transmis aux animateurs.
comment-resolved = La décision sur le commentaire a été enregistrée.
followed = Suivi activé : vous recevrez une notification dès qu’un statut, un responsable ou une date changera.
unfollowed = Vous ne suivez plus cet élément.

## Notifications des activités suivies
plan-notification-status = { $name } a modifié le statut de l’activité
plan-notification-owner = { $name } a modifié le responsable de l’activité
plan-notification-start_on = { $name } a modifié la date de début de l’activité
plan-notification-due_on = { $name } a modifié l’échéance de l’activité

## Refus
error-date-invalid = Saisissez une date valide (année, mois, jour).
error-dates-reversed = La date de fin précède la date de début.
error-number-invalid = Saisissez un nombre entier compris dans la plage autorisée.
error-aspiration-missing = Une activité doit contribuer à au moins une ambition.
error-wrong-stage = La stratégie n’est pas à l’étape requise pour cette action (par exemple, aucune consultation n’est ouverte).
plan-notifications-title = Activités que vous suivez
aspiration-follow = Suivre cette ambition
aspiration-unfollow = Ne plus suivre cette ambition
