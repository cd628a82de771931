## Evenemang: varför en tid, ett antal platser eller en anmälan avvisas.

error-time-zone-unknown = Välj en tidszon i listan.
error-wall-time-skipped = Den här tiden finns inte den dagen i den tidszonen: klockan ställs fram en timme (övergång till sommartid). Välj en annan tid.
error-wall-time-repeated = Den här tiden inträffar två gånger den dagen i den tidszonen: klockan ställs tillbaka en timme (sommartiden upphör). Välj en annan tid.
error-capacity-invalid = Antalet platser måste vara ett heltal som är minst 1. Lämna fältet tomt om det inte ska finnas någon gräns.
error-already-registered = Du är redan anmäld till det här evenemanget.
error-event-past = Det här evenemanget har redan ägt rum.
error-event-cancelled = Det här evenemanget har ställts in.
