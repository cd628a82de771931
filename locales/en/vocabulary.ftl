## The product's closed lists (store/src/vocabulary.rs)

network-kind-international = International network
network-kind-national = National network
network-kind-regional = Regional network
network-kind-thematic = Thematic network

membership-level-core = Core member
membership-level-member = Member
membership-level-associate = Associate member

organisation-type-vet-school = VET school
organisation-type-training-centre = Training centre
organisation-type-company = Company
organisation-type-chamber = Chamber
organisation-type-association = Association
organisation-type-public-authority = Public authority
organisation-type-research-body = Research body

sector-agriculture = Agriculture and forestry
sector-construction = Construction
sector-crafts = Crafts and trades
sector-commerce = Commerce and retail
sector-energy = Energy
sector-health-care = Health and social care
sector-hospitality-tourism = Hospitality and tourism
sector-ict = Information and communication technology
sector-logistics = Transport and logistics
sector-manufacturing = Manufacturing and engineering
sector-automotive = Automotive
sector-creative-industries = Creative industries

topic-eu-funding = EU funding and Erasmus+
topic-digitalisation = Digital transformation
topic-trainers-competences = Competences of teachers and trainers
topic-innovative-didactics = Innovative teaching and learning
topic-labour-market = Labour market needs
topic-advocacy = Advocacy and VET policy
topic-green-skills = Green skills and sustainability
topic-inclusion = Inclusion and learners with fewer opportunities
topic-work-based-learning = Work-based learning and apprenticeships
topic-quality-assurance = Quality assurance

partnership-offer = Offers
partnership-seek = Seeks
partnership-kind-cooperation-partnership = Erasmus+ cooperation partnership
partnership-kind-mobility-hosting = Hosting learners on mobility
partnership-kind-study-visit = Study visit
partnership-kind-mentoring = Mentoring
partnership-kind-job-shadowing = Job shadowing
partnership-kind-joint-training = Joint training
partnership-kind-staff-exchange = Staff exchange
partnership-kind-curriculum-development = Joint curriculum development
