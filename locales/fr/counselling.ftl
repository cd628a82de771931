## Conseil entre pairs : la liste des fils de discussion

counselling-sign-in-to-ask = Connectez-vous pour poser une question à vos pairs ou pour répondre aux leurs.
threads-search-label = Rechercher dans les questions et les réponses
thread-topic = Thème
threads-language = Langue de rédaction
threads-network = Réseau
threads-state = État
threads-unsolved = Pas encore résolu
threads-solved = Résolu
threads-show = Afficher
threads-followed = Les fils de discussion que je suis
threads-mine = Mes questions
threads-found = { $count ->
    [one] { $count } fil de discussion
    [many] { $count } de fils de discussion
   *[other] { $count } fils de discussion
}
threads-none = Aucun fil de discussion ne correspond. Essayez avec moins de filtres, ou posez vous-même la question.
thread-unread = Nouveau
thread-solved = Résolu
thread-hidden-badge = Masqué
thread-asked-by = question posée par { $name }
thread-replies = { $count ->
    [one] { $count } réponse
    [many] { $count } de réponses
   *[other] { $count } réponses
}
notifications-link = Mes notifications
notifications-unread = { $count ->
    [one] { $count } non lue
    [many] { $count } non lues
   *[other] { $count } non lues
}

## Un fil de discussion

thread-back = Tous les fils de discussion
thread-platform = Toute la plateforme
thread-hidden = Les modérateurs ont masqué cette question. Elle n’est visible que par vous et par les modérateurs.
thread-follow = Suivre ce fil de discussion
thread-unfollow = Ne plus suivre
thread-sign-in-to-reply = Connectez-vous pour répondre.
answer-accepted-title = Réponse acceptée
answer-accepted-badge = Réponse acceptée
answer-accept = Accepter comme réponse
answer-unaccept = Annuler l’acceptation
post-edited-link = modifié (voir les versions)
post-hidden = Masqué par les modérateurs : { $reason }
post-quote = Citer
post-edit = Modifier
post-flag = Signaler aux modérateurs
flag-reason = Pourquoi les modérateurs devraient-ils examiner ce message ?
flag-send = Envoyer le signalement
post-language = Langue du texte
reply-title = Votre réponse
reply-body = Réponse
reply-send = Publier la réponse
markdown-help = Vous pouvez mettre en forme le texte avec Markdown : **gras**, *italique*, listes commençant par -, liens sous la forme [texte](https://…).
markdown-preview = Aperçu

## Poser une question

ask-title = Poser une question à vos pairs
ask-lead = Décrivez votre situation et ce que vous avez déjà essayé. Les membres des réseaux qui peuvent voir votre question pourront y répondre.
ask-field-title = Votre question en une phrase
ask-field-body = Détails
ask-field-audience = Qui peut la voir
ask-send = Publier la question

## Modifications et versions

post-edit-title = Modifier votre message
post-edit-body = Texte
post-edit-save = Enregistrer la nouvelle version
post-history-title = Versions d’un message
post-history-current = Version actuelle
post-history-earlier = Version précédente
post-history-back = Retour au fil de discussion

## Notifications et récapitulatif par e-mail

notifications-title = Mes notifications
notifications-none = Rien de nouveau. Suivez un fil de discussion ou un thème pour recevoir une notification dès qu’il s’y passe quelque chose.
notifications-mark-read = Tout marquer comme lu
notification-reply = { $name } a répondu dans
notification-topic = { $name } a posé une question dans un thème que vous suivez :
notification-accepted = { $name } a retenu votre réponse comme solution dans
digest-title = Récapitulatif par e-mail
digest-legend = M’envoyer un récapitulatif des notifications non lues
digest-immediate = Dès qu’il se passe quelque chose
digest-daily = Une fois par jour
digest-weekly = Une fois par semaine
digest-never = Jamais (je les consulte ici)
digest-save = Enregistrer ce choix
topics-followed-title = Les thèmes que je suis
topics-followed-lead = Vous recevez une notification pour chaque nouvelle question posée dans les thèmes que vous suivez.
topic-follow = Suivre
topic-unfollow = Ne plus suivre

## Modération

moderation-title = Modération
moderation-queue-title = Messages signalés
moderation-queue-empty = Aucun message n’est en attente de décision.
moderation-flags = Signalements
moderation-decide = Modérer
moderation-reason = Motif
moderation-hide = Masquer le message
moderation-restore = Afficher à nouveau le message
moderation-dismiss = Conserver le message tel quel
moderation-log-title = Décisions
moderation-log-empty = Aucune décision n’a encore été prise.
moderation-log-when = Date
moderation-log-who = Modérateur
moderation-log-what = Décision
moderation-log-thread = Fil de discussion
moderation-action-hide = Masqué
moderation-action-restore = Affiché à nouveau
moderation-action-dismiss = Signalements classés sans suite

## Confirmations et refus

thread-asked = Votre question a été publiée. Vous recevrez une notification pour chaque réponse.
reply-posted = Votre réponse a été publiée.
post-edited = Votre message a été enregistré ; la version précédente reste visible dans son historique.
answer-accepted = La réponse a été marquée comme réponse acceptée.
answer-unaccepted = La réponse n’est plus marquée comme réponse acceptée.
thread-followed = Vous suivez désormais ce fil de discussion.
thread-unfollowed = Vous ne suivez plus ce fil de discussion.
topics-saved = Vos thèmes ont été enregistrés.
post-flagged = Merci : les modérateurs vont examiner ce message.
moderation-saved = La décision a été enregistrée.
notifications-read = Toutes les notifications ont été marquées comme lues.
digest-saved = Votre choix a été enregistré.
error-already-flagged = Vous avez déjà effectué ce signalement ; les modérateurs vont l’examiner.
error-not-an-answer = Seule une réponse visible peut être la réponse acceptée.

## E-mail

mail-digest-subject = Du nouveau dans le Conseil entre pairs
mail-digest-body = Bonjour,

    { $count ->
        [one] Vous avez { $count } nouvelle notification dans le Conseil entre pairs :
        [many] Vous avez { $count } de nouvelles notifications dans le Conseil entre pairs :
       *[other] Vous avez { $count } nouvelles notifications dans le Conseil entre pairs :
    }

    { $items }
    Toutes vos notifications, et la fréquence à laquelle vous recevez ce récapitulatif : { $link }
