## Asesoramiento entre pares: la lista de hilos

counselling-sign-in-to-ask = Inicie sesión para plantear una pregunta a sus colegas o para responder a las suyas.
threads-search-label = Buscar en las preguntas y respuestas
thread-topic = Tema
threads-language = Idioma
threads-network = Red
threads-state = Estado
threads-unsolved = Aún sin resolver
threads-solved = Resuelto
threads-show = Mostrar
threads-followed = Hilos que sigo
threads-mine = Mis preguntas
threads-found = { $count ->
    [one] { $count } hilo
    [many] { $count } de hilos
   *[other] { $count } hilos
}
threads-none = Ningún hilo coincide. Pruebe con menos filtros o plantee usted la pregunta.
thread-unread = Nuevo
thread-solved = Resuelto
thread-hidden-badge = Oculto
thread-asked-by = pregunta de { $name }
thread-replies = { $count ->
    [one] { $count } respuesta
    [many] { $count } de respuestas
   *[other] { $count } respuestas
}
notifications-link = Notificaciones
notifications-unread = { $count ->
    [one] { $count } sin leer
    [many] { $count } sin leer
   *[other] { $count } sin leer
}

## Un hilo

thread-back = Todos los hilos
thread-platform = Toda la plataforma
thread-hidden = Los moderadores han ocultado esta pregunta. Solo usted y los moderadores pueden verla.
thread-follow = Seguir este hilo
thread-unfollow = Dejar de seguir
thread-sign-in-to-reply = Inicie sesión para responder.
answer-accepted-title = Respuesta aceptada
answer-accepted-badge = Respuesta aceptada
answer-accept = Aceptar como respuesta
answer-unaccept = Retirar la aceptación
post-edited-link = editado (ver versiones)
post-hidden = Ocultado por los moderadores: { $reason }
post-quote = Citar
post-edit = Editar
post-flag = Señalar a los moderadores
flag-reason = ¿Por qué deberían los moderadores revisar este mensaje?
flag-send = Enviar el aviso
post-language = Idioma del texto
reply-title = Su respuesta
reply-body = Respuesta
reply-send = Publicar la respuesta
markdown-help = Puede dar formato al texto con Markdown: **negrita**, *cursiva*, listas que empiezan por -, enlaces como [texto](https://…).
markdown-preview = Vista previa

## Plantear una pregunta

ask-title = Pregunte a sus colegas
ask-lead = Describa su situación y lo que ya ha probado. Los miembros de las redes que puedan ver su pregunta podrán responderla.
ask-field-title = Su pregunta en una frase
ask-field-body = Detalles
ask-field-audience = Quién puede verla
ask-send = Publicar la pregunta

## Edición y versiones

post-edit-title = Editar su mensaje
post-edit-body = Texto
post-edit-save = Guardar la nueva versión
post-history-title = Versiones de un mensaje
post-history-current = Versión actual
post-history-earlier = Versión anterior
post-history-back = Volver al hilo

## Notificaciones y resumen por correo electrónico

notifications-title = Notificaciones
notifications-none = No hay novedades. Siga un hilo o un tema para recibir un aviso cuando ocurra algo en él.
notifications-mark-read = Marcar todas como leídas
notification-reply = { $name } ha respondido en
notification-topic = { $name } ha planteado una pregunta en un tema que usted sigue:
notification-accepted = { $name } ha aceptado su respuesta como solución en
digest-title = Resumen por correo electrónico
digest-legend = Enviarme un resumen de las notificaciones sin leer
digest-immediate = En cuanto ocurra algo
digest-daily = Una vez al día
digest-weekly = Una vez a la semana
digest-never = Nunca (las leo aquí)
digest-save = Guardar la elección
topics-followed-title = Temas que sigo
topics-followed-lead = Recibirá un aviso de cada nueva pregunta en los temas que sigue.
topic-follow = Seguir
topic-unfollow = Dejar de seguir

## Moderación

moderation-title = Moderación
moderation-queue-title = Mensajes señalados
moderation-queue-empty = No hay ningún mensaje pendiente de decisión.
moderation-flags = Avisos
moderation-decide = Moderar
moderation-reason = Motivo
moderation-hide = Ocultar el mensaje
moderation-restore = Volver a mostrar el mensaje
moderation-dismiss = Mantener el mensaje tal como está
moderation-log-title = Decisiones
moderation-log-empty = Aún no se ha tomado ninguna decisión.
moderation-log-when = Fecha y hora
moderation-log-who = Moderador
moderation-log-what = Decisión
moderation-log-thread = Hilo
moderation-action-hide = Ocultado
moderation-action-restore = Mostrado de nuevo
moderation-action-dismiss = Avisos desestimados

## Avisos y rechazos

thread-asked = Se ha publicado su pregunta. Recibirá un aviso de cada respuesta.
reply-posted = Se ha publicado su respuesta.
post-edited = Se ha guardado su mensaje; la versión anterior sigue visible en su historial.
answer-accepted = La respuesta se ha marcado como respuesta aceptada.
answer-unaccepted = La respuesta ya no está marcada como respuesta aceptada.
thread-followed = Ahora sigue este hilo.
thread-unfollowed = Ya no sigue este hilo.
topics-saved = Se han guardado sus temas.
post-flagged = Gracias: los moderadores revisarán este mensaje.
moderation-saved = Se ha guardado la decisión.
notifications-read = Todas las notificaciones se han marcado como leídas.
digest-saved = Se ha guardado su elección.
error-already-flagged = Ya lo ha señalado; los moderadores lo revisarán.
error-not-an-answer = Solo una respuesta visible puede ser la respuesta aceptada.

## Correo electrónico

mail-digest-subject = Novedades en Asesoramiento entre pares
mail-digest-body = Hola:

    { $count ->
        [one] Tiene { $count } notificación nueva en Asesoramiento entre pares:
        [many] Tiene { $count } de notificaciones nuevas en Asesoramiento entre pares:
       *[other] Tiene { $count } notificaciones nuevas en Asesoramiento entre pares:
    }

    { $items }
    Todas sus notificaciones y la frecuencia con la que recibe este resumen: { $link }
