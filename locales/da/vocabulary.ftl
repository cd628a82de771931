## Produktets faste lister (store/src/vocabulary.rs)

network-kind-international = Internationalt netværk
network-kind-national = Nationalt netværk
network-kind-regional = Regionalt netværk
network-kind-thematic = Tematisk netværk

membership-level-core = Kernemedlem
membership-level-member = Medlem
membership-level-associate = Associeret medlem

organisation-type-vet-school = Erhvervsskole
organisation-type-training-centre = Uddannelsescenter
organisation-type-company = Virksomhed
organisation-type-chamber = Erhvervskammer
organisation-type-association = Forening
organisation-type-public-authority = Offentlig myndighed
organisation-type-research-body = Forskningsinstitution

sector-agriculture = Landbrug og skovbrug
sector-construction = Bygge og anlæg
sector-crafts = Håndværk
sector-commerce = Handel og detail
sector-energy = Energi
sector-health-care = Social- og sundhedsområdet
sector-hospitality-tourism = Hotel, restauration og turisme
sector-ict = Informations- og kommunikationsteknologi
sector-logistics = Transport og logistik
sector-manufacturing = Industri og teknik
sector-automotive = Autobranchen
sector-creative-industries = Kreative erhverv

topic-eu-funding = EU-midler og Erasmus+
topic-digitalisation = Digital omstilling
topic-trainers-competences = Læreres og instruktørers kompetencer
topic-innovative-didactics = Innovativ undervisning og læring
topic-labour-market = Arbejdsmarkedets behov
topic-advocacy = Interessevaretagelse og erhvervsuddannelsespolitik
topic-green-skills = Grønne kompetencer og bæredygtighed
topic-inclusion = Inklusion og deltagere med færre muligheder
topic-work-based-learning = Arbejdspladsbaseret læring og lærlingeuddannelse
topic-quality-assurance = Kvalitetssikring

partnership-offer = Tilbyder
partnership-seek = Søger
partnership-kind-cooperation-partnership = Erasmus+-samarbejdspartnerskab
partnership-kind-mobility-hosting = Værtskab for deltagere i mobilitetsophold
partnership-kind-study-visit = Studiebesøg
partnership-kind-mentoring = Mentorordning
partnership-kind-job-shadowing = Jobskygning
partnership-kind-joint-training = Fælles uddannelsesforløb
partnership-kind-staff-exchange = Personaleudveksling
partnership-kind-curriculum-development = Fælles udvikling af læreplaner
