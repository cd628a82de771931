## Grupuri de lucru: lista.

groups-title = Grupuri de lucru
groups-lead = Grupuri tematice care lucrează împreună pe o perioadă determinată pentru un scop comun, conduse de membri care se succed la conducere pe măsură ce activitatea avansează.
groups-none = Nu există încă grupuri de lucru.
groups-found-new = Înființați un grup de lucru
group-members-count = { $count ->
    [one] Un membru
    [few] { $count } membri
   *[other] { $count } de membri
}
group-archived = Arhivat

## Spațiul unui grup.

group-purpose = Scop
group-deliverables = Rezultate preconizate
group-mandate = Mandat
group-mandate-dates = De la { $from } până la { $until }
group-mandate-open = De la { $from }, fără dată de încheiere
group-joining = Aderare
group-seen-by = Vizibil pentru
group-leaders = Lideri
group-leader-since = din { $since }
group-former-leaders = Foști lideri
group-leader-term = { $since } – { $until }
group-members = Membri
group-events = Evenimentele grupului
group-no-events = Grupul nu are încă evenimente.
group-join = Alăturați-vă grupului
group-ask = Solicitați aderarea
group-accept-invitation = Acceptați invitația
group-leave = Părăsiți grupul
group-you-member = Sunteți membru al acestui grup.
group-you-asked = Solicitarea dumneavoastră așteaptă decizia liderilor.
group-you-invited = Ați fost invitat în acest grup.
group-archived-note = Mandatul acestui grup s-a încheiat: activitatea sa este păstrată aici pentru consultare.
group-sign-in-to-join = Autentificați-vă pentru a vă alătura
group-requests = Solicitări de aderare
group-appoint = Desemnați ca lider
group-step-down = Retrageți-vă din funcția de lider
group-calendar = Calendarul public al grupului (.ics)

## Formularul pentru un grup nou.

group-new-title = Înființați un grup de lucru
group-new-lead = Stabiliți carta grupului: la ce servește, ce rezultate va produce și pe ce durată. Veți deveni primul său lider.
group-field-network = Rețea
group-network-none = Întreaga platformă
group-field-title = Denumirea grupului
group-field-topic = Temă
group-topic-none = Nicio temă anume
group-field-lang = Limba de lucru
group-field-purpose = Scop
group-field-deliverables = Rezultate preconizate
group-field-starts = Începutul mandatului
group-field-ends = Sfârșitul mandatului (opțional)
group-field-admission = Aderare
group-field-visibility = Vizibil pentru
group-found = Înființați grupul

## Mesaje după trimiterea unui formular.

group-founded = Grupul de lucru a fost înființat. Sunteți primul său lider.
group-joined = Sunteți membru al grupului.
group-requested = Solicitarea dumneavoastră a fost trimisă liderilor grupului.
group-left = Ați părăsit grupul.
group-decided = Decizia dumneavoastră a fost salvată.
group-leader-appointed = Noul lider a fost desemnat.
group-stepped-down = V-ați retras din funcția de lider.
group-standing-requested = Cere să se alăture
group-standing-invited = Invitat
