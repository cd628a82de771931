## A moldura comum a todas as páginas

site-name = EuroVET Commons
skip-to-content = Ir para o conteúdo
nav-label = Navegação principal
nav-directory = Diretório
nav-counselling = Aconselhamento entre pares
nav-plans = Estratégia e planos
footer-tagline = A casa comum das redes europeias de prestadores de ensino e formação profissionais (EFP).
search-button = Pesquisar
error-load = Não foi possível carregar este conteúdo. Tente novamente dentro de momentos.

not-found-title = Página não encontrada
not-found-body = Não existe nada neste endereço. A página pode ter sido movida ou a ligação pode estar incorreta.
not-found-home = Ir para a página inicial

## País e língua

language-link = País e língua
language-title = Escolha o seu país e a sua língua
language-lead = Escolha o seu país e, depois, uma das suas línguas. Todas as páginas seguem a sua escolha e este dispositivo memoriza-a.
language-current = Está a ler a plataforma em { $language }.
language-countries = Países membros e as suas línguas

## Página inicial

home-title = Os prestadores de EFP da Europa, unidos numa só rede
home-lead = Encontre parceiros em todas as redes membros, peça conselho aos seus pares e construa em conjunto a estratégia da rede.
home-figures = A rede em números
home-parts = O que pode fazer aqui
home-directory = Redes, organizações e membros em todos os países membros, e parceiros para o seu próximo projeto.
home-counselling = Pergunte a pares que já resolveram o problema e responda na sua própria língua.
home-plans = A visão, as ambições e as atividades de cada rede, acompanhadas em conjunto pelos seus facilitadores.
figure-networks = { $count ->
    [one] rede
    [many] redes
   *[other] redes
}
figure-organisations = { $count ->
    [one] organização
    [many] organizações
   *[other] organizações
}
figure-members = { $count ->
    [one] membro
    [many] membros
   *[other] membros
}
figure-countries = { $count ->
    [one] país
    [many] países
   *[other] países
}

## Diretório

directory-title = Diretório de membros
directory-lead = As redes da plataforma, desde a rede internacional às redes nacionais, regionais e temáticas que dela fazem parte.
directory-search-label = Pesquisar redes por nome ou cidade
directory-tree-label = As redes e as respetivas redes membros
directory-no-match = Nenhuma rede corresponde a «{ $query }».
organisation-count = { $count ->
    [0] nenhuma organização membro
    [one] { $count } organização membro
    [many] { $count } organizações membros
   *[other] { $count } organizações membros
}
directory-organisations-link = Ver todas as organizações
map-link = Mapa dos países membros

organisations-title = Organizações
organisations-lead = Todas as organizações membros da plataforma. Pesquise por nome, cidade ou descrição e restrinja a lista com os filtros.
organisations-search-label = Nome, cidade ou descrição
organisations-found = { $count ->
    [0] Nenhuma organização encontrada
    [one] { $count } organização encontrada
    [many] { $count } de organizações encontradas
   *[other] { $count } organizações encontradas
}
organisations-none = Nenhuma organização corresponde a estes filtros. Retire um filtro ou pesquise com menos palavras.
filter-any = Todos
filter-country = País
filter-type = Tipo de organização
filter-sector = Setor
filter-topic = Área de especialização
filter-language = Língua falada
sort-label = Ordenar por
sort-relevance = Maior relevância
sort-name = Nome
sort-newest = Mais recentes primeiro
sort-country = País
page-navigation = Páginas
page-previous = Página anterior
page-next = Página seguinte
page-position = Página { $page } de { $pages }

organisation-back = Voltar às organizações
organisation-description = Sobre a organização
organisation-languages = Línguas faladas
organisation-website = Sítio Web
organisation-networks = Redes
organisation-members = Membros
organisation-contact-private = Os contactos só são visíveis para membros com sessão iniciada.

network-back = Voltar ao diretório de membros
network-parent = Membro de
network-figures = A rede em números
network-description = Sobre a rede
network-member-networks = Redes membros
network-organisations = Organizações membros
network-all-organisations = { $count ->
    [one] Mostrar a { $count } organização membro na lista de organizações
    [many] Mostrar as { $count } de organizações membros na lista de organizações
   *[other] Mostrar as { $count } organizações membros na lista de organizações
}

map-title = Os países membros no mapa
map-lead = Cada país membro está sombreado de acordo com o número das suas organizações membros. Selecione um país para ver as suas organizações.
map-table = Organizações membros por país

## Aconselhamento entre pares

counselling-title = Aconselhamento entre pares
counselling-lead = Pergunte a membros que já enfrentaram a mesma questão e partilhe o que resultou no seu caso.

## Estratégia e planos

plans-title = Estratégia e planos de ação
plans-lead = A estratégia quinquenal de cada rede, as suas ambições e as atividades do seu plano de ação.
