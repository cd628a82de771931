## Zatvoreni popisi proizvoda (store/src/vocabulary.rs)

network-kind-international = Međunarodna mreža
network-kind-national = Nacionalna mreža
network-kind-regional = Regionalna mreža
network-kind-thematic = Tematska mreža

membership-level-core = Temeljni član
membership-level-member = Član
membership-level-associate = Pridruženi član

organisation-type-vet-school = Strukovna škola
organisation-type-training-centre = Centar za osposobljavanje
organisation-type-company = Poduzeće
organisation-type-chamber = Komora
organisation-type-association = Udruga
organisation-type-public-authority = Tijelo javne vlasti
organisation-type-research-body = Istraživačka ustanova

sector-agriculture = Poljoprivreda i šumarstvo
sector-construction = Graditeljstvo
sector-crafts = Obrtništvo
sector-commerce = Trgovina
sector-energy = Energetika
sector-health-care = Zdravstvo i socijalna skrb
sector-hospitality-tourism = Ugostiteljstvo i turizam
sector-ict = Informacijska i komunikacijska tehnologija
sector-logistics = Promet i logistika
sector-manufacturing = Industrijska proizvodnja i strojarstvo
sector-automotive = Automobilska industrija
sector-creative-industries = Kreativne industrije

topic-eu-funding = Financiranje iz fondova EU-a i Erasmus+
topic-digitalisation = Digitalna transformacija
topic-trainers-competences = Kompetencije nastavnika i instruktora
topic-innovative-didactics = Inovativno poučavanje i učenje
topic-labour-market = Potrebe tržišta rada
topic-advocacy = Zagovaranje i politika strukovnog obrazovanja
topic-green-skills = Zelene vještine i održivost
topic-inclusion = Uključivanje i polaznici s manje mogućnosti
topic-work-based-learning = Učenje temeljeno na radu i naukovanje
topic-quality-assurance = Osiguravanje kvalitete

partnership-offer = Nudi
partnership-seek = Traži
partnership-kind-cooperation-partnership = Erasmus+ partnerstvo za suradnju
partnership-kind-mobility-hosting = Prihvat polaznika na mobilnosti
partnership-kind-study-visit = Studijski posjet
partnership-kind-mentoring = Mentorstvo
partnership-kind-job-shadowing = Praćenje rada na radnom mjestu
partnership-kind-joint-training = Zajedničko osposobljavanje
partnership-kind-staff-exchange = Razmjena osoblja
partnership-kind-curriculum-development = Zajednička izrada kurikuluma
