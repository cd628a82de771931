## De vaste lijsten van het product (store/src/vocabulary.rs)

network-kind-international = Internationaal netwerk
network-kind-national = Nationaal netwerk
network-kind-regional = Regionaal netwerk
network-kind-thematic = Thematisch netwerk

membership-level-core = Kernlid
membership-level-member = Lid
membership-level-associate = Geassocieerd lid

organisation-type-vet-school = School voor beroepsonderwijs
organisation-type-training-centre = Opleidingscentrum
organisation-type-company = Bedrijf
organisation-type-chamber = Kamer van koophandel
organisation-type-association = Vereniging
organisation-type-public-authority = Overheidsinstantie
organisation-type-research-body = Onderzoeksinstelling

sector-agriculture = Land- en bosbouw
sector-construction = Bouw
sector-crafts = Ambachten
sector-commerce = Handel en detailhandel
sector-energy = Energie
sector-health-care = Zorg en welzijn
sector-hospitality-tourism = Horeca en toerisme
sector-ict = Informatie- en communicatietechnologie
sector-logistics = Transport en logistiek
sector-manufacturing = Industrie en techniek
sector-automotive = Autotechniek
sector-creative-industries = Creatieve sector

topic-eu-funding = EU-financiering en Erasmus+
topic-digitalisation = Digitale transformatie
topic-trainers-competences = Competenties van docenten en opleiders
topic-innovative-didactics = Innovatief onderwijzen en leren
topic-labour-market = Behoeften van de arbeidsmarkt
topic-advocacy = Belangenbehartiging en beleid voor beroepsonderwijs
topic-green-skills = Groene vaardigheden en duurzaamheid
topic-inclusion = Inclusie en lerenden met minder kansen
topic-work-based-learning = Werkplekleren en leerlingwezen
topic-quality-assurance = Kwaliteitsborging

partnership-offer = Biedt aan
partnership-seek = Zoekt
partnership-kind-cooperation-partnership = Erasmus+-samenwerkingspartnerschap
partnership-kind-mobility-hosting = Ontvangst van lerenden in mobiliteit
partnership-kind-study-visit = Studiebezoek
partnership-kind-mentoring = Mentorschap
partnership-kind-job-shadowing = Meeloopstage
partnership-kind-joint-training = Gezamenlijke opleiding
partnership-kind-staff-exchange = Personeelsuitwisseling
partnership-kind-curriculum-development = Gezamenlijke curriculumontwikkeling
