## Cuentas: inicio de sesión, invitaciones, restablecimiento de contraseña y cuenta personal del miembro

nav-sign-in = Iniciar sesión
nav-account = Mi cuenta
sign-out = Cerrar sesión

sign-in-title = Iniciar sesión
sign-in-submit = Entrar
sign-in-forgot = ¿Ha olvidado su contraseña?
sign-in-no-account = ¿Aún no tiene cuenta? Abra la página de su red en el directorio y solicite unirse a ella.
field-email = Dirección de correo electrónico
field-password = Contraseña
field-new-password = Nueva contraseña
field-current-password = Contraseña actual
field-given-name = Nombre
field-family-name = Apellidos
field-job-title = Cargo en su organización
field-locale = Idioma de la interfaz y de sus correos electrónicos
field-invitation-locale = Idioma de la invitación
field-languages = Idiomas que habla
field-organisation = Organización
field-role = Rol
field-message = Mensaje para los dinamizadores (opcional)
field-new-email = Nueva dirección de correo electrónico
password-rules = Al menos 8 caracteres. No se aceptan contraseñas muy comunes.

reset-title = Restablecer la contraseña
reset-intro = Introduzca la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una nueva contraseña.
reset-submit = Enviar el enlace
reset-sent = Si hay una cuenta asociada a { $email }, le estamos enviando un enlace para restablecer su contraseña. El enlace es válido durante una hora.
reset-new-title = Elegir una nueva contraseña
reset-new-submit = Guardar la nueva contraseña
reset-done = Se ha cambiado su contraseña. Inicie sesión con la nueva contraseña.

invitation-title = Aceptar la invitación
invitation-intro = Ha recibido una invitación para unirse a { site-name } con la dirección { $email }: { $role } en { $organisation }.
invitation-submit = Crear mi cuenta

role-member = miembro
role-facilitator = dinamizador
role-coordinator = coordinador
role-facilitator-of = Dinamizador de la red { $network }
role-coordinator-held = Coordinador de la plataforma

account-title = Mi cuenta
account-profile = Perfil
account-organisation = Organización
account-roles = Roles asignados
account-save = Guardar el perfil
account-saved = Se ha guardado su perfil.
account-password = Contraseña
account-password-submit = Cambiar la contraseña
account-password-changed = Se ha cambiado su contraseña. Se han cerrado todas las demás sesiones de su cuenta.
account-email = Dirección de correo electrónico
account-email-current = Su dirección actual es { $email }.
account-email-submit = Enviar un enlace de confirmación
account-email-sent = Si se puede utilizar { $email }, le estamos enviando un enlace de confirmación a esa dirección. Su dirección cambiará cuando abra ese enlace.
account-data = Sus datos
account-export = Descargar todos mis datos (JSON)
account-delete = Eliminar mi cuenta
account-delete-explain = Al eliminar su cuenta se borran de inmediato su perfil, sus idiomas, sus roles y todas sus sesiones, y esta acción no se puede deshacer. Los hilos, respuestas y comentarios que haya escrito siguen siendo visibles para los demás, firmados como «antiguo miembro». El registro de seguridad conserva una entrada numerada que indica que se ha eliminado una cuenta.
account-delete-submit = Eliminar mi cuenta definitivamente
account-deleted = Se ha eliminado su cuenta.
account-audit = Registro de seguridad

email-confirm-title = Confirme su nueva dirección de correo electrónico
email-confirm-intro = A partir de ahora, su cuenta utilizará { $email }.
email-confirm-submit = Confirmar la nueva dirección
email-confirmed = Se ha cambiado su dirección de correo electrónico.

join-title = Solicitar unirse a esta red
join-intro = Indique a los dinamizadores quién es usted. Si aprueban su solicitud, recibirá una invitación por correo electrónico.
join-submit = Enviar la solicitud
join-sent = Se ha enviado su solicitud. Los dinamizadores le responderán por correo electrónico.
invite-title = Invitar a una persona
invite-intro = La persona recibirá un correo electrónico con un enlace para crear una cuenta, válido durante 7 días.
invite-submit = Enviar la invitación
invite-sent = Se está enviando una invitación a { $email }.
requests-title = Solicitudes de adhesión
requests-none = No hay solicitudes pendientes.
request-from = { $name } ({ $email }), organización: { $organisation }
request-approve = Aprobar
request-decline = Rechazar
request-approved = Solicitud aprobada: { $email } recibirá una invitación.
request-declined = Se ha rechazado la solicitud.

audit-title = Registro de seguridad
audit-when = Fecha y hora
audit-event = Evento
audit-actor = Realizado por
audit-subject = Cuenta
audit-ip = Dirección IP
audit-detail = Detalle
audit-older = Eventos anteriores
audit-sign-in = Inicio de sesión
audit-sign-in-failed = Inicio de sesión fallido
audit-sign-out = Cierre de sesión
audit-invitation-sent = Invitación enviada
audit-invitation-accepted = Invitación aceptada
audit-reset-requested = Solicitud de restablecimiento de contraseña
audit-password-reset = Contraseña restablecida
audit-password-changed = Contraseña cambiada
audit-email-changed = Dirección de correo electrónico cambiada
audit-role-granted = Rol asignado
audit-join-requested = Solicitud de adhesión
audit-join-approved = Solicitud de adhesión aprobada
audit-join-declined = Solicitud de adhesión rechazada
audit-account-deleted = Cuenta eliminada

error-email-invalid = Introduzca una dirección de correo electrónico como nombre@example.org.
error-name-missing = Introduzca su nombre y sus apellidos.
error-password-too-short = Elija una contraseña de al menos 8 caracteres.
error-password-too-long = Elija una contraseña de 256 caracteres como máximo.
error-password-common = Esta contraseña es una de las más comunes y es fácil de adivinar. Elija otra.
error-ticket-invalid = Este enlace ya no se puede utilizar: ya se ha usado o ha caducado. Solicite uno nuevo.
error-wrong-credentials = La dirección de correo electrónico o la contraseña no son correctas.
error-current-password-wrong = Su contraseña actual no es correcta.
error-already-decided = Ya se ha tomado una decisión sobre esta solicitud.
error-organisation-not-in-network = Elija una organización que sea miembro de esta red.
error-locale-unsupported = Elija uno de los idiomas de la lista.
error-text-too-long = Este texto es demasiado largo.
error-forbidden = No tiene permiso para realizar esta acción.
error-sign-in-required = Inicie sesión para realizar esta acción.
error-cross-site = Esta solicitud procedía de otro sitio web y se ha rechazado. No se ha modificado nada.
error-too-many = { $seconds ->
    [one] Demasiados intentos. Vuelva a intentarlo dentro de { $seconds } segundo.
    [many] Demasiados intentos. Vuelva a intentarlo dentro de { $seconds } de segundos.
   *[other] Demasiados intentos. Vuelva a intentarlo dentro de { $seconds } segundos.
}

mail-invitation-subject = Su invitación a { site-name }
mail-invitation-body = { $inviter } le invita a unirse a { site-name }: { $role } en { $organisation }.
    
    Cree su cuenta con este enlace, válido durante 7 días:
    { $link }
    
    Si no esperaba esta invitación, puede ignorar este correo electrónico.
mail-role-subject = Un nuevo rol en { site-name }
mail-role-body = { $inviter } ha asignado un nuevo rol a su cuenta en { site-name }: { $role }.
    
    Inicie sesión para utilizarlo:
    { $link }
mail-reset-subject = Restablezca su contraseña en { site-name }
mail-reset-body = Alguien ha solicitado restablecer la contraseña de su cuenta en { site-name }. Elija una nueva contraseña con este enlace, válido durante una hora:
    { $link }
    
    Si no ha sido usted, ignore este correo electrónico: su contraseña seguirá siendo la misma.
mail-email-subject = Confirme su nueva dirección de correo electrónico en { site-name }
mail-email-body = Confirme que { $email } es la nueva dirección de su cuenta en { site-name } con este enlace, válido durante 24 horas:
    { $link }
    
    Si no lo ha solicitado, ignore este correo electrónico.
