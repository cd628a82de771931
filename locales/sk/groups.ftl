## Pracovné skupiny: zoznam.

groups-title = Pracovné skupiny
groups-lead = Tematické skupiny, ktoré počas stanoveného obdobia spoločne pracujú na dosiahnutí spoločného cieľa a ktoré vedú členovia striedajúci sa vo vedení v priebehu práce.
groups-none = Zatiaľ tu nie sú žiadne pracovné skupiny.
groups-found-new = Založiť pracovnú skupinu
group-members-count = { $count ->
    [one] Jeden člen
    [few] { $count } členovia
    [many] { $count } člena
   *[other] { $count } členov
}
group-archived = Archivovaná

## Priestor skupiny.

group-purpose = Účel
group-deliverables = Výstupy
group-mandate = Mandát
group-mandate-dates = Od { $from } do { $until }
group-mandate-open = Od { $from }, bez dátumu ukončenia
group-joining = Vstup do skupiny
group-seen-by = Viditeľná pre
group-leaders = Vedúci
group-leader-since = od { $since }
group-former-leaders = Bývalí vedúci
group-leader-term = { $since } – { $until }
group-members = Členovia
group-events = Podujatia skupiny
group-no-events = Skupina zatiaľ nemá žiadne podujatia.
group-join = Vstúpiť do skupiny
group-ask = Požiadať o vstup
group-accept-invitation = Prijať pozvánku
group-leave = Opustiť skupinu
group-you-member = Ste členom tejto skupiny.
group-you-asked = Vaša žiadosť čaká na rozhodnutie vedúcich.
group-you-invited = Boli ste pozvaní do tejto skupiny.
group-archived-note = Mandát tejto skupiny sa skončil: jej práca je tu uchovaná na čítanie.
group-sign-in-to-join = Prihláste sa, aby ste mohli vstúpiť
group-requests = Žiadosti o vstup
group-appoint = Vymenovať za vedúceho
group-step-down = Vzdať sa funkcie vedúceho
group-calendar = Verejný kalendár skupiny (.ics)

## Formulár novej skupiny.

group-new-title = Založiť pracovnú skupinu
group-new-lead = Dajte skupine zakladaciu listinu: na čo slúži, aké výstupy prinesie a na aké obdobie vzniká. Stanete sa jej prvým vedúcim.
group-field-network = Sieť
group-network-none = Celá platforma
group-field-title = Názov skupiny
group-field-topic = Téma
group-topic-none = Bez konkrétnej témy
group-field-lang = Pracovný jazyk
group-field-purpose = Účel
group-field-deliverables = Výstupy
group-field-starts = Začiatok mandátu
group-field-ends = Koniec mandátu (nepovinné)
group-field-admission = Vstup do skupiny
group-field-visibility = Viditeľná pre
group-found = Založiť skupinu

## Oznámenia po odoslaní formulára.

group-founded = Pracovná skupina bola založená. Ste jej prvým vedúcim.
group-joined = Ste členom skupiny.
group-requested = Vaša žiadosť bola odoslaná vedúcim skupiny.
group-left = Opustili ste skupinu.
group-decided = Vaše rozhodnutie bolo uložené.
group-leader-appointed = Nový vedúci bol vymenovaný.
group-stepped-down = Vzdali ste sa funkcie vedúceho.
group-standing-requested = Žiada o prijatie
group-standing-invited = Pozvaný
