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

## Listen over arrangementer.

events-title = Arrangementer
events-lead = Kollegalæring, nettseminarer, konferanser, verksteder, studiebesøk og årsmøter i nettverkene og arbeidsgruppene deres.
events-upcoming = Kommende
events-past = Tidligere arrangementer
events-found = { $count ->
    [one] Ett arrangement
   *[other] { $count } arrangementer
}
events-none = Ingen arrangementer passer til disse valgene.
events-organise = Opprett et arrangement
events-your-calendar = Kalenderen din
events-filter-kind = Type arrangement
events-filter-network = Nettverk
events-show = Vis
event-your-time = Din tid: { $time }
event-online = Digitalt
event-places-left = { $count ->
    [one] Én plass igjen
   *[other] { $count } plasser igjen
}
event-full = Fullt: ventelisten er åpen
event-recorded = Opptak tilgjengelig
event-cancelled-badge = Avlyst
event-in-series = Del av en serie

## Siden til et arrangement.

event-when = Når
event-where = Hvor
event-languages = Språk som snakkes
event-organised-by = Arrangert av
event-admission = Deltakelse
event-places = Plasser
event-places-taken = { $registered } av { $capacity } plasser er tatt
event-places-unlimited = { $registered } påmeldt, ingen grense for antall plasser
event-waiting-count = { $count ->
    [one] Én person på ventelisten
   *[other] { $count } personer på ventelisten
}
event-your-standing = Påmeldingen din
event-register = Meld deg på
event-request = Be om plass
event-join-waiting-list = Sett deg på ventelisten
event-access-needs = Behov for tilrettelegging (valgfritt)
event-access-needs-hint = Bare arrangørene ser dette: trinnfri adkomst, tegnspråktolking, kostbehov – alt som hjelper deg å delta.
event-withdraw = Meld meg av
event-sign-in-to-register = Logg inn for å melde deg på
event-meeting-link = Lenke til videomøtet
event-meeting-link-hint = Lenken til videomøtet vises her for deltakerne når de har fått plass.
event-add-to-calendar = Legg til i kalenderen din
event-calendar-file = Dette arrangementet (.ics-fil)
event-series-file = Hele serien (.ics-fil)
event-agenda = Program
event-materials = Materiell
event-recording = Opptak
event-watch-recording = Se opptaket
event-questions = Spørsmål og svar
event-conclusions = Konklusjoner
event-taken-place = Dette arrangementet har funnet sted.

## Hva arrangørene gjør på siden til et arrangement.

event-organisers = For arrangørene
event-participants = Deltakere
event-participants-csv = Last ned deltakerlisten (CSV)
event-no-participants = Ingen har meldt seg på ennå.
event-cancel = Avlys dette arrangementet
event-cancel-confirm = Ja, avlys det: deltakernes kalendere får beskjed.
event-add-session = Legg til et punkt i programmet
event-session-starts = Starter
event-session-ends = Slutter
event-session-title = Tittel
event-session-speakers = Innledere
event-add-material = Legg til materiell
event-material-title = Tittel
event-material-link = En lenke, eller nummeret eller adressen til en ressurs i biblioteket
event-recording-link = Lenke til opptaket
event-save = Lagre

## Skjemaet for et nytt arrangement.

event-new-title = Opprett et arrangement
event-new-lead = Kunngjør et arrangement for medlemmene. Tidspunktene oppgis etter klokken i tidssonen du velger; alle ser dem i den tidssonen og i sin egen.
event-field-organiser = Arrangert av
event-organiser-platform = Hele plattformen
event-field-kind = Type arrangement
event-field-title = Tittel
event-field-lang = Språket i denne kunngjøringen
event-field-languages = Språk som snakkes på arrangementet
event-field-description = Beskrivelse
event-field-time-zone = Tidssone
event-field-starts = Starter
event-field-ends = Slutter
event-field-online-url = Lenke til videomøtet (for et digitalt arrangement)
event-field-venue = Sted (for et arrangement med fysisk oppmøte)
event-field-address = Adresse
event-field-country = Land
event-field-visibility = Hvem som kan se det
event-field-admission = Deltakelse
event-field-capacity = Antall plasser
event-field-capacity-hint = La feltet stå tomt hvis det ikke skal være noen grense. Når plassene er tatt, åpnes en venteliste.
event-field-repeat = Gjentas
event-repeat-none = Gjentas ikke
event-field-until = Siste dato i serien
event-create = Kunngjør arrangementet

## Meldinger etter et skjema.

event-registered = Du er påmeldt. Lenken til videomøtet og kalenderfilen finner du på denne siden.
event-waiting = Plassene er tatt: du står på ventelisten og får plass så snart en blir ledig.
event-requested = Forespørselen din er sendt til arrangørene.
event-withdrawn = Du er meldt av.
event-created = Arrangementet er kunngjort.
event-cancelled = Arrangementet er avlyst.
event-decided = Avgjørelsen din er lagret.
event-session-added = Punktet er lagt til i programmet.
event-material-added = Materiellet er lagt til.
event-recording-saved = Lenken til opptaket er lagret.

## Kalenderadressen til et medlem.

calendar-title = Kalenderen din
calendar-lead = Abonner på din egen kalenderadresse i kalenderprogrammet ditt (Outlook, Apple Calendar, Thunderbird, Google Calendar): arrangementene du er påmeldt, vises der og holdes oppdatert.
calendar-address-label = Kalenderadressen din
calendar-address-once = Kopier den nå: den vises bare denne ene gangen. Alle som har denne adressen, kan se arrangementene dine, så hold den for deg selv.
calendar-has-address = Du har en kalenderadresse. Hvis du har mistet den, eller noen andre kan kjenne til den, lager du en ny: den gamle slutter da å virke.
calendar-no-address = Du har ingen kalenderadresse ennå.
calendar-make = Lag kalenderadressen min
calendar-make-new = Lag en ny adresse
calendar-revoke = Trekk tilbake adressen min
calendar-public-feeds = Offentlige kalendere
calendar-public-feeds-lead = Arrangementene som er åpne for alle, i hvert nettverk og hver offentlige arbeidsgruppe – du kan abonnere på dem uten å logge inn.
calendar-address-made = Den nye kalenderadressen din er klar.
calendar-address-revoked = Kalenderadressen din er trukket tilbake: kalenderprogrammer får ikke lenger noe fra den.
event-participant = Deltaker
error-cancel-unconfirmed = Kryss av i feltet for å bekrefte at arrangementet avlyses.
event-country-none = Ikke oppgitt

## E-poster om plass på et arrangement.

mail-event-place-subject = Plassen din: { $title }
mail-event-place-body = Hei, { $name }!

    Du har fått plass på «{ $title }», { $time }.

    Arrangementet er lagt ved denne e-posten: kalenderprogrammet ditt legger det inn og oppdaterer det hvis det endres. Siden til arrangementet, med lenken til videomøtet for et digitalt arrangement:
    { $link }
mail-event-cancelled-subject = Fjernet fra kalenderen din: { $title }
mail-event-cancelled-body = Hei, { $name }!

    «{ $title }», { $time }, er fjernet fra kalenderen din: arrangementet er avlyst, eller du er meldt av.

    Den vedlagte meldingen lar kalenderprogrammet ditt fjerne det. Siden til arrangementet:
    { $link }
mail-event-reminder-subject = Snart: { $title }
mail-event-reminder-body = Hei, { $name }!

    En påminnelse: «{ $title }», { $time }, starter snart.

    Siden til arrangementet, med lenken til videomøtet for et digitalt arrangement:
    { $link }

event-add-question = Still et spørsmål til diskusjonsgruppene
event-question-text = Spørsmål
event-record-answer = Registrer svaret fra en gruppe
event-answer-group = Diskusjonsgruppe
event-answer-text = Gruppens svar
event-question-added = Spørsmålet er lagt til.
event-answer-recorded = Gruppens svar er registrert.

event-edit = Endre dette arrangementet
event-edit-save = Lagre endringene
event-saved = Arrangementet er lagret. De som har plass, får endringen i kalenderen sin.

## Arrangørene inviterer medlemmer.

error-member-unknown = Ingen medlemmer har denne e-postadressen.
event-invite = Inviter et medlem
event-invite-email = E-postadressen til medlemmet
event-invited = Invitasjonen er sendt.
mail-event-invited-subject = Du er invitert: { $title }
mail-event-invited-body = Hei, { $name }!

    Arrangørene inviterer deg til «{ $title }», { $time }.

    Ta imot plassen din på siden til arrangementet:
    { $link }
