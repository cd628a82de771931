## Επεξεργασία του καταλόγου: οργανισμοί, αναζήτηση εταίρων, μέλη, δίκτυα, εισαγωγές.

organisations-export = Λήψη αυτής της λίστας σε μορφή CSV
filter-offers = Προσφέρει συνεργασία
filter-seeks = Αναζητεί συνεργασία

organisation-edit = Επεξεργασία αυτού του οργανισμού
organisation-edit-title = Επεξεργασία του οργανισμού
organisation-edit-back = Επιστροφή στον οργανισμό
organisation-edit-not-allowed = Μόνο τα μέλη του ίδιου του οργανισμού και οι συντονιστές της πλατφόρμας μπορούν να τον επεξεργαστούν.
organisation-save = Αποθήκευση του οργανισμού
organisation-saved = Ο οργανισμός αποθηκεύτηκε.
field-organisation-name = Όνομα του οργανισμού
field-city = Πόλη
field-description = Περιγραφή
field-description-language = Γλώσσα της περιγραφής
field-topics = Πεδία εμπειρογνωμοσύνης

partnerships-page-title = Αναζήτηση εταίρων
partnerships-lead = Τι προσφέρουν και τι αναζητούν οι οργανισμοί των δικτύων. Φιλτράρετε με βάση το είδος συνεργασίας, το θέμα και τη χώρα.
partnerships-title = Προσφορές και ανάγκες
partnerships-none-here = Αυτός ο οργανισμός δεν έχει δηλώσει ακόμη προσφορές ή ανάγκες.
partnerships-none = Καμία προσφορά ή ανάγκη δεν αντιστοιχεί σε αυτά τα φίλτρα.
partnerships-found = { $count ->
    [one] { $count } προσφορά ή ανάγκη
   *[other] { $count } προσφορές και ανάγκες
}
partnership-add = Προσθήκη προσφοράς ή ανάγκης
partnership-add-submit = Προσθήκη
partnership-added = Η προσφορά ή η ανάγκη προστέθηκε.
partnership-withdraw = Απόσυρση
partnership-removed = Η προσφορά ή η ανάγκη αποσύρθηκε.
partnership-any-country = Ανοιχτή σε εταίρους από οποιαδήποτε χώρα
partnership-open-to = Ανοιχτή σε εταίρους από: { $countries }
field-direction = Προσφορά ή ανάγκη
field-partnership-kind = Είδος συνεργασίας
field-open-to = Ανοιχτή σε εταίρους από
field-open-to-hint = Μην επιλέξετε καμία χώρα για να δέχεστε εταίρους από όλες τις χώρες· κρατήστε πατημένο το Ctrl (ή το ⌘) για να επιλέξετε περισσότερες.
suggestions-title = Πιθανοί εταίροι
suggestions-intro = Προσφορές άλλων οργανισμών που αντιστοιχούν στις ανάγκες αυτού του οργανισμού: ίδιο είδος συνεργασίας και τουλάχιστον ένα κοινό θέμα.
suggestions-mine = Πιθανοί εταίροι για τον οργανισμό σας
suggestion-for = Καλύπτει την ανάγκη: { $kind }

memberships-title = Συμμετοχή σε δίκτυα
memberships-intro = Τα δίκτυα στα οποία είστε διευκολυντής: προσθέστε αυτόν τον οργανισμό, αλλάξτε την κατηγορία μέλους του ή αφαιρέστε τον.
membership-add = Προσθήκη στο δίκτυο
membership-save = Αλλαγή κατηγορίας
membership-remove = Αφαίρεση από το δίκτυο
membership-saved = Η συμμετοχή αποθηκεύτηκε.
membership-removed = Ο οργανισμός αφαιρέθηκε από το δίκτυο.
field-level = Κατηγορία μέλους
field-network = Δίκτυο

network-facilitators = Διευκολυντές
field-expertise = Εμπειρογνωμοσύνη
member-no-expertise = Δεν έχει δηλωθεί ακόμη εμπειρογνωμοσύνη.

network-create = Δημιουργία δικτύου
network-create-submit = Δημιουργία του δικτύου
network-created = Το δίκτυο δημιουργήθηκε.
field-network-name = Όνομα του δικτύου
field-network-kind = Είδος δικτύου
field-network-parent = Μέλος του δικτύου
network-no-parent = Κανένα (δίκτυο ανώτατου επιπέδου)
network-no-country = Καμία (διεθνές ή θεματικό δίκτυο)
network-country-hint = Τα εθνικά και τα περιφερειακά δίκτυα πρέπει να έχουν χώρα.

import-title = Εισαγωγή οργανισμών
import-lead = Προσθέστε πολλούς οργανισμούς σε ένα δίκτυο με μία κίνηση από ένα αρχείο CSV. Πριν εισαχθεί οτιδήποτε, θα δείτε τον έλεγχο κάθε γραμμής.
import-not-allowed = Μόνο οι διευκολυντές ενός δικτύου και οι συντονιστές της πλατφόρμας μπορούν να εισάγουν οργανισμούς.
import-columns = Η πρώτη γραμμή του αρχείου περιέχει τα ονόματα των στηλών: { $required } (υποχρεωτικές) και { $optional } (προαιρετικές). Οι στήλες μπορούν να έχουν οποιαδήποτε σειρά και να χωρίζονται με κόμμα (,) ή ερωτηματικό (;).
import-lists-hint = Οι τομείς, τα θέματα και οι γλώσσες δέχονται πολλές τιμές χωρισμένες με ερωτηματικό (;), με τα ίδια κλειδιά όπως σε μια λίστα που έχει εξαχθεί· η κατηγορία μέλους είναι «core», «member» ή «associate» («member» αν μείνει κενή).
import-network = Δίκτυο στο οποίο εντάσσονται οι οργανισμοί
import-file = Αρχείο CSV (UTF-8)
import-upload = Έλεγχος του αρχείου
import-preview-title = Προεπισκόπηση εισαγωγής
import-preview-heading = Εισαγωγή του αρχείου { $file } στο δίκτυο { $network }
import-summary = { $ready ->
    [one] { $ready } οργανισμός έτοιμος για εισαγωγή
   *[other] { $ready } οργανισμοί έτοιμοι για εισαγωγή
}, { $problems ->
    [one] { $problems } πρόβλημα
   *[other] { $problems } προβλήματα
}.
import-problems = Γραμμές με προβλήματα
import-fix-and-upload = Δεν εισάγεται τίποτα όσο υπάρχει γραμμή με πρόβλημα. Διορθώστε το αρχείο και ανεβάστε το ξανά.
import-ready = Γραμμές έτοιμες για εισαγωγή
import-line = Γραμμή
import-column = Στήλη
import-problem = Πρόβλημα
import-value = Τιμή στο αρχείο
import-apply = { $count ->
    [one] Εισαγωγή { $count } οργανισμού
   *[other] Εισαγωγή { $count } οργανισμών
}
import-applied = Οι οργανισμοί εισήχθησαν.
import-done = { $count ->
    [one] Εισήχθη { $count } οργανισμός.
   *[other] Εισήχθησαν { $count } οργανισμοί.
}
import-another = Εισαγωγή άλλου αρχείου

error-text-missing = Συμπληρώστε αυτό το πεδίο.
error-choice-unknown = Επιλέξτε μία από τις διαθέσιμες τιμές.
error-website-invalid = Εισαγάγετε μια διαδικτυακή διεύθυνση που αρχίζει με https:// ή http://.
error-topic-missing = Επιλέξτε τουλάχιστον ένα θέμα.
error-already-member = Αυτός ο οργανισμός είναι ήδη μέλος του δικτύου.
error-organisation-exists = Υπάρχει ήδη οργανισμός με αυτό το όνομα σε αυτή την πόλη.
error-import-unreadable = Δεν ήταν δυνατή η ανάγνωση του αρχείου ως πίνακα οργανισμών. Ελέγξτε ότι πρόκειται για αρχείο CSV με κωδικοποίηση UTF-8, του οποίου η πρώτη γραμμή περιέχει τα ονόματα των υποχρεωτικών στηλών.
error-import-empty = Το αρχείο δεν περιέχει οργανισμούς.
error-import-too-large = Το αρχείο είναι πολύ μεγάλο: επιτρέπονται έως 5 MB και 20.000 οργανισμοί.
error-import-has-errors = Ορισμένες γραμμές έχουν προβλήματα, γι’ αυτό δεν εισήχθη τίποτα.
error-import-applied = Αυτό το αρχείο έχει ήδη εισαχθεί.
error-limit-reached = Συμπληρώθηκε το όριο: αφαιρέστε μια καταχώριση πριν προσθέσετε άλλη.
