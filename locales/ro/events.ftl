## Evenimente: motivele pentru care sunt refuzate o oră, un număr de locuri sau o înscriere.

error-time-zone-unknown = Alegeți un fus orar din listă.
error-wall-time-skipped = Această oră nu există în ziua respectivă în acest fus orar: ceasurile se dau înainte cu o oră (trecerea la ora de vară). Alegeți o altă oră.
error-wall-time-repeated = Această oră apare de două ori în ziua respectivă în acest fus orar: ceasurile se dau înapoi cu o oră (trecerea la ora de iarnă). Alegeți o altă oră.
error-capacity-invalid = Numărul de locuri trebuie să fie un număr întreg de cel puțin 1. Lăsați câmpul gol dacă nu există o limită.
error-already-registered = V-ați înscris deja la acest eveniment.
error-event-past = Acest eveniment a avut deja loc.
error-event-cancelled = Acest eveniment a fost anulat.
