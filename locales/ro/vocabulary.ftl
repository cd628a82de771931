## Listele închise ale produsului (store/src/vocabulary.rs)

network-kind-international = Rețea internațională
network-kind-national = Rețea națională
network-kind-regional = Rețea regională
network-kind-thematic = Rețea tematică

membership-level-core = Membru principal
membership-level-member = Membru
membership-level-associate = Membru asociat

organisation-type-vet-school = Școală profesională
organisation-type-training-centre = Centru de formare
organisation-type-company = Întreprindere
organisation-type-chamber = Cameră de comerț și industrie
organisation-type-association = Asociație
organisation-type-public-authority = Autoritate publică
organisation-type-research-body = Instituție de cercetare

sector-agriculture = Agricultură și silvicultură
sector-construction = Construcții
sector-crafts = Meșteșuguri și meserii
sector-commerce = Comerț
sector-energy = Energie
sector-health-care = Sănătate și asistență socială
sector-hospitality-tourism = Turism și alimentație
sector-ict = Tehnologia informației și comunicațiilor
sector-logistics = Transport și logistică
sector-manufacturing = Industrie și inginerie
sector-automotive = Industria auto
sector-creative-industries = Industrii creative

topic-eu-funding = Finanțare europeană și Erasmus+
topic-digitalisation = Transformare digitală
topic-trainers-competences = Competențele profesorilor și ale formatorilor
topic-innovative-didactics = Predare și învățare inovatoare
topic-labour-market = Nevoile pieței muncii
topic-advocacy = Reprezentarea intereselor și politici de EFP
topic-green-skills = Competențe verzi și sustenabilitate
topic-inclusion = Incluziune și cursanți cu oportunități reduse
topic-work-based-learning = Învățare la locul de muncă și ucenicie
topic-quality-assurance = Asigurarea calității

partnership-offer = Oferă
partnership-seek = Caută
partnership-kind-cooperation-partnership = Parteneriat de cooperare Erasmus+
partnership-kind-mobility-hosting = Găzduirea cursanților în mobilitate
partnership-kind-study-visit = Vizită de studiu
partnership-kind-mentoring = Mentorat
partnership-kind-job-shadowing = Învățare prin observare la locul de muncă
partnership-kind-joint-training = Formare comună
partnership-kind-staff-exchange = Schimb de personal
partnership-kind-curriculum-development = Dezvoltare comună de curriculum
