# Estrategia y planes de acción

plans-none = Ninguna red ha publicado todavía una estrategia.
plans-back = Todas las estrategias
plan-activity-count = { $count ->
    [one] { $count } actividad
    [many] { $count } de actividades
   *[other] { $count } actividades
}
strategy-create-title = Iniciar una estrategia
strategy-network = Red
strategy-create = Iniciar la estrategia

## Fases de una estrategia
strategy-status-draft = Borrador
strategy-status-feedback = En consulta
strategy-status-adopted = Aprobada
strategy-stage = Fase
strategy-adopt = Aprobar la estrategia
strategy-reopen = Volver a borrador
round-open = Abrir una ronda de consulta
round-close = Cerrar la ronda de consulta
round-opens = Desde
round-closes = Hasta
round-open-notice = Ronda de consulta abierta del { $from } al { $to }.
round-comment-link = Comentar el borrador

## Los campos de la estrategia
strategy-edit = Editar la estrategia
strategy-fields = Visión y misión
strategy-field-title = Título
strategy-field-period = Periodo (años)
strategy-field-vision = Visión
strategy-field-mission = Misión
strategy-field-status = Fase
strategy-aspirations = Aspiraciones
strategy-save = Guardar la estrategia
aspiration-field-title = Aspiración
aspiration-field-description = Descripción
aspiration-save = Guardar la aspiración
aspiration-add-title = Añadir una aspiración
aspiration-add = Añadir la aspiración

## El plan de acción
plan-progress = Avance:
plan-percent = { $value } %
plan-number = { $value }
plan-tools = Herramientas de la estrategia
plan-print = Versión para imprimir
plan-export = Descargar el plan de acción (CSV)
plan-present = Presentes ahora:
plan-timeline = Cronograma del plan de acción
plan-timeline-caption = Cada barra va desde el inicio de una actividad hasta su fecha límite y se rellena según su avance; la línea roja marca el día de hoy.
plan-today = hoy
plan-dates = Fechas
plan-activities = Actividades
plan-no-activities = Todavía no hay ninguna actividad que contribuya a esta aspiración.
plan-filter-aspiration = Aspiración
plan-filter-status = Estado
plan-filter-all = Todos
plan-filter-apply = Mostrar

## Actividades
activity-status-planned = Planificada
activity-status-in-progress = En curso
activity-status-done = Finalizada
activity-status-blocked = Bloqueada
activity-status-cancelled = Cancelada
activity-field-title = Actividad
activity-field-description = Descripción
activity-field-aspirations = Aspiraciones a las que contribuye
activity-field-owner = Responsable
activity-field-contributors = Organizaciones colaboradoras
activity-field-start_on = Inicio
activity-field-due_on = Fecha límite
activity-field-status = Estado
activity-field-progress = Avance (%)
activity-owner-none = Todavía sin responsable
activity-owner-members = Miembros
activity-owner-organisations = Organizaciones
activity-add-title = Añadir una actividad
activity-add = Añadir la actividad
activity-edit-title = Editar la actividad
activity-save = Guardar la actividad
activity-follow = Seguir esta actividad
activity-unfollow = Dejar de seguir esta actividad
activity-being-edited = Editando ahora: { $names }
field-changed-live = { $name } acaba de cambiar este campo. Su valor se mantiene aquí; al guardar, verá ambos.
offline-kept = Sin conexión: sus cambios se conservan en este navegador y se enviarán cuando vuelva la conexión.

## Indicadores
indicators-title = Indicadores
indicators-none = Todavía no hay ningún indicador.
indicator-field-name = Indicador
indicator-field-target = Meta
indicator-field-actual = Valor alcanzado
indicator-reached = { $name }: { $actual } de { $target }
indicator-edit = Indicador { $name }
indicator-save = Guardar
indicator-add = Añadir el indicador

## Cambios hechos mientras tanto
conflict-title = Otra persona ha hecho cambios mientras tanto
conflict-lead = Sus demás cambios se han guardado. Otra persona modificó estos campos después de que usted abriera el formulario: no se ha sobrescrito nada. Elija qué hacer con cada uno.
conflict-changed-by = Modificado por { $name } el { $at } (UTC).
conflict-theirs = Valor de la otra persona (guardado)
conflict-mine = Su valor (sin guardar)
conflict-keep = Mantener el valor guardado
conflict-replace = Sustituir por el mío
conflict-merge-label = Texto combinado
conflict-merge = Guardar el texto combinado
error-changed-meanwhile = Este campo ha cambiado desde que se abrió la página. Vuelva a cargar la página e inténtelo de nuevo.

## Historial y versiones
history-title = Historial
revision-created = Creación
revision-restore = Restaurar este valor
revision-restores = (restaura el cambio { $number })
strategy-versions = Versiones
versions-none = Todavía no se ha guardado ninguna versión: se guarda una al cerrarse cada ronda de consulta y al aprobarse la estrategia.
version-now = La estrategia actual
version-number = Versión { $number }
version-reason-round = tras una ronda de consulta
version-reason-adopted = aprobada
diff-from = De
diff-to = A
diff-compare = Comparar
diff-title = De { $from } a { $to }
diff-unchanged = (sin cambios)

## Rondas de consulta
comments-title = Comentarios
comment-title = Comentar el borrador
comment-about = Sobre
comment-on-strategy = La estrategia en su conjunto
comment-body = Su comentario
comment-send = Enviar el comentario
comment-taken-up = Incorporado
comment-declined = No incorporado
comment-resolution = Decisión
comment-reason = Motivo
comment-resolve = Resolver

## Avisos
strategy-created = Se ha iniciado la estrategia. Redacte su visión, su misión y sus aspiraciones.
strategy-saved = Cambios guardados.
aspiration-added = Se ha añadido la aspiración.
activity-added = Se ha añadido la actividad. Asígnele un responsable, unas fechas e indicadores.
activity-saved = Se ha guardado la actividad.
indicator-added = Se ha añadido el indicador.
value-restored = Se ha recuperado el valor anterior como un cambio nuevo.
stage-open = La ronda de consulta está abierta: los miembros de la red pueden hacer comentarios.
stage-close = Se ha cerrado la ronda de consulta y se ha guardado esta versión.
stage-adopt = Se ha aprobado la estrategia y se ha guardado esta versión.
stage-reopen = La estrategia vuelve a ser un borrador.
comment-posted = Su comentario se ha enviado a los dinamizadores.
comment-resolved = Se ha resuelto el comentario.
followed = Ahora sigue este elemento: recibirá un aviso cuando cambie un estado, un responsable o una fecha.
unfollowed = Ya no lo sigue.

## Notificaciones de las actividades que sigue
plan-notification-status = { $name } ha cambiado el estado de la actividad
plan-notification-owner = { $name } ha cambiado el responsable de la actividad
plan-notification-start_on = { $name } ha cambiado la fecha de inicio de la actividad
plan-notification-due_on = { $name } ha cambiado la fecha límite de la actividad

## Rechazos
error-date-invalid = Indique una fecha válida (año, mes y día).
error-dates-reversed = La fecha de fin es anterior a la de inicio.
error-number-invalid = Indique un número entero dentro del intervalo permitido.
error-aspiration-missing = Una actividad debe contribuir al menos a una aspiración.
error-wrong-stage = La estrategia no está en la fase necesaria para esta acción (por ejemplo, no hay ninguna ronda de consulta abierta).
plan-notifications-title = Actividades que sigue
aspiration-follow = Seguir esta aspiración
aspiration-unfollow = Dejar de seguir esta aspiración
