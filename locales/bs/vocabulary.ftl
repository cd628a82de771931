## Zatvorene liste proizvoda (store/src/vocabulary.rs)

network-kind-international = Međunarodna mreža
network-kind-national = Nacionalna mreža
network-kind-regional = Regionalna mreža
network-kind-thematic = Tematska mreža

membership-level-core = Ključni član
membership-level-member = Član
membership-level-associate = Pridruženi član

organisation-type-vet-school = Stručna škola
organisation-type-training-centre = Centar za obuku
organisation-type-company = Preduzeće
organisation-type-chamber = Komora
organisation-type-association = Udruženje
organisation-type-public-authority = Javni organ
organisation-type-research-body = Istraživačka institucija

sector-agriculture = Poljoprivreda i šumarstvo
sector-construction = Građevinarstvo
sector-crafts = Zanatstvo
sector-commerce = Trgovina
sector-energy = Energetika
sector-health-care = Zdravstvo i socijalna zaštita
sector-hospitality-tourism = Ugostiteljstvo i turizam
sector-ict = Informacione i komunikacione tehnologije
sector-logistics = Saobraćaj i logistika
sector-manufacturing = Proizvodnja i mašinstvo
sector-automotive = Automobilska industrija
sector-creative-industries = Kreativne industrije

topic-eu-funding = Fondovi EU i Erasmus+
topic-digitalisation = Digitalna transformacija
topic-trainers-competences = Kompetencije nastavnika i instruktora
topic-innovative-didactics = Inovativno podučavanje i učenje
topic-labour-market = Potrebe tržišta rada
topic-advocacy = Zagovaranje i politika stručnog obrazovanja i obuke
topic-green-skills = Zelene vještine i održivost
topic-inclusion = Inkluzija i učenici s manje mogućnosti
topic-work-based-learning = Učenje kroz rad i dualno obrazovanje
topic-quality-assurance = Osiguranje kvaliteta

partnership-offer = Nudi
partnership-seek = Traži
partnership-kind-cooperation-partnership = Erasmus+ partnerstvo za saradnju
partnership-kind-mobility-hosting = Prijem učenika na mobilnosti
partnership-kind-study-visit = Studijska posjeta
partnership-kind-mentoring = Mentorstvo
partnership-kind-job-shadowing = Praćenje rada na radnom mjestu
partnership-kind-joint-training = Zajednička obuka
partnership-kind-staff-exchange = Razmjena osoblja
partnership-kind-curriculum-development = Zajednički razvoj nastavnih planova i programa
