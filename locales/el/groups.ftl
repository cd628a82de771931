## Ομάδες εργασίας: ο κατάλογος.

groups-title = Ομάδες εργασίας
groups-lead = Θεματικές ομάδες που συνεργάζονται για ορισμένο χρονικό διάστημα προς έναν κοινό σκοπό, με υπεύθυνους από τα μέλη τους που εναλλάσσονται καθώς προχωρά η εργασία.
groups-none = Δεν υπάρχουν ακόμη ομάδες εργασίας.
groups-found-new = Σύσταση ομάδας εργασίας
group-members-count = { $count ->
    [one] Ένα μέλος
   *[other] { $count } μέλη
}
group-archived = Αρχειοθετημένη

## Ο χώρος μιας ομάδας.

group-purpose = Σκοπός
group-deliverables = Παραδοτέα
group-mandate = Θητεία
group-mandate-dates = Από { $from } έως { $until }
group-mandate-open = Από { $from }, χωρίς ημερομηνία λήξης
group-joining = Ένταξη
group-seen-by = Ορατή σε
group-leaders = Υπεύθυνοι
group-leader-since = από { $since }
group-former-leaders = Πρώην υπεύθυνοι
group-leader-term = { $since } έως { $until }
group-members = Μέλη
group-events = Οι εκδηλώσεις της ομάδας
group-no-events = Η ομάδα δεν έχει ακόμη εκδηλώσεις.
group-join = Ένταξη στην ομάδα
group-ask = Αίτηση ένταξης
group-accept-invitation = Αποδοχή της πρόσκλησης
group-leave = Αποχώρηση από την ομάδα
group-you-member = Είστε μέλος αυτής της ομάδας.
group-you-asked = Το αίτημά σας αναμένει την απόφαση των υπευθύνων.
group-you-invited = Έχετε προσκληθεί σε αυτή την ομάδα.
group-archived-note = Η θητεία αυτής της ομάδας έληξε: το έργο της διατηρείται εδώ για ανάγνωση.
group-sign-in-to-join = Συνδεθείτε για να γίνετε μέλος
group-requests = Αιτήσεις ένταξης
group-appoint = Ανάθεση ρόλου υπευθύνου
group-step-down = Παραίτηση από τον ρόλο του υπευθύνου
group-calendar = Το δημόσιο ημερολόγιο της ομάδας (.ics)

## Η φόρμα για μια νέα ομάδα.

group-new-title = Σύσταση ομάδας εργασίας
group-new-lead = Δώστε στην ομάδα τον καταστατικό της χάρτη: τον σκοπό της, τι θα παραδώσει και για πόσο χρονικό διάστημα. Γίνεστε ο πρώτος υπεύθυνός της.
group-field-network = Δίκτυο
group-network-none = Ολόκληρη η πλατφόρμα
group-field-title = Όνομα της ομάδας
group-field-topic = Θέμα
group-topic-none = Χωρίς συγκεκριμένο θέμα
group-field-lang = Γλώσσα εργασίας
group-field-purpose = Σκοπός
group-field-deliverables = Παραδοτέα
group-field-starts = Έναρξη της θητείας
group-field-ends = Λήξη της θητείας (προαιρετικό)
group-field-admission = Ένταξη
group-field-visibility = Ορατή σε
group-found = Σύσταση της ομάδας

## Μηνύματα μετά την υποβολή μιας φόρμας.

group-founded = Η ομάδα εργασίας συστάθηκε. Είστε ο πρώτος υπεύθυνός της.
group-joined = Είστε μέλος της ομάδας.
group-requested = Το αίτημά σας στάλθηκε στους υπευθύνους της ομάδας.
group-left = Αποχωρήσατε από την ομάδα.
group-decided = Η απόφασή σας αποθηκεύτηκε.
group-leader-appointed = Ο νέος υπεύθυνος ορίστηκε.
group-stepped-down = Παραιτηθήκατε από τον ρόλο του υπευθύνου.
group-standing-requested = Ζητά να συμμετάσχει
group-standing-invited = Προσκεκλημένος
