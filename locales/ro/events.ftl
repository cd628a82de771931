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

## Lista evenimentelor.

events-title = Evenimente
events-lead = Sesiuni de învățare între egali, seminarii online, conferințe, ateliere de lucru, vizite de studiu și reuniuni anuale ale rețelelor și ale grupurilor lor de lucru.
events-upcoming = Evenimente viitoare
events-past = Evenimente trecute
events-found = { $count ->
    [one] Un eveniment
    [few] { $count } evenimente
   *[other] { $count } de evenimente
}
events-none = Niciun eveniment nu corespunde acestor opțiuni.
events-organise = Organizați un eveniment
events-your-calendar = Calendarul dumneavoastră
events-filter-kind = Tipul evenimentului
events-filter-network = Rețea
events-show = Afișați
event-your-time = Ora dumneavoastră: { $time }
event-online = Virtual
event-places-left = { $count ->
    [one] A mai rămas un loc
    [few] Au mai rămas { $count } locuri
   *[other] Au mai rămas { $count } de locuri
}
event-full = Locuri epuizate: lista de așteptare este deschisă
event-recorded = Înregistrare disponibilă
event-cancelled-badge = Anulat
event-in-series = Face parte dintr-o serie

## Pagina unui eveniment.

event-when = Când
event-where = Unde
event-languages = Limbi vorbite
event-organised-by = Organizator
event-admission = Participare
event-places = Locuri
event-places-taken = Locuri ocupate: { $registered } din { $capacity }
event-places-unlimited = Persoane înscrise: { $registered }, fără limită de locuri
event-waiting-count = { $count ->
    [one] O persoană pe lista de așteptare
    [few] { $count } persoane pe lista de așteptare
   *[other] { $count } de persoane pe lista de așteptare
}
event-your-standing = Înscrierea dumneavoastră
event-register = Înscrieți-vă
event-request = Solicitați un loc
event-join-waiting-list = Înscrieți-vă pe lista de așteptare
event-access-needs = Nevoi de accesibilitate (opțional)
event-access-needs-hint = Numai organizatorii văd aceste informații: acces fără trepte, interpretare în limbaj mimico-gestual, cerințe alimentare, orice vă ajută să participați.
event-withdraw = Anulați-mi înscrierea
event-sign-in-to-register = Autentificați-vă pentru a vă înscrie
event-meeting-link = Adresa de conectare la reuniune
event-meeting-link-hint = Adresa de conectare la reuniune este afișată aici participanților după ce au obținut un loc.
event-add-to-calendar = Adăugați în calendarul dumneavoastră
event-calendar-file = Acest eveniment (fișier .ics)
event-series-file = Întreaga serie (fișier .ics)
event-agenda = Agendă
event-materials = Materiale
event-recording = Înregistrare
event-watch-recording = Urmăriți înregistrarea
event-questions = Întrebări și răspunsuri
event-conclusions = Concluzii
event-taken-place = Acest eveniment a avut loc.

## Ce fac organizatorii pe pagina unui eveniment.

event-organisers = Pentru organizatori
event-participants = Participanți
event-participants-csv = Descărcați lista participanților (CSV)
event-no-participants = Nu s-a înscris încă nimeni.
event-cancel = Anulați acest eveniment
event-cancel-confirm = Da, anulați-l: calendarele participanților vor fi actualizate.
event-add-session = Adăugați o sesiune în agendă
event-session-starts = Început
event-session-ends = Sfârșit
event-session-title = Titlu
event-session-speakers = Vorbitori
event-add-material = Adăugați material
event-material-title = Titlu
event-material-link = Un link sau numărul ori adresa unei resurse din bibliotecă
event-recording-link = Linkul către înregistrare
event-save = Salvați

## Formularul pentru un eveniment nou.

event-new-title = Organizați un eveniment
event-new-lead = Anunțați un eveniment membrilor. Orele se introduc după ora fusului orar pe care îl alegeți; toată lumea le vede în acest fus orar și în propriul fus orar.
event-field-organiser = Organizator
event-organiser-platform = Întreaga platformă
event-field-kind = Tipul evenimentului
event-field-title = Titlu
event-field-lang = Limba acestui anunț
event-field-languages = Limbile vorbite la eveniment
event-field-description = Descriere
event-field-time-zone = Fus orar
event-field-starts = Început
event-field-ends = Sfârșit
event-field-online-url = Adresa de conectare la reuniune (pentru un eveniment virtual)
event-field-venue = Locul de desfășurare (pentru un eveniment cu prezență fizică)
event-field-address = Adresă
event-field-country = Țară
event-field-visibility = Cine îl poate vedea
event-field-admission = Participare
event-field-capacity = Număr de locuri
event-field-capacity-hint = Lăsați câmpul gol dacă nu există o limită. Când toate locurile sunt ocupate, se deschide o listă de așteptare.
event-field-repeat = Repetare
event-repeat-none = Nu se repetă
event-field-until = Ultima dată din serie
event-create = Anunțați evenimentul

## Mesaje după trimiterea unui formular.

event-registered = V-ați înscris. Adresa de conectare la reuniune și fișierul de calendar se află pe această pagină.
event-waiting = Locurile sunt ocupate: sunteți pe lista de așteptare și veți primi un loc imediat ce se eliberează unul.
event-requested = Solicitarea dumneavoastră a fost trimisă organizatorilor.
event-withdrawn = Înscrierea dumneavoastră a fost anulată.
event-created = Evenimentul a fost anunțat.
event-cancelled = Evenimentul a fost anulat.
event-decided = Decizia dumneavoastră a fost salvată.
event-session-added = Sesiunea a fost adăugată în agendă.
event-material-added = Materialul a fost adăugat.
event-recording-saved = Linkul către înregistrare a fost salvat.

## Adresa de calendar a unui membru.

calendar-title = Calendarul dumneavoastră
calendar-lead = Abonați-vă la propria adresă de calendar din programul dumneavoastră de calendar (Outlook, Apple Calendar, Thunderbird, Google Calendar): evenimentele la care v-ați înscris apar acolo și sunt mereu actualizate.
calendar-address-label = Adresa calendarului dumneavoastră
calendar-address-once = Copiați-o acum: este afișată doar de această dată. Oricine are această adresă vă poate vedea evenimentele, așa că nu o comunicați nimănui.
calendar-has-address = Aveți o adresă de calendar. Dacă ați pierdut-o sau dacă este posibil ca altcineva să o cunoască, creați una nouă: cea veche nu va mai funcționa.
calendar-no-address = Nu aveți încă o adresă de calendar.
calendar-make = Creați adresa calendarului meu
calendar-make-new = Creați o adresă nouă
calendar-revoke = Revocați adresa mea
calendar-public-feeds = Calendare publice
calendar-public-feeds-lead = Evenimentele deschise tuturor ale fiecărei rețele și ale fiecărui grup de lucru public, la care vă puteți abona fără autentificare.
calendar-address-made = Noua adresă a calendarului dumneavoastră este gata.
calendar-address-revoked = Adresa calendarului dumneavoastră a fost revocată: programele de calendar nu mai primesc nimic de la ea.
event-participant = Participant
error-cancel-unconfirmed = Bifați caseta pentru a confirma anularea evenimentului.
event-country-none = Nespecificată

## E-mailuri despre un loc la un eveniment.

mail-event-place-subject = Locul dumneavoastră: { $title }
mail-event-place-body = Bună ziua, { $name },

    aveți un loc la „{ $title }”, { $time }.

    Evenimentul este atașat acestui e-mail: programul dumneavoastră de calendar îl adaugă și îl actualizează dacă se modifică. Pagina evenimentului, cu adresa de conectare la reuniune în cazul unui eveniment virtual:
    { $link }
mail-event-cancelled-subject = Eliminat din calendarul dumneavoastră: { $title }
mail-event-cancelled-body = Bună ziua, { $name },

    evenimentul „{ $title }”, { $time }, a fost eliminat din calendarul dumneavoastră: fie evenimentul a fost anulat, fie înscrierea dumneavoastră.

    Mesajul atașat permite programului dumneavoastră de calendar să îl elimine. Pagina evenimentului:
    { $link }
mail-event-reminder-subject = În curând: { $title }
mail-event-reminder-body = Bună ziua, { $name },

    vă reamintim că evenimentul „{ $title }” începe pe { $time }.

    Pagina evenimentului, cu adresa de conectare la reuniune în cazul unui eveniment virtual:
    { $link }

event-add-question = Adresați o întrebare grupurilor de discuție
event-question-text = Întrebare
event-record-answer = Consemnați răspunsul unui grup
event-answer-group = Grup de discuție
event-answer-text = Răspunsul grupului
event-question-added = Întrebarea a fost adăugată.
event-answer-recorded = Răspunsul grupului a fost consemnat.

event-edit = Modificați acest eveniment
event-edit-save = Salvați modificările
event-saved = Evenimentul a fost salvat. Cei care au un loc primesc modificarea în calendarele lor.

## Organizatorii invită membri.

error-member-unknown = Niciun membru nu are această adresă de e-mail.
event-invite = Invitați un membru
event-invite-email = Adresa de e-mail a membrului
event-invited = Invitația a fost trimisă.
mail-event-invited-subject = Ați primit o invitație: { $title }
mail-event-invited-body = Bună ziua, { $name },

    organizatorii vă invită la evenimentul „{ $title }”, { $time }.

    Rezervați-vă locul pe pagina evenimentului:
    { $link }
