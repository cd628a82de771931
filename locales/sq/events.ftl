## Evenimentet: pse refuzohet një orë, një numër vendesh ose një regjistrim.

error-time-zone-unknown = Zgjidhni një zonë kohore nga lista.
error-wall-time-skipped = Kjo orë nuk ekziston atë ditë në këtë zonë kohore: ora shtyhet një orë përpara (kalimi në orën verore). Zgjidhni një orë tjetër.
error-wall-time-repeated = Kjo orë ndodh dy herë atë ditë në këtë zonë kohore: ora kthehet një orë prapa (kalimi në orën dimërore). Zgjidhni një orë tjetër.
error-capacity-invalid = Numri i vendeve duhet të jetë një numër i plotë, të paktën 1. Lëreni fushën bosh nëse nuk ka kufi.
error-already-registered = Jeni regjistruar tashmë për këtë eveniment.
error-event-past = Ky eveniment është zhvilluar tashmë.
error-event-cancelled = Ky eveniment është anuluar.
error-invitation-only = Vendet në këtë eveniment jepen vetëm me ftesë. Nëse dëshironi të merrni pjesë, drejtojuni organizatorëve.
error-group-archived = Mandati i këtij grupi pune ka përfunduar: grupi është arkivuar dhe nuk mund të ndryshohet më.
error-last-leader = Një grup pune duhet të ketë të paktën një drejtues. Caktoni një drejtues tjetër përpara se të tërhiqeni.
error-place-missing = Shënoni një lidhje për takimin, vendin e zhvillimit ose të dyja.
error-series-too-long = Një seri mund të ketë të shumtën 150 përsëritje. Zgjidhni një datë të fundit më të hershme.
error-event-unknown = Në këtë adresë nuk ka asnjë eveniment, ose ai nuk është i hapur për ju.
error-group-unknown = Në këtë adresë nuk ka asnjë grup pune, ose ai nuk është i hapur për ju.
error-calendar-address-revoked = Kjo adresë kalendari është anuluar. Kopjoni adresën tuaj të re nga faqja e kalendarit tuaj.
error-not-registered = Nuk jeni regjistruar për këtë eveniment.

## Llojet e evenimenteve.

event-kind-peer-learning = Sesion i të nxënit mes kolegësh
event-kind-webinar = Seminar në internet
event-kind-e-conference = Konferencë virtuale
event-kind-workshop = Punëtori
event-kind-study-visit = Vizitë studimore
event-kind-annual-meeting = Takim vjetor

## Si merret një vend në një eveniment ose në një grup pune.

admission-open = I hapur për të gjithë
admission-request = Me kërkesë, me miratimin e organizatorëve
admission-invitation = Vetëm me ftesë

## Statusi i një anëtari në lidhje me një eveniment.

attendance-registered = I regjistruar
attendance-waiting = Në listën e pritjes
attendance-requested = Kërkesa u dërgua
attendance-invited = I ftuar
attendance-cancelled = Regjistrimi u anulua
attendance-declined = Kërkesa u refuzua

## Si përsëritet një seri evenimentesh.

recurrence-weekly = Çdo javë
recurrence-monthly = Çdo muaj, në të njëjtën ditë të javës

## Kush e sheh një grup pune.

group-visibility-public = Publik
group-visibility-members = Anëtarët që kanë hyrë në llogari
group-visibility-hidden = Vetëm anëtarët e grupit
