## Arbetsgrupper: listan.

groups-title = Arbetsgrupper
groups-lead = Tematiska grupper som under en bestämd tid arbetar tillsammans mot ett gemensamt mål, ledda av medlemmar som turas om allteftersom arbetet fortskrider.
groups-none = Det finns inga arbetsgrupper ännu.
groups-found-new = Starta en arbetsgrupp
group-members-count = { $count ->
    [one] En medlem
   *[other] { $count } medlemmar
}
group-archived = Arkiverad

## En grupps arbetsyta.

group-purpose = Syfte
group-deliverables = Resultat att leverera
group-mandate = Uppdrag
group-mandate-dates = Från { $from } till { $until }
group-mandate-open = Från { $from }, utan slutdatum
group-joining = Anslutning
group-seen-by = Synlig för
group-leaders = Ledare
group-leader-since = sedan { $since }
group-former-leaders = Tidigare ledare
group-leader-term = { $since } till { $until }
group-members = Medlemmar
group-events = Gruppens evenemang
group-no-events = Gruppen har inga evenemang ännu.
group-join = Gå med i gruppen
group-ask = Be om att få gå med
group-accept-invitation = Acceptera inbjudan
group-leave = Lämna gruppen
group-you-member = Du är medlem i den här gruppen.
group-you-asked = Din förfrågan väntar på ledarnas beslut.
group-you-invited = Du har bjudits in till den här gruppen.
group-archived-note = Den här gruppens uppdrag har upphört: dess arbete finns kvar här att läsa.
group-sign-in-to-join = Logga in för att gå med
group-requests = Förfrågningar om att gå med
group-appoint = Utse till ledare
group-step-down = Lämna uppdraget som ledare
group-calendar = Gruppens offentliga kalender (.ics)

## Formuläret för en ny grupp.

group-new-title = Starta en arbetsgrupp
group-new-lead = Ge gruppen en uppdragsbeskrivning: vad den är till för, vad den ska leverera och under hur lång tid. Du blir dess första ledare.
group-field-network = Nätverk
group-network-none = Hela plattformen
group-field-title = Gruppens namn
group-field-topic = Ämne
group-topic-none = Inget särskilt ämne
group-field-lang = Arbetsspråk
group-field-purpose = Syfte
group-field-deliverables = Resultat att leverera
group-field-starts = Uppdragets början
group-field-ends = Uppdragets slut (valfritt)
group-field-admission = Anslutning
group-field-visibility = Synlig för
group-found = Starta gruppen

## Meddelanden efter ett formulär.

group-founded = Arbetsgruppen har startats. Du är dess första ledare.
group-joined = Du är medlem i gruppen.
group-requested = Din förfrågan har skickats till gruppens ledare.
group-left = Du har lämnat gruppen.
group-decided = Ditt beslut har sparats.
group-leader-appointed = Den nya ledaren har utsetts.
group-stepped-down = Du har lämnat uppdraget som ledare.
group-standing-requested = Ber att få gå med
group-standing-invited = Inbjuden
