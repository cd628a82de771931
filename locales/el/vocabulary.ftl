## Οι κλειστοί κατάλογοι του προϊόντος (store/src/vocabulary.rs)

network-kind-international = Διεθνές δίκτυο
network-kind-national = Εθνικό δίκτυο
network-kind-regional = Περιφερειακό δίκτυο
network-kind-thematic = Θεματικό δίκτυο

membership-level-core = Βασικό μέλος
membership-level-member = Μέλος
membership-level-associate = Συνδεδεμένο μέλος

organisation-type-vet-school = Σχολή ΕΕΚ
organisation-type-training-centre = Κέντρο κατάρτισης
organisation-type-company = Επιχείρηση
organisation-type-chamber = Επιμελητήριο
organisation-type-association = Ένωση
organisation-type-public-authority = Δημόσια αρχή
organisation-type-research-body = Ερευνητικός φορέας

sector-agriculture = Γεωργία και δασοκομία
sector-construction = Κατασκευές
sector-crafts = Βιοτεχνία και τεχνικά επαγγέλματα
sector-commerce = Εμπόριο και λιανικές πωλήσεις
sector-energy = Ενέργεια
sector-health-care = Υγεία και κοινωνική φροντίδα
sector-hospitality-tourism = Φιλοξενία και τουρισμός
sector-ict = Τεχνολογίες πληροφοριών και επικοινωνιών
sector-logistics = Μεταφορές και εφοδιαστική
sector-manufacturing = Μεταποίηση και μηχανική
sector-automotive = Τομέας αυτοκινήτου
sector-creative-industries = Δημιουργικές βιομηχανίες

topic-eu-funding = Χρηματοδότηση της ΕΕ και Erasmus+
topic-digitalisation = Ψηφιακός μετασχηματισμός
topic-trainers-competences = Ικανότητες εκπαιδευτικών και εκπαιδευτών
topic-innovative-didactics = Καινοτόμος διδασκαλία και μάθηση
topic-labour-market = Ανάγκες της αγοράς εργασίας
topic-advocacy = Συνηγορία και πολιτική για την ΕΕΚ
topic-green-skills = Πράσινες δεξιότητες και βιωσιμότητα
topic-inclusion = Ένταξη και εκπαιδευόμενοι με λιγότερες ευκαιρίες
topic-work-based-learning = Μάθηση στον χώρο εργασίας και μαθητεία
topic-quality-assurance = Διασφάλιση ποιότητας

partnership-offer = Προσφέρει
partnership-seek = Αναζητεί
partnership-kind-cooperation-partnership = Σύμπραξη συνεργασίας Erasmus+
partnership-kind-mobility-hosting = Υποδοχή εκπαιδευομένων σε κινητικότητα
partnership-kind-study-visit = Επίσκεψη μελέτης
partnership-kind-mentoring = Μεντορισμός
partnership-kind-job-shadowing = Παρακολούθηση εργασίας
partnership-kind-joint-training = Κοινή κατάρτιση
partnership-kind-staff-exchange = Ανταλλαγή προσωπικού
partnership-kind-curriculum-development = Κοινή ανάπτυξη προγραμμάτων σπουδών
