## Listat e mbyllura të produktit (store/src/vocabulary.rs)

network-kind-international = Rrjet ndërkombëtar
network-kind-national = Rrjet kombëtar
network-kind-regional = Rrjet rajonal
network-kind-thematic = Rrjet tematik

membership-level-core = Anëtar kryesor
membership-level-member = Anëtar
membership-level-associate = Anëtar i asociuar

organisation-type-vet-school = Shkollë e arsimit profesional
organisation-type-training-centre = Qendër formimi
organisation-type-company = Ndërmarrje
organisation-type-chamber = Dhomë tregtie
organisation-type-association = Shoqatë
organisation-type-public-authority = Autoritet publik
organisation-type-research-body = Institucion kërkimor

sector-agriculture = Bujqësi dhe pylltari
sector-construction = Ndërtim
sector-crafts = Zejtari
sector-commerce = Tregti dhe shitje me pakicë
sector-energy = Energji
sector-health-care = Shëndetësi dhe kujdes social
sector-hospitality-tourism = Hoteleri dhe turizëm
sector-ict = Teknologji e informacionit dhe komunikimit
sector-logistics = Transport dhe logjistikë
sector-manufacturing = Prodhim dhe inxhinieri
sector-automotive = Automjete
sector-creative-industries = Industri krijuese

topic-eu-funding = Fonde të BE-së dhe Erasmus+
topic-digitalisation = Transformim dixhital
topic-trainers-competences = Kompetencat e mësuesve dhe trajnerëve
topic-innovative-didactics = Mësimdhënie dhe të nxënë novatore
topic-labour-market = Nevojat e tregut të punës
topic-advocacy = Avokim dhe politika e AFP-së
topic-green-skills = Aftësi të gjelbra dhe qëndrueshmëri
topic-inclusion = Përfshirje dhe nxënës me më pak mundësi
topic-work-based-learning = Të nxënët në vendin e punës dhe praktika profesionale
topic-quality-assurance = Sigurimi i cilësisë

partnership-offer = Ofron
partnership-seek = Kërkon
partnership-kind-cooperation-partnership = Partneritet bashkëpunimi Erasmus+
partnership-kind-mobility-hosting = Pritje e nxënësve në lëvizshmëri
partnership-kind-study-visit = Vizitë studimore
partnership-kind-mentoring = Mentorim
partnership-kind-job-shadowing = Vëzhgim në vendin e punës
partnership-kind-joint-training = Trajnim i përbashkët
partnership-kind-staff-exchange = Shkëmbim stafi
partnership-kind-curriculum-development = Zhvillim i përbashkët i kurrikulave
