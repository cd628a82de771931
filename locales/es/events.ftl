## Eventos: por qué se rechaza una hora, un número de plazas o una inscripción.

error-time-zone-unknown = Elija una zona horaria de la lista.
error-wall-time-skipped = Esta hora no existe ese día en esa zona horaria: los relojes se adelantan una hora. Elija otra hora.
error-wall-time-repeated = Esta hora se repite ese día en esa zona horaria: los relojes se atrasan una hora. Elija otra hora.
error-capacity-invalid = El número de plazas debe ser un número entero igual o superior a 1; deje el campo vacío si no hay límite.
error-already-registered = Ya se ha inscrito en este evento.
error-event-past = Este evento ya se ha celebrado.
error-event-cancelled = Este evento se ha cancelado.
error-invitation-only = Las plazas de este evento solo se conceden por invitación. Si desea participar, diríjase a los organizadores.
error-group-archived = El mandato de este grupo de trabajo ha finalizado: el grupo está archivado y ya no se puede modificar.
error-last-leader = Un grupo de trabajo necesita al menos un responsable. Designe a otro responsable antes de dejar el cargo.
error-place-missing = Indique un enlace a la reunión, un lugar de celebración o ambos.
error-series-too-long = Una serie puede tener como máximo 150 sesiones. Elija una fecha final anterior.
error-event-unknown = No hay ningún evento en esta dirección o no tiene acceso a él.
error-group-unknown = No hay ningún grupo de trabajo en esta dirección o no tiene acceso a él.
error-calendar-address-revoked = Esta dirección de calendario se ha revocado. Copie su nueva dirección desde su página de calendario.
error-not-registered = No se ha inscrito en este evento.

## Tipos de eventos.

event-kind-peer-learning = Sesión de aprendizaje entre pares
event-kind-webinar = Seminario web
event-kind-e-conference = Conferencia en línea
event-kind-workshop = Taller
event-kind-study-visit = Visita de estudio
event-kind-annual-meeting = Reunión anual

## Cómo se obtiene una plaza en un evento o se entra en un grupo de trabajo.

admission-open = Abierto a todos
admission-request = Previa solicitud, con la aprobación de los organizadores
admission-invitation = Solo por invitación

## Situación de un miembro respecto a un evento.

attendance-registered = Inscripción confirmada
attendance-waiting = En lista de espera
attendance-requested = Solicitud enviada
attendance-invited = Invitación recibida
attendance-cancelled = Inscripción cancelada
attendance-declined = Solicitud rechazada

## Cómo se repite una serie de eventos.

recurrence-weekly = Cada semana
recurrence-monthly = Cada mes, el mismo día de la semana

## Quién ve un grupo de trabajo.

group-visibility-public = Público
group-visibility-members = Miembros que han iniciado sesión
group-visibility-hidden = Solo los miembros del grupo
