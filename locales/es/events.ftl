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

## La lista de eventos.

events-title = Eventos
events-lead = Sesiones de aprendizaje entre pares, seminarios web, conferencias, talleres, visitas de estudio y reuniones anuales de las redes y de sus grupos de trabajo.
events-upcoming = Próximos eventos
events-past = Eventos pasados
events-found = { $count ->
    [one] { $count } evento
    [many] { $count } de eventos
   *[other] { $count } eventos
}
events-none = Ningún evento coincide con estos criterios.
events-organise = Organizar un evento
events-your-calendar = Mi calendario
events-filter-kind = Tipo de evento
events-filter-network = Red
events-show = Mostrar
event-your-time = Su hora: { $time }
event-online = En línea
event-places-left = { $count ->
    [one] Queda { $count } plaza
    [many] Quedan { $count } de plazas
   *[other] Quedan { $count } plazas
}
event-full = Completo: lista de espera abierta
event-recorded = Grabación disponible
event-cancelled-badge = Cancelado
event-in-series = Forma parte de una serie

## La página de un evento.

event-when = Cuándo
event-where = Dónde
event-languages = Idiomas de trabajo
event-organised-by = Organizado por
event-admission = Forma de inscripción
event-places = Plazas
event-places-taken = { $registered } de { $capacity } plazas ocupadas
event-places-unlimited = { $registered } inscritos, sin límite de plazas
event-waiting-count = { $count ->
    [one] { $count } persona en lista de espera
    [many] { $count } de personas en lista de espera
   *[other] { $count } personas en lista de espera
}
event-your-standing = Su inscripción
event-register = Inscribirse
event-request = Solicitar una plaza
event-join-waiting-list = Apuntarse a la lista de espera
event-access-needs = Necesidades de accesibilidad (opcional)
event-access-needs-hint = Solo los organizadores lo ven: acceso sin escalones, interpretación en lengua de signos, necesidades alimentarias, cualquier cosa que le ayude a participar.
event-withdraw = Cancelar mi inscripción
event-sign-in-to-register = Inicie sesión para inscribirse
event-meeting-link = Enlace a la reunión
event-meeting-link-hint = El enlace a la reunión se muestra aquí a los participantes en cuanto tienen plaza.
event-add-to-calendar = Añadir a su calendario
event-calendar-file = Este evento (archivo .ics)
event-series-file = Toda la serie (archivo .ics)
event-agenda = Programa
event-materials = Materiales
event-recording = Grabación
event-watch-recording = Ver la grabación
event-questions = Preguntas y respuestas
event-conclusions = Conclusiones
event-taken-place = Este evento ya se ha celebrado.

## Lo que hacen los organizadores en la página de un evento.

event-organisers = Para los organizadores
event-participants = Participantes
event-participants-csv = Descargar la lista de participantes (CSV)
event-no-participants = Todavía no se ha inscrito nadie.
event-cancel = Cancelar este evento
event-cancel-confirm = Sí, cancelar el evento: se avisará a los calendarios de los participantes.
event-add-session = Añadir una sesión al programa
event-session-starts = Inicio
event-session-ends = Fin
event-session-title = Título
event-session-speakers = Ponentes
event-add-material = Añadir material
event-material-title = Título
event-material-link = Un enlace, o el número o la dirección de un recurso de la biblioteca
event-recording-link = Enlace a la grabación
event-save = Guardar

## El formulario para un nuevo evento.

event-new-title = Organizar un evento
event-new-lead = Anuncie un evento a los miembros. Las horas se introducen según la zona horaria que elija; todos las ven en esa zona y en la suya propia.
event-field-organiser = Organizado por
event-organiser-platform = Toda la plataforma
event-field-kind = Tipo de evento
event-field-title = Título
event-field-lang = Idioma de este anuncio
event-field-languages = Idiomas de trabajo del evento
event-field-description = Descripción
event-field-time-zone = Zona horaria
event-field-starts = Inicio
event-field-ends = Fin
event-field-online-url = Enlace a la reunión (para un evento en línea)
event-field-venue = Lugar de celebración (para un evento presencial)
event-field-address = Dirección
event-field-country = País
event-field-visibility = Quién puede verlo
event-field-admission = Forma de inscripción
event-field-capacity = Número de plazas
event-field-capacity-hint = Déjelo vacío si no hay límite. Cuando se ocupen todas las plazas, se abrirá una lista de espera.
event-field-repeat = Repetición
event-repeat-none = No se repite
event-field-until = Última fecha de la serie
event-create = Anunciar el evento

## Avisos tras enviar un formulario.

event-registered = Se ha inscrito. El enlace a la reunión y el archivo de calendario están en esta página.
event-waiting = Todas las plazas están ocupadas: está en la lista de espera y obtendrá una plaza en cuanto quede una libre.
event-requested = Su solicitud se ha enviado a los organizadores.
event-withdrawn = Su inscripción se ha cancelado.
event-created = El evento se ha anunciado.
event-cancelled = El evento se ha cancelado.
event-decided = Su decisión se ha guardado.
event-session-added = La sesión se ha añadido al programa.
event-material-added = El material se ha añadido.
event-recording-saved = El enlace a la grabación se ha guardado.

## La dirección de calendario de un miembro.

calendar-title = Mi calendario
calendar-lead = Suscríbase a su propia dirección de calendario en su programa de calendario (Outlook, Apple Calendar, Thunderbird, Google Calendar): los eventos en los que se ha inscrito aparecerán allí y se mantendrán actualizados.
calendar-address-label = Su dirección de calendario
calendar-address-once = Cópiela ahora: solo se muestra esta vez. Cualquier persona que tenga esta dirección puede ver sus eventos, así que no la comparta.
calendar-has-address = Ya tiene una dirección de calendario. Si la ha perdido o si otra persona podría conocerla, cree una nueva: la anterior dejará de funcionar.
calendar-no-address = Todavía no tiene una dirección de calendario.
calendar-make = Crear mi dirección de calendario
calendar-make-new = Crear una nueva dirección
calendar-revoke = Revocar mi dirección
calendar-public-feeds = Calendarios públicos
calendar-public-feeds-lead = Los eventos abiertos a todos de cada red y de cada grupo de trabajo público, a los que puede suscribirse sin iniciar sesión.
calendar-address-made = Su nueva dirección de calendario está lista.
calendar-address-revoked = Su dirección de calendario se ha revocado: los programas de calendario ya no reciben nada de ella.
event-participant = Participante
error-cancel-unconfirmed = Marque la casilla para confirmar que el evento se cancela.
event-country-none = Sin indicar

## Correos electrónicos sobre una plaza en un evento.

mail-event-place-subject = Su plaza: { $title }
mail-event-place-body = Hola, { $name }:

    Tiene una plaza en «{ $title }», { $time }.

    El evento va adjunto a este correo electrónico: su programa de calendario lo añade y lo actualiza si cambia. La página del evento, con el enlace a la reunión si se celebra en línea:
    { $link }
mail-event-cancelled-subject = Eliminado de su calendario: { $title }
mail-event-cancelled-body = Hola, { $name }:

    «{ $title }», { $time }, se elimina de su calendario: se ha cancelado el evento o su inscripción.

    El mensaje adjunto permite a su programa de calendario borrarlo. La página del evento:
    { $link }
mail-event-reminder-subject = En breve: { $title }
mail-event-reminder-body = Hola, { $name }:

    Le recordamos que «{ $title }», { $time }, empieza pronto.

    La página del evento, con el enlace a la reunión si se celebra en línea:
    { $link }

event-add-question = Plantear una pregunta a los grupos de debate
event-question-text = Pregunta
event-record-answer = Registrar la respuesta de un grupo
event-answer-group = Grupo de debate
event-answer-text = Respuesta del grupo
event-question-added = La pregunta se ha añadido.
event-answer-recorded = La respuesta del grupo se ha registrado.

event-edit = Modificar este evento
event-edit-save = Guardar los cambios
event-saved = El evento se ha guardado. Quienes tienen plaza reciben el cambio en su calendario.

## Los organizadores invitan a miembros.

error-member-unknown = Ningún miembro tiene esta dirección de correo electrónico.
event-invite = Invitar a un miembro
event-invite-email = Dirección de correo electrónico del miembro
event-invited = La invitación se ha enviado.
mail-event-invited-subject = Su invitación: { $title }
mail-event-invited-body = Hola, { $name }:

    Los organizadores le invitan a «{ $title }», { $time }.

    Reserve su plaza en la página del evento:
    { $link }
