## Arrangementer: hvorfor et tidspunkt, et antal pladser eller en tilmelding afvises.

error-time-zone-unknown = Vælg en tidszone på listen.
error-wall-time-skipped = Dette tidspunkt findes ikke i den tidszone på den dag: Uret stilles en time frem. Vælg et andet tidspunkt.
error-wall-time-repeated = Dette tidspunkt forekommer to gange i den tidszone på den dag: Uret stilles en time tilbage. Vælg et andet tidspunkt.
error-capacity-invalid = Antallet af pladser skal være et helt tal på mindst 1. Lad feltet stå tomt, hvis der ikke er nogen begrænsning.
error-already-registered = Du er allerede tilmeldt dette arrangement.
error-event-past = Dette arrangement har allerede fundet sted.
error-event-cancelled = Dette arrangement er aflyst.
