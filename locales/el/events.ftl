## Εκδηλώσεις: γιατί απορρίπτεται μια ώρα, ένας αριθμός θέσεων ή μια εγγραφή.

error-time-zone-unknown = Επιλέξτε μια ζώνη ώρας από τη λίστα.
error-wall-time-skipped = Αυτή η ώρα δεν υπάρχει τη συγκεκριμένη ημέρα σε αυτή τη ζώνη ώρας: τα ρολόγια γυρίζουν μία ώρα μπροστά. Επιλέξτε άλλη ώρα.
error-wall-time-repeated = Αυτή η ώρα εμφανίζεται δύο φορές τη συγκεκριμένη ημέρα σε αυτή τη ζώνη ώρας: τα ρολόγια γυρίζουν μία ώρα πίσω. Επιλέξτε άλλη ώρα.
error-capacity-invalid = Ο αριθμός θέσεων πρέπει να είναι ακέραιος αριθμός ίσος με 1 ή μεγαλύτερος· αφήστε το πεδίο κενό αν δεν υπάρχει όριο.
error-already-registered = Έχετε ήδη εγγραφεί σε αυτή την εκδήλωση.
error-event-past = Αυτή η εκδήλωση έχει ήδη πραγματοποιηθεί.
error-event-cancelled = Αυτή η εκδήλωση έχει ακυρωθεί.
error-invitation-only = Οι θέσεις σε αυτή την εκδήλωση δίνονται μόνο με πρόσκληση. Απευθυνθείτε στους διοργανωτές αν θέλετε να συμμετάσχετε.
error-group-archived = Η θητεία αυτής της ομάδας εργασίας έληξε: έχει αρχειοθετηθεί και δεν μπορεί πλέον να αλλάξει.
error-last-leader = Μια ομάδα εργασίας χρειάζεται τουλάχιστον έναν υπεύθυνο. Ορίστε άλλον υπεύθυνο πριν αποχωρήσετε.
error-place-missing = Δώστε έναν σύνδεσμο για την τηλεδιάσκεψη, έναν χώρο ή και τα δύο.
error-series-too-long = Μια σειρά μπορεί να έχει το πολύ 150 συναντήσεις. Επιλέξτε προγενέστερη ημερομηνία λήξης.
error-event-unknown = Δεν υπάρχει εκδήλωση σε αυτή τη διεύθυνση ή δεν είναι ανοιχτή για εσάς.
error-group-unknown = Δεν υπάρχει ομάδα εργασίας σε αυτή τη διεύθυνση ή δεν είναι ανοιχτή για εσάς.
error-calendar-address-revoked = Αυτή η διεύθυνση ημερολογίου έχει ανακληθεί. Αντιγράψτε τη νέα σας διεύθυνση από τη σελίδα του ημερολογίου σας.
error-not-registered = Δεν έχετε εγγραφεί σε αυτή την εκδήλωση.

## Τα είδη των εκδηλώσεων.

event-kind-peer-learning = Συνάντηση αμοιβαίας μάθησης
event-kind-webinar = Διαδικτυακό σεμινάριο
event-kind-e-conference = Διαδικτυακό συνέδριο
event-kind-workshop = Εργαστήριο
event-kind-study-visit = Επίσκεψη μελέτης
event-kind-annual-meeting = Ετήσια συνάντηση

## Πώς αποκτά κανείς θέση σε εκδήλωση ή γίνεται μέλος ομάδας εργασίας.

admission-open = Ανοιχτό σε όλους
admission-request = Κατόπιν αιτήματος, με έγκριση των διοργανωτών
admission-invitation = Μόνο με πρόσκληση

## Η θέση ενός μέλους σε σχέση με μια εκδήλωση.

attendance-registered = Εγγεγραμμένος
attendance-waiting = Σε λίστα αναμονής
attendance-requested = Το αίτημα στάλθηκε
attendance-invited = Προσκεκλημένος
attendance-cancelled = Η εγγραφή ακυρώθηκε
attendance-declined = Το αίτημα απορρίφθηκε

## Πώς επαναλαμβάνεται μια σειρά εκδηλώσεων.

recurrence-weekly = Κάθε εβδομάδα
recurrence-monthly = Κάθε μήνα, την ίδια ημέρα της εβδομάδας

## Ποιος βλέπει μια ομάδα εργασίας.

group-visibility-public = Δημόσια
group-visibility-members = Συνδεδεμένα μέλη
group-visibility-hidden = Μόνο τα μέλη της ομάδας

## Ο κατάλογος των εκδηλώσεων.

events-title = Εκδηλώσεις
events-lead = Συναντήσεις αμοιβαίας μάθησης, διαδικτυακά σεμινάρια, συνέδρια, εργαστήρια, επισκέψεις μελέτης και ετήσιες συναντήσεις των δικτύων και των ομάδων εργασίας τους.
events-upcoming = Προσεχείς
events-past = Προηγούμενες εκδηλώσεις
events-found = { $count ->
    [one] Μία εκδήλωση
   *[other] { $count } εκδηλώσεις
}
events-none = Καμία εκδήλωση δεν αντιστοιχεί σε αυτές τις επιλογές.
events-organise = Διοργάνωση εκδήλωσης
events-your-calendar = Το ημερολόγιό σας
events-filter-kind = Είδος εκδήλωσης
events-filter-network = Δίκτυο
events-show = Εμφάνιση
event-your-time = Η δική σας ώρα: { $time }
event-online = Διαδικτυακά
event-places-left = { $count ->
    [one] Απομένει μία θέση
   *[other] Απομένουν { $count } θέσεις
}
event-full = Οι θέσεις καλύφθηκαν: η λίστα αναμονής είναι ανοιχτή
event-recorded = Διαθέσιμη βιντεοσκόπηση
event-cancelled-badge = Ακυρώθηκε
event-in-series = Μέρος σειράς εκδηλώσεων

## Η σελίδα μιας εκδήλωσης.

event-when = Πότε
event-where = Πού
event-languages = Γλώσσες της εκδήλωσης
event-organised-by = Διοργάνωση
event-admission = Συμμετοχή
event-places = Θέσεις
event-places-taken = Έχουν καλυφθεί { $registered } από { $capacity } θέσεις
event-places-unlimited = { $registered } εγγεγραμμένοι, χωρίς όριο θέσεων
event-waiting-count = { $count ->
    [one] Ένα άτομο στη λίστα αναμονής
   *[other] { $count } άτομα στη λίστα αναμονής
}
event-your-standing = Η εγγραφή σας
event-register = Εγγραφή
event-request = Αίτημα για θέση
event-join-waiting-list = Εγγραφή στη λίστα αναμονής
event-access-needs = Ανάγκες προσβασιμότητας (προαιρετικό)
event-access-needs-hint = Μόνο οι διοργανωτές το βλέπουν: πρόσβαση χωρίς σκαλοπάτια, διερμηνεία στη νοηματική γλώσσα, διατροφικές ανάγκες, ό,τι σας βοηθά να συμμετάσχετε.
event-withdraw = Ακύρωση της εγγραφής μου
event-sign-in-to-register = Συνδεθείτε για να εγγραφείτε
event-meeting-link = Σύνδεσμος τηλεδιάσκεψης
event-meeting-link-hint = Ο σύνδεσμος της τηλεδιάσκεψης εμφανίζεται εδώ στους συμμετέχοντες μόλις εξασφαλίσουν θέση.
event-add-to-calendar = Προσθήκη στο ημερολόγιό σας
event-calendar-file = Αυτή η εκδήλωση (αρχείο .ics)
event-series-file = Ολόκληρη η σειρά (αρχείο .ics)
event-agenda = Πρόγραμμα
event-materials = Υλικό
event-recording = Βιντεοσκόπηση
event-watch-recording = Παρακολούθηση της βιντεοσκόπησης
event-questions = Ερωτήσεις και απαντήσεις
event-conclusions = Συμπεράσματα
event-taken-place = Αυτή η εκδήλωση έχει πραγματοποιηθεί.

## Τι κάνουν οι διοργανωτές στη σελίδα μιας εκδήλωσης.

event-organisers = Για τους διοργανωτές
event-participants = Συμμετέχοντες
event-participants-csv = Λήψη της λίστας συμμετεχόντων (CSV)
event-no-participants = Δεν έχει εγγραφεί κανείς ακόμη.
event-cancel = Ακύρωση αυτής της εκδήλωσης
event-cancel-confirm = Ναι, να ακυρωθεί: τα ημερολόγια των συμμετεχόντων θα ενημερωθούν.
event-add-session = Προσθήκη ενότητας στο πρόγραμμα
event-session-starts = Έναρξη
event-session-ends = Λήξη
event-session-title = Τίτλος
event-session-speakers = Ομιλητές
event-add-material = Προσθήκη υλικού
event-material-title = Τίτλος
event-material-link = Ένας σύνδεσμος ή ο αριθμός ή η διεύθυνση ενός πόρου της βιβλιοθήκης
event-recording-link = Σύνδεσμος της βιντεοσκόπησης
event-save = Αποθήκευση

## Η φόρμα για μια νέα εκδήλωση.

event-new-title = Διοργάνωση εκδήλωσης
event-new-lead = Ανακοινώστε μια εκδήλωση στα μέλη. Οι ώρες καταχωρίζονται σύμφωνα με τη ζώνη ώρας που επιλέγετε· όλοι τις βλέπουν σε αυτή τη ζώνη και στη δική τους.
event-field-organiser = Διοργάνωση
event-organiser-platform = Ολόκληρη η πλατφόρμα
event-field-kind = Είδος εκδήλωσης
event-field-title = Τίτλος
event-field-lang = Γλώσσα αυτής της ανακοίνωσης
event-field-languages = Γλώσσες που θα ομιλούνται στην εκδήλωση
event-field-description = Περιγραφή
event-field-time-zone = Ζώνη ώρας
event-field-starts = Έναρξη
event-field-ends = Λήξη
event-field-online-url = Σύνδεσμος τηλεδιάσκεψης (για διαδικτυακή εκδήλωση)
event-field-venue = Χώρος (για εκδήλωση με φυσική παρουσία)
event-field-address = Διεύθυνση
event-field-country = Χώρα
event-field-visibility = Ποιοι μπορούν να τη δουν
event-field-admission = Συμμετοχή
event-field-capacity = Αριθμός θέσεων
event-field-capacity-hint = Αφήστε το κενό αν δεν υπάρχει όριο. Όταν καλυφθούν οι θέσεις, ανοίγει λίστα αναμονής.
event-field-repeat = Επανάληψη
event-repeat-none = Χωρίς επανάληψη
event-field-until = Τελευταία ημερομηνία της σειράς
event-create = Ανακοίνωση της εκδήλωσης

## Μηνύματα μετά την υποβολή μιας φόρμας.

event-registered = Η εγγραφή σας ολοκληρώθηκε. Ο σύνδεσμος της τηλεδιάσκεψης και το αρχείο ημερολογίου βρίσκονται σε αυτή τη σελίδα.
event-waiting = Οι θέσεις έχουν καλυφθεί: είστε στη λίστα αναμονής και θα λάβετε θέση μόλις ελευθερωθεί κάποια.
event-requested = Το αίτημά σας στάλθηκε στους διοργανωτές.
event-withdrawn = Η εγγραφή σας ακυρώθηκε.
event-created = Η εκδήλωση ανακοινώθηκε.
event-cancelled = Η εκδήλωση ακυρώθηκε.
event-decided = Η απόφασή σας αποθηκεύτηκε.
event-session-added = Η ενότητα προστέθηκε στο πρόγραμμα.
event-material-added = Το υλικό προστέθηκε.
event-recording-saved = Ο σύνδεσμος της βιντεοσκόπησης αποθηκεύτηκε.

## Η διεύθυνση ημερολογίου ενός μέλους.

calendar-title = Το ημερολόγιό σας
calendar-lead = Προσθέστε ως συνδρομή τη δική σας διεύθυνση ημερολογίου στο πρόγραμμα ημερολογίου σας (Outlook, Apple Calendar, Thunderbird, Google Calendar): οι εκδηλώσεις στις οποίες έχετε εγγραφεί εμφανίζονται εκεί και ενημερώνονται αυτόματα.
calendar-address-label = Η διεύθυνση του ημερολογίου σας
calendar-address-once = Αντιγράψτε την τώρα: εμφανίζεται μόνο αυτή τη μία φορά. Όποιος έχει αυτή τη διεύθυνση μπορεί να δει τις εκδηλώσεις σας, γι’ αυτό μην τη μοιραστείτε με κανέναν.
calendar-has-address = Έχετε διεύθυνση ημερολογίου. Αν τη χάσατε ή αν μπορεί να τη γνωρίζει κάποιος άλλος, δημιουργήστε νέα: η παλιά θα πάψει να λειτουργεί.
calendar-no-address = Δεν έχετε ακόμη διεύθυνση ημερολογίου.
calendar-make = Δημιουργία της διεύθυνσης ημερολογίου μου
calendar-make-new = Δημιουργία νέας διεύθυνσης
calendar-revoke = Ανάκληση της διεύθυνσής μου
calendar-public-feeds = Δημόσια ημερολόγια
calendar-public-feeds-lead = Οι ανοιχτές σε όλους εκδηλώσεις κάθε δικτύου και κάθε δημόσιας ομάδας εργασίας, για συνδρομή χωρίς σύνδεση.
calendar-address-made = Η νέα διεύθυνση του ημερολογίου σας είναι έτοιμη.
calendar-address-revoked = Η διεύθυνση του ημερολογίου σας ανακλήθηκε: τα προγράμματα ημερολογίου δεν θα λαμβάνουν πλέον τίποτα από αυτήν.
event-participant = Συμμετέχων
error-cancel-unconfirmed = Επιλέξτε το πλαίσιο για να επιβεβαιώσετε την ακύρωση της εκδήλωσης.
event-country-none = Δεν αναφέρεται

## Μηνύματα email για θέση σε εκδήλωση.

mail-event-place-subject = Η θέση σας: { $title }
mail-event-place-body = Γεια σας, { $name },

    έχετε θέση στην εκδήλωση «{ $title }», { $time }.

    Η εκδήλωση επισυνάπτεται σε αυτό το email: το πρόγραμμα ημερολογίου σας θα την προσθέσει και θα την ενημερώσει αν αλλάξει. Η σελίδα της, με τον σύνδεσμο τηλεδιάσκεψης αν πρόκειται για διαδικτυακή εκδήλωση:
    { $link }
mail-event-cancelled-subject = Αφαιρέθηκε από το ημερολόγιό σας: { $title }
mail-event-cancelled-body = Γεια σας, { $name },

    η εκδήλωση «{ $title }», { $time }, αφαιρείται από το ημερολόγιό σας: ακυρώθηκε η εκδήλωση ή η εγγραφή σας.

    Το συνημμένο μήνυμα επιτρέπει στο πρόγραμμα ημερολογίου σας να την αφαιρέσει. Η σελίδα της εκδήλωσης:
    { $link }
mail-event-reminder-subject = Ξεκινά σύντομα: { $title }
mail-event-reminder-body = Γεια σας, { $name },

    σας υπενθυμίζουμε ότι η εκδήλωση «{ $title }» ξεκινά στις { $time }.

    Η σελίδα της εκδήλωσης, με τον σύνδεσμο τηλεδιάσκεψης αν πρόκειται για διαδικτυακή εκδήλωση:
    { $link }

event-add-question = Θέστε ερώτημα στις ομάδες συζήτησης
event-question-text = Ερώτημα
event-record-answer = Καταγράψτε την απάντηση μιας ομάδας
event-answer-group = Ομάδα συζήτησης
event-answer-text = Η απάντηση της ομάδας
event-question-added = Το ερώτημα προστέθηκε.
event-answer-recorded = Η απάντηση της ομάδας καταγράφηκε.

event-edit = Αλλαγή της εκδήλωσης
event-edit-save = Αποθήκευση των αλλαγών
event-saved = Η εκδήλωση αποθηκεύτηκε. Όσοι έχουν θέση λαμβάνουν την αλλαγή στα ημερολόγιά τους.

## Οι διοργανωτές προσκαλούν μέλη.

error-member-unknown = Κανένα μέλος δεν έχει αυτή τη διεύθυνση email.
event-invite = Πρόσκληση μέλους
event-invite-email = Η διεύθυνση email του μέλους
event-invited = Η πρόσκληση στάλθηκε.
mail-event-invited-subject = Έχετε προσκληθεί: { $title }
mail-event-invited-body = Γεια σας, { $name },

    οι διοργανωτές σας προσκαλούν στην εκδήλωση «{ $title }», { $time }.

    Εξασφαλίστε τη θέση σας στη σελίδα της εκδήλωσης:
    { $link }
