## Les listes fermées du produit (store/src/vocabulary.rs)

network-kind-international = Réseau international
network-kind-national = Réseau national
network-kind-regional = Réseau régional
network-kind-thematic = Réseau thématique

membership-level-core = Membre principal
membership-level-member = Membre
membership-level-associate = Membre associé

organisation-type-vet-school = Établissement d’EFP
organisation-type-training-centre = Centre de formation
organisation-type-company = Entreprise
organisation-type-chamber = Chambre consulaire
organisation-type-association = Association
organisation-type-public-authority = Autorité publique
organisation-type-research-body = Organisme de recherche

sector-agriculture = Agriculture et sylviculture
sector-construction = Bâtiment et travaux publics
sector-crafts = Artisanat et métiers
sector-commerce = Commerce et distribution
sector-energy = Énergie
sector-health-care = Santé et action sociale
sector-hospitality-tourism = Hôtellerie-restauration et tourisme
sector-ict = Technologies de l’information et de la communication
sector-logistics = Transport et logistique
sector-manufacturing = Industrie et ingénierie
sector-automotive = Automobile
sector-creative-industries = Industries créatives

topic-eu-funding = Financements européens et Erasmus+
topic-digitalisation = Transformation numérique
topic-trainers-competences = Compétences des enseignants et des formateurs
topic-innovative-didactics = Enseignement et apprentissage innovants
topic-labour-market = Besoins du marché du travail
topic-advocacy = Plaidoyer et politique d’EFP
topic-green-skills = Compétences vertes et durabilité
topic-inclusion = Inclusion et apprenants ayant moins d’opportunités
topic-work-based-learning = Apprentissage en milieu professionnel et apprentissage en alternance
topic-quality-assurance = Assurance qualité

partnership-offer = Propose
partnership-seek = Recherche
partnership-kind-cooperation-partnership = Partenariat de coopération Erasmus+
partnership-kind-mobility-hosting = Accueil d’apprenants en mobilité
partnership-kind-study-visit = Visite d’étude
partnership-kind-mentoring = Mentorat
partnership-kind-job-shadowing = Observation en situation de travail
partnership-kind-joint-training = Formation conjointe
partnership-kind-staff-exchange = Échange de personnel
partnership-kind-curriculum-development = Élaboration conjointe de programmes de formation
