## As listas fechadas do produto (store/src/vocabulary.rs)

network-kind-international = Rede internacional
network-kind-national = Rede nacional
network-kind-regional = Rede regional
network-kind-thematic = Rede temática

membership-level-core = Membro principal
membership-level-member = Membro
membership-level-associate = Membro associado

organisation-type-vet-school = Escola profissional
organisation-type-training-centre = Centro de formação
organisation-type-company = Empresa
organisation-type-chamber = Câmara de comércio e indústria
organisation-type-association = Associação
organisation-type-public-authority = Autoridade pública
organisation-type-research-body = Organismo de investigação

sector-agriculture = Agricultura e silvicultura
sector-construction = Construção
sector-crafts = Artesanato e ofícios
sector-commerce = Comércio e retalho
sector-energy = Energia
sector-health-care = Saúde e serviços sociais
sector-hospitality-tourism = Hotelaria, restauração e turismo
sector-ict = Tecnologias da informação e comunicação
sector-logistics = Transportes e logística
sector-manufacturing = Indústria e engenharia
sector-automotive = Setor automóvel
sector-creative-industries = Indústrias criativas

topic-eu-funding = Financiamento da UE e Erasmus+
topic-digitalisation = Transformação digital
topic-trainers-competences = Competências de professores e formadores
topic-innovative-didactics = Ensino e aprendizagem inovadores
topic-labour-market = Necessidades do mercado de trabalho
topic-advocacy = Defesa de interesses e política de EFP
topic-green-skills = Competências verdes e sustentabilidade
topic-inclusion = Inclusão e aprendentes com menos oportunidades
topic-work-based-learning = Aprendizagem em contexto de trabalho e formação em alternância
topic-quality-assurance = Garantia da qualidade

partnership-offer = Oferece
partnership-seek = Procura
partnership-kind-cooperation-partnership = Parceria de cooperação Erasmus+
partnership-kind-mobility-hosting = Acolhimento de aprendentes em mobilidade
partnership-kind-study-visit = Visita de estudo
partnership-kind-mentoring = Mentoria
partnership-kind-job-shadowing = Observação em contexto de trabalho
partnership-kind-joint-training = Formação conjunta
partnership-kind-staff-exchange = Intercâmbio de pessoal
partnership-kind-curriculum-development = Desenvolvimento conjunto de currículos
