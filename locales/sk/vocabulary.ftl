## Uzavreté číselníky produktu (store/src/vocabulary.rs)

network-kind-international = Medzinárodná sieť
network-kind-national = Národná sieť
network-kind-regional = Regionálna sieť
network-kind-thematic = Tematická sieť

membership-level-core = Kľúčový člen
membership-level-member = Člen
membership-level-associate = Pridružený člen

organisation-type-vet-school = Stredná odborná škola
organisation-type-training-centre = Vzdelávacie centrum
organisation-type-company = Podnik
organisation-type-chamber = Komora
organisation-type-association = Zväz alebo združenie
organisation-type-public-authority = Orgán verejnej správy
organisation-type-research-body = Výskumná inštitúcia

sector-agriculture = Poľnohospodárstvo a lesníctvo
sector-construction = Stavebníctvo
sector-crafts = Remeslá a živnosti
sector-commerce = Obchod
sector-energy = Energetika
sector-health-care = Zdravotníctvo a sociálne služby
sector-hospitality-tourism = Hotelierstvo, gastronómia a cestovný ruch
sector-ict = Informačné a komunikačné technológie
sector-logistics = Doprava a logistika
sector-manufacturing = Výroba a strojárstvo
sector-automotive = Automobilový priemysel
sector-creative-industries = Kreatívny priemysel

topic-eu-funding = Financovanie z EÚ a Erasmus+
topic-digitalisation = Digitálna transformácia
topic-trainers-competences = Kompetencie učiteľov a školiteľov
topic-innovative-didactics = Inovatívne vyučovanie a učenie sa
topic-labour-market = Potreby trhu práce
topic-advocacy = Presadzovanie záujmov a politika OVP
topic-green-skills = Zelené zručnosti a udržateľnosť
topic-inclusion = Inklúzia a účastníci vzdelávania s nedostatkom príležitostí
topic-work-based-learning = Učenie sa na pracovisku a učňovská príprava
topic-quality-assurance = Zabezpečovanie kvality

partnership-offer = Ponuka
partnership-seek = Potreba
partnership-kind-cooperation-partnership = Partnerstvo pre spoluprácu v programe Erasmus+
partnership-kind-mobility-hosting = Prijímanie účastníkov mobilít
partnership-kind-study-visit = Študijná návšteva
partnership-kind-mentoring = Mentorstvo
partnership-kind-job-shadowing = Tieňovanie na pracovisku
partnership-kind-joint-training = Spoločné školenie
partnership-kind-staff-exchange = Výmena zamestnancov
partnership-kind-curriculum-development = Spoločná tvorba vzdelávacích programov
