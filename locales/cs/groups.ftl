## Pracovní skupiny: seznam.

groups-title = Pracovní skupiny
groups-lead = Tematické skupiny, které po stanovenou dobu společně pracují na sdíleném cíli a které vedou členové, kteří se ve vedení v průběhu práce střídají.
groups-none = Zatím tu nejsou žádné pracovní skupiny.
groups-found-new = Založit pracovní skupinu
group-members-count = { $count ->
    [one] Jeden člen
    [few] { $count } členové
    [many] { $count } člena
   *[other] { $count } členů
}
group-archived = Archivována

## Prostor skupiny.

group-purpose = Účel
group-deliverables = Výstupy
group-mandate = Mandát
group-mandate-dates = Od { $from } do { $until }
group-mandate-open = Od { $from }, bez data ukončení
group-joining = Vstup do skupiny
group-seen-by = Viditelná pro
group-leaders = Vedoucí
group-leader-since = od { $since }
group-former-leaders = Dřívější vedoucí
group-leader-term = { $since } až { $until }
group-members = Členové
group-events = Akce skupiny
group-no-events = Skupina zatím nemá žádné akce.
group-join = Vstoupit do skupiny
group-ask = Požádat o vstup
group-accept-invitation = Přijmout pozvánku
group-leave = Opustit skupinu
group-you-member = Jste členem této skupiny.
group-you-asked = Vaše žádost čeká na rozhodnutí vedoucích.
group-you-invited = Byli jste pozváni do této skupiny.
group-archived-note = Mandát této skupiny skončil: její práce je zde uchována ke čtení.
group-sign-in-to-join = Přihlaste se, abyste mohli vstoupit
group-requests = Žádosti o vstup
group-appoint = Jmenovat vedoucím
group-step-down = Odstoupit z pozice vedoucího
group-calendar = Veřejný kalendář skupiny (.ics)

## Formulář nové skupiny.

group-new-title = Založit pracovní skupinu
group-new-lead = Dejte skupině zakládací listinu: k čemu slouží, jaké výstupy přinese a na jak dlouho vzniká. Stanete se jejím prvním vedoucím.
group-field-network = Síť
group-network-none = Celá platforma
group-field-title = Název skupiny
group-field-topic = Téma
group-topic-none = Bez konkrétního tématu
group-field-lang = Pracovní jazyk
group-field-purpose = Účel
group-field-deliverables = Výstupy
group-field-starts = Začátek mandátu
group-field-ends = Konec mandátu (nepovinné)
group-field-admission = Vstup do skupiny
group-field-visibility = Viditelná pro
group-found = Založit skupinu

## Oznámení po odeslání formuláře.

group-founded = Pracovní skupina byla založena. Jste jejím prvním vedoucím.
group-joined = Jste členem skupiny.
group-requested = Vaše žádost byla odeslána vedoucím skupiny.
group-left = Opustili jste skupinu.
group-decided = Vaše rozhodnutí bylo uloženo.
group-leader-appointed = Nový vedoucí byl jmenován.
group-stepped-down = Odstoupili jste z pozice vedoucího.
group-standing-requested = Žádá o přijetí
group-standing-invited = Pozván
