## A moldura comum a todas as páginas

site-name = EuroVET Commons
skip-to-content = Ir para o conteúdo
nav-label = Navegação principal
nav-directory = Diretório
nav-counselling = Aconselhamento entre pares
nav-plans = Estratégia e planos
footer-tagline = A casa comum das redes europeias de prestadores de ensino e formação profissionais (EFP).
loading = A carregar…
search-button = Pesquisar
error-load = Não foi possível carregar este conteúdo. Tente novamente dentro de momentos.

not-found-title = Página não encontrada
not-found-body = Não existe nada neste endereço. A página pode ter sido movida ou a ligação pode estar incorreta.
not-found-home = Ir para a página inicial

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

## Aconselhamento entre pares

counselling-title = Aconselhamento entre pares
counselling-lead = Pergunte a membros que já enfrentaram a mesma questão e partilhe o que resultou no seu caso.
counselling-topics = Temas e organizações com conhecimentos especializados nos mesmos
expertise-count = { $count ->
    [one] { $count } organização com conhecimentos especializados
    [many] { $count } organizações com conhecimentos especializados
   *[other] { $count } organizações com conhecimentos especializados
}

## Estratégia e planos

plans-title = Estratégia e planos de ação
plans-lead = A estratégia quinquenal de cada rede, as suas ambições e as atividades do seu plano de ação.
