## Gli elenchi chiusi del prodotto (store/src/vocabulary.rs)

network-kind-international = Rete internazionale
network-kind-national = Rete nazionale
network-kind-regional = Rete regionale
network-kind-thematic = Rete tematica

membership-level-core = Membro principale
membership-level-member = Membro
membership-level-associate = Membro associato

organisation-type-vet-school = Istituto di IFP
organisation-type-training-centre = Centro di formazione
organisation-type-company = Impresa
organisation-type-chamber = Camera di commercio
organisation-type-association = Associazione
organisation-type-public-authority = Ente pubblico
organisation-type-research-body = Ente di ricerca

sector-agriculture = Agricoltura e silvicoltura
sector-construction = Edilizia
sector-crafts = Artigianato e mestieri
sector-commerce = Commercio e vendita al dettaglio
sector-energy = Energia
sector-health-care = Sanità e servizi sociali
sector-hospitality-tourism = Ospitalità e turismo
sector-ict = Tecnologie dell’informazione e della comunicazione
sector-logistics = Trasporti e logistica
sector-manufacturing = Industria manifatturiera e meccanica
sector-automotive = Settore automobilistico
sector-creative-industries = Industrie creative

topic-eu-funding = Finanziamenti UE ed Erasmus+
topic-digitalisation = Trasformazione digitale
topic-trainers-competences = Competenze di docenti e formatori
topic-innovative-didactics = Insegnamento e apprendimento innovativi
topic-labour-market = Fabbisogni del mercato del lavoro
topic-advocacy = Rappresentanza degli interessi e politiche per l’IFP
topic-green-skills = Competenze verdi e sostenibilità
topic-inclusion = Inclusione e discenti con minori opportunità
topic-work-based-learning = Apprendimento basato sul lavoro e apprendistato
topic-quality-assurance = Garanzia della qualità

partnership-offer = Offre
partnership-seek = Cerca
partnership-kind-cooperation-partnership = Partenariato di cooperazione Erasmus+
partnership-kind-mobility-hosting = Accoglienza di discenti in mobilità
partnership-kind-study-visit = Visita di studio
partnership-kind-mentoring = Tutoraggio
partnership-kind-job-shadowing = Osservazione sul posto di lavoro
partnership-kind-joint-training = Formazione congiunta
partnership-kind-staff-exchange = Scambio di personale
partnership-kind-curriculum-development = Sviluppo congiunto di curricoli
