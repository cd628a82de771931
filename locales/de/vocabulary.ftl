## Die festen Listen des Produkts (store/src/vocabulary.rs)

network-kind-international = Internationales Netzwerk
network-kind-national = Nationales Netzwerk
network-kind-regional = Regionales Netzwerk
network-kind-thematic = Thematisches Netzwerk

membership-level-core = Kernmitglied
membership-level-member = Mitglied
membership-level-associate = Assoziiertes Mitglied

organisation-type-vet-school = Berufsbildende Schule
organisation-type-training-centre = Bildungszentrum
organisation-type-company = Unternehmen
organisation-type-chamber = Kammer
organisation-type-association = Verband
organisation-type-public-authority = Behörde
organisation-type-research-body = Forschungseinrichtung

sector-agriculture = Land- und Forstwirtschaft
sector-construction = Bauwesen
sector-crafts = Handwerk
sector-commerce = Handel
sector-energy = Energie
sector-health-care = Gesundheit und Soziales
sector-hospitality-tourism = Gastgewerbe und Tourismus
sector-ict = Informations- und Kommunikationstechnik
sector-logistics = Verkehr und Logistik
sector-manufacturing = Industrie und Technik
sector-automotive = Kraftfahrzeugtechnik
sector-creative-industries = Kultur- und Kreativwirtschaft

topic-eu-funding = EU-Förderung und Erasmus+
topic-digitalisation = Digitale Transformation
topic-trainers-competences = Kompetenzen von Lehrkräften und Ausbildungspersonal
topic-innovative-didactics = Innovative Didaktik
topic-labour-market = Bedarfe des Arbeitsmarkts
topic-advocacy = Interessenvertretung und Berufsbildungspolitik
topic-green-skills = Grüne Kompetenzen und Nachhaltigkeit
topic-inclusion = Inklusion und Lernende mit geringeren Chancen
topic-work-based-learning = Arbeitsbasiertes Lernen und Lehrlingsausbildung
topic-quality-assurance = Qualitätssicherung

partnership-offer = Bietet an
partnership-seek = Sucht
partnership-kind-cooperation-partnership = Erasmus+-Kooperationspartnerschaft
partnership-kind-mobility-hosting = Aufnahme von Lernenden aus Mobilitätsprojekten
partnership-kind-study-visit = Studienbesuch
partnership-kind-mentoring = Mentoring-Programm
partnership-kind-job-shadowing = Hospitation
partnership-kind-joint-training = Gemeinsame Fortbildung
partnership-kind-staff-exchange = Personalaustausch
partnership-kind-curriculum-development = Gemeinsame Curriculumentwicklung
