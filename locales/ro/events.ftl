## Evenimente: motivele pentru care sunt refuzate o oră, un număr de locuri sau o înscriere.

error-time-zone-unknown = Alegeți un fus orar din listă.
error-wall-time-skipped = Această oră nu există în ziua respectivă în acest fus orar: ceasurile se dau înainte cu o oră (trecerea la ora de vară). Alegeți o altă oră.
error-wall-time-repeated = Această oră apare de două ori în ziua respectivă în acest fus orar: ceasurile se dau înapoi cu o oră (trecerea la ora de iarnă). Alegeți o altă oră.
error-capacity-invalid = Numărul de locuri trebuie să fie un număr întreg de cel puțin 1. Lăsați câmpul gol dacă nu există o limită.
error-already-registered = V-ați înscris deja la acest eveniment.
error-event-past = Acest eveniment a avut deja loc.
error-event-cancelled = Acest eveniment a fost anulat.
error-invitation-only = Locurile la acest eveniment se acordă numai pe bază de invitație. Adresați-vă organizatorilor dacă doriți să participați.
error-group-archived = Mandatul acestui grup de lucru s-a încheiat: grupul este arhivat și nu mai poate fi modificat.
error-last-leader = Un grup de lucru trebuie să aibă cel puțin un lider. Desemnați un alt lider înainte de a vă retrage.
error-place-missing = Indicați adresa de conectare la reuniune, locul de desfășurare sau ambele.
error-series-too-long = O serie poate cuprinde cel mult 150 de evenimente. Alegeți o dată de încheiere mai apropiată.
error-event-unknown = Nu există niciun eveniment la această adresă sau nu aveți acces la el.
error-group-unknown = Nu există niciun grup de lucru la această adresă sau nu aveți acces la el.
error-calendar-address-revoked = Această adresă de calendar a fost revocată. Copiați noua adresă de pe pagina calendarului dumneavoastră.
error-not-registered = Nu v-ați înscris la acest eveniment.

## Tipurile de evenimente.

event-kind-peer-learning = Sesiune de învățare între egali
event-kind-webinar = Seminar online
event-kind-e-conference = Conferință virtuală
event-kind-workshop = Atelier de lucru
event-kind-study-visit = Vizită de studiu
event-kind-annual-meeting = Reuniune anuală

## Cum se obține un loc la un eveniment sau într-un grup de lucru.

admission-open = Deschis tuturor
admission-request = La cerere, cu aprobarea organizatorilor
admission-invitation = Numai pe bază de invitație

## Situația unui membru în raport cu un eveniment.

attendance-registered = Înscris
attendance-waiting = Pe lista de așteptare
attendance-requested = Solicitare trimisă
attendance-invited = Invitat
attendance-cancelled = Înscriere anulată
attendance-declined = Solicitare respinsă

## Cum se repetă o serie de evenimente.

recurrence-weekly = În fiecare săptămână
recurrence-monthly = În fiecare lună, în aceeași zi a săptămânii

## Cine vede un grup de lucru.

group-visibility-public = Toată lumea
group-visibility-members = Membrii autentificați
group-visibility-hidden = Numai membrii grupului
