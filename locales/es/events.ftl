## Eventos: por qué se rechaza una hora, un número de plazas o una inscripción.

error-time-zone-unknown = Elija una zona horaria de la lista.
error-wall-time-skipped = Esta hora no existe ese día en esa zona horaria: los relojes se adelantan una hora. Elija otra hora.
error-wall-time-repeated = Esta hora se repite ese día en esa zona horaria: los relojes se atrasan una hora. Elija otra hora.
error-capacity-invalid = El número de plazas debe ser un número entero igual o superior a 1; deje el campo vacío si no hay límite.
error-already-registered = Ya se ha inscrito en este evento.
error-event-past = Este evento ya se ha celebrado.
error-event-cancelled = Este evento se ha cancelado.
