# Estratégia e planos de ação

plans-none = Nenhuma rede publicou ainda uma estratégia.
plans-back = Todas as estratégias
plan-activity-count = { $count ->
    [one] { $count } atividade
    [many] { $count } de atividades
   *[other] { $count } atividades
}
strategy-create-title = Iniciar uma estratégia
strategy-network = Rede
strategy-create = Iniciar a estratégia

## Fases de uma estratégia
strategy-status-draft = Rascunho
strategy-status-feedback = Em consulta
strategy-status-adopted = Aprovada
strategy-stage = Fase
strategy-adopt = Aprovar a estratégia
strategy-reopen = Voltar a rascunho
round-open = Abrir uma fase de consulta
round-close = Encerrar a fase de consulta
round-opens = De
round-closes = Até
round-open-notice = Fase de consulta aberta de { $from } a { $to }.
round-comment-link = Comentar o rascunho

## Os campos da estratégia
strategy-edit = Editar a estratégia
strategy-fields = Visão e missão
strategy-field-title = Título
strategy-field-period = Período (anos)
strategy-field-vision = Visão
strategy-field-mission = Missão
strategy-field-status = Fase
strategy-aspirations = Ambições
strategy-save = Guardar a estratégia
aspiration-field-title = Ambição
aspiration-field-description = Descrição
aspiration-save = Guardar a ambição
aspiration-add-title = Adicionar uma ambição
aspiration-add = Adicionar a ambição

## O plano de ação
plan-progress = Progresso:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = Ferramentas da estratégia
plan-print = Versão para impressão
plan-export = Descarregar o plano de ação (CSV)
plan-present = Presentes agora:
plan-timeline = Cronograma do plano de ação
plan-timeline-caption = Cada barra vai do início de uma atividade até ao seu prazo e é preenchida de acordo com o progresso; a linha vermelha marca o dia de hoje.
plan-today = hoje
plan-dates = Datas
plan-activities = Atividades
plan-no-activities = Nenhuma atividade contribui ainda para esta ambição.
plan-filter-aspiration = Ambição
plan-filter-status = Estado
plan-filter-all = Todos
plan-filter-apply = Mostrar

## Atividades
activity-status-planned = Planeada
activity-status-in-progress = Em curso
activity-status-done = Concluída
activity-status-blocked = Bloqueada
activity-status-cancelled = Cancelada
activity-field-title = Atividade
activity-field-description = Descrição
activity-field-aspirations = Ambições para que contribui
activity-field-owner = Responsável
activity-field-contributors = Organizações colaboradoras
activity-field-start_on = Início
activity-field-due_on = Prazo
activity-field-status = Estado
activity-field-progress = Progresso (%)
activity-owner-none = Ainda sem responsável
activity-owner-members = Membros
activity-owner-organisations = Organizações
activity-add-title = Adicionar uma atividade
activity-add = Adicionar a atividade
activity-edit-title = Editar a atividade
activity-save = Guardar a atividade
activity-follow = Seguir esta atividade
activity-unfollow = Deixar de seguir esta atividade
activity-being-edited = A editar agora: { $names }
field-changed-live = { $name } acabou de alterar este campo. O seu valor mantém-se aqui; ao guardar, verá ambos.
offline-kept = Sem ligação: as suas alterações ficam guardadas neste navegador e serão enviadas quando a ligação for restabelecida.

## Indicadores
indicators-title = Indicadores
indicators-none = Ainda não há indicadores.
indicator-field-name = Indicador
indicator-field-target = Meta
indicator-field-actual = Valor alcançado
indicator-reached = { $name }: { $actual } de { $target }
indicator-edit = Indicador { $name }
indicator-save = Guardar
indicator-add = Adicionar o indicador

## Alterações feitas entretanto
conflict-title = Outra pessoa fez alterações entretanto
conflict-lead = As suas outras alterações foram guardadas. Estes campos foram alterados por outra pessoa depois de ter aberto o formulário: nada foi substituído. Escolha o que fazer em cada caso.
conflict-changed-by = Alterado por { $name } em { $at } (UTC).
conflict-theirs = Valor da outra pessoa (guardado)
conflict-mine = O seu valor (não guardado)
conflict-keep = Manter o valor guardado
conflict-replace = Substituir pelo meu
conflict-merge-label = Texto combinado
conflict-merge = Guardar o texto combinado
error-changed-meanwhile = Este campo foi alterado desde que a página foi aberta. Recarregue a página e tente novamente.

## Histórico e versões
history-title = Histórico
revision-created = Criação
revision-restore = Repor este valor
revision-restores = (repõe a alteração { $number })
strategy-versions = Versões
versions-none = Ainda não foi guardada nenhuma versão: é guardada uma sempre que uma fase de consulta é encerrada e quando a estratégia é aprovada.
version-now = A estratégia atual
version-number = Versão { $number }
version-reason-round = após uma fase de consulta
version-reason-adopted = aprovada
diff-from = De
diff-to = Para
diff-compare = Comparar
diff-title = De { $from } para { $to }
diff-unchanged = (sem alterações)

## Fases de consulta
comments-title = Comentários
comment-title = Comentar o rascunho
comment-about = Sobre
comment-on-strategy = A estratégia no seu conjunto
comment-body = O seu comentário
comment-send = Enviar o comentário
comment-taken-up = Acolhido
comment-declined = Não acolhido
comment-resolution = Decisão
comment-reason = Motivo
comment-resolve = Decidir

## Avisos
strategy-created = A estratégia foi iniciada. Redija a sua visão, a sua missão e as suas ambições.
strategy-saved = Alterações guardadas.
aspiration-added = A ambição foi adicionada.
activity-added = A atividade foi adicionada. Atribua-lhe um responsável, datas e indicadores.
activity-saved = A atividade foi guardada.
indicator-added = O indicador foi adicionado.
value-restored = O valor anterior foi reposto, como uma nova alteração.
stage-open = A fase de consulta está aberta: os membros da rede podem comentar.
stage-close = A fase de consulta foi encerrada e esta versão foi guardada.
stage-adopt = A estratégia foi aprovada e esta versão foi guardada.
stage-reopen = A estratégia voltou a ser um rascunho.
comment-posted = O seu comentário foi enviado aos facilitadores.
comment-resolved = Foi registada uma decisão sobre o comentário.
followed = Passou a seguir este elemento: receberá um aviso quando mudar um estado, um responsável ou uma data.
unfollowed = Deixou de seguir este elemento.

## Notificações das atividades que segue
plan-notification-status = { $name } alterou o estado da atividade
plan-notification-owner = { $name } alterou o responsável da atividade
plan-notification-start_on = { $name } alterou a data de início da atividade
plan-notification-due_on = { $name } alterou o prazo da atividade

## Recusas
error-date-invalid = Indique uma data válida (ano, mês, dia).
error-dates-reversed = A data de fim é anterior à data de início.
error-number-invalid = Indique um número inteiro dentro do intervalo permitido.
error-aspiration-missing = Uma atividade tem de contribuir para, pelo menos, uma ambição.
error-wrong-stage = A estratégia não está na fase necessária para esta ação (por exemplo, não há nenhuma fase de consulta aberta).
plan-notifications-title = Atividades que segue
aspiration-follow = Seguir esta ambição
aspiration-unfollow = Deixar de seguir esta ambição
