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

## Lista e evenimenteve.

events-title = Evenimentet
events-lead = Sesione të të nxënit mes kolegësh, seminare në internet, konferenca, punëtori, vizita studimore dhe takime vjetore të rrjeteve dhe të grupeve të tyre të punës.
events-upcoming = Evenimentet e ardhshme
events-past = Evenimentet e kaluara
events-found = { $count ->
    [one] { $count } eveniment
   *[other] { $count } evenimente
}
events-none = Asnjë eveniment nuk përputhet me këto zgjedhje.
events-organise = Organizo një eveniment
events-your-calendar = Kalendari juaj
events-filter-kind = Lloji i evenimentit
events-filter-network = Rrjeti
events-show = Shfaq
event-your-time = Ora juaj: { $time }
event-online = Virtual
event-places-left = { $count ->
    [one] Ka mbetur { $count } vend
   *[other] Kanë mbetur { $count } vende
}
event-full = Plot: lista e pritjes është e hapur
event-recorded = Incizimi është i disponueshëm
event-cancelled-badge = Anuluar
event-in-series = Pjesë e një serie

## Faqja e një eveniment.

event-when = Kur
event-where = Ku
event-languages = Gjuhët që fliten
event-organised-by = Organizuar nga
event-admission = Pranimi
event-places = Vendet
event-places-taken = { $registered } nga { $capacity } vende të zëna
event-places-unlimited = { $registered } të regjistruar, pa kufi vendesh
event-waiting-count = { $count ->
    [one] { $count } person në listën e pritjes
   *[other] { $count } persona në listën e pritjes
}
event-your-standing = Regjistrimi juaj
event-register = Regjistrohu
event-request = Kërko një vend
event-join-waiting-list = Hyr në listën e pritjes
event-access-needs = Nevoja për aksesueshmëri (opsionale)
event-access-needs-hint = Këtë e shohin vetëm organizatorët: hyrje pa shkallë, përkthim në gjuhën e shenjave, nevoja ushqimore, çdo gjë që ju ndihmon të merrni pjesë.
event-withdraw = Anulo regjistrimin tim
event-sign-in-to-register = Hyni në llogari për t’u regjistruar
event-meeting-link = Lidhja e takimit
event-meeting-link-hint = Lidhja e takimit u shfaqet këtu pjesëmarrësve sapo të kenë marrë një vend.
event-add-to-calendar = Shtojeni në kalendarin tuaj
event-calendar-file = Ky eveniment (skedar .ics)
event-series-file = E gjithë seria (skedar .ics)
event-agenda = Axhenda
event-materials = Materialet
event-recording = Incizimi
event-watch-recording = Shiko incizimin
event-questions = Pyetje dhe përgjigje
event-conclusions = Përfundimet
event-taken-place = Ky eveniment është zhvilluar tashmë.

## Çfarë bëjnë organizatorët në faqen e një eveniment.

event-organisers = Për organizatorët
event-participants = Pjesëmarrësit
event-participants-csv = Shkarko listën e pjesëmarrësve (CSV)
event-no-participants = Nuk është regjistruar ende askush.
event-cancel = Anulo këtë eveniment
event-cancel-confirm = Po, anuloje: kalendarët e pjesëmarrësve njoftohen.
event-add-session = Shto një seancë në axhendë
event-session-starts = Fillon
event-session-ends = Mbaron
event-session-title = Titulli
event-session-speakers = Folësit
event-add-material = Shto material
event-material-title = Titulli
event-material-link = Një lidhje, ose numri apo adresa e një burimi të bibliotekës
event-recording-link = Lidhja e incizimit
event-save = Ruaj

## Formulari për një eveniment të ri.

event-new-title = Organizoni një eveniment
event-new-lead = Njoftojuni anëtarëve një eveniment. Oraret shënohen sipas orës së zonës kohore që zgjidhni; të gjithë i shohin në atë zonë dhe në zonën e tyre.
event-field-organiser = Organizuar nga
event-organiser-platform = E gjithë platforma
event-field-kind = Lloji i evenimentit
event-field-title = Titulli
event-field-lang = Gjuha e këtij njoftimi
event-field-languages = Gjuhët që fliten në eveniment
event-field-description = Përshkrimi
event-field-time-zone = Zona kohore
event-field-starts = Fillon
event-field-ends = Mbaron
event-field-online-url = Lidhja e takimit (për një eveniment virtual)
event-field-venue = Vendi i zhvillimit (për një eveniment me prani fizike)
event-field-address = Adresa
event-field-country = Vendi
event-field-visibility = Kush mund ta shohë
event-field-admission = Pranimi
event-field-capacity = Numri i vendeve
event-field-capacity-hint = Lëreni bosh nëse nuk ka kufi. Kur vendet zihen, hapet një listë pritjeje.
event-field-repeat = Përsëritja
event-repeat-none = Nuk përsëritet
event-field-until = Data e fundit e serisë
event-create = Njofto evenimentin

## Njoftime pas një formulari.

event-registered = Jeni regjistruar. Lidhja e takimit dhe skedari i kalendarit gjenden në këtë faqe.
event-waiting = Vendet janë zënë: jeni në listën e pritjes dhe do të merrni një vend sapo të lirohet ndonjë.
event-requested = Kërkesa juaj u dërgua te organizatorët.
event-withdrawn = Regjistrimi juaj u anulua.
event-created = Evenimenti u njoftua.
event-cancelled = Evenimenti u anulua.
event-decided = Vendimi juaj u ruajt.
event-session-added = Seanca u shtua në axhendë.
event-material-added = Materiali u shtua.
event-recording-saved = Lidhja e incizimit u ruajt.

## Adresa e kalendarit të një anëtari.

calendar-title = Kalendari juaj
calendar-lead = Abonohuni në adresën e kalendarit tuaj personal në programin tuaj të kalendarit (Outlook, Apple Calendar, Thunderbird, Google Calendar): evenimentet për të cilat jeni regjistruar shfaqen atje dhe mbahen gjithmonë të përditësuara.
calendar-address-label = Adresa e kalendarit tuaj
calendar-address-once = Kopjojeni tani: shfaqet vetëm këtë herë. Kushdo që e ka këtë adresë mund të shohë evenimentet tuaja, prandaj mos ia jepni askujt.
calendar-has-address = Keni një adresë kalendari. Nëse e keni humbur ose mund ta dijë dikush tjetër, krijoni një të re: e vjetra nuk do të funksionojë më.
calendar-no-address = Nuk keni ende një adresë kalendari.
calendar-make = Krijo adresën e kalendarit tim
calendar-make-new = Krijo një adresë të re
calendar-revoke = Anulo adresën time
calendar-public-feeds = Kalendarë publikë
calendar-public-feeds-lead = Evenimentet e hapura për të gjithë të çdo rrjeti dhe të çdo grupi publik pune, ku mund të abonoheni pa hyrë në llogari.
calendar-address-made = Adresa juaj e re e kalendarit është gati.
calendar-address-revoked = Adresa e kalendarit tuaj u anulua: programet e kalendarit nuk marrin më asgjë prej saj.
event-participant = Pjesëmarrës
error-cancel-unconfirmed = Shënoni kutinë për të konfirmuar anulimin e eventit.
event-country-none = Nuk është dhënë

## Email-e për një vend në një eveniment.

mail-event-place-subject = Vendi juaj: { $title }
mail-event-place-body = Përshëndetje, { $name },

    keni një vend në evenimentin “{ $title }”, { $time }.

    Evenimenti është bashkëngjitur në këtë email: programi juaj i kalendarit e shton dhe e përditëson nëse ndryshon. Faqja e tij, me lidhjen e takimit për një eveniment virtual:
    { $link }
mail-event-cancelled-subject = U hoq nga kalendari juaj: { $title }
mail-event-cancelled-body = Përshëndetje, { $name },

    evenimenti “{ $title }”, { $time }, u hoq nga kalendari juaj: është anuluar evenimenti ose regjistrimi juaj.

    Mesazhi i bashkëngjitur i mundëson programit tuaj të kalendarit ta heqë. Faqja e evenimentit:
    { $link }
mail-event-reminder-subject = Fillon së shpejti: { $title }
mail-event-reminder-body = Përshëndetje, { $name },

    ju kujtojmë se evenimenti “{ $title }”, { $time }, fillon së shpejti.

    Faqja e evenimentit, me lidhjen e takimit për një eveniment virtual:
    { $link }

event-add-question = Bëjuni një pyetje grupeve të diskutimit
event-question-text = Pyetje
event-record-answer = Regjistroni përgjigjen e një grupi
event-answer-group = Grup diskutimi
event-answer-text = Përgjigjja e grupit
event-question-added = Pyetja u shtua.
event-answer-recorded = Përgjigjja e grupit u regjistrua.

event-edit = Ndryshoni këtë event
event-edit-save = Ruani ndryshimet
event-saved = Eventi u ruajt. Ata që kanë një vend e marrin ndryshimin në kalendarët e tyre.

## Organizatorët ftojnë anëtarë.

error-member-unknown = Asnjë anëtar nuk ka këtë adresë email-i.
event-invite = Ftoni një anëtar
event-invite-email = Adresa e email-it e anëtarit
event-invited = Ftesa u dërgua.
mail-event-invited-subject = Ftesë: { $title }
mail-event-invited-body = Përshëndetje, { $name },

    organizatorët ju ftojnë në evenimentin “{ $title }”, { $time }.

    Rezervoni vendin tuaj në faqen e evenimentit:
    { $link }
