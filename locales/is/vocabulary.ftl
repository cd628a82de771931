## Fastir listar vörunnar (store/src/vocabulary.rs)

network-kind-international = Alþjóðlegt tengslanet
network-kind-national = Innlent tengslanet
network-kind-regional = Svæðisbundið tengslanet
network-kind-thematic = Þemabundið tengslanet

membership-level-core = Kjarnaaðili
membership-level-member = Aðili
membership-level-associate = Aukaaðili

organisation-type-vet-school = Starfsmenntaskóli
organisation-type-training-centre = Fræðslumiðstöð
organisation-type-company = Fyrirtæki
organisation-type-chamber = Viðskiptaráð
organisation-type-association = Samtök
organisation-type-public-authority = Opinber stofnun
organisation-type-research-body = Rannsóknastofnun

sector-agriculture = Landbúnaður og skógrækt
sector-construction = Byggingariðnaður
sector-crafts = Handverk og iðngreinar
sector-commerce = Verslun
sector-energy = Orkumál
sector-health-care = Heilbrigðis- og félagsþjónusta
sector-hospitality-tourism = Hótel- og veitingarekstur og ferðaþjónusta
sector-ict = Upplýsinga- og samskiptatækni
sector-logistics = Flutningar og vörustjórnun
sector-manufacturing = Iðnaður og tækni
sector-automotive = Bílgreinar
sector-creative-industries = Skapandi greinar

topic-eu-funding = Styrkir frá ESB og Erasmus+
topic-digitalisation = Stafræn umbreyting
topic-trainers-competences = Hæfni kennara og leiðbeinenda
topic-innovative-didactics = Nýsköpun í kennslu og námi
topic-labour-market = Þarfir vinnumarkaðarins
topic-advocacy = Hagsmunagæsla og stefnumótun í starfsmenntun
topic-green-skills = Græn hæfni og sjálfbærni
topic-inclusion = Inngilding og nemendur með færri tækifæri
topic-work-based-learning = Vinnustaðanám og nemasamningar
topic-quality-assurance = Gæðatrygging

partnership-offer = Býður
partnership-seek = Leitar
partnership-kind-cooperation-partnership = Erasmus+ samstarfsverkefni
partnership-kind-mobility-hosting = Móttaka nemenda í náms- og starfsdvöl
partnership-kind-study-visit = Kynnisferð
partnership-kind-mentoring = Handleiðsla
partnership-kind-job-shadowing = Starfsspeglun
partnership-kind-joint-training = Sameiginleg þjálfun
partnership-kind-staff-exchange = Starfsmannaskipti
partnership-kind-curriculum-development = Sameiginleg námskrárgerð
