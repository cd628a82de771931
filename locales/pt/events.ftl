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
