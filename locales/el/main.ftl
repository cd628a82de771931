## Το πλαίσιο κάθε σελίδας

site-name = EuroVET Commons
skip-to-content = Μετάβαση στο περιεχόμενο
nav-label = Κύρια πλοήγηση
nav-directory = Κατάλογος
nav-counselling = Συμβουλευτική μεταξύ ομοτίμων
nav-plans = Στρατηγική και σχέδια
footer-tagline = Το κοινό σπίτι των ευρωπαϊκών δικτύων παρόχων επαγγελματικής εκπαίδευσης και κατάρτισης (ΕΕΚ).
loading = Φόρτωση…
search-button = Αναζήτηση
error-load = Δεν ήταν δυνατή η φόρτωση. Δοκιμάστε ξανά σε λίγο.

not-found-title = Η σελίδα δεν βρέθηκε
not-found-body = Δεν υπάρχει τίποτα σε αυτή τη διεύθυνση. Η σελίδα μπορεί να έχει μετακινηθεί ή ο σύνδεσμος να είναι λανθασμένος.
not-found-home = Μετάβαση στην αρχική σελίδα

## Χώρα και γλώσσα

language-link = Χώρα και γλώσσα
language-title = Επιλέξτε τη χώρα και τη γλώσσα σας
language-lead = Επιλέξτε τη χώρα σας και, στη συνέχεια, μία από τις γλώσσες της. Κάθε σελίδα ακολουθεί την επιλογή σας και αυτή η συσκευή τη θυμάται.
language-current = Διαβάζετε την πλατφόρμα στη γλώσσα: { $language }.
language-countries = Χώρες-μέλη και οι γλώσσες τους

## Αρχική σελίδα

home-title = Οι πάροχοι ΕΕΚ της Ευρώπης, ενωμένοι σε ένα δίκτυο
home-lead = Βρείτε εταίρους σε όλα τα δίκτυα-μέλη, ζητήστε τη συμβουλή ομοτίμων σας και διαμορφώστε από κοινού τη στρατηγική του δικτύου.
home-figures = Το δίκτυο σε αριθμούς
home-parts = Τι μπορείτε να κάνετε εδώ
home-directory = Δίκτυα, οργανισμοί και μέλη σε κάθε χώρα-μέλος, καθώς και εταίροι για το επόμενο έργο σας.
home-counselling = Ρωτήστε ομοτίμους που έχουν ήδη λύσει το πρόβλημα και απαντήστε στη δική σας γλώσσα.
home-plans = Το όραμα, οι επιδιώξεις και οι δραστηριότητες κάθε δικτύου, με κοινή παρακολούθηση από τους συντονιστές του.
figure-networks = { $count ->
    [one] δίκτυο
   *[other] δίκτυα
}
figure-organisations = { $count ->
    [one] οργανισμός
   *[other] οργανισμοί
}
figure-members = { $count ->
    [one] μέλος
   *[other] μέλη
}
figure-countries = { $count ->
    [one] χώρα
   *[other] χώρες
}

## Κατάλογος

directory-title = Κατάλογος μελών
directory-lead = Τα δίκτυα της πλατφόρμας, από το διεθνές δίκτυο έως τα εθνικά, περιφερειακά και θεματικά δίκτυα που ανήκουν σε αυτό.
directory-search-label = Αναζήτηση δικτύων με βάση το όνομα ή την πόλη
directory-tree-label = Τα δίκτυα και τα δίκτυα-μέλη τους
directory-no-match = Κανένα δίκτυο δεν αντιστοιχεί στο «{ $query }».
organisation-count = { $count ->
    [0] κανένας οργανισμός-μέλος
    [one] { $count } οργανισμός-μέλος
   *[other] { $count } οργανισμοί-μέλη
}
directory-organisations-link = Περιήγηση σε όλους τους οργανισμούς

organisations-title = Οργανισμοί
organisations-lead = Όλοι οι οργανισμοί-μέλη της πλατφόρμας. Αναζητήστε με βάση το όνομα, την πόλη ή την περιγραφή και περιορίστε τη λίστα με τα φίλτρα.
organisations-search-label = Όνομα, πόλη ή περιγραφή
organisations-found = { $count ->
    [0] Δεν βρέθηκαν οργανισμοί
    [one] Βρέθηκε { $count } οργανισμός
   *[other] Βρέθηκαν { $count } οργανισμοί
}
organisations-none = Κανένας οργανισμός δεν αντιστοιχεί σε αυτά τα φίλτρα. Αφαιρέστε ένα φίλτρο ή αναζητήστε με λιγότερες λέξεις.
filter-any = Όλα
filter-country = Χώρα
filter-type = Είδος οργανισμού
filter-sector = Τομέας
filter-topic = Πεδίο εμπειρογνωμοσύνης
filter-language = Ομιλούμενη γλώσσα
sort-label = Ταξινόμηση κατά
sort-relevance = Καλύτερη αντιστοιχία
sort-name = Όνομα
sort-newest = Πρώτα οι νεότεροι
sort-country = Χώρα
page-navigation = Σελίδες
page-previous = Προηγούμενη σελίδα
page-next = Επόμενη σελίδα
page-position = Σελίδα { $page } από { $pages }

organisation-back = Επιστροφή στους οργανισμούς
organisation-description = Σχετικά με τον οργανισμό
organisation-languages = Ομιλούμενες γλώσσες
organisation-website = Ιστότοπος
organisation-networks = Δίκτυα
organisation-members = Μέλη
organisation-contact-private = Τα στοιχεία επικοινωνίας εμφανίζονται μόνο σε συνδεδεμένα μέλη.

network-back = Επιστροφή στον κατάλογο μελών
network-parent = Μέλος του δικτύου
network-figures = Το δίκτυο σε αριθμούς
network-description = Σχετικά με το δίκτυο
network-member-networks = Δίκτυα-μέλη
network-organisations = Οργανισμοί-μέλη
network-all-organisations = { $count ->
    [one] Εμφάνιση του { $count } οργανισμού-μέλους στη λίστα οργανισμών
   *[other] Εμφάνιση και των { $count } οργανισμών-μελών στη λίστα οργανισμών
}

## Συμβουλευτική μεταξύ ομοτίμων

counselling-title = Συμβουλευτική μεταξύ ομοτίμων
counselling-lead = Ρωτήστε μέλη που αντιμετώπισαν το ίδιο ερώτημα και μοιραστείτε ό,τι λειτούργησε για εσάς.
counselling-topics = Θέματα και οι οργανισμοί με εμπειρογνωμοσύνη σε αυτά
expertise-count = { $count ->
    [one] { $count } οργανισμός με εμπειρογνωμοσύνη
   *[other] { $count } οργανισμοί με εμπειρογνωμοσύνη
}

## Στρατηγική και σχέδια

plans-title = Στρατηγική και σχέδια δράσης
plans-lead = Η πενταετής στρατηγική κάθε δικτύου, οι επιδιώξεις του και οι δραστηριότητες του σχεδίου δράσης του.
