## Déi fix Lëschte vum Produit (store/src/vocabulary.rs)

network-kind-international = Internationaalt Netzwierk
network-kind-national = Nationaalt Netzwierk
network-kind-regional = Regionaalt Netzwierk
network-kind-thematic = Thematescht Netzwierk

membership-level-core = Kärmember
membership-level-member = Member
membership-level-associate = Associéierte Member

organisation-type-vet-school = Beruffsschoul
organisation-type-training-centre = Formatiounszenter
organisation-type-company = Betrib
organisation-type-chamber = Beruffschamber
organisation-type-association = Verband oder Associatioun
organisation-type-public-authority = Ëffentlech Verwaltung
organisation-type-research-body = Fuerschungsinstitutioun

sector-agriculture = Land- a Bëschwirtschaft
sector-construction = Bau
sector-crafts = Handwierk
sector-commerce = Handel
sector-energy = Energie
sector-health-care = Gesondheets- a Sozialwiesen
sector-hospitality-tourism = Hotellerie, Restauratioun an Tourismus
sector-ict = Informatiouns- a Kommunikatiounstechnologie
sector-logistics = Transport a Logistik
sector-manufacturing = Industrie an Technik
sector-automotive = Autosecteur
sector-creative-industries = Kultur- a Kreativwirtschaft

topic-eu-funding = EU-Finanzéierung an Erasmus+
topic-digitalisation = Digital Transformatioun
topic-trainers-competences = Kompetenze vun Enseignanten a Formateuren
topic-innovative-didactics = Innovativ Didaktik
topic-labour-market = Bedierfnisser vum Aarbechtsmaart
topic-advocacy = Interessevertriedung a Beruffsausbildungspolitik
topic-green-skills = Gréng Kompetenzen an Nohaltegkeet
topic-inclusion = Inklusioun a Leit an der Ausbildung mat manner Chancen
topic-work-based-learning = Léieren op der Aarbechtsplaz an Apprentissage
topic-quality-assurance = Qualitéitssécherung

partnership-offer = Bitt un
partnership-seek = Sicht
partnership-kind-cooperation-partnership = Erasmus+-Kooperatiounspartnerschaft
partnership-kind-mobility-hosting = Empfang vu Leit an der Ausbildung op Mobilitéit
partnership-kind-study-visit = Studiebesuch
partnership-kind-mentoring = Mentorat
partnership-kind-job-shadowing = Hospitatioun
partnership-kind-joint-training = Gemeinsam Formatioun
partnership-kind-staff-exchange = Personalaustausch
partnership-kind-curriculum-development = Gemeinsam Entwécklung vu Curriculen
