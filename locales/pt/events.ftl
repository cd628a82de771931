## Eventos: motivos de recusa de uma hora, de um número de lugares ou de uma inscrição.

error-time-zone-unknown = Escolha um fuso horário da lista.
error-wall-time-skipped = Esta hora não existe nesse dia nesse fuso horário: os relógios são adiantados uma hora (passagem para a hora de verão). Escolha outra hora.
error-wall-time-repeated = Esta hora ocorre duas vezes nesse dia nesse fuso horário: os relógios são atrasados uma hora (passagem para a hora de inverno). Escolha outra hora.
error-capacity-invalid = O número de lugares tem de ser um número inteiro igual ou superior a 1. Deixe o campo vazio se não houver limite.
error-already-registered = Já tem uma inscrição neste evento.
error-event-past = Este evento já se realizou.
error-event-cancelled = Este evento foi cancelado.
