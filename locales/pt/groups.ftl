## Grupos de trabalho: a lista.

groups-title = Grupos de trabalho
groups-lead = Grupos temáticos que trabalham em conjunto durante um período determinado para um objetivo comum, liderados por membros que se revezam à medida que o trabalho avança.
groups-none = Ainda não existem grupos de trabalho.
groups-found-new = Criar um grupo de trabalho
group-members-count = { $count ->
    [one] { $count } membro
    [many] { $count } de membros
   *[other] { $count } membros
}
group-archived = Arquivado

## O espaço de um grupo.

group-purpose = Objetivo
group-deliverables = Resultados previstos
group-mandate = Mandato
group-mandate-dates = De { $from } a { $until }
group-mandate-open = A partir de { $from }, sem data de fim
group-joining = Adesão
group-seen-by = Visível para
group-leaders = Responsáveis
group-leader-since = desde { $since }
group-former-leaders = Antigos responsáveis
group-leader-term = De { $since } a { $until }
group-members = Membros
group-events = Os eventos do grupo
group-no-events = O grupo ainda não tem eventos.
group-join = Aderir ao grupo
group-ask = Pedir para aderir
group-accept-invitation = Aceitar o convite
group-leave = Sair do grupo
group-you-member = É membro deste grupo.
group-you-asked = O seu pedido aguarda a decisão dos responsáveis.
group-you-invited = Foi convidado para este grupo.
group-archived-note = O mandato deste grupo terminou: o seu trabalho fica aqui disponível para consulta.
group-sign-in-to-join = Inicie sessão para aderir
group-requests = Pedidos de adesão
group-appoint = Nomear responsável
group-step-down = Deixar o cargo de responsável
group-calendar = O calendário público do grupo (.ics)

## O formulário para um novo grupo.

group-new-title = Criar um grupo de trabalho
group-new-lead = Defina o mandato do grupo: para que serve, o que vai produzir e durante quanto tempo. Passa a ser o seu primeiro responsável.
group-field-network = Rede
group-network-none = Toda a plataforma
group-field-title = Nome do grupo
group-field-topic = Tema
group-topic-none = Nenhum tema em particular
group-field-lang = Língua de trabalho
group-field-purpose = Objetivo
group-field-deliverables = Resultados previstos
group-field-starts = Início do mandato
group-field-ends = Fim do mandato (opcional)
group-field-admission = Adesão
group-field-visibility = Visível para
group-found = Criar o grupo

## Avisos após o envio de um formulário.

group-founded = O grupo de trabalho foi criado. É o seu primeiro responsável.
group-joined = É membro do grupo.
group-requested = O seu pedido foi enviado aos responsáveis do grupo.
group-left = Saiu do grupo.
group-decided = A sua decisão foi guardada.
group-leader-appointed = O novo responsável foi nomeado.
group-stepped-down = Deixou o cargo de responsável.
group-standing-requested = Pede para aderir
group-standing-invited = Convidado
