## Evenemang: varför en tid, ett antal platser eller en anmälan avvisas.

error-time-zone-unknown = Välj en tidszon i listan.
error-wall-time-skipped = Den här tiden finns inte den dagen i den tidszonen: klockan ställs fram en timme (övergång till sommartid). Välj en annan tid.
error-wall-time-repeated = Den här tiden inträffar två gånger den dagen i den tidszonen: klockan ställs tillbaka en timme (sommartiden upphör). Välj en annan tid.
error-capacity-invalid = Antalet platser måste vara ett heltal som är minst 1. Lämna fältet tomt om det inte ska finnas någon gräns.
error-already-registered = Du är redan anmäld till det här evenemanget.
error-event-past = Det här evenemanget har redan ägt rum.
error-event-cancelled = Det här evenemanget har ställts in.
error-invitation-only = Platserna till det här evenemanget fördelas endast efter inbjudan. Kontakta arrangörerna om du vill delta.
error-group-archived = Den här arbetsgruppens uppdrag har upphört: gruppen är arkiverad och kan inte längre ändras.
error-last-leader = En arbetsgrupp måste ha minst en ledare. Utse en annan ledare innan du lämnar ditt uppdrag.
error-place-missing = Ange en möteslänk, en mötesplats eller båda.
error-series-too-long = En serie kan ha högst 150 tillfällen. Välj ett tidigare slutdatum.
error-event-unknown = Det finns inget evenemang på den här adressen, eller så är det inte öppet för dig.
error-group-unknown = Det finns ingen arbetsgrupp på den här adressen, eller så är den inte öppen för dig.
error-calendar-address-revoked = Den här kalenderadressen har återkallats. Kopiera din nya adress från din kalendersida.
error-not-registered = Du är inte anmäld till det här evenemanget.

## Typer av evenemang.

event-kind-peer-learning = Träff för kollegialt lärande
event-kind-webinar = Webbinarium
event-kind-e-conference = Webbkonferens
event-kind-workshop = Arbetsseminarium
event-kind-study-visit = Studiebesök
event-kind-annual-meeting = Årsmöte

## Hur man får en plats på ett evenemang eller i en arbetsgrupp.

admission-open = Öppet för alla
admission-request = På begäran, efter godkännande av arrangörerna
admission-invitation = Endast efter inbjudan

## En medlems status för ett evenemang.

attendance-registered = Anmäld
attendance-waiting = På väntelistan
attendance-requested = Förfrågan skickad
attendance-invited = Inbjuden
attendance-cancelled = Anmälan avbokad
attendance-declined = Förfrågan avböjd

## Hur en serie evenemang upprepas.

recurrence-weekly = Varje vecka
recurrence-monthly = Varje månad, på samma veckodag

## Vem som ser en arbetsgrupp.

group-visibility-public = Offentlig
group-visibility-members = Inloggade medlemmar
group-visibility-hidden = Endast gruppens medlemmar
