# Στρατηγική και σχέδια δράσης

plans-none = Κανένα δίκτυο δεν έχει δημοσιεύσει ακόμη στρατηγική.
plans-back = Όλες οι στρατηγικές
plan-activity-count = { $count ->
    [one] { $count } δραστηριότητα
   *[other] { $count } δραστηριότητες
}
strategy-create-title = Έναρξη νέας στρατηγικής
strategy-network = Δίκτυο
strategy-create = Έναρξη της στρατηγικής

## Στάδια μιας στρατηγικής
strategy-status-draft = Προσχέδιο
strategy-status-feedback = Σε διαβούλευση
strategy-status-adopted = Εγκεκριμένη
strategy-stage = Στάδιο
strategy-adopt = Έγκριση της στρατηγικής
strategy-reopen = Επαναφορά σε προσχέδιο
round-open = Έναρξη γύρου διαβούλευσης
round-close = Κλείσιμο του γύρου διαβούλευσης
round-opens = Από
round-closes = Έως
round-open-notice = Ο γύρος διαβούλευσης είναι ανοιχτός από { $from } έως { $to }.
round-comment-link = Σχολιάστε το προσχέδιο

## Τα πεδία της στρατηγικής
strategy-edit = Επεξεργασία της στρατηγικής
strategy-fields = Όραμα και αποστολή
strategy-field-title = Τίτλος
strategy-field-period = Περίοδος (έτη)
strategy-field-vision = Όραμα
strategy-field-mission = Δήλωση αποστολής
strategy-field-status = Στάδιο
strategy-aspirations = Επιδιώξεις
strategy-save = Αποθήκευση της στρατηγικής
aspiration-field-title = Επιδίωξη
aspiration-field-description = Περιγραφή
aspiration-save = Αποθήκευση της επιδίωξης
aspiration-add-title = Προσθήκη επιδίωξης
aspiration-add = Προσθήκη της επιδίωξης

## Το σχέδιο δράσης
plan-progress = Πρόοδος:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = Εργαλεία της στρατηγικής
plan-print = Προβολή εκτύπωσης
plan-export = Λήψη του σχεδίου δράσης (CSV)
plan-present = Ανοιχτό τώρα από:
plan-timeline = Χρονοδιάγραμμα του σχεδίου δράσης
plan-timeline-caption = Κάθε ράβδος εκτείνεται από την έναρξη μιας δραστηριότητας έως την προθεσμία της και είναι χρωματισμένη ανάλογα με την πρόοδό της· η κόκκινη γραμμή δείχνει τη σημερινή ημέρα.
plan-today = σήμερα
plan-dates = Ημερομηνίες
plan-activities = Δραστηριότητες
plan-no-activities = Καμία δραστηριότητα δεν συμβάλλει ακόμη σε αυτή την επιδίωξη.
plan-filter-aspiration = Επιδίωξη
plan-filter-status = Κατάσταση
plan-filter-all = Όλες
plan-filter-apply = Εμφάνιση

## Δραστηριότητες
activity-status-planned = Προγραμματισμένη
activity-status-in-progress = Σε εξέλιξη
activity-status-done = Ολοκληρωμένη
activity-status-blocked = Σε εμπλοκή
activity-status-cancelled = Ακυρωμένη
activity-field-title = Δραστηριότητα
activity-field-description = Περιγραφή
activity-field-aspirations = Επιδιώξεις στις οποίες συμβάλλει
activity-field-owner = Υπεύθυνος
activity-field-contributors = Συμμετέχοντες οργανισμοί
activity-field-start_on = Έναρξη
activity-field-due_on = Προθεσμία
activity-field-status = Κατάσταση
activity-field-progress = Πρόοδος (%)
activity-owner-none = Χωρίς υπεύθυνο ακόμη
activity-owner-members = Μέλη
activity-owner-organisations = Οργανισμοί
activity-add-title = Προσθήκη δραστηριότητας
activity-add = Προσθήκη της δραστηριότητας
activity-edit-title = Επεξεργασία της δραστηριότητας
activity-save = Αποθήκευση της δραστηριότητας
activity-follow = Παρακολούθηση αυτής της δραστηριότητας
activity-unfollow = Διακοπή παρακολούθησης αυτής της δραστηριότητας
activity-being-edited = Σε επεξεργασία τώρα από: { $names }
field-changed-live = { $name } μόλις άλλαξε αυτό το πεδίο. Η δική σας τιμή παραμένει εδώ· κατά την αποθήκευση θα εμφανιστούν και οι δύο τιμές.
offline-kept = Δεν υπάρχει σύνδεση: οι αλλαγές σας διατηρούνται σε αυτό το πρόγραμμα περιήγησης και θα σταλούν μόλις αποκατασταθεί η σύνδεση.

## Δείκτες
indicators-title = Δείκτες
indicators-none = Δεν υπάρχει ακόμη δείκτης.
indicator-field-name = Δείκτης
indicator-field-target = Τιμή-στόχος
indicator-field-actual = Επιτευχθείσα τιμή
indicator-reached = { $name }: { $actual } από { $target }
indicator-edit = Δείκτης { $name }
indicator-save = Αποθήκευση
indicator-add = Προσθήκη του δείκτη

## Αλλαγές που έγιναν στο μεταξύ
conflict-title = Κάποιος έκανε αλλαγές στο μεταξύ
conflict-lead = Οι υπόλοιπες αλλαγές σας αποθηκεύτηκαν. Αυτά τα πεδία τα άλλαξε κάποιος άλλος αφού ανοίξατε τη φόρμα: δεν αντικαταστάθηκε τίποτα. Επιλέξτε για καθένα από αυτά.
conflict-changed-by = Αλλαγή από { $name } στις { $at } (UTC).
conflict-theirs = Η άλλη τιμή (αποθηκευμένη)
conflict-mine = Η τιμή σας (μη αποθηκευμένη)
conflict-keep = Διατήρηση της άλλης τιμής
conflict-replace = Αντικατάσταση με τη δική μου
conflict-merge-label = Συγχωνευμένο κείμενο
conflict-merge = Αποθήκευση του συγχωνευμένου κειμένου
error-changed-meanwhile = Αυτό το πεδίο άλλαξε μετά το άνοιγμα της σελίδας. Φορτώστε ξανά τη σελίδα και δοκιμάστε πάλι.

## Ιστορικό και εκδόσεις
history-title = Ιστορικό
revision-created = Δημιουργία
revision-restore = Επαναφορά αυτής της τιμής
revision-restores = (επαναφορά της αλλαγής { $number })
strategy-versions = Εκδόσεις
versions-none = Δεν έχει διατηρηθεί ακόμη καμία έκδοση: μια έκδοση διατηρείται όταν κλείνει ένας γύρος διαβούλευσης και όταν εγκρίνεται η στρατηγική.
version-now = Η τρέχουσα μορφή της στρατηγικής
version-number = Έκδοση { $number }
version-reason-round = μετά από γύρο διαβούλευσης
version-reason-adopted = εγκρίθηκε
diff-from = Από
diff-to = Έως
diff-compare = Σύγκριση
diff-title = Σύγκριση: { $from } → { $to }
diff-unchanged = (χωρίς αλλαγές)

## Γύροι διαβούλευσης
comments-title = Σχόλια
comment-title = Σχολιασμός του προσχεδίου
comment-about = Αφορά
comment-on-strategy = Η στρατηγική στο σύνολό της
comment-body = Το σχόλιό σας
comment-send = Αποστολή του σχολίου
comment-taken-up = Ενσωματώθηκε
comment-declined = Απορρίφθηκε
comment-resolution = Απόφαση
comment-reason = Αιτιολογία
comment-resolve = Καταχώριση απόφασης

## Μηνύματα επιβεβαίωσης
strategy-created = Η στρατηγική δημιουργήθηκε. Γράψτε το όραμα, την αποστολή και τις επιδιώξεις της.
strategy-saved = Αποθηκεύτηκε.
aspiration-added = Η επιδίωξη προστέθηκε.
activity-added = Η δραστηριότητα προστέθηκε. Ορίστε υπεύθυνο, ημερομηνίες και δείκτες.
activity-saved = Η δραστηριότητα αποθηκεύτηκε.
indicator-added = Ο δείκτης προστέθηκε.
value-restored = Η προηγούμενη τιμή επανήλθε, ως νέα αλλαγή.
stage-open = Ο γύρος διαβούλευσης άνοιξε: τα μέλη του δικτύου μπορούν να υποβάλουν σχόλια.
stage-close = Ο γύρος διαβούλευσης έκλεισε και η έκδοση αυτή διατηρήθηκε.
stage-adopt = Η στρατηγική εγκρίθηκε και η έκδοση αυτή διατηρήθηκε.
stage-reopen = Η στρατηγική είναι ξανά προσχέδιο.
comment-posted = Το σχόλιό σας στάλθηκε στους διευκολυντές.
comment-resolved = Ελήφθη απόφαση για το σχόλιο.
followed = Παρακολουθείτε πλέον αυτό το στοιχείο: θα ειδοποιείστε όταν αλλάζει μια κατάσταση, ένας υπεύθυνος ή μια ημερομηνία.
unfollowed = Δεν παρακολουθείτε πλέον αυτό το στοιχείο.

## Ειδοποιήσεις για δραστηριότητες που παρακολουθείτε
plan-notification-status = { $name } άλλαξε την κατάσταση της δραστηριότητας
plan-notification-owner = { $name } άλλαξε τον υπεύθυνο της δραστηριότητας
plan-notification-start_on = { $name } άλλαξε την ημερομηνία έναρξης της δραστηριότητας
plan-notification-due_on = { $name } άλλαξε την προθεσμία της δραστηριότητας

## Απορρίψεις
error-date-invalid = Εισαγάγετε μια ημερολογιακή ημερομηνία (έτος, μήνας, ημέρα).
error-dates-reversed = Η λήξη είναι πριν από την έναρξη.
error-number-invalid = Εισαγάγετε έναν ακέραιο αριθμό εντός του επιτρεπόμενου εύρους.
error-aspiration-missing = Μια δραστηριότητα πρέπει να συμβάλλει σε τουλάχιστον μία επιδίωξη.
error-wrong-stage = Η στρατηγική δεν βρίσκεται στο στάδιο που απαιτείται για αυτή την ενέργεια (για παράδειγμα, δεν υπάρχει ανοιχτός γύρος διαβούλευσης).
plan-notifications-title = Δραστηριότητες που ακολουθείτε
aspiration-follow = Παρακολούθηση αυτής της επιδίωξης
aspiration-unfollow = Διακοπή παρακολούθησης αυτής της επιδίωξης
