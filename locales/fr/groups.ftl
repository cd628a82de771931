## Groupes de travail : la liste.

groups-title = Groupes de travail
groups-lead = Des groupes thématiques qui travaillent ensemble pendant une durée déterminée à un objectif commun, animés par des membres qui se relaient au fil des travaux.
groups-none = Il n’y a encore aucun groupe de travail.
groups-found-new = Créer un groupe de travail
group-members-count = { $count ->
    [one] { $count } membre
    [many] { $count } de membres
   *[other] { $count } membres
}
group-archived = Archivé

## L’espace d’un groupe.

group-purpose = Objectif
group-deliverables = Livrables
group-mandate = Mandat
group-mandate-dates = Du { $from } au { $until }
group-mandate-open = À partir du { $from }, sans date de fin
group-joining = Adhésion
group-seen-by = Visible par
group-leaders = Responsables
group-leader-since = depuis le { $since }
group-former-leaders = Anciens responsables
group-leader-term = Du { $since } au { $until }
group-members = Membres
group-events = Les événements du groupe
group-no-events = Le groupe n’a encore aucun événement.
group-join = Rejoindre le groupe
group-ask = Demander à rejoindre le groupe
group-accept-invitation = Accepter l’invitation
group-leave = Quitter le groupe
group-you-member = Vous êtes membre de ce groupe.
group-you-asked = Votre demande est en attente de la décision des responsables.
group-you-invited = Vous avez été invité à rejoindre ce groupe.
group-archived-note = Le mandat de ce groupe a pris fin : ses travaux restent consultables ici.
group-sign-in-to-join = Connectez-vous pour rejoindre le groupe
group-requests = Demandes d’adhésion
group-appoint = Désigner comme responsable
group-step-down = Quitter la fonction de responsable
group-calendar = Le calendrier public du groupe (.ics)

## Le formulaire de création d’un groupe.

group-new-title = Créer un groupe de travail
group-new-lead = Donnez au groupe sa charte : à quoi il sert, ce qu’il produira et pour combien de temps. Vous en devenez le premier responsable.
group-field-network = Réseau
group-network-none = Toute la plateforme
group-field-title = Nom du groupe
group-field-topic = Thème
group-topic-none = Aucun thème particulier
group-field-lang = Langue de travail
group-field-purpose = Objectif
group-field-deliverables = Livrables
group-field-starts = Début du mandat
group-field-ends = Fin du mandat (facultatif)
group-field-admission = Adhésion
group-field-visibility = Visible par
group-found = Créer le groupe

## Messages après l’envoi d’un formulaire.

group-founded = Le groupe de travail a été créé. Vous en êtes le premier responsable.
group-joined = Vous êtes membre du groupe.
group-requested = Votre demande a été transmise aux responsables du groupe.
group-left = Vous avez quitté le groupe.
group-decided = Votre décision a été enregistrée.
group-leader-appointed = Le nouveau responsable a été désigné.
group-stepped-down = Vous avez quitté la fonction de responsable.
group-standing-requested = Demande à rejoindre
group-standing-invited = Invité
