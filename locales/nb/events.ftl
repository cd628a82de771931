## Arrangementer: hvorfor et tidspunkt, et antall plasser eller en påmelding ikke godtas.

error-time-zone-unknown = Velg en tidssone fra listen.
error-wall-time-skipped = Dette tidspunktet finnes ikke i den tidssonen den dagen: klokken stilles én time fram. Velg et annet tidspunkt.
error-wall-time-repeated = Dette tidspunktet forekommer to ganger i den tidssonen den dagen: klokken stilles én time tilbake. Velg et annet tidspunkt.
error-capacity-invalid = Antall plasser må være et heltall på 1 eller mer, eller stå tomt hvis det ikke er noen grense.
error-already-registered = Du er allerede påmeldt dette arrangementet.
error-event-past = Dette arrangementet har allerede funnet sted.
error-event-cancelled = Dette arrangementet er avlyst.
error-invitation-only = Plassene på dette arrangementet gis bare etter invitasjon. Ta kontakt med arrangørene hvis du vil delta.
error-group-archived = Mandatet til denne arbeidsgruppen er utløpt: den er arkivert og kan ikke lenger endres.
error-last-leader = En arbeidsgruppe må ha minst én leder. Utnevn en annen leder før du går av.
error-place-missing = Oppgi en lenke til videomøtet, et sted eller begge deler.
error-series-too-long = En serie kan ha høyst 150 samlinger. Velg en tidligere sluttdato.
error-event-unknown = Det finnes ikke noe arrangement på denne adressen, eller det er ikke åpent for deg.
error-group-unknown = Det finnes ingen arbeidsgruppe på denne adressen, eller den er ikke åpen for deg.
error-calendar-address-revoked = Denne kalenderadressen er trukket tilbake. Kopier den nye adressen fra kalendersiden din.
error-not-registered = Du er ikke påmeldt dette arrangementet.

## Typer arrangementer.

event-kind-peer-learning = Kollegalæring
event-kind-webinar = Nettseminar
event-kind-e-conference = Nettkonferanse
event-kind-workshop = Verksted
event-kind-study-visit = Studiebesøk
event-kind-annual-meeting = Årsmøte

## Hvordan man får plass på et arrangement eller blir med i en arbeidsgruppe.

admission-open = Åpent for alle
admission-request = Etter forespørsel, godkjent av arrangørene
admission-invitation = Bare etter invitasjon

## Hvor et medlem står i forhold til et arrangement.

attendance-registered = Påmeldt
attendance-waiting = På ventelisten
attendance-requested = Forespørsel sendt
attendance-invited = Invitert
attendance-cancelled = Avmeldt
attendance-declined = Forespørsel avslått

## Hvordan en serie arrangementer gjentas.

recurrence-weekly = Hver uke
recurrence-monthly = Hver måned, på samme ukedag

## Hvem som ser en arbeidsgruppe.

group-visibility-public = Offentlig
group-visibility-members = Innloggede medlemmer
group-visibility-hidden = Bare gruppens medlemmer
