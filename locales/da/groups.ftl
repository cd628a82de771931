## Arbejdsgrupper: listen.

groups-title = Arbejdsgrupper
groups-lead = Tematiske grupper, der i en fastsat periode arbejder sammen mod et fælles mål, ledet af medlemmer, der skiftes til at lede, efterhånden som arbejdet skrider frem.
groups-none = Der er endnu ingen arbejdsgrupper.
groups-found-new = Stift en arbejdsgruppe
group-members-count = { $count ->
    [one] Ét medlem
   *[other] { $count } medlemmer
}
group-archived = Arkiveret

## En gruppes område.

group-purpose = Formål
group-deliverables = Leverancer
group-mandate = Mandat
group-mandate-dates = Fra { $from } til { $until }
group-mandate-open = Fra { $from }, uden slutdato
group-joining = Optagelse
group-seen-by = Synlig for
group-leaders = Ledere
group-leader-since = siden { $since }
group-former-leaders = Tidligere ledere
group-leader-term = { $since } til { $until }
group-members = Medlemmer
group-events = Gruppens arrangementer
group-no-events = Gruppen har endnu ingen arrangementer.
group-join = Bliv medlem af gruppen
group-ask = Anmod om optagelse
group-accept-invitation = Accepter invitationen
group-leave = Forlad gruppen
group-you-member = Du er medlem af denne gruppe.
group-you-asked = Din anmodning venter på ledernes beslutning.
group-you-invited = Du er blevet inviteret til denne gruppe.
group-archived-note = Denne gruppes mandat er udløbet: Dens arbejde er bevaret her, så det kan læses.
group-sign-in-to-join = Log ind for at blive medlem
group-requests = Anmodninger om optagelse
group-appoint = Udpeg som leder
group-step-down = Træd tilbage som leder
group-calendar = Gruppens offentlige kalender (.ics)

## Formularen til en ny gruppe.

group-new-title = Stift en arbejdsgruppe
group-new-lead = Giv gruppen dens kommissorium: hvad den skal, hvad den skal levere, og hvor længe. Du bliver dens første leder.
group-field-network = Netværk
group-network-none = Hele platformen
group-field-title = Gruppens navn
group-field-topic = Emne
group-topic-none = Intet bestemt emne
group-field-lang = Arbejdssprog
group-field-purpose = Formål
group-field-deliverables = Leverancer
group-field-starts = Mandatets start
group-field-ends = Mandatets afslutning (valgfrit)
group-field-admission = Optagelse
group-field-visibility = Synlig for
group-found = Stift gruppen

## Meddelelser efter en formular.

group-founded = Arbejdsgruppen er stiftet. Du er dens første leder.
group-joined = Du er medlem af gruppen.
group-requested = Din anmodning er sendt til gruppens ledere.
group-left = Du har forladt gruppen.
group-decided = Din beslutning er gemt.
group-leader-appointed = Den nye leder er udpeget.
group-stepped-down = Du er trådt tilbage som leder.
group-standing-requested = Beder om optagelse
group-standing-invited = Inviteret
