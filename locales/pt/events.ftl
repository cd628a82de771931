## Eventos: motivos de recusa de uma hora, de um número de lugares ou de uma inscrição.

error-time-zone-unknown = Escolha um fuso horário da lista.
error-wall-time-skipped = Esta hora não existe nesse dia nesse fuso horário: os relógios são adiantados uma hora (passagem para a hora de verão). Escolha outra hora.
error-wall-time-repeated = Esta hora ocorre duas vezes nesse dia nesse fuso horário: os relógios são atrasados uma hora (passagem para a hora de inverno). Escolha outra hora.
error-capacity-invalid = O número de lugares tem de ser um número inteiro igual ou superior a 1. Deixe o campo vazio se não houver limite.
error-already-registered = Já tem uma inscrição neste evento.
error-event-past = Este evento já se realizou.
error-event-cancelled = Este evento foi cancelado.
error-invitation-only = Os lugares neste evento são atribuídos apenas por convite. Contacte os organizadores se quiser participar.
error-group-archived = O mandato deste grupo de trabalho terminou: está arquivado e já não pode ser alterado.
error-last-leader = Um grupo de trabalho precisa de pelo menos um responsável. Nomeie outro responsável antes de sair do cargo.
error-place-missing = Indique uma ligação para a videoconferência, um local ou ambos.
error-series-too-long = Uma série pode ter no máximo 150 sessões. Escolha uma data final anterior.
error-event-unknown = Não existe nenhum evento neste endereço, ou não está acessível para si.
error-group-unknown = Não existe nenhum grupo de trabalho neste endereço, ou não está acessível para si.
error-calendar-address-revoked = Este endereço de calendário foi revogado. Copie o seu novo endereço a partir da sua página de calendário.
error-not-registered = Não tem inscrição neste evento.

## Os tipos de eventos.

event-kind-peer-learning = Sessão de aprendizagem entre pares
event-kind-webinar = Seminário em linha
event-kind-e-conference = Conferência em linha
event-kind-workshop = Oficina
event-kind-study-visit = Visita de estudo
event-kind-annual-meeting = Reunião anual

## Como se obtém um lugar num evento ou se entra num grupo de trabalho.

admission-open = Aberto a todos
admission-request = Mediante pedido, aprovado pelos organizadores
admission-invitation = Apenas por convite

## A situação de um membro em relação a um evento.

attendance-registered = Inscrito
attendance-waiting = Em lista de espera
attendance-requested = Pedido enviado
attendance-invited = Convidado
attendance-cancelled = Inscrição cancelada
attendance-declined = Pedido recusado

## Como se repete uma série de eventos.

recurrence-weekly = Todas as semanas
recurrence-monthly = Todos os meses, no mesmo dia da semana

## Quem vê um grupo de trabalho.

group-visibility-public = Público
group-visibility-members = Membros com sessão iniciada
group-visibility-hidden = Apenas os membros do grupo

## A lista de eventos.

events-title = Eventos
events-lead = Sessões de aprendizagem entre pares, seminários em linha, conferências, oficinas, visitas de estudo e reuniões anuais das redes e dos respetivos grupos de trabalho.
events-upcoming = Próximos eventos
events-past = Eventos anteriores
events-found = { $count ->
    [one] { $count } evento
    [many] { $count } de eventos
   *[other] { $count } eventos
}
events-none = Nenhum evento corresponde a estes critérios.
events-organise = Organizar um evento
events-your-calendar = O meu calendário
events-filter-kind = Tipo de evento
events-filter-network = Rede
events-show = Mostrar
event-your-time = A sua hora: { $time }
event-online = Em linha
event-places-left = { $count ->
    [one] Resta { $count } lugar
    [many] Restam { $count } de lugares
   *[other] Restam { $count } lugares
}
event-full = Esgotado: lista de espera aberta
event-recorded = Gravação disponível
event-cancelled-badge = Cancelado
event-in-series = Faz parte de uma série

## A página de um evento.

event-when = Quando
event-where = Onde
event-languages = Línguas de trabalho
event-organised-by = Organizado por
event-admission = Modalidade de inscrição
event-places = Lugares
event-places-taken = { $registered } de { $capacity } lugares ocupados
event-places-unlimited = { $registered } inscritos, sem limite de lugares
event-waiting-count = { $count ->
    [one] { $count } pessoa em lista de espera
    [many] { $count } de pessoas em lista de espera
   *[other] { $count } pessoas em lista de espera
}
event-your-standing = A sua inscrição
event-register = Inscrever-se
event-request = Pedir um lugar
event-join-waiting-list = Entrar na lista de espera
event-access-needs = Necessidades de acessibilidade (opcional)
event-access-needs-hint = Só os organizadores veem esta informação: acesso sem degraus, interpretação em língua gestual, necessidades alimentares, tudo o que o ajude a participar.
event-withdraw = Cancelar a minha inscrição
event-sign-in-to-register = Inicie sessão para se inscrever
event-meeting-link = Ligação para a videoconferência
event-meeting-link-hint = A ligação para a videoconferência é apresentada aqui aos participantes assim que tiverem lugar.
event-add-to-calendar = Adicionar ao seu calendário
event-calendar-file = Este evento (ficheiro .ics)
event-series-file = Toda a série (ficheiro .ics)
event-agenda = Programa
event-materials = Materiais
event-recording = Gravação
event-watch-recording = Ver a gravação
event-questions = Perguntas e respostas
event-conclusions = Conclusões
event-taken-place = Este evento já se realizou.

## O que os organizadores fazem na página de um evento.

event-organisers = Para os organizadores
event-participants = Participantes
event-participants-csv = Descarregar a lista de participantes (CSV)
event-no-participants = Ainda ninguém se inscreveu.
event-cancel = Cancelar este evento
event-cancel-confirm = Sim, cancelar o evento: os calendários dos participantes serão informados.
event-add-session = Adicionar uma sessão ao programa
event-session-starts = Início
event-session-ends = Fim
event-session-title = Título
event-session-speakers = Oradores
event-add-material = Adicionar material
event-material-title = Título
event-material-link = Uma ligação, ou o número ou o endereço de um recurso da biblioteca
event-recording-link = Ligação para a gravação
event-save = Guardar

## O formulário para um novo evento.

event-new-title = Organizar um evento
event-new-lead = Anuncie um evento aos membros. As horas são introduzidas segundo o fuso horário que escolher; todos as veem nesse fuso e no seu próprio.
event-field-organiser = Organizado por
event-organiser-platform = Toda a plataforma
event-field-kind = Tipo de evento
event-field-title = Título
event-field-lang = Língua deste anúncio
event-field-languages = Línguas de trabalho do evento
event-field-description = Descrição
event-field-time-zone = Fuso horário
event-field-starts = Início
event-field-ends = Fim
event-field-online-url = Ligação para a videoconferência (para um evento em linha)
event-field-venue = Local (para um evento presencial)
event-field-address = Morada
event-field-country = País
event-field-visibility = Quem o pode ver
event-field-admission = Modalidade de inscrição
event-field-capacity = Número de lugares
event-field-capacity-hint = Deixe vazio se não houver limite. Quando os lugares estiverem todos ocupados, abre-se uma lista de espera.
event-field-repeat = Repetição
event-repeat-none = Não se repete
event-field-until = Última data da série
event-create = Anunciar o evento

## Avisos após o envio de um formulário.

event-registered = A sua inscrição está feita. A ligação para a videoconferência e o ficheiro de calendário estão nesta página.
event-waiting = Os lugares estão todos ocupados: está na lista de espera e obterá um lugar assim que algum fique livre.
event-requested = O seu pedido foi enviado aos organizadores.
event-withdrawn = A sua inscrição foi cancelada.
event-created = O evento foi anunciado.
event-cancelled = O evento foi cancelado.
event-decided = A sua decisão foi guardada.
event-session-added = A sessão foi adicionada ao programa.
event-material-added = O material foi adicionado.
event-recording-saved = A ligação para a gravação foi guardada.

## O endereço de calendário de um membro.

calendar-title = O meu calendário
calendar-lead = Subscreva o seu endereço de calendário pessoal no seu programa de calendário (Outlook, Apple Calendar, Thunderbird, Google Calendar): os eventos em que se inscreveu aparecem aí e mantêm-se atualizados.
calendar-address-label = O seu endereço de calendário
calendar-address-once = Copie-o agora: só é apresentado desta vez. Qualquer pessoa que tenha este endereço pode ver os seus eventos, por isso não o partilhe.
calendar-has-address = Já tem um endereço de calendário. Se o perdeu, ou se outra pessoa o puder conhecer, crie um novo: o antigo deixa de funcionar.
calendar-no-address = Ainda não tem um endereço de calendário.
calendar-make = Criar o meu endereço de calendário
calendar-make-new = Criar um novo endereço
calendar-revoke = Revogar o meu endereço
calendar-public-feeds = Calendários públicos
calendar-public-feeds-lead = Os eventos abertos a todos de cada rede e de cada grupo de trabalho público, que pode subscrever sem iniciar sessão.
calendar-address-made = O seu novo endereço de calendário está pronto.
calendar-address-revoked = O seu endereço de calendário foi revogado: os programas de calendário deixam de receber dados a partir dele.
event-participant = Participante
error-cancel-unconfirmed = Assinale a caixa para confirmar que o evento é cancelado.
event-country-none = Não indicado

## E-mails sobre um lugar num evento.

mail-event-place-subject = O seu lugar: { $title }
mail-event-place-body = Olá, { $name },

    Tem um lugar em «{ $title }», { $time }.

    O evento segue em anexo a este e-mail: o seu programa de calendário adiciona-o e atualiza-o se for alterado. A página do evento, com a ligação para a videoconferência se decorrer em linha:
    { $link }
mail-event-cancelled-subject = Removido do seu calendário: { $title }
mail-event-cancelled-body = Olá, { $name },

    «{ $title }», { $time }, vai ser removido do seu calendário: o evento foi cancelado ou a sua inscrição foi cancelada.

    A mensagem em anexo permite ao seu programa de calendário apagá-lo. A página do evento:
    { $link }
mail-event-reminder-subject = Em breve: { $title }
mail-event-reminder-body = Olá, { $name },

    Lembramos que «{ $title }», { $time }, começa em breve.

    A página do evento, com a ligação para a videoconferência se decorrer em linha:
    { $link }

event-add-question = Colocar uma questão aos grupos de discussão
event-question-text = Questão
event-record-answer = Registar a resposta de um grupo
event-answer-group = Grupo de discussão
event-answer-text = Resposta do grupo
event-question-added = A questão foi adicionada.
event-answer-recorded = A resposta do grupo foi registada.

event-edit = Alterar este evento
event-edit-save = Guardar as alterações
event-saved = O evento foi guardado. Quem tem lugar recebe a alteração no seu calendário.

## Os organizadores convidam membros.

error-member-unknown = Nenhum membro tem este endereço de e-mail.
event-invite = Convidar um membro
event-invite-email = Endereço de e-mail do membro
event-invited = O convite foi enviado.
mail-event-invited-subject = O seu convite: { $title }
mail-event-invited-body = Olá, { $name },

    Os organizadores enviaram-lhe um convite para «{ $title }», { $time }.

    Garanta o seu lugar na página do evento:
    { $link }
