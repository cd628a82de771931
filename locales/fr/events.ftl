## Événements : pourquoi un horaire, un nombre de places ou une inscription est refusé.

error-time-zone-unknown = Choisissez un fuseau horaire dans la liste.
error-wall-time-skipped = Cette heure n’existe pas ce jour-là dans ce fuseau horaire : les horloges y avancent d’une heure. Choisissez une autre heure.
error-wall-time-repeated = Cette heure existe deux fois ce jour-là dans ce fuseau horaire : les horloges y reculent d’une heure. Choisissez une autre heure.
error-capacity-invalid = Le nombre de places doit être un nombre entier supérieur ou égal à 1, ou rester vide s’il n’y a pas de limite.
error-already-registered = Votre inscription à cet événement est déjà enregistrée.
error-event-past = Cet événement a déjà eu lieu.
error-event-cancelled = Cet événement a été annulé.
