## Arrangementer: hvorfor et tidspunkt, et antall plasser eller en påmelding ikke godtas.

error-time-zone-unknown = Velg en tidssone fra listen.
error-wall-time-skipped = Dette tidspunktet finnes ikke i den tidssonen den dagen: klokken stilles én time fram. Velg et annet tidspunkt.
error-wall-time-repeated = Dette tidspunktet forekommer to ganger i den tidssonen den dagen: klokken stilles én time tilbake. Velg et annet tidspunkt.
error-capacity-invalid = Antall plasser må være et heltall på 1 eller mer, eller stå tomt hvis det ikke er noen grense.
error-already-registered = Du er allerede påmeldt dette arrangementet.
error-event-past = Dette arrangementet har allerede funnet sted.
error-event-cancelled = Dette arrangementet er avlyst.
