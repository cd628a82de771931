## Arbeidsgrupper: listen.

groups-title = Arbeidsgrupper
groups-lead = Tematiske grupper som arbeider sammen i en bestemt periode mot et felles mål, ledet av medlemmer som bytter på underveis i arbeidet.
groups-none = Det finnes ingen arbeidsgrupper ennå.
groups-found-new = Opprett en arbeidsgruppe
group-members-count = { $count ->
    [one] Ett medlem
   *[other] { $count } medlemmer
}
group-archived = Arkivert

## Gruppens område.

group-purpose = Formål
group-deliverables = Leveranser
group-mandate = Mandat
group-mandate-dates = Fra { $from } til { $until }
group-mandate-open = Fra { $from }, uten sluttdato
group-joining = Medlemskap
group-seen-by = Synlig for
group-leaders = Ledere
group-leader-since = siden { $since }
group-former-leaders = Tidligere ledere
group-leader-term = { $since } til { $until }
group-members = Medlemmer
group-events = Gruppens arrangementer
group-no-events = Gruppen har ingen arrangementer ennå.
group-join = Bli med i gruppen
group-ask = Be om å bli med
group-accept-invitation = Godta invitasjonen
group-leave = Forlat gruppen
group-you-member = Du er medlem av denne gruppen.
group-you-asked = Forespørselen din venter på ledernes avgjørelse.
group-you-invited = Du er invitert til denne gruppen.
group-archived-note = Mandatet til denne gruppen er utløpt: arbeidet er tatt vare på her, slik at det kan leses.
group-sign-in-to-join = Logg inn for å bli med
group-requests = Forespørsler om å bli med
group-appoint = Gjør til leder
group-step-down = Gå av som leder
group-calendar = Gruppens offentlige kalender (.ics)

## Skjemaet for en ny gruppe.

group-new-title = Opprett en arbeidsgruppe
group-new-lead = Gi gruppen et mandat: hva den skal gjøre, hva den skal levere og hvor lenge. Du blir gruppens første leder.
group-field-network = Nettverk
group-network-none = Hele plattformen
group-field-title = Navnet på gruppen
group-field-topic = Fagområde
group-topic-none = Ikke noe bestemt fagområde
group-field-lang = Arbeidsspråk
group-field-purpose = Formål
group-field-deliverables = Leveranser
group-field-starts = Mandatet starter
group-field-ends = Mandatet slutter (valgfritt)
group-field-admission = Medlemskap
group-field-visibility = Synlig for
group-found = Opprett gruppen

## Meldinger etter et skjema.

group-founded = Arbeidsgruppen er opprettet. Du er gruppens første leder.
group-joined = Du er medlem av gruppen.
group-requested = Forespørselen din er sendt til gruppens ledere.
group-left = Du har forlatt gruppen.
group-decided = Avgjørelsen din er lagret.
group-leader-appointed = Den nye lederen er utnevnt.
group-stepped-down = Du har gått av som leder.
group-standing-requested = Ber om å bli med
group-standing-invited = Invitert
