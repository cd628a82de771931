## Toote suletud loendid (store/src/vocabulary.rs)

network-kind-international = Rahvusvaheline võrgustik
network-kind-national = Riiklik võrgustik
network-kind-regional = Piirkondlik võrgustik
network-kind-thematic = Temaatiline võrgustik

membership-level-core = Põhiliige
membership-level-member = Liige
membership-level-associate = Assotsieerunud liige

organisation-type-vet-school = Kutseõppeasutus
organisation-type-training-centre = Koolituskeskus
organisation-type-company = Ettevõte
organisation-type-chamber = Koda
organisation-type-association = Liit
organisation-type-public-authority = Avaliku sektori asutus
organisation-type-research-body = Teadusasutus

sector-agriculture = Põllumajandus ja metsandus
sector-construction = Ehitus
sector-crafts = Käsitöö ja oskustööd
sector-commerce = Kaubandus
sector-energy = Energeetika
sector-health-care = Tervishoid ja hoolekanne
sector-hospitality-tourism = Majutus, toitlustus ja turism
sector-ict = Info- ja kommunikatsioonitehnoloogia
sector-logistics = Transport ja logistika
sector-manufacturing = Tootmine ja tehnika
sector-automotive = Sõidukitehnika
sector-creative-industries = Loomemajandus

topic-eu-funding = ELi rahastus ja Erasmus+
topic-digitalisation = Digipööre
topic-trainers-competences = Õpetajate ja koolitajate pädevused
topic-innovative-didactics = Uuenduslik õpetamine ja õppimine
topic-labour-market = Tööturu vajadused
topic-advocacy = Huvikaitse ja kutsehariduspoliitika
topic-green-skills = Rohelised oskused ja kestlikkus
topic-inclusion = Kaasamine ja vähemate võimalustega õppijad
topic-work-based-learning = Töökohal õppimine ja töökohapõhine õpe
topic-quality-assurance = Kvaliteedi tagamine

partnership-offer = Pakub
partnership-seek = Otsib
partnership-kind-cooperation-partnership = Erasmus+ koostööpartnerlus
partnership-kind-mobility-hosting = Õpirändes osalevate õppijate vastuvõtmine
partnership-kind-study-visit = Õppevisiit
partnership-kind-mentoring = Mentorlus
partnership-kind-job-shadowing = Töövarjutamine
partnership-kind-joint-training = Ühine koolitus
partnership-kind-staff-exchange = Töötajate vahetus
partnership-kind-curriculum-development = Õppekavade ühine arendamine
