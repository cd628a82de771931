## Delovne skupine: seznam.

groups-title = Delovne skupine
groups-lead = Tematske skupine, ki določen čas skupaj delajo za skupni cilj, vodijo pa jih člani, ki se pri vodenju med delom izmenjujejo.
groups-none = Delovnih skupin še ni.
groups-found-new = Ustanovi delovno skupino
group-members-count = { $count ->
    [one] { $count } član
    [two] { $count } člana
    [few] { $count } člani
   *[other] { $count } članov
}
group-archived = Arhivirana

## Prostor skupine.

group-purpose = Namen
group-deliverables = Rezultati
group-mandate = Mandat
group-mandate-dates = Od { $from } do { $until }
group-mandate-open = Od { $from }, brez končnega datuma
group-joining = Pridružitev
group-seen-by = Vidna za
group-leaders = Vodje
group-leader-since = od { $since }
group-former-leaders = Nekdanji vodje
group-leader-term = { $since } – { $until }
group-members = Člani
group-events = Dogodki skupine
group-no-events = Skupina še nima dogodkov.
group-join = Pridruži se skupini
group-ask = Zaprosi za pridružitev
group-accept-invitation = Sprejmi povabilo
group-leave = Zapusti skupino
group-you-member = Ste član te skupine.
group-you-asked = Vaša prošnja čaka na odločitev vodij.
group-you-invited = Povabljeni ste v to skupino.
group-archived-note = Mandat te skupine se je iztekel: njeno delo je tu shranjeno za branje.
group-sign-in-to-join = Za pridružitev se prijavite
group-requests = Prošnje za pridružitev
group-appoint = Imenuj za vodjo
group-step-down = Odstopi kot vodja
group-calendar = Javni koledar skupine (.ics)

## Obrazec za novo skupino.

group-new-title = Ustanovi delovno skupino
group-new-lead = Določite skupini njeno listino: čemu je namenjena, kaj bo pripravila in za koliko časa. Postali boste njen prvi vodja.
group-field-network = Mreža
group-network-none = Celotna platforma
group-field-title = Ime skupine
group-field-topic = Tema
group-topic-none = Brez posebne teme
group-field-lang = Delovni jezik
group-field-purpose = Namen
group-field-deliverables = Rezultati
group-field-starts = Začetek mandata
group-field-ends = Konec mandata (neobvezno)
group-field-admission = Pridružitev
group-field-visibility = Vidna za
group-found = Ustanovi skupino

## Obvestila po oddaji obrazca.

group-founded = Delovna skupina je ustanovljena. Vi ste njen prvi vodja.
group-joined = Ste član skupine.
group-requested = Vaša prošnja je bila poslana vodjem skupine.
group-left = Zapustili ste skupino.
group-decided = Vaša odločitev je shranjena.
group-leader-appointed = Novi vodja je imenovan.
group-stepped-down = Odstopili ste kot vodja.
group-standing-requested = Prosi za včlanitev
group-standing-invited = Povabljen
