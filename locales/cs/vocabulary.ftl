## Uzavřené číselníky produktu (store/src/vocabulary.rs)

network-kind-international = Mezinárodní síť
network-kind-national = Národní síť
network-kind-regional = Regionální síť
network-kind-thematic = Tematická síť

membership-level-core = Klíčový člen
membership-level-member = Člen
membership-level-associate = Přidružený člen

organisation-type-vet-school = Odborná škola
organisation-type-training-centre = Vzdělávací centrum
organisation-type-company = Podnik
organisation-type-chamber = Komora
organisation-type-association = Svaz či sdružení
organisation-type-public-authority = Orgán veřejné správy
organisation-type-research-body = Výzkumná instituce

sector-agriculture = Zemědělství a lesnictví
sector-construction = Stavebnictví
sector-crafts = Řemesla a živnosti
sector-commerce = Obchod
sector-energy = Energetika
sector-health-care = Zdravotní a sociální péče
sector-hospitality-tourism = Pohostinství a cestovní ruch
sector-ict = Informační a komunikační technologie
sector-logistics = Doprava a logistika
sector-manufacturing = Výroba a strojírenství
sector-automotive = Automobilový průmysl
sector-creative-industries = Kreativní odvětví

topic-eu-funding = Financování z EU a Erasmus+
topic-digitalisation = Digitální transformace
topic-trainers-competences = Kompetence učitelů a školitelů
topic-innovative-didactics = Inovativní výuka a učení
topic-labour-market = Potřeby trhu práce
topic-advocacy = Prosazování zájmů a politika OVP
topic-green-skills = Zelené dovednosti a udržitelnost
topic-inclusion = Inkluze a účastníci s omezenými příležitostmi
topic-work-based-learning = Učení se prací a učňovská příprava
topic-quality-assurance = Zajišťování kvality

partnership-offer = Nabídka
partnership-seek = Poptávka
partnership-kind-cooperation-partnership = Partnerství pro spolupráci v programu Erasmus+
partnership-kind-mobility-hosting = Přijímání účastníků mobilit
partnership-kind-study-visit = Studijní návštěva
partnership-kind-mentoring = Mentorská podpora
partnership-kind-job-shadowing = Stínování na pracovišti
partnership-kind-joint-training = Společné školení
partnership-kind-staff-exchange = Výměna pracovníků
partnership-kind-curriculum-development = Společná tvorba vzdělávacích programů
