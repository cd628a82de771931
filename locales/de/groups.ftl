## Arbeitsgruppen: die Liste.

groups-title = Arbeitsgruppen
groups-lead = Thematische Gruppen, die für einen festgelegten Zeitraum auf ein gemeinsames Ziel hinarbeiten, geleitet von Mitgliedern, die sich im Laufe der Arbeit in der Leitung abwechseln.
groups-none = Es gibt noch keine Arbeitsgruppen.
groups-found-new = Arbeitsgruppe gründen
group-members-count = { $count ->
    [one] Ein Mitglied
   *[other] { $count } Mitglieder
}
group-archived = Archiviert

## Der Bereich einer Gruppe.

group-purpose = Ziel
group-deliverables = Arbeitsergebnisse
group-mandate = Mandat
group-mandate-dates = Vom { $from } bis zum { $until }
group-mandate-open = Ab dem { $from }, ohne Enddatum
group-joining = Beitritt
group-seen-by = Sichtbar für
group-leaders = Leitung
group-leader-since = seit dem { $since }
group-former-leaders = Frühere Leitung
group-leader-term = { $since } bis { $until }
group-members = Mitglieder
group-events = Veranstaltungen der Gruppe
group-no-events = Die Gruppe hat noch keine Veranstaltungen.
group-join = Der Gruppe beitreten
group-ask = Beitritt anfragen
group-accept-invitation = Einladung annehmen
group-leave = Gruppe verlassen
group-you-member = Sie sind Mitglied dieser Gruppe.
group-you-asked = Ihre Anfrage wartet auf die Entscheidung der Leitung.
group-you-invited = Sie wurden in diese Gruppe eingeladen.
group-archived-note = Das Mandat dieser Gruppe ist abgelaufen: Ihre Arbeit bleibt hier zum Nachlesen erhalten.
group-sign-in-to-join = Melden Sie sich an, um beizutreten
group-requests = Beitrittsanfragen
group-appoint = Zur Leitung ernennen
group-step-down = Von der Leitung zurücktreten
group-calendar = Öffentlicher Kalender der Gruppe (.ics)

## Das Formular für eine neue Gruppe.

group-new-title = Arbeitsgruppe gründen
group-new-lead = Geben Sie der Gruppe ihre Satzung: wozu sie dient, was sie erarbeiten wird und für wie lange. Sie übernehmen als Erste bzw. Erster ihre Leitung.
group-field-network = Netzwerk
group-network-none = Die gesamte Plattform
group-field-title = Name der Gruppe
group-field-topic = Fachgebiet
group-topic-none = Kein bestimmtes Fachgebiet
group-field-lang = Arbeitssprache
group-field-purpose = Ziel
group-field-deliverables = Arbeitsergebnisse
group-field-starts = Beginn des Mandats
group-field-ends = Ende des Mandats (optional)
group-field-admission = Beitritt
group-field-visibility = Sichtbar für
group-found = Gruppe gründen

## Hinweise nach dem Absenden eines Formulars.

group-founded = Die Arbeitsgruppe wurde gegründet. Sie haben als Erste bzw. Erster ihre Leitung übernommen.
group-joined = Sie sind Mitglied der Gruppe.
group-requested = Ihre Anfrage wurde an die Leitung der Gruppe gesendet.
group-left = Sie haben die Gruppe verlassen.
group-decided = Ihre Entscheidung wurde gespeichert.
group-leader-appointed = Die neue Leitung wurde ernannt.
group-stepped-down = Sie sind von der Leitung zurückgetreten.
group-standing-requested = Möchte beitreten
group-standing-invited = Eingeladen
