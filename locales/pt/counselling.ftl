## Aconselhamento entre pares: a lista de tópicos

counselling-sign-in-to-ask = Inicie sessão para fazer uma pergunta aos seus pares ou para responder às perguntas deles.
threads-search-label = Pesquisar nas perguntas e respostas
thread-topic = Tema
threads-language = Língua
threads-network = Rede
threads-state = Estado
threads-unsolved = Por resolver
threads-solved = Resolvido
threads-show = Mostrar
threads-followed = Tópicos que sigo
threads-mine = As minhas perguntas
threads-found = { $count ->
    [one] { $count } tópico
    [many] { $count } de tópicos
   *[other] { $count } tópicos
}
threads-none = Nenhum tópico corresponde à pesquisa. Experimente com menos filtros ou faça a pergunta.
thread-unread = Novo
thread-solved = Resolvido
thread-hidden-badge = Oculto
thread-asked-by = pergunta de { $name }
thread-replies = { $count ->
    [one] { $count } resposta
    [many] { $count } de respostas
   *[other] { $count } respostas
}
notifications-link = Notificações
notifications-unread = { $count ->
    [one] { $count } por ler
    [many] { $count } por ler
   *[other] { $count } por ler
}

## Um tópico

thread-back = Todos os tópicos
thread-platform = Toda a plataforma
thread-hidden = Os moderadores ocultaram esta pergunta. Só é visível para si e para os moderadores.
thread-follow = Seguir este tópico
thread-unfollow = Deixar de seguir
thread-sign-in-to-reply = Inicie sessão para responder.
answer-accepted-title = Resposta aceite
answer-accepted-badge = Resposta aceite
answer-accept = Aceitar como resposta
answer-unaccept = Retirar a aceitação
post-edited-link = editada (ver versões)
post-hidden = Ocultada pelos moderadores: { $reason }
post-quote = Citar
post-edit = Editar
post-flag = Denunciar aos moderadores
flag-reason = Porque devem os moderadores analisar esta mensagem?
flag-send = Enviar a denúncia
post-language = Língua do texto
reply-title = A sua resposta
reply-body = Resposta
reply-send = Publicar a resposta
markdown-help = Pode formatar o texto com Markdown: **negrito**, *itálico*, listas começadas por -, ligações no formato [texto](https://…).
markdown-preview = Pré-visualização

## Fazer uma pergunta

ask-title = Pergunte aos seus pares
ask-lead = Descreva a sua situação e o que já experimentou. Os membros das redes que podem ver a sua pergunta poderão responder-lhe.
ask-field-title = A sua pergunta numa frase
ask-field-body = Pormenores
ask-field-audience = Quem a pode ver
ask-send = Publicar a pergunta

## Edição e versões

post-edit-title = Editar a sua mensagem
post-edit-body = Texto
post-edit-save = Guardar a nova versão
post-history-title = Versões de uma mensagem
post-history-current = Versão atual
post-history-earlier = Versão anterior
post-history-back = Voltar ao tópico

## Notificações e resumo por e-mail

notifications-title = Notificações
notifications-none = Nada de novo. Siga um tópico ou um tema para receber um aviso quando houver novidades.
notifications-mark-read = Marcar todas como lidas
notification-reply = { $name } respondeu em
notification-topic = { $name } fez uma pergunta num tema que segue:
notification-accepted = { $name } aceitou a sua resposta como solução em
digest-title = Resumo por e-mail
digest-legend = Enviar-me um resumo das notificações por ler
digest-immediate = Assim que houver novidades
digest-daily = Uma vez por dia
digest-weekly = Uma vez por semana
digest-never = Nunca (leio-as aqui)
digest-save = Guardar a escolha
topics-followed-title = Temas que sigo
topics-followed-lead = Recebe um aviso de cada nova pergunta nos temas que segue.
topic-follow = Seguir
topic-unfollow = Deixar de seguir

## Moderação

moderation-title = Moderação
moderation-queue-title = Mensagens denunciadas
moderation-queue-empty = Nenhuma mensagem aguarda decisão.
moderation-flags = Denúncias
moderation-decide = Moderar
moderation-reason = Motivo
moderation-hide = Ocultar a mensagem
moderation-restore = Voltar a mostrar a mensagem
moderation-dismiss = Manter a mensagem tal como está
moderation-log-title = Decisões
moderation-log-empty = Ainda não foi tomada nenhuma decisão.
moderation-log-when = Data e hora
moderation-log-who = Moderador
moderation-log-what = Decisão
moderation-log-thread = Tópico
moderation-action-hide = Ocultada
moderation-action-restore = Novamente visível
moderation-action-dismiss = Denúncias rejeitadas

## Avisos e recusas

thread-asked = A sua pergunta foi publicada. Receberá um aviso de cada resposta.
reply-posted = A sua resposta foi publicada.
post-edited = A sua mensagem foi guardada; a versão anterior continua visível no histórico.
answer-accepted = A resposta foi marcada como resposta aceite.
answer-unaccepted = A resposta deixou de estar marcada como resposta aceite.
thread-followed = Passou a seguir este tópico.
thread-unfollowed = Deixou de seguir este tópico.
topics-saved = Os seus temas foram guardados.
post-flagged = Obrigado: os moderadores vão analisar esta mensagem.
moderation-saved = A decisão foi guardada.
notifications-read = Todas as notificações foram marcadas como lidas.
digest-saved = A sua escolha foi guardada.
error-already-flagged = Já fez esta denúncia; os moderadores vão analisá-la.
error-not-an-answer = Só uma resposta visível pode ser a resposta aceite.

## E-mail

mail-digest-subject = Novidades no Aconselhamento entre pares
mail-digest-body = Olá,

    { $count ->
        [one] Tem { $count } nova notificação no Aconselhamento entre pares:
        [many] Tem { $count } de novas notificações no Aconselhamento entre pares:
       *[other] Tem { $count } novas notificações no Aconselhamento entre pares:
    }

    { $items }
    Todas as suas notificações e a frequência com que recebe este resumo: { $link }
