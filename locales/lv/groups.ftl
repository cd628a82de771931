## Darba grupas: saraksts.

groups-title = Darba grupas
groups-lead = Tematiskas grupas, kas noteiktu laiku strādā kopā ar kopīgu mērķi un kuras darba gaitā pamīšus vada dalībnieki.
groups-none = Darba grupu vēl nav.
groups-found-new = Dibināt darba grupu
group-members-count = { $count ->
    [zero] { $count } dalībnieku
    [one] { $count } dalībnieks
   *[other] { $count } dalībnieki
}
group-archived = Arhivēta

## Grupas darba telpa.

group-purpose = Mērķis
group-deliverables = Nodevumi
group-mandate = Pilnvaras
group-mandate-dates = No { $from } līdz { $until }
group-mandate-open = No { $from }, bez beigu datuma
group-joining = Pievienošanās
group-seen-by = Kas to redz
group-leaders = Vadītāji
group-leader-since = kopš { $since }
group-former-leaders = Bijušie vadītāji
group-leader-term = { $since } – { $until }
group-members = Dalībnieki
group-events = Grupas sarīkojumi
group-no-events = Grupai vēl nav sarīkojumu.
group-join = Pievienoties grupai
group-ask = Lūgt uzņemšanu
group-accept-invitation = Pieņemt uzaicinājumu
group-leave = Izstāties no grupas
group-you-member = Jūs esat šīs grupas dalībnieks.
group-you-asked = Jūsu pieprasījums gaida vadītāju lēmumu.
group-you-invited = Jūs esat uzaicināts uz šo grupu.
group-archived-note = Šīs grupas pilnvaras ir beigušās: tās darbs šeit ir saglabāts lasīšanai.
group-sign-in-to-join = Piesakieties, lai pievienotos
group-requests = Pieteikumi dalībai
group-appoint = Iecelt par vadītāju
group-step-down = Atkāpties no vadītāja amata
group-calendar = Grupas publiskais kalendārs (.ics)

## Jaunas grupas veidlapa.

group-new-title = Dibināt darba grupu
group-new-lead = Izstrādājiet grupas nolikumu: kam tā paredzēta, ko tā sagatavos un cik ilgi darbosies. Jūs kļūsiet par tās pirmo vadītāju.
group-field-network = Tīkls
group-network-none = Visa platforma
group-field-title = Grupas nosaukums
group-field-topic = Tēma
group-topic-none = Bez konkrētas tēmas
group-field-lang = Darba valoda
group-field-purpose = Mērķis
group-field-deliverables = Nodevumi
group-field-starts = Pilnvaru sākums
group-field-ends = Pilnvaru beigas (nav obligāti)
group-field-admission = Pievienošanās
group-field-visibility = Kas to redz
group-found = Dibināt grupu

## Paziņojumi pēc veidlapas iesniegšanas.

group-founded = Darba grupa ir nodibināta. Jūs esat tās pirmais vadītājs.
group-joined = Jūs esat grupas dalībnieks.
group-requested = Jūsu pieprasījums ir nosūtīts grupas vadītājiem.
group-left = Jūs esat izstājies no grupas.
group-decided = Jūsu lēmums ir saglabāts.
group-leader-appointed = Jaunais vadītājs ir iecelts.
group-stepped-down = Jūs esat atkāpies no vadītāja amata.
group-standing-requested = Lūdz uzņemt
group-standing-invited = Uzaicināts
