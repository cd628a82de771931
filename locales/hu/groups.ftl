## Munkacsoportok: a lista.

groups-title = Munkacsoportok
groups-lead = Tematikus csoportok, amelyek meghatározott ideig közös célért dolgoznak együtt; vezetésüket a munka során egymást váltó tagok látják el.
groups-none = Még nincsenek munkacsoportok.
groups-found-new = Munkacsoport alapítása
group-members-count = { $count ->
    [one] { $count } tag
   *[other] { $count } tag
}
group-archived = Archivált

## Egy csoport munkatere.

group-purpose = Cél
group-deliverables = Várt eredmények
group-mandate = Megbízatás
group-mandate-dates = { $from } – { $until }
group-mandate-open = Kezdete: { $from }, befejezés dátuma nélkül
group-joining = Csatlakozás
group-seen-by = Kik láthatják
group-leaders = Vezetők
group-leader-since = { $since } óta
group-former-leaders = Korábbi vezetők
group-leader-term = { $since } – { $until }
group-members = Tagok
group-events = A csoport eseményei
group-no-events = A csoportnak még nincsenek eseményei.
group-join = Csatlakozás a csoporthoz
group-ask = Csatlakozás kérése
group-accept-invitation = A meghívás elfogadása
group-leave = Kilépés a csoportból
group-you-member = Ön tagja ennek a csoportnak.
group-you-asked = Kérelme a vezetők döntésére vár.
group-you-invited = Meghívást kapott ebbe a csoportba.
group-archived-note = Ennek a csoportnak lejárt a megbízatása: munkája itt továbbra is olvasható.
group-sign-in-to-join = Bejelentkezés után csatlakozhat
group-requests = Csatlakozási kérelmek
group-appoint = Kinevezés vezetővé
group-step-down = Lemondás a vezetői szerepről
group-calendar = A csoport nyilvános naptára (.ics)

## Az új csoport űrlapja.

group-new-title = Munkacsoport alapítása
group-new-lead = Adja meg a csoport alapszabályát: mi a célja, milyen eredményeket hoz létre, és mennyi ideig működik. Ön lesz az első vezetője.
group-field-network = Hálózat
group-network-none = A teljes platform
group-field-title = A csoport neve
group-field-topic = Téma
group-topic-none = Nincs konkrét téma
group-field-lang = Munkanyelv
group-field-purpose = Cél
group-field-deliverables = Várt eredmények
group-field-starts = A megbízatás kezdete
group-field-ends = A megbízatás vége (nem kötelező)
group-field-admission = Csatlakozás
group-field-visibility = Kik láthatják
group-found = A csoport megalapítása

## Értesítések egy űrlap elküldése után.

group-founded = A munkacsoport megalakult. Ön az első vezetője.
group-joined = Ön a csoport tagja lett.
group-requested = Kérelmét elküldtük a csoport vezetőinek.
group-left = Kilépett a csoportból.
group-decided = Döntését mentettük.
group-leader-appointed = Az új vezetőt kineveztük.
group-stepped-down = Lemondott a vezetői szerepről.
group-standing-requested = Csatlakozni szeretne
group-standing-invited = Meghívva
