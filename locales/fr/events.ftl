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
