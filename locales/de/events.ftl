## Veranstaltungen: warum eine Uhrzeit, eine Anzahl an Plätzen oder eine Anmeldung abgelehnt wird.

error-time-zone-unknown = Wählen Sie eine Zeitzone aus der Liste aus.
error-wall-time-skipped = Diese Uhrzeit gibt es an diesem Tag in dieser Zeitzone nicht: Die Uhren werden eine Stunde vorgestellt. Wählen Sie eine andere Uhrzeit.
error-wall-time-repeated = Diese Uhrzeit kommt an diesem Tag in dieser Zeitzone zweimal vor: Die Uhren werden eine Stunde zurückgestellt. Wählen Sie eine andere Uhrzeit.
error-capacity-invalid = Die Anzahl der Plätze muss eine ganze Zahl ab 1 sein. Lassen Sie das Feld leer, wenn es keine Begrenzung gibt.
error-already-registered = Sie sind für diese Veranstaltung bereits angemeldet.
error-event-past = Diese Veranstaltung hat bereits stattgefunden.
error-event-cancelled = Diese Veranstaltung wurde abgesagt.
