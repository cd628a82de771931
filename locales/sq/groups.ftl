## Grupet e punës: lista.

groups-title = Grupet e punës
groups-lead = Grupe tematike që punojnë së bashku për një kohë të caktuar drejt një qëllimi të përbashkët, të drejtuara nga anëtarë që e marrin drejtimin me radhë ndërsa puna ecën.
groups-none = Nuk ka ende grupe pune.
groups-found-new = Themelo një grup pune
group-members-count = { $count ->
    [one] { $count } anëtar
   *[other] { $count } anëtarë
}
group-archived = Arkivuar

## Hapësira e një grupi.

group-purpose = Qëllimi
group-deliverables = Rezultatet e pritura
group-mandate = Mandati
group-mandate-dates = Nga { $from } deri më { $until }
group-mandate-open = Nga { $from }, pa datë përfundimi
group-joining = Anëtarësimi
group-seen-by = E dukshme për
group-leaders = Drejtuesit
group-leader-since = që nga { $since }
group-former-leaders = Ish-drejtuesit
group-leader-term = { $since } – { $until }
group-members = Anëtarët
group-events = Evenimentet e grupit
group-no-events = Grupi nuk ka ende evenimente.
group-join = Bashkohu me grupin
group-ask = Kërko anëtarësim
group-accept-invitation = Prano ftesën
group-leave = Largohu nga grupi
group-you-member = Jeni anëtar i këtij grupi.
group-you-asked = Kërkesa juaj pret vendimin e drejtuesve.
group-you-invited = Jeni ftuar në këtë grup.
group-archived-note = Mandati i këtij grupi ka përfunduar: puna e tij ruhet këtu për t’u lexuar.
group-sign-in-to-join = Hyni në llogari për t’u bashkuar
group-requests = Kërkesat për anëtarësim
group-appoint = Cakto si drejtues
group-step-down = Tërhiqu nga drejtimi
group-calendar = Kalendari publik i grupit (.ics)

## Formulari për një grup të ri.

group-new-title = Themeloni një grup pune
group-new-lead = Hartoni statutin e grupit: për çfarë shërben, çfarë do të realizojë dhe për sa kohë. Ju bëheni drejtuesi i tij i parë.
group-field-network = Rrjeti
group-network-none = E gjithë platforma
group-field-title = Emri i grupit
group-field-topic = Tema
group-topic-none = Pa temë të veçantë
group-field-lang = Gjuha e punës
group-field-purpose = Qëllimi
group-field-deliverables = Rezultatet e pritura
group-field-starts = Fillimi i mandatit
group-field-ends = Përfundimi i mandatit (opsional)
group-field-admission = Anëtarësimi
group-field-visibility = E dukshme për
group-found = Themelo grupin

## Njoftime pas një formulari.

group-founded = Grupi i punës u themelua. Ju jeni drejtuesi i tij i parë.
group-joined = Tani jeni anëtar i grupit.
group-requested = Kërkesa juaj u dërgua te drejtuesit e grupit.
group-left = Jeni larguar nga grupi.
group-decided = Vendimi juaj u ruajt.
group-leader-appointed = Drejtuesi i ri u caktua.
group-stepped-down = Jeni tërhequr nga drejtimi i grupit.
group-standing-requested = Kërkon të bashkohet
group-standing-invited = I ftuar
