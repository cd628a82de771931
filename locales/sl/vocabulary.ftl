## Zaprti šifranti izdelka (store/src/vocabulary.rs)

network-kind-international = Mednarodna mreža
network-kind-national = Nacionalna mreža
network-kind-regional = Regionalna mreža
network-kind-thematic = Tematska mreža

membership-level-core = Ključni član
membership-level-member = Član
membership-level-associate = Pridruženi član

organisation-type-vet-school = Poklicna in strokovna šola
organisation-type-training-centre = Izobraževalni center
organisation-type-company = Podjetje
organisation-type-chamber = Zbornica
organisation-type-association = Združenje
organisation-type-public-authority = Javni organ
organisation-type-research-body = Raziskovalna organizacija

sector-agriculture = Kmetijstvo in gozdarstvo
sector-construction = Gradbeništvo
sector-crafts = Obrt
sector-commerce = Trgovina
sector-energy = Energetika
sector-health-care = Zdravstvo in socialno varstvo
sector-hospitality-tourism = Gostinstvo in turizem
sector-ict = Informacijska in komunikacijska tehnologija
sector-logistics = Promet in logistika
sector-manufacturing = Industrija in tehnika
sector-automotive = Avtomobilska industrija
sector-creative-industries = Kreativne industrije

topic-eu-funding = Sredstva EU in Erasmus+
topic-digitalisation = Digitalna preobrazba
topic-trainers-competences = Kompetence učiteljev in mentorjev
topic-innovative-didactics = Inovativno poučevanje in učenje
topic-labour-market = Potrebe trga dela
topic-advocacy = Zagovorništvo in politika PIU
topic-green-skills = Zelene kompetence in trajnostni razvoj
topic-inclusion = Vključevanje in učeči se z manj priložnostmi
topic-work-based-learning = Učenje z delom in vajeništvo
topic-quality-assurance = Zagotavljanje kakovosti

partnership-offer = Ponudba
partnership-seek = Povpraševanje
partnership-kind-cooperation-partnership = Partnerstvo za sodelovanje v programu Erasmus+
partnership-kind-mobility-hosting = Sprejemanje učečih se na mobilnosti
partnership-kind-study-visit = Študijski obisk
partnership-kind-mentoring = Mentorstvo
partnership-kind-job-shadowing = Opazovanje na delovnem mestu
partnership-kind-joint-training = Skupno usposabljanje
partnership-kind-staff-exchange = Izmenjava osebja
partnership-kind-curriculum-development = Skupni razvoj izobraževalnih programov
