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

## De lijst van evenementen.

events-title = Evenementen
events-lead = Bijeenkomsten collegiaal leren, onlineseminars, conferenties, werksessies, studiebezoeken en jaarvergaderingen van de netwerken en hun werkgroepen.
events-upcoming = Binnenkort
events-past = Afgelopen evenementen
events-found = { $count ->
    [one] Eén evenement
   *[other] { $count } evenementen
}
events-none = Geen enkel evenement voldoet aan deze keuzes.
events-organise = Een evenement organiseren
events-your-calendar = Uw agenda
events-filter-kind = Soort evenement
events-filter-network = Netwerk
events-show = Tonen
event-your-time = Uw tijd: { $time }
event-online = Online evenement
event-places-left = { $count ->
    [one] Nog één plaats vrij
   *[other] Nog { $count } plaatsen vrij
}
event-full = Volgeboekt: wachtlijst geopend
event-recorded = Opname beschikbaar
event-cancelled-badge = Geannuleerd
event-in-series = Onderdeel van een reeks

## De pagina van een evenement.

event-when = Wanneer
event-where = Waar
event-languages = Gesproken talen
event-organised-by = Georganiseerd door
event-admission = Toelating
event-places = Plaatsen
event-places-taken = { $registered } van de { $capacity } plaatsen bezet
event-places-unlimited = { $registered } ingeschreven, geen maximumaantal plaatsen
event-waiting-count = { $count ->
    [one] Eén persoon op de wachtlijst
   *[other] { $count } personen op de wachtlijst
}
event-your-standing = Uw inschrijving
event-register = Inschrijven
event-request = Een plaats aanvragen
event-join-waiting-list = Op de wachtlijst plaatsen
event-access-needs = Toegankelijkheidsbehoeften (optioneel)
event-access-needs-hint = Alleen de organisatoren zien dit: drempelvrije toegang, tolk gebarentaal, dieetwensen, alles wat u helpt om deel te nemen.
event-withdraw = Mijn inschrijving annuleren
event-sign-in-to-register = Log in om u in te schrijven
event-meeting-link = Link naar de videovergadering
event-meeting-link-hint = De link naar de videovergadering wordt hier aan de deelnemers getoond zodra zij een plaats hebben.
event-add-to-calendar = Toevoegen aan uw agenda
event-calendar-file = Dit evenement (.ics-bestand)
event-series-file = De hele reeks (.ics-bestand)
event-agenda = Programma
event-materials = Materiaal
event-recording = Opname
event-watch-recording = De opname bekijken
event-questions = Vragen en antwoorden
event-conclusions = Conclusies
event-taken-place = Dit evenement heeft plaatsgevonden.

## Wat de organisatoren doen op de pagina van een evenement.

event-organisers = Voor de organisatoren
event-participants = Deelnemers
event-participants-csv = De deelnemerslijst downloaden (CSV)
event-no-participants = Er heeft zich nog niemand ingeschreven.
event-cancel = Dit evenement annuleren
event-cancel-confirm = Ja, annuleren: de agenda’s van de deelnemers worden op de hoogte gebracht.
event-add-session = Een onderdeel aan het programma toevoegen
event-session-starts = Begin
event-session-ends = Einde
event-session-title = Titel
event-session-speakers = Sprekers
event-add-material = Materiaal toevoegen
event-material-title = Titel
event-material-link = Een link, of het nummer of adres van een bron uit de bibliotheek
event-recording-link = Link naar de opname
event-save = Opslaan

## Het formulier voor een nieuw evenement.

event-new-title = Een evenement organiseren
event-new-lead = Kondig een evenement aan bij de leden. Tijden worden ingevoerd volgens de klok van de tijdzone die u kiest; iedereen ziet ze in die tijdzone en in zijn eigen tijdzone.
event-field-organiser = Georganiseerd door
event-organiser-platform = Het hele platform
event-field-kind = Soort evenement
event-field-title = Titel
event-field-lang = Taal van deze aankondiging
event-field-languages = Talen die tijdens het evenement worden gesproken
event-field-description = Beschrijving
event-field-time-zone = Tijdzone
event-field-starts = Begin
event-field-ends = Einde
event-field-online-url = Link naar de videovergadering (voor een online evenement)
event-field-venue = Locatie (voor een evenement ter plaatse)
event-field-address = Adres
event-field-country = Land
event-field-visibility = Wie het kan zien
event-field-admission = Toelating
event-field-capacity = Aantal plaatsen
event-field-capacity-hint = Laat leeg als er geen limiet is. Wanneer alle plaatsen bezet zijn, wordt een wachtlijst geopend.
event-field-repeat = Herhaling
event-repeat-none = Wordt niet herhaald
event-field-until = Laatste datum van de reeks
event-create = Het evenement aankondigen

## Meldingen na een formulier.

event-registered = U bent ingeschreven. De link naar de videovergadering en het agendabestand staan op deze pagina.
event-waiting = Alle plaatsen zijn bezet: u staat op de wachtlijst en krijgt een plaats zodra er een vrijkomt.
event-requested = Uw aanvraag is naar de organisatoren verzonden.
event-withdrawn = Uw inschrijving is geannuleerd.
event-created = Het evenement is aangekondigd.
event-cancelled = Het evenement is geannuleerd.
event-decided = Uw beslissing is opgeslagen.
event-session-added = Het onderdeel staat op het programma.
event-material-added = Het materiaal is toegevoegd.
event-recording-saved = De link naar de opname is opgeslagen.

## Het agenda-adres van een lid.

calendar-title = Uw agenda
calendar-lead = Abonneer u in uw agendaprogramma (Outlook, Apple Calendar, Thunderbird, Google Calendar) op uw eigen agenda-adres: de evenementen waarvoor u bent ingeschreven, verschijnen daar en blijven actueel.
calendar-address-label = Uw agenda-adres
calendar-address-once = Kopieer het nu: het wordt maar één keer getoond. Iedereen die dit adres heeft, kan uw evenementen zien, dus houd het voor uzelf.
calendar-has-address = U hebt een agenda-adres. Bent u het kwijt, of kan iemand anders het kennen, maak dan een nieuw adres aan: het oude werkt dan niet meer.
calendar-no-address = U hebt nog geen agenda-adres.
calendar-make = Mijn agenda-adres aanmaken
calendar-make-new = Een nieuw adres aanmaken
calendar-revoke = Mijn adres intrekken
calendar-public-feeds = Openbare agenda’s
calendar-public-feeds-lead = De evenementen die voor iedereen openstaan, per netwerk en per openbare werkgroep, om op te abonneren zonder in te loggen.
calendar-address-made = Uw nieuwe agenda-adres is klaar.
calendar-address-revoked = Uw agenda-adres is ingetrokken: agendaprogramma’s krijgen er niets meer van.
event-participant = Deelnemer
error-cancel-unconfirmed = Vink het vakje aan om te bevestigen dat het evenement wordt geannuleerd.
event-country-none = Niet opgegeven

## E-mails over een plaats bij een evenement.

mail-event-place-subject = Uw plaats: { $title }
mail-event-place-body = Goedendag { $name },

    U hebt een plaats bij “{ $title }”, { $time }.

    Het evenement zit als bijlage bij deze e-mail: uw agendaprogramma zet het in uw agenda en werkt het bij als er iets verandert. De pagina van het evenement, met de link naar de videovergadering als het een online evenement is:
    { $link }
mail-event-cancelled-subject = Verwijderd uit uw agenda: { $title }
mail-event-cancelled-body = Goedendag { $name },

    “{ $title }”, { $time }, wordt uit uw agenda verwijderd: het evenement of uw inschrijving is geannuleerd.

    Met het bijgevoegde bericht kan uw agendaprogramma het verwijderen. De pagina van het evenement:
    { $link }
mail-event-reminder-subject = Binnenkort: { $title }
mail-event-reminder-body = Goedendag { $name },

    Ter herinnering: “{ $title }”, { $time }, begint binnenkort.

    De pagina van het evenement, met de link naar de videovergadering als het een online evenement is:
    { $link }

event-add-question = Een vraag voorleggen aan de discussiegroepen
event-question-text = Vraag
event-record-answer = Het antwoord van een groep vastleggen
event-answer-group = Discussiegroep
event-answer-text = Antwoord van de groep
event-question-added = De vraag is toegevoegd.
event-answer-recorded = Het antwoord van de groep is vastgelegd.

event-edit = Dit evenement wijzigen
event-edit-save = Wijzigingen opslaan
event-saved = Het evenement is opgeslagen. Wie een plaats heeft, krijgt de wijziging in zijn agenda.

## Organisatoren nodigen leden uit.

error-member-unknown = Er is geen lid met dit e-mailadres.
event-invite = Een lid uitnodigen
event-invite-email = Het e-mailadres van het lid
event-invited = De uitnodiging is verstuurd.
mail-event-invited-subject = U bent uitgenodigd: { $title }
mail-event-invited-body = Goedendag { $name },

    De organisatoren nodigen u uit voor “{ $title }”, { $time }.

    Reserveer uw plaats op de pagina van het evenement:
    { $link }
