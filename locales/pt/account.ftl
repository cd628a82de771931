## Contas: início de sessão, convites, redefinição da palavra-passe e conta pessoal do membro

nav-sign-in = Iniciar sessão
nav-account = A minha conta
sign-out = Terminar sessão

sign-in-title = Iniciar sessão
sign-in-submit = Entrar
sign-in-forgot = Esqueceu-se da palavra-passe?
sign-in-no-account = Ainda não tem conta? Abra a página da sua rede no diretório e peça para aderir.
field-email = Endereço de e-mail
field-password = Palavra-passe
field-new-password = Nova palavra-passe
field-current-password = Palavra-passe atual
field-given-name = Nome próprio
field-family-name = Apelido
field-job-title = Cargo na sua organização
field-locale = Língua da interface e dos seus e-mails
field-invitation-locale = Idioma do convite
field-languages = Línguas que fala
field-organisation = Organização
field-role = Função
field-message = Mensagem para os facilitadores (opcional)
field-new-email = Novo endereço de e-mail
password-rules = Pelo menos 8 caracteres. As palavras-passe muito comuns são recusadas.

reset-title = Redefinir a palavra-passe
reset-intro = Introduza o endereço de e-mail da sua conta. Enviar-lhe-emos uma ligação para escolher uma nova palavra-passe.
reset-submit = Enviar a ligação
reset-sent = Se existir uma conta associada a { $email }, está a ser enviada uma ligação para redefinir a respetiva palavra-passe. A ligação é válida durante uma hora.
reset-new-title = Escolher uma nova palavra-passe
reset-new-submit = Guardar a nova palavra-passe
reset-done = A sua palavra-passe foi alterada. Inicie sessão com a nova palavra-passe.

invitation-title = Aceitar o convite
invitation-intro = Recebeu um convite para aderir à plataforma { site-name } com o endereço { $email }: { $role } na organização { $organisation }.
invitation-submit = Criar a minha conta

role-member = membro
role-facilitator = facilitador
role-coordinator = coordenador
role-facilitator-of = Facilitador da rede { $network }
role-coordinator-held = Coordenador da plataforma

account-title = A minha conta
account-profile = Perfil
account-organisation = Organização
account-roles = Funções
account-save = Guardar o perfil
account-saved = O seu perfil foi guardado.
account-password = Palavra-passe
account-password-submit = Alterar a palavra-passe
account-password-changed = A sua palavra-passe foi alterada. Todas as outras sessões da sua conta foram terminadas.
account-email = Endereço de e-mail
account-email-current = O seu endereço atual é { $email }.
account-email-submit = Enviar uma ligação de confirmação
account-email-sent = Se for possível utilizar { $email }, está a ser enviada uma ligação de confirmação para esse endereço. O seu endereço muda quando abrir essa ligação.
account-data = Os seus dados
account-export = Descarregar todos os meus dados (JSON)
account-delete = Eliminar a minha conta
account-delete-explain = A eliminação da sua conta apaga de imediato o seu perfil, as suas línguas, as suas funções e todas as suas sessões, e não pode ser anulada. Os tópicos, respostas e comentários que escreveu continuam visíveis para os outros, assinados «antigo membro». O registo de segurança guarda uma entrada numerada que indica que uma conta foi eliminada.
account-delete-submit = Eliminar definitivamente a minha conta
account-deleted = A sua conta foi eliminada.
account-audit = Registo de segurança

email-confirm-title = Confirme o seu novo endereço de e-mail
email-confirm-intro = A partir de agora, a sua conta vai utilizar { $email }.
email-confirm-submit = Confirmar o novo endereço
email-confirmed = O seu endereço de e-mail foi alterado.

join-title = Pedir para aderir a esta rede
join-intro = Diga aos facilitadores quem é. Se aprovarem o pedido, receberá um convite por e-mail.
join-submit = Enviar o pedido
join-sent = O seu pedido foi enviado. Os facilitadores vão responder-lhe por e-mail.
invite-title = Convidar uma pessoa
invite-intro = A pessoa recebe um e-mail com uma ligação para criar uma conta, válida durante 7 dias.
invite-submit = Enviar o convite
invite-sent = Está a ser enviado um convite para { $email }.
requests-title = Pedidos de adesão
requests-none = Não há pedidos pendentes.
request-from = { $name } ({ $email }), organização: { $organisation }
request-approve = Aprovar
request-decline = Recusar
request-approved = Pedido aprovado: { $email } vai receber um convite.
request-declined = O pedido foi recusado.

audit-title = Registo de segurança
audit-when = Data e hora
audit-event = Evento
audit-actor = Por
audit-subject = Conta
audit-ip = Endereço IP
audit-detail = Detalhes
audit-older = Eventos anteriores
audit-sign-in = Início de sessão
audit-sign-in-failed = Falha no início de sessão
audit-sign-out = Fim de sessão
audit-invitation-sent = Convite enviado
audit-invitation-accepted = Convite aceite
audit-reset-requested = Pedido de redefinição da palavra-passe
audit-password-reset = Palavra-passe redefinida
audit-password-changed = Palavra-passe alterada
audit-email-changed = Endereço de e-mail alterado
audit-role-granted = Função atribuída
audit-join-requested = Pedido de adesão
audit-join-approved = Pedido de adesão aprovado
audit-join-declined = Pedido de adesão recusado
audit-account-deleted = Conta eliminada

error-email-invalid = Introduza um endereço de e-mail como nome@example.org.
error-name-missing = Introduza o seu nome próprio e o seu apelido.
error-password-too-short = Escolha uma palavra-passe com, pelo menos, 8 caracteres.
error-password-too-long = Escolha uma palavra-passe com, no máximo, 256 caracteres.
error-password-common = Esta palavra-passe é uma das mais comuns e é fácil de adivinhar. Escolha outra.
error-ticket-invalid = Esta ligação já não pode ser utilizada: já foi usada ou expirou. Peça uma nova.
error-wrong-credentials = O endereço de e-mail ou a palavra-passe estão incorretos.
error-current-password-wrong = A sua palavra-passe atual está incorreta.
error-already-decided = Já foi tomada uma decisão sobre este pedido.
error-organisation-not-in-network = Escolha uma organização que seja membro desta rede.
error-locale-unsupported = Escolha uma das línguas da lista.
error-text-too-long = Este texto é demasiado longo.
error-forbidden = Não tem permissão para realizar esta ação.
error-sign-in-required = Inicie sessão para realizar esta ação.
error-cross-site = Este pedido veio de outro sítio Web e foi recusado. Não foi alterado nada.
error-too-many = { $seconds ->
    [one] Demasiadas tentativas. Tente novamente dentro de { $seconds } segundo.
    [many] Demasiadas tentativas. Tente novamente dentro de { $seconds } de segundos.
   *[other] Demasiadas tentativas. Tente novamente dentro de { $seconds } segundos.
}

mail-invitation-subject = O seu convite para a plataforma { site-name }
mail-invitation-body = { $inviter } enviou-lhe um convite para aderir à plataforma { site-name }: { $role } na organização { $organisation }.
    
    Crie a sua conta com esta ligação, válida durante 7 dias:
    { $link }
    
    Se não esperava este convite, pode ignorar este e-mail.
mail-role-subject = Uma nova função na plataforma { site-name }
mail-role-body = { $inviter } atribuiu uma nova função à sua conta na plataforma { site-name }: { $role }.
    
    Inicie sessão para a utilizar:
    { $link }
mail-reset-subject = Redefinir a sua palavra-passe na plataforma { site-name }
mail-reset-body = Alguém pediu para redefinir a palavra-passe da sua conta na plataforma { site-name }. Escolha uma nova palavra-passe com esta ligação, válida durante uma hora:
    { $link }
    
    Se não fez este pedido, ignore este e-mail: a sua palavra-passe mantém-se inalterada.
mail-email-subject = Confirme o seu novo endereço de e-mail na plataforma { site-name }
mail-email-body = Confirme que { $email } é o novo endereço da sua conta na plataforma { site-name } através desta ligação, válida durante 24 horas:
    { $link }
    
    Se não fez este pedido, ignore este e-mail.
