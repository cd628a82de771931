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
