## Produkta slēgtie saraksti (store/src/vocabulary.rs)

network-kind-international = Starptautisks tīkls
network-kind-national = Nacionāls tīkls
network-kind-regional = Reģionāls tīkls
network-kind-thematic = Tematisks tīkls

membership-level-core = Pamatdalībnieks
membership-level-member = Dalībnieks
membership-level-associate = Asociētais dalībnieks

organisation-type-vet-school = Profesionālās izglītības iestāde
organisation-type-training-centre = Mācību centrs
organisation-type-company = Uzņēmums
organisation-type-chamber = Kamera
organisation-type-association = Biedrība
organisation-type-public-authority = Valsts iestāde
organisation-type-research-body = Pētniecības iestāde

sector-agriculture = Lauksaimniecība un mežsaimniecība
sector-construction = Būvniecība
sector-crafts = Amatniecība
sector-commerce = Tirdzniecība un mazumtirdzniecība
sector-energy = Enerģētika
sector-health-care = Veselības aprūpe un sociālā aprūpe
sector-hospitality-tourism = Viesmīlība un tūrisms
sector-ict = Informācijas un komunikācijas tehnoloģijas
sector-logistics = Transports un loģistika
sector-manufacturing = Ražošana un mašīnbūve
sector-automotive = Autonozare
sector-creative-industries = Radošās industrijas

topic-eu-funding = ES finansējums un Erasmus+
topic-digitalisation = Digitālā transformācija
topic-trainers-competences = Pedagogu un apmācītāju kompetences
topic-innovative-didactics = Inovatīva mācīšana un mācīšanās
topic-labour-market = Darba tirgus vajadzības
topic-advocacy = Interešu aizstāvība un profesionālās izglītības politika
topic-green-skills = Zaļās prasmes un ilgtspēja
topic-inclusion = Iekļaušana un izglītojamie ar mazākām iespējām
topic-work-based-learning = Darba vidē balstītas mācības un māceklība
topic-quality-assurance = Kvalitātes nodrošināšana

partnership-offer = Piedāvā
partnership-seek = Meklē
partnership-kind-cooperation-partnership = Erasmus+ sadarbības partnerība
partnership-kind-mobility-hosting = Izglītojamo uzņemšana mobilitātē
partnership-kind-study-visit = Mācību vizīte
partnership-kind-mentoring = Mentorings
partnership-kind-job-shadowing = Darba vērošana
partnership-kind-joint-training = Kopīgas mācības
partnership-kind-staff-exchange = Darbinieku apmaiņa
partnership-kind-curriculum-development = Kopīga mācību programmu izstrāde
