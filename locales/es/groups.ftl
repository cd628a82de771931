## Grupos de trabajo: la lista.

groups-title = Grupos de trabajo
groups-lead = Grupos temáticos que trabajan juntos durante un periodo determinado hacia un objetivo común, dirigidos por miembros que se turnan a medida que avanza el trabajo.
groups-none = Todavía no hay grupos de trabajo.
groups-found-new = Crear un grupo de trabajo
group-members-count = { $count ->
    [one] { $count } miembro
    [many] { $count } de miembros
   *[other] { $count } miembros
}
group-archived = Archivado

## El espacio de un grupo.

group-purpose = Objetivo
group-deliverables = Entregables
group-mandate = Mandato
group-mandate-dates = Del { $from } al { $until }
group-mandate-open = Desde el { $from }, sin fecha de finalización
group-joining = Adhesión
group-seen-by = Visible para
group-leaders = Responsables
group-leader-since = desde el { $since }
group-former-leaders = Antiguos responsables
group-leader-term = Del { $since } al { $until }
group-members = Miembros
group-events = Los eventos del grupo
group-no-events = El grupo todavía no tiene eventos.
group-join = Unirse al grupo
group-ask = Solicitar unirse
group-accept-invitation = Aceptar la invitación
group-leave = Abandonar el grupo
group-you-member = Es miembro de este grupo.
group-you-asked = Su solicitud está pendiente de la decisión de los responsables.
group-you-invited = Le han invitado a unirse a este grupo.
group-archived-note = El mandato de este grupo ha finalizado: su trabajo se conserva aquí para su consulta.
group-sign-in-to-join = Inicie sesión para unirse
group-requests = Solicitudes de adhesión
group-appoint = Nombrar responsable
group-step-down = Dejar el cargo de responsable
group-calendar = El calendario público del grupo (.ics)

## El formulario para un nuevo grupo.

group-new-title = Crear un grupo de trabajo
group-new-lead = Dote al grupo de su carta constitutiva: para qué sirve, qué va a producir y durante cuánto tiempo. Usted se convierte en su primer responsable.
group-field-network = Red
group-network-none = Toda la plataforma
group-field-title = Nombre del grupo
group-field-topic = Tema
group-topic-none = Ningún tema en particular
group-field-lang = Idioma de trabajo
group-field-purpose = Objetivo
group-field-deliverables = Entregables
group-field-starts = Inicio del mandato
group-field-ends = Fin del mandato (opcional)
group-field-admission = Adhesión
group-field-visibility = Visible para
group-found = Crear el grupo

## Avisos tras enviar un formulario.

group-founded = Se ha creado el grupo de trabajo. Usted es su primer responsable.
group-joined = Es miembro del grupo.
group-requested = Su solicitud se ha enviado a los responsables del grupo.
group-left = Ha abandonado el grupo.
group-decided = Su decisión se ha guardado.
group-leader-appointed = Se ha nombrado al nuevo responsable.
group-stepped-down = Ha dejado el cargo de responsable.
group-standing-requested = Solicita unirse
group-standing-invited = Invitado
