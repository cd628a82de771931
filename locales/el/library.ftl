# Η βιβλιοθήκη: πόροι που μοιράζονται τα δίκτυα, σε πολλές γλώσσες.

nav-library = Βιβλιοθήκη
library-title = Βιβλιοθήκη
library-lead = Οδηγοί, εγχειρίδια, πρότυπα, βίντεο και εργαλεία από τα μέλη των δικτύων, το καθένα στις γλώσσες στις οποίες έχει μεταφραστεί.
library-add = Προσθήκη πόρου
library-add-lead = Μοιραστείτε ένα έγγραφο, ένα ePub, ένα βίντεο, μια παρουσίαση, ένα πρότυπο ή έναν σύνδεσμο. Δώστε τον τίτλο και την περίληψη στη γλώσσα στην οποία είναι γραμμένος ο πόρος· οι μεταφράσεις μπορούν να προστεθούν αργότερα.
library-add-send = Προσθήκη του πόρου
library-sign-in-to-add = Συνδεθείτε για να προσθέσετε έναν πόρο
library-found = { $count ->
    [one] { $count } πόρος
   *[other] { $count } πόροι
}
library-none = Κανένας πόρος δεν αντιστοιχεί σε αυτή την αναζήτηση.
library-search-label = Αναζήτηση σε τίτλους, περιλήψεις και στο κείμενο των αρχείων
library-sort = Ταξινόμηση
library-sort-relevance = Καλύτερη αντιστοιχία
library-sort-newest = Πρώτα οι νεότεροι
library-file = Αρχείο
library-file-hint = Έως { $size } MB (για βίντεο: { $video } MB) ή δώστε έναν σύνδεσμο προς το σημείο όπου φιλοξενείται. PDF, ePub, έγγραφα γραφείου (OpenDocument, Word, Excel, PowerPoint), βίντεο, ήχος, εικόνες και απλό κείμενο.

resource-kind = Είδος
resource-kind-document = Έγγραφο
resource-kind-epub = ePub
resource-kind-video = Βίντεο
resource-kind-presentation = Παρουσίαση
resource-kind-template = Πρότυπο ή εργαλείο
resource-kind-website = Ιστότοπος
resource-kind-dataset = Σύνολο δεδομένων

resource-audience = Απευθύνεται σε
audience-trainers = Εκπαιδευτικοί και εκπαιδευτές
audience-learners = Εκπαιδευόμενοι και μαθητευόμενοι
audience-managers = Διοικητικά στελέχη παρόχων ΕΕΚ
audience-companies = Επιχειρήσεις και εκπαιδευτές εντός επιχειρήσεων
audience-guidance = Σύμβουλοι επαγγελματικού προσανατολισμού
audience-policymakers = Υπεύθυνοι χάραξης πολιτικής

resource-licence = Άδεια χρήσης
licence-cc-by = Αναφορά Δημιουργού (CC BY 4.0)
licence-cc-by-sa = Αναφορά Δημιουργού – Παρόμοια Διανομή (CC BY-SA 4.0)
licence-cc-by-nc = Αναφορά Δημιουργού – Μη Εμπορική Χρήση (CC BY-NC 4.0)
licence-cc-by-nc-sa = Αναφορά Δημιουργού – Μη Εμπορική Χρήση – Παρόμοια Διανομή (CC BY-NC-SA 4.0)
licence-cc-by-nd = Αναφορά Δημιουργού – Όχι Παράγωγα Έργα (CC BY-ND 4.0)
licence-cc-by-nc-nd = Αναφορά Δημιουργού – Μη Εμπορική Χρήση – Όχι Παράγωγα Έργα (CC BY-NC-ND 4.0)
licence-cc0 = Κοινό κτήμα (CC0 1.0)
licence-all-rights-reserved = Με επιφύλαξη παντός δικαιώματος
resource-attribution = «{ $title }» από { $author }, διατίθεται με άδεια { $licence }.
resource-licence-deed = Τι επιτρέπει η άδεια
resource-rights-reserved = © { $author }. Με επιφύλαξη παντός δικαιώματος: ζητήστε την άδεια των δημιουργών πριν τον επαναχρησιμοποιήσετε.

resource-visibility = Ποιοι μπορούν να τον δουν
visibility-everyone = Όλοι
visibility-members = Συνδεδεμένα μέλη
visibility-network = Μέλη του δικτύου του

resource-status-draft = Προσχέδιο
resource-status-submitted = Αναμένει έλεγχο
resource-status-published = Δημοσιευμένος
resource-draft-hint = μόνο εσείς και οι διευκολυντές του δικτύου τον βλέπετε μέχρι να δημοσιευτεί.
resource-submitted-hint = οι διευκολυντές του δικτύου τον ελέγχουν πριν γίνει δημόσιος.
resource-hidden = Σε απόκρυψη από επόπτη

resource-field-title = Τίτλος
resource-field-summary = Περίληψη
resource-field-author = Δημιουργοί (όπως αναγράφονται στην αναφορά δημιουργού)
resource-field-link = Σύνδεσμος (ένας ιστότοπος ή το σημείο όπου φιλοξενείται ένα βίντεο)
resource-field-draft = Διατήρηση ως προσχέδιο προς το παρόν
resource-language = Γλώσσα
resource-topics = Θέματα
resource-sectors = Τομείς
resource-countries = Χώρες
resource-network = Δίκτυο
resource-network-none = Ολόκληρη η πλατφόρμα
resource-organisation = Οργανισμός
resource-added-by = Προστέθηκε από
resource-updated = Ενημερώθηκε
resource-about = Σχετικά με αυτόν τον πόρο
resource-original = πρωτότυπο
resource-other-languages = Σε άλλες γλώσσες
resource-not-in-your-language = Δεν είναι ακόμη διαθέσιμος στα { $language }: εμφανίζεται στα { $shown }, τη γλώσσα στην οποία γράφτηκε.
resource-open-pdf = Άνοιγμα του PDF
resource-download = Λήψη
resource-open-link = Μετάβαση στον πόρο
resource-files = Αρχεία
resource-file-name = Αρχείο
resource-file-size = Μέγεθος
resource-file-uploaded = Μεταφορτώθηκε
resource-file-current = τρέχον
resource-pages = { $count ->
    [one] { $count } σελίδα
   *[other] { $count } σελίδες
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Μεταφόρτωση νέου αρχείου ({ $language })
resource-new-file-hint = Το νέο αρχείο γίνεται το τρέχον· τα προηγούμενα αρχεία παραμένουν στη λίστα και μπορούν ακόμη να ληφθούν.
resource-new-file-send = Μεταφόρτωση του αρχείου
resource-add-translation = Προσθήκη μετάφρασης
resource-add-translation-send = Προσθήκη της μετάφρασης
resource-review = Έλεγχος
resource-review-publish = Δημοσίευση
resource-review-return = Επιστροφή στον δημιουργό του ως προσχέδιο
resource-publish = Δημοσίευση

resource-added = Ο πόρος προστέθηκε.
resource-version-added = Η μετάφραση προστέθηκε.
resource-file-added = Το νέο αρχείο μεταφορτώθηκε· το προηγούμενο παραμένει στη λίστα.
resource-published = Ο πόρος δημοσιεύτηκε.
resource-submitted = Ο πόρος υποβλήθηκε: οι διευκολυντές του δικτύου θα τον ελέγξουν πριν γίνει δημόσιος.
resource-returned = Ο πόρος επιστράφηκε στον δημιουργό του ως προσχέδιο.

upload-progress = Μεταφόρτωση: { $percent }%
upload-failed = Η μεταφόρτωση δεν ολοκληρώθηκε. Δοκιμάστε ξανά.

error-file-too-large = Το αρχείο υπερβαίνει το όριο για αυτό το είδος πόρου. Μοιραστείτε αντί γι’ αυτό έναν σύνδεσμο προς το σημείο όπου φιλοξενείται.
error-file-missing = Επιλέξτε ένα αρχείο ή δώστε έναν σύνδεσμο.
error-upload-incomplete = Η μεταφόρτωση διακόπηκε πριν φτάσει ολόκληρο το αρχείο. Δεν διατηρήθηκε τίποτα· δοκιμάστε ξανά.
error-file-type-refused = Η βιβλιοθήκη δεν δέχεται αυτόν τον τύπο αρχείου. Τα προγράμματα και τα συμπιεσμένα αρχεία απορρίπτονται· τα αρχεία ePub, OpenDocument και Office γίνονται δεκτά.
error-file-type-mismatch = Το περιεχόμενο του αρχείου δεν αντιστοιχεί στο όνομά του: ένα αρχείο με όνομα .pdf πρέπει να είναι PDF.
error-file-name-invalid = Το όνομα του αρχείου περιέχει χαρακτήρες που δεν επιτρέπονται σε όνομα αρχείου ή είναι πολύ μεγάλο (έως 200 χαρακτήρες).
error-file-unreadable = Δεν είναι δυνατή η ανάγνωση του αρχείου: είναι κατεστραμμένο ή, κατά την αποσυμπίεση, καταλαμβάνει πολύ περισσότερο χώρο από το μέγεθός του.
error-file-duplicate = Αυτό ακριβώς το αρχείο είναι ήδη το τρέχον αρχείο αυτής της έκδοσης.
error-link-invalid = Ο σύνδεσμος πρέπει να είναι διεύθυνση ιστού που αρχίζει με https:// ή http://.
error-version-exists = Ο πόρος έχει ήδη έκδοση σε αυτή τη γλώσσα.
error-not-a-form = Αυτό το αίτημα δεν είναι φόρμα που μπορεί να διαβάσει η βιβλιοθήκη.
error-back-to-form = Επιστροφή στη φόρμα
