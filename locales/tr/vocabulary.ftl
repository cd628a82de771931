## Ürünün sabit listeleri (store/src/vocabulary.rs)

network-kind-international = Uluslararası ağ
network-kind-national = Ulusal ağ
network-kind-regional = Bölgesel ağ
network-kind-thematic = Tematik ağ

membership-level-core = Çekirdek üye
membership-level-member = Üye
membership-level-associate = İlişkili üye

organisation-type-vet-school = Mesleki ve teknik okul
organisation-type-training-centre = Eğitim merkezi
organisation-type-company = Şirket
organisation-type-chamber = Oda
organisation-type-association = Dernek
organisation-type-public-authority = Kamu kurumu
organisation-type-research-body = Araştırma kuruluşu

sector-agriculture = Tarım ve ormancılık
sector-construction = İnşaat
sector-crafts = El sanatları ve zanaatlar
sector-commerce = Ticaret ve perakende
sector-energy = Enerji
sector-health-care = Sağlık ve sosyal hizmetler
sector-hospitality-tourism = Konaklama ve turizm
sector-ict = Bilgi ve iletişim teknolojileri
sector-logistics = Ulaştırma ve lojistik
sector-manufacturing = İmalat ve mühendislik
sector-automotive = Otomotiv
sector-creative-industries = Yaratıcı endüstriler

topic-eu-funding = AB fonları ve Erasmus+
topic-digitalisation = Dijital dönüşüm
topic-trainers-competences = Öğretmen ve eğiticilerin yeterlikleri
topic-innovative-didactics = Yenilikçi öğretme ve öğrenme
topic-labour-market = İşgücü piyasası ihtiyaçları
topic-advocacy = Savunuculuk ve mesleki eğitim politikası
topic-green-skills = Yeşil beceriler ve sürdürülebilirlik
topic-inclusion = Kapsayıcılık ve daha az fırsata sahip öğrenciler
topic-work-based-learning = İşbaşında öğrenme ve çıraklık
topic-quality-assurance = Kalite güvencesi

partnership-offer = Sunuyor
partnership-seek = Arıyor
partnership-kind-cooperation-partnership = Erasmus+ işbirliği ortaklığı
partnership-kind-mobility-hosting = Hareketlilikteki öğrencileri ağırlama
partnership-kind-study-visit = Çalışma ziyareti
partnership-kind-mentoring = Mentorluk
partnership-kind-job-shadowing = İşbaşı gözlem
partnership-kind-joint-training = Ortak eğitim
partnership-kind-staff-exchange = Personel değişimi
partnership-kind-curriculum-development = Ortak öğretim programı geliştirme
