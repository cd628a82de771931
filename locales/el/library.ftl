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

## Εργαλειοθήκες (συλλογές πόρων)

collections-title = Εργαλειοθήκες
collections-lead = Συλλογές πόρων που συγκεντρώνουν οι διευκολυντές των δικτύων για ένα θέμα ή για ένα δίκτυο, με μια σημείωση για κάθε πόρο που εξηγεί γιατί περιλαμβάνεται.
collections-none = Δεν υπάρχει ακόμη καμία εργαλειοθήκη.
collection-count = { $count ->
    [one] { $count } πόρος
   *[other] { $count } πόροι
}
collection-new = Νέα εργαλειοθήκη
collection-new-lead = Μια εργαλειοθήκη συγκεντρώνει πόρους της βιβλιοθήκης με τη σειρά που επιλέγετε εσείς. Προσθέστε πόρους σε αυτήν από τις σελίδες τους.
collection-description = Σε τι χρησιμεύει η εργαλειοθήκη
collection-create = Δημιουργία της εργαλειοθήκης
collection-curator = Επιμέλεια
collection-empty = Αυτή η εργαλειοθήκη δεν περιέχει ακόμη κανέναν πόρο.
collection-unseen = { $count ->
    [one] Ακόμη { $count } πόρος αυτής της εργαλειοθήκης είναι διαθέσιμος μόνο σε μέλη ή μόνο σε ένα δίκτυο.
   *[other] Ακόμη { $count } πόροι αυτής της εργαλειοθήκης είναι διαθέσιμοι μόνο σε μέλη ή μόνο σε ένα δίκτυο.
}
collection-add-hint = Για να προσθέσετε έναν πόρο, ανοίξτε τον στη βιβλιοθήκη και επιλέξτε «Προσθήκη σε εργαλειοθήκη».
collection-item-up = Μετακίνηση προς τα πάνω
collection-item-down = Μετακίνηση προς τα κάτω
collection-item-remove = Αφαίρεση από την εργαλειοθήκη
collection-item-note = Σημείωση
collection-item-note-save = Αποθήκευση της σημείωσης
collection-note = Γιατί περιλαμβάνεται στην εργαλειοθήκη (προαιρετικό)
collection-add-to = Προσθήκη σε εργαλειοθήκη
collection-which = Εργαλειοθήκη
collection-add-send = Προσθήκη στην εργαλειοθήκη
collection-created = Η εργαλειοθήκη δημιουργήθηκε. Προσθέστε πόρους σε αυτήν από τις σελίδες τους.
collection-saved = Η εργαλειοθήκη αποθηκεύτηκε.
collection-item-added = Ο πόρος προστέθηκε στην εργαλειοθήκη.

## Πού χρησιμοποιείται ένας πόρος και επισύναψή του

used-in-title = Πού χρησιμοποιείται
used-in-collection = Εργαλειοθήκη
used-in-thread = Συμβουλευτική μεταξύ ομοτίμων
used-in-activity = Σχέδιο δράσης
attached-title = Πόροι από τη βιβλιοθήκη
attached-add = Επισύναψη πόρου
attached-resource = Πόρος
attached-resource-hint = Η διεύθυνση της σελίδας του στη βιβλιοθήκη ή ο αριθμός του.
attached-add-send = Επισύναψη
attached-remove = Αφαίρεση
resource-attached = Ο πόρος επισυνάφθηκε.
resource-detached = Ο πόρος αφαιρέθηκε.
activity-resources = Πόροι
activity-resources-none = Δεν έχει επισυναφθεί κανένας πόρος της βιβλιοθήκης σε αυτή τη δραστηριότητα.
error-resource-unknown = Δεν υπάρχει πόρος της βιβλιοθήκης με αυτή τη διεύθυνση ή αυτόν τον αριθμό στον οποίο να έχετε πρόσβαση.
error-already-listed = Αυτός ο πόρος υπάρχει ήδη εδώ.

## Επεξεργασία, αναφορές και έλεγχος

resource-edit = Επεξεργασία
resource-edit-lead = Αλλάξτε τα στοιχεία που περιγράφουν τον πόρο, καθώς και τον τίτλο, την περίληψη και τον σύνδεσμο μιας από τις γλωσσικές εκδόσεις του. Τα αρχεία προστίθενται στη σελίδα του πόρου· τα προηγούμενα διατηρούνται.
resource-edit-version = Γλωσσική έκδοση: { $language }
resource-edit-other-versions = Επεξεργασία άλλης γλωσσικής έκδοσης
resource-edit-save = Αποθήκευση των αλλαγών
resource-saved = Οι αλλαγές αποθηκεύτηκαν.
resource-flag = Αναφορά
resource-flagged = Σας ευχαριστούμε: οι υπεύθυνοι ελέγχου της βιβλιοθήκης θα εξετάσουν αυτόν τον πόρο.
resource-moderation-hide = Απόκρυψη του πόρου
resource-moderation-restore = Εκ νέου εμφάνιση του πόρου
resource-moderation-dismiss = Διατήρηση του πόρου ως έχει
library-review-title = Έλεγχος της βιβλιοθήκης
library-review-waiting = Αναμένουν απόφαση
library-review-none = Κανένας πόρος δεν αναμένει έλεγχο ούτε έχει αναφερθεί.
library-review-resource = Πόρος
