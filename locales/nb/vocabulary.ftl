## Produktets faste lister (store/src/vocabulary.rs)

network-kind-international = Internasjonalt nettverk
network-kind-national = Nasjonalt nettverk
network-kind-regional = Regionalt nettverk
network-kind-thematic = Tematisk nettverk

membership-level-core = Kjernemedlem
membership-level-member = Medlem
membership-level-associate = Assosiert medlem

organisation-type-vet-school = Videregående skole med yrkesfag
organisation-type-training-centre = Opplæringssenter
organisation-type-company = Bedrift
organisation-type-chamber = Handelskammer
organisation-type-association = Forening
organisation-type-public-authority = Offentlig myndighet
organisation-type-research-body = Forskningsinstitusjon

sector-agriculture = Landbruk og skogbruk
sector-construction = Bygg og anlegg
sector-crafts = Håndverk
sector-commerce = Handel
sector-energy = Energi
sector-health-care = Helse og omsorg
sector-hospitality-tourism = Reiseliv og servering
sector-ict = Informasjons- og kommunikasjonsteknologi
sector-logistics = Transport og logistikk
sector-manufacturing = Industri og teknologi
sector-automotive = Bilfag
sector-creative-industries = Kulturnæringer

topic-eu-funding = EU-midler og Erasmus+
topic-digitalisation = Digital omstilling
topic-trainers-competences = Kompetansen til lærere og instruktører
topic-innovative-didactics = Nyskapende undervisning og læring
topic-labour-market = Arbeidslivets kompetansebehov
topic-advocacy = Påvirkningsarbeid og yrkesfagpolitikk
topic-green-skills = Grønn kompetanse og bærekraft
topic-inclusion = Inkludering og elever med færre muligheter
topic-work-based-learning = Arbeidsplassbasert læring og lærlingordninger
topic-quality-assurance = Kvalitetssikring

partnership-offer = Tilbyr
partnership-seek = Søker
partnership-kind-cooperation-partnership = Erasmus+-samarbeidspartnerskap
partnership-kind-mobility-hosting = Mottak av elever og lærlinger på mobilitetsopphold
partnership-kind-study-visit = Studiebesøk
partnership-kind-mentoring = Mentorordning
partnership-kind-job-shadowing = Hospitering
partnership-kind-joint-training = Felles opplæring
partnership-kind-staff-exchange = Utveksling av ansatte
partnership-kind-curriculum-development = Felles utvikling av læreplaner
