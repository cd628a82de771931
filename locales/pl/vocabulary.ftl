## Zamknięte listy wartości produktu (store/src/vocabulary.rs)

network-kind-international = Sieć międzynarodowa
network-kind-national = Sieć krajowa
network-kind-regional = Sieć regionalna
network-kind-thematic = Sieć tematyczna

membership-level-core = Członek główny
membership-level-member = Członek
membership-level-associate = Członek stowarzyszony

organisation-type-vet-school = Szkoła zawodowa
organisation-type-training-centre = Ośrodek szkoleniowy
organisation-type-company = Przedsiębiorstwo
organisation-type-chamber = Izba gospodarcza lub rzemieślnicza
organisation-type-association = Stowarzyszenie
organisation-type-public-authority = Organ administracji publicznej
organisation-type-research-body = Instytucja badawcza

sector-agriculture = Rolnictwo i leśnictwo
sector-construction = Budownictwo
sector-crafts = Rzemiosło
sector-commerce = Handel
sector-energy = Energetyka
sector-health-care = Ochrona zdrowia i pomoc społeczna
sector-hospitality-tourism = Hotelarstwo, gastronomia i turystyka
sector-ict = Technologie informacyjno-komunikacyjne
sector-logistics = Transport i logistyka
sector-manufacturing = Przemysł i inżynieria
sector-automotive = Motoryzacja
sector-creative-industries = Sektor kreatywny

topic-eu-funding = Fundusze UE i Erasmus+
topic-digitalisation = Transformacja cyfrowa
topic-trainers-competences = Kompetencje nauczycieli i szkoleniowców
topic-innovative-didactics = Innowacyjne nauczanie i uczenie się
topic-labour-market = Potrzeby rynku pracy
topic-advocacy = Rzecznictwo i polityka w zakresie kształcenia i szkolenia zawodowego
topic-green-skills = Zielone umiejętności i zrównoważony rozwój
topic-inclusion = Włączenie społeczne i osoby uczące się o mniejszych szansach
topic-work-based-learning = Uczenie się poprzez pracę i nauka zawodu
topic-quality-assurance = Zapewnianie jakości

partnership-offer = Oferta
partnership-seek = Potrzeba
partnership-kind-cooperation-partnership = Partnerstwo na rzecz współpracy w programie Erasmus+
partnership-kind-mobility-hosting = Przyjmowanie osób uczących się w ramach mobilności
partnership-kind-study-visit = Wizyta studyjna
partnership-kind-mentoring = Wsparcie mentorskie
partnership-kind-job-shadowing = Obserwacja pracy
partnership-kind-joint-training = Wspólne szkolenia
partnership-kind-staff-exchange = Wymiana kadry
partnership-kind-curriculum-development = Wspólne opracowywanie programów nauczania
