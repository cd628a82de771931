## Aarbechtsgruppen: d'Lëscht.

groups-title = Aarbechtsgruppen
groups-lead = Thematesch Gruppen, déi fir eng festgeluecht Zäit op e gemeinsamt Zil hischaffen, geleet vu Memberen, déi sech am Laf vun der Aarbecht an der Leedung ofwiesselen.
groups-none = Et gëtt nach keng Aarbechtsgruppen.
groups-found-new = Eng Aarbechtsgrupp grënnen
group-members-count = { $count ->
    [one] Ee Member
   *[other] { $count } Memberen
}
group-archived = Archivéiert

## De Beräich vun enger Grupp.

group-purpose = Zil
group-deliverables = Resultater
group-mandate = Mandat
group-mandate-dates = Vum { $from } bis den { $until }
group-mandate-open = Vum { $from } un, ouni Enndatum
group-joining = Bäitrëtt
group-seen-by = Siichtbar fir
group-leaders = Leedung
group-leader-since = zënter dem { $since }
group-former-leaders = Fréier Leedung
group-leader-term = { $since } bis { $until }
group-members = Memberen
group-events = D'Evenementer vun der Grupp
group-no-events = D'Grupp huet nach keng Evenementer.
group-join = Der Grupp bäitrieden
group-ask = Bäitrëtt ufroen
group-accept-invitation = D'Invitatioun unhuelen
group-leave = D'Grupp verloossen
group-you-member = Dir sidd Member vun dëser Grupp.
group-you-asked = Är Ufro waart op d'Entscheedung vun der Leedung.
group-you-invited = Dir sidd an dës Grupp invitéiert ginn.
group-archived-note = D'Mandat vun dëser Grupp ass ofgelaf: hir Aarbecht bleift hei fir ze liesen.
group-sign-in-to-join = Mellt Iech un, fir bäizetrieden
group-requests = Bäitrëttsufroen
group-appoint = An d'Leedung ernennen
group-step-down = Vun der Leedung zrécktrieden
group-calendar = Den ëffentleche Kalenner vun der Grupp (.ics)

## De Formulaire fir eng nei Grupp.

group-new-title = Eng Aarbechtsgrupp grënnen
group-new-lead = Gitt der Grupp hir Charta: fir wat si do ass, wat si wäert liwweren a fir wéi laang. Dir gitt hir éischt Leedung.
group-field-network = Netzwierk
group-network-none = Déi ganz Plattform
group-field-title = Numm vun der Grupp
group-field-topic = Thema
group-topic-none = Kee bestëmmt Thema
group-field-lang = Aarbechtssprooch
group-field-purpose = Zil
group-field-deliverables = Resultater
group-field-starts = Ufank vum Mandat
group-field-ends = Enn vum Mandat (fakultativ)
group-field-admission = Bäitrëtt
group-field-visibility = Siichtbar fir
group-found = D'Grupp grënnen

## Hiweiser no engem Formulaire.

group-founded = D'Aarbechtsgrupp ass gegrënnt. Dir sidd hir éischt Leedung.
group-joined = Dir sidd Member vun der Grupp.
group-requested = Är Ufro gouf un d'Leedung vun der Grupp geschéckt.
group-left = Dir hutt d'Grupp verlooss.
group-decided = Är Entscheedung ass gespäichert.
group-leader-appointed = Déi nei Leedung ass ernannt.
group-stepped-down = Dir sidd vun der Leedung zréckgetrueden.
group-standing-requested = Wëll bäitrieden
group-standing-invited = Invitéiert
