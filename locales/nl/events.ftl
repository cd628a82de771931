## Evenementen: waarom een tijd, een aantal plaatsen of een inschrijving niet wordt geaccepteerd.

error-time-zone-unknown = Kies een tijdzone uit de lijst.
error-wall-time-skipped = Dit tijdstip bestaat op die dag niet in die tijdzone: de klok gaat een uur vooruit. Kies een ander tijdstip.
error-wall-time-repeated = Dit tijdstip komt op die dag twee keer voor in die tijdzone: de klok gaat een uur terug. Kies een ander tijdstip.
error-capacity-invalid = Het aantal plaatsen moet een geheel getal van 1 of meer zijn; laat het veld leeg als er geen limiet is.
error-already-registered = U bent al ingeschreven voor dit evenement.
error-event-past = Dit evenement heeft al plaatsgevonden.
error-event-cancelled = Dit evenement is geannuleerd.
error-invitation-only = Plaatsen voor dit evenement worden alleen op uitnodiging toegekend. Neem contact op met de organisatoren als u wilt deelnemen.
error-group-archived = Het mandaat van deze werkgroep is afgelopen: de groep is gearchiveerd en kan niet meer worden gewijzigd.
error-last-leader = Een werkgroep heeft ten minste één trekker nodig. Benoem eerst een andere trekker voordat u terugtreedt.
error-place-missing = Geef een link naar de videovergadering, een locatie of beide op.
error-series-too-long = Een reeks kan uit ten hoogste 150 bijeenkomsten bestaan. Kies een eerdere einddatum.
error-event-unknown = Er is geen evenement op dit adres, of het is niet voor u toegankelijk.
error-group-unknown = Er is geen werkgroep op dit adres, of de groep is niet voor u toegankelijk.
error-calendar-address-revoked = Dit agenda-adres is ingetrokken. Kopieer uw nieuwe adres van uw agendapagina.
error-not-registered = U bent niet ingeschreven voor dit evenement.

## De soorten evenementen.

event-kind-peer-learning = Bijeenkomst collegiaal leren
event-kind-webinar = Onlineseminar
event-kind-e-conference = Onlineconferentie
event-kind-workshop = Werksessie
event-kind-study-visit = Studiebezoek
event-kind-annual-meeting = Jaarvergadering

## Hoe men een plaats bij een evenement krijgt of lid wordt van een werkgroep.

admission-open = Open voor iedereen
admission-request = Op aanvraag, goedgekeurd door de organisatoren
admission-invitation = Alleen op uitnodiging

## Hoe een lid ervoor staat bij een evenement.

attendance-registered = Ingeschreven
attendance-waiting = Op de wachtlijst
attendance-requested = Aanvraag verzonden
attendance-invited = Uitgenodigd
attendance-cancelled = Inschrijving geannuleerd
attendance-declined = Aanvraag afgewezen

## Hoe een reeks evenementen zich herhaalt.

recurrence-weekly = Elke week
recurrence-monthly = Elke maand, op dezelfde weekdag

## Wie een werkgroep ziet.

group-visibility-public = Openbaar
group-visibility-members = Ingelogde leden
group-visibility-hidden = Alleen de leden van de groep
