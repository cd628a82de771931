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

## Listan över evenemang.

events-title = Evenemang
events-lead = Träffar för kollegialt lärande, webbinarier, konferenser, arbetsseminarier, studiebesök och årsmöten i nätverken och deras arbetsgrupper.
events-upcoming = Kommande
events-past = Tidigare evenemang
events-found = { $count ->
    [one] Ett evenemang
   *[other] { $count } evenemang
}
events-none = Inga evenemang matchar de här valen.
events-organise = Anordna ett evenemang
events-your-calendar = Din kalender
events-filter-kind = Typ av evenemang
events-filter-network = Nätverk
events-show = Visa
event-your-time = Din tid: { $time }
event-online = Digitalt
event-places-left = { $count ->
    [one] En plats kvar
   *[other] { $count } platser kvar
}
event-full = Fullbokat: väntelistan är öppen
event-recorded = Inspelning finns
event-cancelled-badge = Inställt
event-in-series = Ingår i en serie

## Sidan för ett evenemang.

event-when = När
event-where = Var
event-languages = Språk som talas
event-organised-by = Arrangeras av
event-admission = Deltagande
event-places = Platser
event-places-taken = { $registered } av { $capacity } platser tagna
event-places-unlimited = { $registered } anmälda, ingen gräns för antalet platser
event-waiting-count = { $count ->
    [one] En person på väntelistan
   *[other] { $count } personer på väntelistan
}
event-your-standing = Din anmälan
event-register = Anmäl dig
event-request = Be om en plats
event-join-waiting-list = Ställ dig på väntelistan
event-access-needs = Behov av anpassningar (valfritt)
event-access-needs-hint = Bara arrangörerna ser detta: tillträde utan trappsteg, teckenspråkstolkning, kostbehov – allt som hjälper dig att delta.
event-withdraw = Avboka min anmälan
event-sign-in-to-register = Logga in för att anmäla dig
event-meeting-link = Möteslänk
event-meeting-link-hint = Möteslänken visas här för deltagarna när de har fått en plats.
event-add-to-calendar = Lägg till i din kalender
event-calendar-file = Det här evenemanget (.ics-fil)
event-series-file = Hela serien (.ics-fil)
event-agenda = Program
event-materials = Material
event-recording = Inspelning
event-watch-recording = Se inspelningen
event-questions = Frågor och svar
event-conclusions = Slutsatser
event-taken-place = Det här evenemanget har ägt rum.

## Vad arrangörerna gör på ett evenemangs sida.

event-organisers = För arrangörerna
event-participants = Deltagare
event-participants-csv = Ladda ned deltagarlistan (CSV)
event-no-participants = Ingen har anmält sig ännu.
event-cancel = Ställ in evenemanget
event-cancel-confirm = Ja, ställ in det: deltagarnas kalendrar får besked.
event-add-session = Lägg till en programpunkt
event-session-starts = Börjar
event-session-ends = Slutar
event-session-title = Titel
event-session-speakers = Talare
event-add-material = Lägg till material
event-material-title = Titel
event-material-link = En länk, eller numret eller adressen till en resurs i biblioteket
event-recording-link = Länk till inspelningen
event-save = Spara

## Formuläret för ett nytt evenemang.

event-new-title = Anordna ett evenemang
event-new-lead = Annonsera ett evenemang för medlemmarna. Tiderna anges enligt klockan i den tidszon som du väljer; alla ser dem i den tidszonen och i sin egen.
event-field-organiser = Arrangör
event-organiser-platform = Hela plattformen
event-field-kind = Typ av evenemang
event-field-title = Titel
event-field-lang = Språk för den här annonsen
event-field-languages = Språk som talas på evenemanget
event-field-description = Beskrivning
event-field-time-zone = Tidszon
event-field-starts = Börjar
event-field-ends = Slutar
event-field-online-url = Möteslänk (för ett digitalt evenemang)
event-field-venue = Mötesplats (för ett evenemang på plats)
event-field-address = Adress
event-field-country = Land
event-field-visibility = Vem som kan se det
event-field-admission = Deltagande
event-field-capacity = Antal platser
event-field-capacity-hint = Lämna fältet tomt om det inte ska finnas någon gräns. När platserna är tagna öppnas en väntelista.
event-field-repeat = Upprepning
event-repeat-none = Upprepas inte
event-field-until = Seriens sista datum
event-create = Annonsera evenemanget

## Meddelanden efter ett formulär.

event-registered = Du är anmäld. Möteslänken och kalenderfilen finns på den här sidan.
event-waiting = Platserna är tagna: du står på väntelistan och får en plats så snart en blir ledig.
event-requested = Din förfrågan har skickats till arrangörerna.
event-withdrawn = Din anmälan har avbokats.
event-created = Evenemanget har annonserats.
event-cancelled = Evenemanget har ställts in.
event-decided = Ditt beslut har sparats.
event-session-added = Programpunkten har lagts till i programmet.
event-material-added = Materialet har lagts till.
event-recording-saved = Länken till inspelningen har sparats.

## En medlems kalenderadress.

calendar-title = Din kalender
calendar-lead = Prenumerera på din egen kalenderadress i ditt kalenderprogram (Outlook, Apple Calendar, Thunderbird, Google Calendar): de evenemang som du har anmält dig till visas där och hålls uppdaterade.
calendar-address-label = Din kalenderadress
calendar-address-once = Kopiera den nu: den visas bara den här gången. Alla som har adressen kan se dina evenemang, så behåll den för dig själv.
calendar-has-address = Du har en kalenderadress. Om du har tappat bort den, eller om någon annan kan känna till den, skapar du en ny: den gamla slutar då att fungera.
calendar-no-address = Du har ingen kalenderadress ännu.
calendar-make = Skapa min kalenderadress
calendar-make-new = Skapa en ny adress
calendar-revoke = Återkalla min adress
calendar-public-feeds = Offentliga kalendrar
calendar-public-feeds-lead = De evenemang i varje nätverk och varje offentlig arbetsgrupp som är öppna för alla, att prenumerera på utan att logga in.
calendar-address-made = Din nya kalenderadress är klar.
calendar-address-revoked = Din kalenderadress har återkallats: kalenderprogrammen får inte längre något från den.
event-participant = Deltagare
error-cancel-unconfirmed = Kryssa i rutan för att bekräfta att evenemanget ställs in.
event-country-none = Inte angivet

## E-postmeddelanden om en plats på ett evenemang.

mail-event-place-subject = Din plats: { $title }
mail-event-place-body = Hej { $name }!

    Du har fått en plats på ”{ $title }”, { $time }.

    Evenemanget finns bifogat i det här e-postmeddelandet: ditt kalenderprogram lägger till det och uppdaterar det om något ändras. Evenemangets sida, med möteslänken för ett digitalt evenemang:
    { $link }
mail-event-cancelled-subject = Borttaget från din kalender: { $title }
mail-event-cancelled-body = Hej { $name }!

    ”{ $title }”, { $time }, har tagits bort från din kalender: evenemanget har ställts in, eller så har din anmälan avbokats.

    Det bifogade meddelandet gör att ditt kalenderprogram kan ta bort det. Evenemangets sida:
    { $link }
mail-event-reminder-subject = Snart: { $title }
mail-event-reminder-body = Hej { $name }!

    En påminnelse: ”{ $title }”, { $time }, börjar snart.

    Evenemangets sida, med möteslänken för ett digitalt evenemang:
    { $link }

event-add-question = Ställ en fråga till diskussionsgrupperna
event-question-text = Fråga
event-record-answer = Registrera en grupps svar
event-answer-group = Diskussionsgrupp
event-answer-text = Gruppens svar
event-question-added = Frågan har lagts till.
event-answer-recorded = Gruppens svar har registrerats.

event-edit = Ändra detta evenemang
event-edit-save = Spara ändringarna
event-saved = Evenemanget är sparat. De som har en plats får ändringen i sina kalendrar.

## Arrangörerna bjuder in medlemmar.

error-member-unknown = Det finns ingen medlem med den här e-postadressen.
event-invite = Bjud in en medlem
event-invite-email = Medlemmens e-postadress
event-invited = Inbjudan har skickats.
mail-event-invited-subject = Du är inbjuden: { $title }
mail-event-invited-body = Hej { $name }!

    Arrangörerna bjuder in dig till ”{ $title }”, { $time }.

    Boka din plats på evenemangets sida:
    { $link }
