## Las listas cerradas del producto (store/src/vocabulary.rs)

network-kind-international = Red internacional
network-kind-national = Red nacional
network-kind-regional = Red regional
network-kind-thematic = Red temática

membership-level-core = Miembro principal
membership-level-member = Miembro
membership-level-associate = Miembro asociado

organisation-type-vet-school = Centro de FP
organisation-type-training-centre = Centro de formación
organisation-type-company = Empresa
organisation-type-chamber = Cámara
organisation-type-association = Asociación
organisation-type-public-authority = Administración pública
organisation-type-research-body = Centro de investigación

sector-agriculture = Agricultura y silvicultura
sector-construction = Construcción
sector-crafts = Artesanía y oficios
sector-commerce = Comercio
sector-energy = Energía
sector-health-care = Sanidad y servicios sociales
sector-hospitality-tourism = Hostelería y turismo
sector-ict = Tecnologías de la información y la comunicación
sector-logistics = Transporte y logística
sector-manufacturing = Industria e ingeniería
sector-automotive = Automoción
sector-creative-industries = Industrias creativas

topic-eu-funding = Financiación de la UE y Erasmus+
topic-digitalisation = Transformación digital
topic-trainers-competences = Competencias del profesorado y de los formadores
topic-innovative-didactics = Enseñanza y aprendizaje innovadores
topic-labour-market = Necesidades del mercado laboral
topic-advocacy = Incidencia y política de FP
topic-green-skills = Competencias verdes y sostenibilidad
topic-inclusion = Inclusión y alumnado con menos oportunidades
topic-work-based-learning = Aprendizaje en el lugar de trabajo y formación dual
topic-quality-assurance = Garantía de la calidad

partnership-offer = Ofrece
partnership-seek = Busca
partnership-kind-cooperation-partnership = Asociación de cooperación Erasmus+
partnership-kind-mobility-hosting = Acogida de alumnado en movilidad
partnership-kind-study-visit = Visita de estudio
partnership-kind-mentoring = Mentoría
partnership-kind-job-shadowing = Aprendizaje por observación
partnership-kind-joint-training = Formación conjunta
partnership-kind-staff-exchange = Intercambio de personal
partnership-kind-curriculum-development = Desarrollo curricular conjunto
