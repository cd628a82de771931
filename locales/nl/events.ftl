## Evenementen: waarom een tijd, een aantal plaatsen of een inschrijving niet wordt geaccepteerd.

error-time-zone-unknown = Kies een tijdzone uit de lijst.
error-wall-time-skipped = Dit tijdstip bestaat op die dag niet in die tijdzone: de klok gaat een uur vooruit. Kies een ander tijdstip.
error-wall-time-repeated = Dit tijdstip komt op die dag twee keer voor in die tijdzone: de klok gaat een uur terug. Kies een ander tijdstip.
error-capacity-invalid = Het aantal plaatsen moet een geheel getal van 1 of meer zijn; laat het veld leeg als er geen limiet is.
error-already-registered = U bent al ingeschreven voor dit evenement.
error-event-past = Dit evenement heeft al plaatsgevonden.
error-event-cancelled = Dit evenement is geannuleerd.
