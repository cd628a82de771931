## Arrangementer: hvorfor et tidspunkt, et antal pladser eller en tilmelding afvises.

error-time-zone-unknown = Vælg en tidszone på listen.
error-wall-time-skipped = Dette tidspunkt findes ikke i den tidszone på den dag: Uret stilles en time frem. Vælg et andet tidspunkt.
error-wall-time-repeated = Dette tidspunkt forekommer to gange i den tidszone på den dag: Uret stilles en time tilbage. Vælg et andet tidspunkt.
error-capacity-invalid = Antallet af pladser skal være et helt tal på mindst 1. Lad feltet stå tomt, hvis der ikke er nogen begrænsning.
error-already-registered = Du er allerede tilmeldt dette arrangement.
error-event-past = Dette arrangement har allerede fundet sted.
error-event-cancelled = Dette arrangement er aflyst.
error-invitation-only = Pladserne til dette arrangement gives kun efter invitation. Kontakt arrangørerne, hvis du gerne vil deltage.
error-group-archived = Denne arbejdsgruppes mandat er udløbet: den er arkiveret og kan ikke længere ændres.
error-last-leader = En arbejdsgruppe skal have mindst én leder. Udpeg en anden leder, før du træder tilbage.
error-place-missing = Angiv et link til videomødet, et mødested eller begge dele.
error-series-too-long = En række kan højst have 150 gange. Vælg en tidligere slutdato.
error-event-unknown = Der er intet arrangement på denne adresse, eller det er ikke åbent for dig.
error-group-unknown = Der er ingen arbejdsgruppe på denne adresse, eller den er ikke åben for dig.
error-calendar-address-revoked = Denne kalenderadresse er blevet tilbagekaldt. Kopiér din nye adresse fra din kalenderside.
error-not-registered = Du er ikke tilmeldt dette arrangement.

## Typer af arrangementer.

event-kind-peer-learning = Kollegial læring
event-kind-webinar = Onlineseminar
event-kind-e-conference = Onlinekonference
event-kind-workshop = Værksted
event-kind-study-visit = Studiebesøg
event-kind-annual-meeting = Årsmøde

## Hvordan man får en plads ved et arrangement eller kommer ind i en arbejdsgruppe.

admission-open = Åbent for alle
admission-request = Efter anmodning, godkendt af arrangørerne
admission-invitation = Kun efter invitation

## Hvor et medlem står i forhold til et arrangement.

attendance-registered = Tilmeldt
attendance-waiting = På ventelisten
attendance-requested = Anmodning sendt
attendance-invited = Inviteret
attendance-cancelled = Tilmelding annulleret
attendance-declined = Anmodning afvist

## Hvordan en række arrangementer gentages.

recurrence-weekly = Hver uge
recurrence-monthly = Hver måned, på samme ugedag

## Hvem der kan se en arbejdsgruppe.

group-visibility-public = Offentlig
group-visibility-members = Indloggede medlemmer
group-visibility-hidden = Kun gruppens medlemmer

## Listen over arrangementer.

events-title = Arrangementer
events-lead = Kollegial læring, onlineseminarer, konferencer, værksteder, studiebesøg og årsmøder i netværkene og deres arbejdsgrupper.
events-upcoming = Kommende
events-past = Tidligere arrangementer
events-found = { $count ->
    [one] Ét arrangement
   *[other] { $count } arrangementer
}
events-none = Ingen arrangementer matcher disse valg.
events-organise = Planlæg et arrangement
events-your-calendar = Din kalender
events-filter-kind = Type af arrangement
events-filter-network = Netværk
events-show = Vis
event-your-time = Din tid: { $time }
event-online = Onlinearrangement
event-places-left = { $count ->
    [one] Én plads tilbage
   *[other] { $count } pladser tilbage
}
event-full = Alle pladser optaget: venteliste åben
event-recorded = Optagelse tilgængelig
event-cancelled-badge = Aflyst
event-in-series = Del af en række

## Et arrangements side.

event-when = Hvornår
event-where = Hvor
event-languages = Sprog, der tales
event-organised-by = Arrangeret af
event-admission = Adgang
event-places = Pladser
event-places-taken = { $registered } af { $capacity } pladser optaget
event-places-unlimited = { $registered } tilmeldt, ingen begrænsning på antallet af pladser
event-waiting-count = { $count ->
    [one] Én person på ventelisten
   *[other] { $count } personer på ventelisten
}
event-your-standing = Din tilmelding
event-register = Tilmeld dig
event-request = Anmod om en plads
event-join-waiting-list = Skriv dig på ventelisten
event-access-needs = Behov for tilgængelighed (valgfrit)
event-access-needs-hint = Kun arrangørerne kan se dette: niveaufri adgang, tegnsprogstolkning, kostbehov – alt, der gør det lettere for dig at deltage.
event-withdraw = Annuller min tilmelding
event-sign-in-to-register = Log ind for at tilmelde dig
event-meeting-link = Link til videomødet
event-meeting-link-hint = Linket til videomødet vises her for deltagerne, så snart de har fået en plads.
event-add-to-calendar = Føj til din kalender
event-calendar-file = Dette arrangement (.ics-fil)
event-series-file = Hele rækken (.ics-fil)
event-agenda = Program
event-materials = Materialer
event-recording = Optagelse
event-watch-recording = Se optagelsen
event-questions = Spørgsmål og svar
event-conclusions = Konklusioner
event-taken-place = Dette arrangement har fundet sted.

## Hvad arrangørerne gør på et arrangements side.

event-organisers = For arrangørerne
event-participants = Deltagere
event-participants-csv = Download deltagerlisten (CSV)
event-no-participants = Ingen har tilmeldt sig endnu.
event-cancel = Aflys dette arrangement
event-cancel-confirm = Ja, aflys det: Deltagernes kalendere får besked.
event-add-session = Føj et punkt til programmet
event-session-starts = Starter
event-session-ends = Slutter
event-session-title = Titel
event-session-speakers = Oplægsholdere
event-add-material = Tilføj materiale
event-material-title = Titel
event-material-link = Et link eller nummeret eller adressen på en ressource i biblioteket
event-recording-link = Link til optagelsen
event-save = Gem

## Formularen til et nyt arrangement.

event-new-title = Planlæg et arrangement
event-new-lead = Annoncér et arrangement for medlemmerne. Tidspunkter indtastes efter uret i den tidszone, du vælger; alle ser dem i den tidszone og i deres egen.
event-field-organiser = Arrangeret af
event-organiser-platform = Hele platformen
event-field-kind = Type af arrangement
event-field-title = Titel
event-field-lang = Sproget i denne annoncering
event-field-languages = Sprog, der tales ved arrangementet
event-field-description = Beskrivelse
event-field-time-zone = Tidszone
event-field-starts = Starter
event-field-ends = Slutter
event-field-online-url = Link til videomødet (for et onlinearrangement)
event-field-venue = Mødested (for et fysisk arrangement)
event-field-address = Adresse
event-field-country = Land
event-field-visibility = Hvem der kan se det
event-field-admission = Adgang
event-field-capacity = Antal pladser
event-field-capacity-hint = Lad feltet stå tomt, hvis der ikke er nogen begrænsning. Når pladserne er optaget, åbnes en venteliste.
event-field-repeat = Gentages
event-repeat-none = Gentages ikke
event-field-until = Sidste dato i rækken
event-create = Annoncér arrangementet

## Meddelelser efter en formular.

event-registered = Du er tilmeldt. Linket til videomødet og kalenderfilen finder du på denne side.
event-waiting = Pladserne er optaget: Du er på ventelisten og får en plads, så snart der bliver en ledig.
event-requested = Din anmodning er sendt til arrangørerne.
event-withdrawn = Din tilmelding er annulleret.
event-created = Arrangementet er annonceret.
event-cancelled = Arrangementet er aflyst.
event-decided = Din beslutning er gemt.
event-session-added = Punktet er føjet til programmet.
event-material-added = Materialet er tilføjet.
event-recording-saved = Linket til optagelsen er gemt.

## Et medlems kalenderadresse.

calendar-title = Din kalender
calendar-lead = Abonnér på din egen kalenderadresse i dit kalenderprogram (Outlook, Apple Calendar, Thunderbird, Google Calendar): De arrangementer, du er tilmeldt, vises der og holdes opdateret.
calendar-address-label = Din kalenderadresse
calendar-address-once = Kopiér den nu: Den vises kun denne ene gang. Alle, der har adressen, kan se dine arrangementer, så hold den for dig selv.
calendar-has-address = Du har en kalenderadresse. Hvis du har mistet den, eller hvis en anden kan kende den, så opret en ny: Den gamle holder op med at virke.
calendar-no-address = Du har endnu ingen kalenderadresse.
calendar-make = Opret min kalenderadresse
calendar-make-new = Opret en ny adresse
calendar-revoke = Tilbagekald min adresse
calendar-public-feeds = Offentlige kalendere
calendar-public-feeds-lead = De arrangementer i hvert netværk og hver offentlig arbejdsgruppe, som er åbne for alle – til at abonnere på uden at logge ind.
calendar-address-made = Din nye kalenderadresse er klar.
calendar-address-revoked = Din kalenderadresse er tilbagekaldt: Kalenderprogrammer får ikke længere noget fra den.
event-participant = Deltager
error-cancel-unconfirmed = Sæt flueben i feltet for at bekræfte, at arrangementet aflyses.
event-country-none = Ikke angivet

## E-mails om en plads til et arrangement.

mail-event-place-subject = Din plads: { $title }
mail-event-place-body = Hej { $name }

    Du har fået en plads til »{ $title }«, { $time }.

    Arrangementet er vedhæftet denne e-mail: Dit kalenderprogram tilføjer det og opdaterer det, hvis det bliver ændret. Arrangementets side, med linket til videomødet, hvis det er et onlinearrangement:
    { $link }
mail-event-cancelled-subject = Fjernet fra din kalender: { $title }
mail-event-cancelled-body = Hej { $name }

    »{ $title }«, { $time }, fjernes fra din kalender: Arrangementet er aflyst, eller din tilmelding er annulleret.

    Med den vedhæftede meddelelse kan dit kalenderprogram slette det. Arrangementets side:
    { $link }
mail-event-reminder-subject = Snart: { $title }
mail-event-reminder-body = Hej { $name }

    Vi minder dig om, at »{ $title }«, { $time }, snart begynder.

    Arrangementets side, med linket til videomødet, hvis det er et onlinearrangement:
    { $link }

event-add-question = Stil et spørgsmål til diskussionsgrupperne
event-question-text = Spørgsmål
event-record-answer = Registrér en gruppes svar
event-answer-group = Diskussionsgruppe
event-answer-text = Gruppens svar
event-question-added = Spørgsmålet er tilføjet.
event-answer-recorded = Gruppens svar er registreret.

event-edit = Ret dette arrangement
event-edit-save = Gem ændringerne
event-saved = Arrangementet er gemt. De, der har en plads, får ændringen i deres kalendere.

## Arrangørerne inviterer medlemmer.

error-member-unknown = Der er intet medlem med denne e-mailadresse.
event-invite = Inviter et medlem
event-invite-email = Medlemmets e-mailadresse
event-invited = Invitationen er sendt.
mail-event-invited-subject = Du er inviteret: { $title }
mail-event-invited-body = Hej { $name }

    Arrangørerne inviterer dig til »{ $title }«, { $time }.

    Sikr dig din plads på arrangementets side:
    { $link }
