## Edição do diretório: organizações, procura de parceiros, membros, redes, importações.

organisations-export = Descarregar esta lista em CSV
filter-offers = Oferece parceria
filter-seeks = Procura parceria

organisation-edit = Editar esta organização
organisation-edit-title = Editar a organização
organisation-edit-back = Voltar à organização
organisation-edit-not-allowed = Só os membros da própria organização e os coordenadores da plataforma a podem editar.
organisation-save = Guardar a organização
organisation-saved = A organização foi guardada.
field-organisation-name = Nome da organização
field-city = Cidade
field-description = Descrição
field-description-language = Língua da descrição
field-topics = Áreas de especialização

partnerships-page-title = Procura de parceiros
partnerships-lead = O que as organizações das redes oferecem e o que procuram. Filtre por tipo de parceria, tema e país.
partnerships-title = Ofertas e necessidades
partnerships-none-here = Esta organização ainda não indicou ofertas nem necessidades.
partnerships-none = Nenhuma oferta ou necessidade corresponde a estes filtros.
partnerships-found = { $count ->
    [one] { $count } oferta ou necessidade
    [many] { $count } de ofertas e necessidades
   *[other] { $count } ofertas e necessidades
}
partnership-add = Adicionar uma oferta ou uma necessidade
partnership-add-submit = Adicionar
partnership-added = A oferta ou necessidade foi adicionada.
partnership-withdraw = Retirar
partnership-removed = A oferta ou necessidade foi retirada.
partnership-any-country = Aberta a parceiros de qualquer país
partnership-open-to = Aberta a parceiros de: { $countries }
field-direction = Oferta ou necessidade
field-partnership-kind = Tipo de parceria
field-open-to = Aberta a parceiros de
field-open-to-hint = Não escolha nenhum para aceitar parceiros de todos os países; mantenha premida a tecla Ctrl (ou ⌘) para escolher vários.
suggestions-title = Possíveis parceiros
suggestions-intro = Ofertas de outras organizações que correspondem às necessidades desta organização: o mesmo tipo de parceria e, pelo menos, um tema em comum.
suggestions-mine = Possíveis parceiros para a sua organização
suggestion-for = Responde à necessidade: { $kind }

memberships-title = Adesão às redes
memberships-intro = As redes de que é facilitador: adicione esta organização, altere o seu nível de adesão ou retire-a.
membership-add = Adicionar à rede
membership-save = Alterar o nível
membership-remove = Retirar da rede
membership-saved = A adesão foi guardada.
membership-removed = A organização foi retirada da rede.
field-level = Nível de adesão
field-network = Rede

network-facilitators = Facilitadores
field-expertise = Conhecimentos especializados
member-no-expertise = Ainda não foram indicados conhecimentos especializados.

network-create = Criar uma rede
network-create-submit = Criar a rede
network-created = A rede foi criada.
field-network-name = Nome da rede
field-network-kind = Tipo de rede
field-network-parent = Membro da rede
network-no-parent = Nenhuma (rede de topo)
network-no-country = Nenhum (rede internacional ou temática)
network-country-hint = As redes nacionais e regionais têm de ter um país.

import-title = Importar organizações
import-lead = Adicione muitas organizações de uma só vez a uma rede a partir de um ficheiro CSV. Antes de qualquer importação, verá o resultado da verificação de cada linha.
import-not-allowed = Só os facilitadores de uma rede e os coordenadores da plataforma podem importar organizações.
import-columns = A primeira linha do ficheiro indica os nomes das colunas: { $required } (obrigatórias) e { $optional } (opcionais). As colunas podem vir por qualquer ordem, separadas por vírgulas ou por pontos e vírgulas.
import-lists-hint = Os setores, os temas e as línguas aceitam vários valores separados por pontos e vírgulas, com as mesmas chaves de uma lista exportada; o nível é «core», «member» ou «associate» («member» se estiver vazio).
import-network = Rede a que as organizações vão aderir
import-file = Ficheiro CSV (UTF-8)
import-upload = Verificar o ficheiro
import-preview-title = Pré-visualização da importação
import-preview-heading = Importação de { $file } para a rede { $network }
import-summary = { $ready ->
    [one] { $ready } organização pronta para importar
    [many] { $ready } de organizações prontas para importar
   *[other] { $ready } organizações prontas para importar
}, { $problems ->
    [one] { $problems } problema
    [many] { $problems } de problemas
   *[other] { $problems } problemas
}.
import-problems = Linhas com problemas
import-fix-and-upload = Não é importado nada enquanto houver uma linha com problemas. Corrija o ficheiro e volte a carregá-lo.
import-ready = Linhas prontas para importar
import-line = Linha
import-column = Coluna
import-problem = Problema
import-value = Valor no ficheiro
import-apply = { $count ->
    [one] Importar { $count } organização
    [many] Importar { $count } de organizações
   *[other] Importar { $count } organizações
}
import-applied = As organizações foram importadas.
import-done = { $count ->
    [one] Foi importada { $count } organização.
    [many] Foram importadas { $count } de organizações.
   *[other] Foram importadas { $count } organizações.
}
import-another = Importar outro ficheiro

error-text-missing = Preencha este campo.
error-choice-unknown = Escolha um dos valores propostos.
error-website-invalid = Introduza um endereço Web que comece por https:// ou http://.
error-topic-missing = Escolha pelo menos um tema.
error-already-member = Esta organização já é membro da rede.
error-organisation-exists = Já existe uma organização com este nome nesta cidade.
error-import-unreadable = Não foi possível ler o ficheiro como uma tabela de organizações. Verifique se é um ficheiro CSV em UTF-8 cuja primeira linha indica as colunas obrigatórias.
error-import-empty = O ficheiro não contém nenhuma organização.
error-import-too-large = O ficheiro é demasiado grande: no máximo, 5 MB e 20 000 organizações.
error-import-has-errors = Algumas linhas têm problemas, por isso não foi importado nada.
error-import-applied = Este ficheiro já foi importado.
error-limit-reached = Foi atingido o limite: retire uma entrada antes de adicionar outra.
