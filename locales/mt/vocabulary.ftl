## Il-listi magħluqa tal-prodott (store/src/vocabulary.rs)

network-kind-international = Netwerk internazzjonali
network-kind-national = Netwerk nazzjonali
network-kind-regional = Netwerk reġjonali
network-kind-thematic = Netwerk tematiku

membership-level-core = Membru ewlieni
membership-level-member = Membru
membership-level-associate = Membru assoċjat

organisation-type-vet-school = Skola vokazzjonali
organisation-type-training-centre = Ċentru tat-taħriġ
organisation-type-company = Kumpanija
organisation-type-chamber = Kamra
organisation-type-association = Assoċjazzjoni
organisation-type-public-authority = Awtorità pubblika
organisation-type-research-body = Istituzzjoni tar-riċerka

sector-agriculture = Agrikoltura u forestrija
sector-construction = Kostruzzjoni
sector-crafts = Snajja’ u artiġjanat
sector-commerce = Kummerċ u bejgħ bl-imnut
sector-energy = Enerġija
sector-health-care = Saħħa u kura soċjali
sector-hospitality-tourism = Ospitalità u turiżmu
sector-ict = Teknoloġija tal-informazzjoni u l-komunikazzjoni
sector-logistics = Trasport u loġistika
sector-manufacturing = Manifattura u inġinerija
sector-automotive = Settur awtomotiv
sector-creative-industries = Industriji kreattivi

topic-eu-funding = Finanzjament tal-UE u Erasmus+
topic-digitalisation = Trasformazzjoni diġitali
topic-trainers-competences = Kompetenzi tal-għalliema u tal-ħarrieġa
topic-innovative-didactics = Metodi innovattivi ta’ tagħlim
topic-labour-market = Il-ħtiġijiet tas-suq tax-xogħol
topic-advocacy = Promozzjoni tal-interessi u politika tal-ETV
topic-green-skills = Ħiliet ekoloġiċi u sostenibbiltà
topic-inclusion = Inklużjoni u studenti b’inqas opportunitajiet
topic-work-based-learning = Tagħlim ibbażat fuq ix-xogħol u apprendistati
topic-quality-assurance = Assigurazzjoni tal-kwalità

partnership-offer = Toffri
partnership-seek = Tfittex
partnership-kind-cooperation-partnership = Sħubija ta’ kooperazzjoni Erasmus+
partnership-kind-mobility-hosting = Ospitar ta’ studenti f’mobbiltà
partnership-kind-study-visit = Żjara ta’ studju
partnership-kind-mentoring = Mentoraġġ
partnership-kind-job-shadowing = Osservazzjoni fuq il-post tax-xogħol
partnership-kind-joint-training = Taħriġ konġunt
partnership-kind-staff-exchange = Skambju tal-persunal
partnership-kind-curriculum-development = Żvilupp konġunt tal-kurrikulu
