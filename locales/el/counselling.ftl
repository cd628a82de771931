## Συμβουλευτική μεταξύ ομοτίμων: ο κατάλογος των συζητήσεων

counselling-sign-in-to-ask = Συνδεθείτε για να κάνετε μια ερώτηση στους ομοτίμους σας ή για να απαντήσετε σε μια ερώτηση.
threads-search-label = Αναζήτηση στις ερωτήσεις και τις απαντήσεις
thread-topic = Θέμα
threads-language = Γλώσσα
threads-network = Δίκτυο
threads-state = Απάντηση
threads-unsolved = Χωρίς απάντηση ακόμη
threads-solved = Με απάντηση
threads-show = Εμφάνιση
threads-followed = Συζητήσεις που παρακολουθώ
threads-mine = Οι ερωτήσεις μου
threads-found = { $count ->
    [one] { $count } συζήτηση
   *[other] { $count } συζητήσεις
}
threads-none = Καμία συζήτηση δεν αντιστοιχεί. Δοκιμάστε με λιγότερα φίλτρα ή κάντε εσείς την ερώτηση.
thread-unread = Νέα
thread-solved = Με απάντηση
thread-hidden-badge = Σε απόκρυψη
thread-asked-by = ερώτηση από { $name }
thread-replies = { $count ->
    [one] { $count } απάντηση
   *[other] { $count } απαντήσεις
}
notifications-link = Ειδοποιήσεις
notifications-unread = { $count ->
    [one] { $count } μη αναγνωσμένη
   *[other] { $count } μη αναγνωσμένες
}

## Μια συζήτηση

thread-back = Όλες οι συζητήσεις
thread-platform = Ολόκληρη η πλατφόρμα
thread-hidden = Οι επόπτες έχουν αποκρύψει αυτή την ερώτηση. Μόνο εσείς και οι επόπτες μπορείτε να τη δείτε.
thread-follow = Παρακολούθηση αυτής της συζήτησης
thread-unfollow = Διακοπή παρακολούθησης
thread-sign-in-to-reply = Συνδεθείτε για να απαντήσετε.
answer-accepted-title = Αποδεκτή απάντηση
answer-accepted-badge = Αποδεκτή απάντηση
answer-accept = Αποδοχή ως απάντηση
answer-unaccept = Ανάκληση της αποδοχής
post-edited-link = τροποποιήθηκε (δείτε τις εκδόσεις)
post-hidden = Αποκρύφτηκε από τους επόπτες: { $reason }
post-quote = Παράθεση
post-edit = Επεξεργασία
post-flag = Αναφορά στους επόπτες
flag-reason = Γιατί πρέπει οι επόπτες να εξετάσουν αυτή την ανάρτηση;
flag-send = Αποστολή της αναφοράς
post-language = Γλώσσα του κειμένου
reply-title = Η απάντησή σας
reply-body = Απάντηση
reply-send = Δημοσίευση της απάντησης
markdown-help = Μπορείτε να μορφοποιήσετε το κείμενο με Markdown: **έντονα**, *πλάγια*, λίστες που αρχίζουν με -, σύνδεσμοι με τη μορφή [κείμενο](https://…).
markdown-preview = Προεπισκόπηση

## Υποβολή ερώτησης

ask-title = Ρωτήστε τους ομοτίμους σας
ask-lead = Περιγράψτε την κατάστασή σας και τι έχετε ήδη δοκιμάσει. Τα μέλη των δικτύων που βλέπουν την ερώτησή σας θα μπορούν να απαντήσουν.
ask-field-title = Η ερώτησή σας σε μία πρόταση
ask-field-body = Λεπτομέρειες
ask-field-audience = Ποιοι μπορούν να τη δουν
ask-send = Δημοσίευση της ερώτησης

## Επεξεργασία και εκδόσεις

post-edit-title = Επεξεργασία της ανάρτησής σας
post-edit-body = Κείμενο
post-edit-save = Αποθήκευση της νέας έκδοσης
post-history-title = Εκδόσεις μιας ανάρτησης
post-history-current = Τρέχουσα έκδοση
post-history-earlier = Προηγούμενη έκδοση
post-history-back = Επιστροφή στη συζήτηση

## Ειδοποιήσεις και σύνοψη μέσω email

notifications-title = Ειδοποιήσεις
notifications-none = Τίποτα νέο. Παρακολουθήστε μια συζήτηση ή ένα θέμα για να ειδοποιείστε όταν συμβαίνει κάτι σε αυτά.
notifications-mark-read = Σήμανση όλων ως αναγνωσμένων
notification-reply = { $name } απάντησε στη συζήτηση
notification-topic = { $name } έκανε μια ερώτηση σε θέμα που παρακολουθείτε:
notification-accepted = { $name } επέλεξε την απάντησή σας ως αποδεκτή απάντηση στη συζήτηση
digest-title = Σύνοψη μέσω email
digest-legend = Να μου στέλνεται σύνοψη των μη αναγνωσμένων ειδοποιήσεων
digest-immediate = Μόλις συμβεί κάτι
digest-daily = Μία φορά την ημέρα
digest-weekly = Μία φορά την εβδομάδα
digest-never = Ποτέ (τις διαβάζω εδώ)
digest-save = Αποθήκευση της επιλογής
topics-followed-title = Θέματα που παρακολουθώ
topics-followed-lead = Λαμβάνετε ειδοποίηση για κάθε νέα ερώτηση στα θέματα που παρακολουθείτε.
topic-follow = Παρακολούθηση
topic-unfollow = Διακοπή παρακολούθησης

## Εποπτεία περιεχομένου

moderation-title = Εποπτεία περιεχομένου
moderation-queue-title = Αναρτήσεις με αναφορές
moderation-queue-empty = Καμία ανάρτηση δεν αναμένει απόφαση.
moderation-flags = Αναφορές
moderation-decide = Λήψη απόφασης
moderation-reason = Αιτιολογία
moderation-hide = Απόκρυψη της ανάρτησης
moderation-restore = Εκ νέου εμφάνιση της ανάρτησης
moderation-dismiss = Διατήρηση της ανάρτησης ως έχει
moderation-log-title = Αποφάσεις
moderation-log-empty = Δεν έχει ληφθεί ακόμη καμία απόφαση.
moderation-log-when = Ημερομηνία και ώρα
moderation-log-who = Επόπτης
moderation-log-what = Απόφαση
moderation-log-thread = Συζήτηση
moderation-action-hide = Απόκρυψη
moderation-action-restore = Εκ νέου εμφάνιση
moderation-action-dismiss = Απόρριψη των αναφορών

## Μηνύματα επιβεβαίωσης και σφάλματα

thread-asked = Η ερώτησή σας δημοσιεύτηκε. Θα λαμβάνετε ειδοποίηση για κάθε απάντηση.
reply-posted = Η απάντησή σας δημοσιεύτηκε.
post-edited = Η ανάρτησή σας αποθηκεύτηκε· η προηγούμενη έκδοση παραμένει ορατή στο ιστορικό της.
answer-accepted = Η απάντηση επισημάνθηκε ως αποδεκτή.
answer-unaccepted = Η απάντηση δεν επισημαίνεται πλέον ως αποδεκτή.
thread-followed = Παρακολουθείτε πλέον αυτή τη συζήτηση.
thread-unfollowed = Δεν παρακολουθείτε πλέον αυτή τη συζήτηση.
topics-saved = Τα θέματά σας αποθηκεύτηκαν.
post-flagged = Σας ευχαριστούμε: οι επόπτες θα εξετάσουν αυτή την ανάρτηση.
moderation-saved = Η απόφαση αποθηκεύτηκε.
notifications-read = Όλες οι ειδοποιήσεις επισημάνθηκαν ως αναγνωσμένες.
digest-saved = Η επιλογή σας αποθηκεύτηκε.
error-already-flagged = Το έχετε ήδη αναφέρει· οι επόπτες θα το εξετάσουν.
error-not-an-answer = Μόνο μια ορατή απάντηση μπορεί να γίνει η αποδεκτή απάντηση.

## Email

mail-digest-subject = Νέα στη Συμβουλευτική μεταξύ ομοτίμων
mail-digest-body = Γεια σας,

    { $count ->
        [one] έχετε { $count } νέα ειδοποίηση στη Συμβουλευτική μεταξύ ομοτίμων:
       *[other] έχετε { $count } νέες ειδοποιήσεις στη Συμβουλευτική μεταξύ ομοτίμων:
    }

    { $items }
    Όλες οι ειδοποιήσεις σας και η συχνότητα με την οποία λαμβάνετε αυτή τη σύνοψη: { $link }
