# A biblioteca: os recursos partilhados pelas redes, em várias línguas.

nav-library = Biblioteca
library-title = Biblioteca
library-lead = Guias, manuais, modelos, vídeos e ferramentas dos membros das redes, cada um nas línguas para que foi traduzido.
library-add = Adicionar um recurso
library-add-lead = Partilhe um documento, um ePub, um vídeo, uma apresentação, um modelo ou uma ligação. Indique o título e o resumo na língua em que está escrito; as traduções podem ser adicionadas mais tarde.
library-add-send = Adicionar o recurso
library-sign-in-to-add = Inicie sessão para adicionar um recurso
library-found = { $count ->
    [one] { $count } recurso
    [many] { $count } de recursos
   *[other] { $count } recursos
}
library-none = Nenhum recurso corresponde a esta pesquisa.
library-search-label = Pesquisar nos títulos, nos resumos e no texto dos ficheiros
library-sort = Ordenar por
library-sort-relevance = Maior relevância
library-sort-newest = Mais recentes primeiro
library-file = Ficheiro
library-file-hint = No máximo { $size } MB ({ $video } MB no caso de um vídeo), ou indique uma ligação para o local onde está alojado. PDF, ePub, documentos de escritório (OpenDocument, Word, Excel, PowerPoint), vídeos, áudio, imagens e texto simples.

resource-kind = Tipo
resource-kind-document = Documento
resource-kind-epub = ePub
resource-kind-video = Vídeo
resource-kind-presentation = Apresentação
resource-kind-template = Modelo ou ferramenta
resource-kind-website = Sítio Web
resource-kind-dataset = Conjunto de dados

resource-audience = Destinatários
audience-trainers = Professores e formadores
audience-learners = Aprendentes e aprendizes
audience-managers = Dirigentes de prestadores de EFP
audience-companies = Empresas e tutores de empresa
audience-guidance = Conselheiros de orientação
audience-policymakers = Decisores políticos

resource-licence = Licença
licence-cc-by = Atribuição (CC BY 4.0)
licence-cc-by-sa = Atribuição – CompartilhaIgual (CC BY-SA 4.0)
licence-cc-by-nc = Atribuição – NãoComercial (CC BY-NC 4.0)
licence-cc-by-nc-sa = Atribuição – NãoComercial – CompartilhaIgual (CC BY-NC-SA 4.0)
licence-cc-by-nd = Atribuição – SemDerivações (CC BY-ND 4.0)
licence-cc-by-nc-nd = Atribuição – NãoComercial – SemDerivações (CC BY-NC-ND 4.0)
licence-cc0 = Domínio público (CC0 1.0)
licence-all-rights-reserved = Todos os direitos reservados
resource-attribution = «{ $title }», de { $author }, sob a licença { $licence }.
resource-licence-deed = O que a licença permite
resource-rights-reserved = © { $author }. Todos os direitos reservados: peça autorização aos autores antes de o reutilizar.

resource-visibility = Quem o pode ver
visibility-everyone = Todos
visibility-members = Membros com sessão iniciada
visibility-network = Membros da sua rede

resource-status-draft = Rascunho
resource-status-submitted = A aguardar revisão
resource-status-published = Publicado
resource-draft-hint = só é visível para si e para os facilitadores da rede até ser publicado.
resource-submitted-hint = os facilitadores da rede analisam-no antes de ficar público.
resource-hidden = Ocultado por um moderador

resource-field-title = Título
resource-field-summary = Resumo
resource-field-author = Autores (tal como indicados na atribuição)
resource-field-link = Ligação (um sítio Web ou o local onde um vídeo está alojado)
resource-field-draft = Manter como rascunho por agora
resource-language = Língua
resource-topics = Temas
resource-sectors = Setores
resource-countries = Países
resource-network = Rede
resource-network-none = Toda a plataforma
resource-organisation = Organização
resource-added-by = Adicionado por
resource-updated = Atualizado
resource-about = Sobre este recurso
resource-original = original
resource-other-languages = Noutras línguas
resource-not-in-your-language = Ainda não disponível em { $language }: apresentado em { $shown }, a língua em que foi escrito.
resource-open-pdf = Abrir o PDF
resource-download = Descarregar
resource-open-link = Ir para o recurso
resource-files = Ficheiros
resource-file-name = Ficheiro
resource-file-size = Tamanho
resource-file-uploaded = Data de carregamento
resource-file-current = atual
resource-pages = { $count ->
    [one] { $count } página
    [many] { $count } de páginas
   *[other] { $count } páginas
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Carregar um novo ficheiro ({ $language })
resource-new-file-hint = O novo ficheiro passa a ser o atual; os ficheiros anteriores continuam na lista e ainda podem ser descarregados.
resource-new-file-send = Carregar o ficheiro
resource-add-translation = Adicionar uma tradução
resource-add-translation-send = Adicionar a tradução
resource-review = Revisão
resource-review-publish = Publicar
resource-review-return = Devolver ao autor como rascunho
resource-publish = Publicar

resource-added = O recurso foi adicionado.
resource-version-added = A tradução foi adicionada.
resource-file-added = O novo ficheiro foi carregado; o anterior continua na lista.
resource-published = O recurso foi publicado.
resource-submitted = O recurso foi submetido: os facilitadores da rede analisam-no antes de ficar público.
resource-returned = O recurso foi devolvido ao autor como rascunho.

upload-progress = A carregar: { $percent }%
upload-failed = O carregamento falhou. Tente novamente.

error-file-too-large = O ficheiro excede o limite para este tipo de recurso. Em alternativa, partilhe uma ligação para o local onde está alojado.
error-file-missing = Escolha um ficheiro ou indique uma ligação.
error-upload-incomplete = O carregamento foi interrompido antes de o ficheiro chegar na totalidade. Nada foi guardado; tente novamente.
error-file-type-refused = A biblioteca não aceita este tipo de ficheiro. Os programas e os arquivos comprimidos são recusados; os ficheiros ePub, OpenDocument e Office são aceites.
error-file-type-mismatch = O conteúdo do ficheiro não corresponde ao nome: um ficheiro com a extensão .pdf tem de ser um PDF.
error-file-name-invalid = O nome do ficheiro contém caracteres não permitidos num nome de ficheiro ou é demasiado longo (200 caracteres, no máximo).
error-file-unreadable = Não é possível ler o ficheiro: está danificado ou, ao ser descomprimido, gera muito mais dados do que os que contém.
error-file-duplicate = Este mesmo ficheiro já é o ficheiro atual desta versão.
error-link-invalid = A ligação tem de ser um endereço Web começado por https:// ou http://.
error-version-exists = O recurso já tem uma versão nesta língua.
error-not-a-form = Este pedido não é um formulário que a biblioteca consiga ler.
error-back-to-form = Voltar ao formulário

## Coleções (caixas de ferramentas)

collections-title = Caixas de ferramentas
collections-lead = Seleções de recursos reunidos pelos facilitadores das redes sobre um tema ou para uma rede, cada recurso acompanhado de uma nota que explica porque foi incluído.
collections-none = Ainda não existe nenhuma caixa de ferramentas.
collection-count = { $count ->
    [one] { $count } recurso
    [many] { $count } de recursos
   *[other] { $count } recursos
}
collection-new = Nova caixa de ferramentas
collection-new-lead = Uma caixa de ferramentas reúne recursos da biblioteca pela ordem que escolher. Os recursos são adicionados a partir das respetivas páginas.
collection-description = Para que serve a caixa de ferramentas
collection-create = Criar a caixa de ferramentas
collection-curator = Organizada por
collection-empty = Esta caixa de ferramentas ainda não contém nenhum recurso.
collection-unseen = { $count ->
    [one] Mais { $count } recurso desta caixa de ferramentas só está disponível para membros com sessão iniciada ou para os membros de uma rede.
    [many] Mais { $count } de recursos desta caixa de ferramentas só estão disponíveis para membros com sessão iniciada ou para os membros de uma rede.
   *[other] Mais { $count } recursos desta caixa de ferramentas só estão disponíveis para membros com sessão iniciada ou para os membros de uma rede.
}
collection-add-hint = Para adicionar um recurso, abra-o na biblioteca e escolha «Adicionar a uma caixa de ferramentas».
collection-item-up = Mover para cima
collection-item-down = Mover para baixo
collection-item-remove = Retirar da caixa de ferramentas
collection-item-note = Nota
collection-item-note-save = Guardar a nota
collection-note = Porque está na caixa de ferramentas (opcional)
collection-add-to = Adicionar a uma caixa de ferramentas
collection-which = Caixa de ferramentas
collection-add-send = Adicionar à caixa de ferramentas
collection-created = A caixa de ferramentas foi criada. Adicione-lhe recursos a partir das respetivas páginas.
collection-saved = A caixa de ferramentas foi guardada.
collection-item-added = O recurso foi adicionado à caixa de ferramentas.

## Onde um recurso é utilizado e como anexá-lo

used-in-title = Utilizado em
used-in-collection = Caixa de ferramentas
used-in-thread = Aconselhamento entre pares
used-in-activity = Plano de ação
attached-title = Recursos da biblioteca
attached-add = Anexar um recurso
attached-resource = Recurso
attached-resource-hint = O endereço da respetiva página na biblioteca ou o seu número.
attached-add-send = Anexar
attached-remove = Retirar
resource-attached = O recurso foi anexado.
resource-detached = O recurso foi retirado.
activity-resources = Recursos
activity-resources-none = Não há nenhum recurso da biblioteca anexado a esta atividade.
error-resource-unknown = Nenhum recurso da biblioteca a que tenha acesso tem este endereço ou este número.
error-already-listed = Este recurso já está incluído.

## Edição, denúncias e revisão

resource-edit = Editar
resource-edit-lead = Altere os dados que descrevem o recurso, bem como o título, o resumo e a ligação de uma das suas versões linguísticas. Os ficheiros são adicionados na página do recurso; os anteriores são conservados.
resource-edit-version = Versão linguística: { $language }
resource-edit-other-versions = Editar outra versão linguística
resource-edit-save = Guardar as alterações
resource-saved = As alterações foram guardadas.
resource-flag = Denunciar
resource-flagged = Obrigado: os revisores da biblioteca vão analisar este recurso.
resource-moderation-hide = Ocultar o recurso
resource-moderation-restore = Voltar a mostrar o recurso
resource-moderation-dismiss = Manter o recurso tal como está
library-review-title = Revisão da biblioteca
library-review-waiting = A aguardar decisão
library-review-none = Nenhum recurso aguarda revisão ou foi denunciado.
library-review-resource = Recurso
