## Tuotteen suljetut luettelot (store/src/vocabulary.rs)

network-kind-international = Kansainvälinen verkosto
network-kind-national = Kansallinen verkosto
network-kind-regional = Alueellinen verkosto
network-kind-thematic = Temaattinen verkosto

membership-level-core = Ydinjäsen
membership-level-member = Jäsen
membership-level-associate = Liitännäisjäsen

organisation-type-vet-school = Ammatillinen oppilaitos
organisation-type-training-centre = Koulutuskeskus
organisation-type-company = Yritys
organisation-type-chamber = Kamari
organisation-type-association = Järjestö
organisation-type-public-authority = Viranomainen
organisation-type-research-body = Tutkimuslaitos

sector-agriculture = Maa- ja metsätalous
sector-construction = Rakentaminen
sector-crafts = Käsi- ja taideteollisuus
sector-commerce = Kauppa
sector-energy = Energia
sector-health-care = Sosiaali- ja terveysala
sector-hospitality-tourism = Matkailu- ja ravitsemisala
sector-ict = Tieto- ja viestintätekniikka
sector-logistics = Liikenne ja logistiikka
sector-manufacturing = Teollisuus ja tekniikka
sector-automotive = Autoala
sector-creative-industries = Luovat alat

topic-eu-funding = EU-rahoitus ja Erasmus+
topic-digitalisation = Digitaalinen muutos
topic-trainers-competences = Opettajien ja kouluttajien osaaminen
topic-innovative-didactics = Innovatiivinen opetus ja oppiminen
topic-labour-market = Työelämän osaamistarpeet
topic-advocacy = Vaikuttamistyö ja ammatillisen koulutuksen politiikka
topic-green-skills = Vihreät taidot ja kestävyys
topic-inclusion = Osallisuus ja oppijat, joilla on vähemmän mahdollisuuksia
topic-work-based-learning = Työpaikalla tapahtuva oppiminen ja oppisopimuskoulutus
topic-quality-assurance = Laadunvarmistus

partnership-offer = Tarjoaa
partnership-seek = Etsii
partnership-kind-cooperation-partnership = Erasmus+ -yhteistyökumppanuus
partnership-kind-mobility-hosting = Liikkuvuusjaksolla olevien oppijoiden vastaanottaminen
partnership-kind-study-visit = Opintovierailu
partnership-kind-mentoring = Mentorointi
partnership-kind-job-shadowing = Työvarjostus
partnership-kind-joint-training = Yhteinen koulutus
partnership-kind-staff-exchange = Henkilöstövaihto
partnership-kind-curriculum-development = Opetussuunnitelmien yhteinen kehittäminen
