## Darbo grupės: sąrašas.

groups-title = Darbo grupės
groups-lead = Teminės grupės, kurios tam tikrą laiką dirba kartu siekdamos bendro tikslo ir kurioms darbo eigoje pakaitomis vadovauja nariai.
groups-none = Darbo grupių dar nėra.
groups-found-new = Įsteigti darbo grupę
group-members-count = { $count ->
    [one] { $count } narys
    [few] { $count } nariai
    [many] { $count } nario
   *[other] { $count } narių
}
group-archived = Suarchyvuota

## Grupės darbo erdvė.

group-purpose = Tikslas
group-deliverables = Rezultatai
group-mandate = Įgaliojimai
group-mandate-dates = Nuo { $from } iki { $until }
group-mandate-open = Nuo { $from }, be pabaigos datos
group-joining = Prisijungimas
group-seen-by = Kas gali matyti
group-leaders = Vadovai
group-leader-since = nuo { $since }
group-former-leaders = Buvę vadovai
group-leader-term = { $since } – { $until }
group-members = Nariai
group-events = Grupės renginiai
group-no-events = Grupė dar neturi renginių.
group-join = Prisijungti prie grupės
group-ask = Prašyti priimti
group-accept-invitation = Priimti kvietimą
group-leave = Išstoti iš grupės
group-you-member = Esate šios grupės narys.
group-you-asked = Jūsų prašymas laukia vadovų sprendimo.
group-you-invited = Esate pakviesti į šią grupę.
group-archived-note = Šios grupės įgaliojimai baigėsi: jos darbai saugomi čia, kad būtų galima su jais susipažinti.
group-sign-in-to-join = Prisijunkite, kad galėtumėte įstoti
group-requests = Prašymai įstoti
group-appoint = Paskirti vadovu
group-step-down = Atsistatydinti iš vadovo pareigų
group-calendar = Grupės viešas kalendorius (.ics)

## Naujos grupės forma.

group-new-title = Įsteigti darbo grupę
group-new-lead = Parenkite grupės nuostatus: kam ji skirta, kokių rezultatų pasieks ir kiek laiko veiks. Tapsite pirmuoju jos vadovu.
group-field-network = Tinklas
group-network-none = Visa platforma
group-field-title = Grupės pavadinimas
group-field-topic = Tema
group-topic-none = Jokios konkrečios temos
group-field-lang = Darbo kalba
group-field-purpose = Tikslas
group-field-deliverables = Rezultatai
group-field-starts = Įgaliojimų pradžia
group-field-ends = Įgaliojimų pabaiga (neprivaloma)
group-field-admission = Prisijungimas
group-field-visibility = Kas gali matyti
group-found = Įsteigti grupę

## Pranešimai pateikus formą.

group-founded = Darbo grupė įsteigta. Esate pirmasis jos vadovas.
group-joined = Esate grupės narys.
group-requested = Jūsų prašymas išsiųstas grupės vadovams.
group-left = Išstojote iš grupės.
group-decided = Jūsų sprendimas išsaugotas.
group-leader-appointed = Naujas vadovas paskirtas.
group-stepped-down = Atsistatydinote iš vadovo pareigų.
group-standing-requested = Prašo priimti
group-standing-invited = Pakviestas
