## Produktens fasta listor (store/src/vocabulary.rs)

network-kind-international = Internationellt nätverk
network-kind-national = Nationellt nätverk
network-kind-regional = Regionalt nätverk
network-kind-thematic = Tematiskt nätverk

membership-level-core = Kärnmedlem
membership-level-member = Medlem
membership-level-associate = Associerad medlem

organisation-type-vet-school = Yrkesskola
organisation-type-training-centre = Utbildningscentrum
organisation-type-company = Företag
organisation-type-chamber = Handelskammare
organisation-type-association = Förbund eller förening
organisation-type-public-authority = Myndighet
organisation-type-research-body = Forskningsorganisation

sector-agriculture = Jord- och skogsbruk
sector-construction = Bygg och anläggning
sector-crafts = Hantverk
sector-commerce = Handel
sector-energy = Energi
sector-health-care = Vård och omsorg
sector-hospitality-tourism = Hotell, restaurang och turism
sector-ict = Informations- och kommunikationsteknik
sector-logistics = Transport och logistik
sector-manufacturing = Industri och teknik
sector-automotive = Fordonsindustri
sector-creative-industries = Kreativa näringar

topic-eu-funding = EU-finansiering och Erasmus+
topic-digitalisation = Digital omställning
topic-trainers-competences = Lärares och handledares kompetens
topic-innovative-didactics = Innovativ undervisning och lärande
topic-labour-market = Arbetsmarknadens behov
topic-advocacy = Påverkansarbete och yrkesutbildningspolitik
topic-green-skills = Grön kompetens och hållbarhet
topic-inclusion = Inkludering och studerande med färre möjligheter
topic-work-based-learning = Arbetsplatsförlagt lärande och lärlingsutbildning
topic-quality-assurance = Kvalitetssäkring

partnership-offer = Erbjuder
partnership-seek = Söker
partnership-kind-cooperation-partnership = Samarbetspartnerskap inom Erasmus+
partnership-kind-mobility-hosting = Mottagande av studerande på mobilitet
partnership-kind-study-visit = Studiebesök
partnership-kind-mentoring = Mentorskap
partnership-kind-job-shadowing = Jobbskuggning
partnership-kind-joint-training = Gemensam utbildning
partnership-kind-staff-exchange = Personalutbyte
partnership-kind-curriculum-development = Gemensam utveckling av utbildningsplaner
