## A termék zárt listái (store/src/vocabulary.rs)

network-kind-international = Nemzetközi hálózat
network-kind-national = Nemzeti hálózat
network-kind-regional = Regionális hálózat
network-kind-thematic = Tematikus hálózat

membership-level-core = Törzstag
membership-level-member = Tag
membership-level-associate = Társult tag

organisation-type-vet-school = Szakképző iskola
organisation-type-training-centre = Képzési központ
organisation-type-company = Vállalat
organisation-type-chamber = Kamara
organisation-type-association = Egyesület
organisation-type-public-authority = Közigazgatási szerv
organisation-type-research-body = Kutatóintézet

sector-agriculture = Mező- és erdőgazdálkodás
sector-construction = Építőipar
sector-crafts = Kézműipar és iparos szakmák
sector-commerce = Kereskedelem
sector-energy = Energetika
sector-health-care = Egészségügy és szociális ellátás
sector-hospitality-tourism = Vendéglátás és turizmus
sector-ict = Információs és kommunikációs technológia
sector-logistics = Közlekedés és logisztika
sector-manufacturing = Gyártás és gépészet
sector-automotive = Járműipar
sector-creative-industries = Kreatív iparágak

topic-eu-funding = Uniós források és Erasmus+
topic-digitalisation = Digitális átalakulás
topic-trainers-competences = Tanárok és oktatók kompetenciái
topic-innovative-didactics = Innovatív tanítás és tanulás
topic-labour-market = Munkaerőpiaci igények
topic-advocacy = Érdekképviselet és szakképzés-politika
topic-green-skills = Zöld készségek és fenntarthatóság
topic-inclusion = Befogadás és a kevesebb lehetőséggel rendelkező tanulók
topic-work-based-learning = Munkaalapú tanulás és tanulószerződéses képzés
topic-quality-assurance = Minőségbiztosítás

partnership-offer = Kínál
partnership-seek = Keres
partnership-kind-cooperation-partnership = Erasmus+ együttműködési partnerség
partnership-kind-mobility-hosting = Tanulók fogadása mobilitás keretében
partnership-kind-study-visit = Tanulmányút
partnership-kind-mentoring = Mentorálás
partnership-kind-job-shadowing = Munkakövetés
partnership-kind-joint-training = Közös képzés
partnership-kind-staff-exchange = Munkatársak cseréje
partnership-kind-curriculum-development = Közös tantervfejlesztés
