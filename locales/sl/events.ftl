## Dogodki: razlogi za zavrnitev časa, števila mest ali prijave.

error-time-zone-unknown = Izberite časovni pas s seznama.
error-wall-time-skipped = Ta čas na ta dan v tem časovnem pasu ne obstaja: ure se premaknejo za eno uro naprej (prehod na poletni čas). Izberite drug čas.
error-wall-time-repeated = Ta čas se na ta dan v tem časovnem pasu pojavi dvakrat: ure se premaknejo za eno uro nazaj (prehod na zimski čas). Izberite drug čas.
error-capacity-invalid = Število mest mora biti celo število, najmanj 1. Če števila mest ne želite omejiti, pustite polje prazno.
error-already-registered = Na ta dogodek ste že prijavljeni.
error-event-past = Ta dogodek je že potekal.
error-event-cancelled = Ta dogodek je bil odpovedan.
error-invitation-only = Mesta na tem dogodku se dodeljujejo samo na povabilo. Če bi se ga radi udeležili, se obrnite na organizatorje.
error-group-archived = Mandat te delovne skupine se je iztekel: skupina je arhivirana in je ni več mogoče spreminjati.
error-last-leader = Delovna skupina mora imeti vsaj enega vodjo. Preden odstopite, imenujte drugega vodjo.
error-place-missing = Navedite povezavo do srečanja, kraj izvedbe ali oboje.
error-series-too-long = Niz dogodkov ima lahko največ 150 ponovitev. Izberite zgodnejši zadnji datum.
error-event-unknown = Na tem naslovu ni dogodka ali pa do njega nimate dostopa.
error-group-unknown = Na tem naslovu ni delovne skupine ali pa do nje nimate dostopa.
error-calendar-address-revoked = Ta naslov koledarja je bil preklican. Novi naslov kopirajte s strani svojega koledarja.
error-not-registered = Na ta dogodek niste prijavljeni.

## Vrste dogodkov.

event-kind-peer-learning = Srečanje za kolegialno učenje
event-kind-webinar = Spletni seminar
event-kind-e-conference = Spletna konferenca
event-kind-workshop = Delavnica
event-kind-study-visit = Študijski obisk
event-kind-annual-meeting = Letno srečanje

## Kako pridobiti mesto na dogodku ali v delovni skupini.

admission-open = Odprto za vse
admission-request = Na prošnjo, z odobritvijo organizatorjev
admission-invitation = Samo na povabilo

## Status člana pri dogodku.

attendance-registered = Prijavljen
attendance-waiting = Na čakalnem seznamu
attendance-requested = Prošnja poslana
attendance-invited = Povabljen
attendance-cancelled = Prijava preklicana
attendance-declined = Prošnja zavrnjena

## Kako se ponavlja niz dogodkov.

recurrence-weekly = Vsak teden
recurrence-monthly = Vsak mesec na isti dan v tednu

## Kdo vidi delovno skupino.

group-visibility-public = Javna
group-visibility-members = Prijavljeni člani
group-visibility-hidden = Samo člani skupine

## Seznam dogodkov.

events-title = Dogodki
events-lead = Srečanja za kolegialno učenje, spletni seminarji, konference, delavnice, študijski obiski in letna srečanja mrež in njihovih delovnih skupin.
events-upcoming = Prihajajoči
events-past = Pretekli dogodki
events-found = { $count ->
    [one] { $count } dogodek
    [two] { $count } dogodka
    [few] { $count } dogodki
   *[other] { $count } dogodkov
}
events-none = Izbranim pogojem ne ustreza noben dogodek.
events-organise = Organiziraj dogodek
events-your-calendar = Moj koledar
events-filter-kind = Vrsta dogodka
events-filter-network = Mreža
events-show = Prikaži
event-your-time = Vaš čas: { $time }
event-online = Spletni dogodek
event-places-left = { $count ->
    [one] Še { $count } prosto mesto
    [two] Še { $count } prosti mesti
    [few] Še { $count } prosta mesta
   *[other] Še { $count } prostih mest
}
event-full = Zasedeno: čakalni seznam je odprt
event-recorded = Posnetek je na voljo
event-cancelled-badge = Odpovedano
event-in-series = Del niza dogodkov

## Stran dogodka.

event-when = Kdaj
event-where = Kje
event-languages = Jeziki dogodka
event-organised-by = Organizator
event-admission = Dostop
event-places = Mesta
event-places-taken = Zasedenih mest: { $registered } od { $capacity }
event-places-unlimited = Prijavljenih: { $registered }, število mest ni omejeno
event-waiting-count = { $count ->
    [one] { $count } oseba na čakalnem seznamu
    [two] { $count } osebi na čakalnem seznamu
    [few] { $count } osebe na čakalnem seznamu
   *[other] { $count } oseb na čakalnem seznamu
}
event-your-standing = Vaša prijava
event-register = Prijavi se na dogodek
event-request = Zaprosi za mesto
event-join-waiting-list = Vpiši se na čakalni seznam
event-access-needs = Potrebe glede dostopnosti (neobvezno)
event-access-needs-hint = To vidijo samo organizatorji: dostop brez stopnic, tolmačenje v znakovni jezik, prehranske potrebe – vse, kar vam olajša udeležbo.
event-withdraw = Prekliči mojo prijavo
event-sign-in-to-register = Za prijavo na dogodek se prijavite v svoj račun
event-meeting-link = Povezava do srečanja
event-meeting-link-hint = Povezava do srečanja se udeležencem prikaže tukaj, ko dobijo mesto.
event-add-to-calendar = Dodaj v koledar
event-calendar-file = Ta dogodek (datoteka .ics)
event-series-file = Celoten niz dogodkov (datoteka .ics)
event-agenda = Program
event-materials = Gradiva
event-recording = Posnetek
event-watch-recording = Oglej si posnetek
event-questions = Vprašanja in odgovori
event-conclusions = Sklepi
event-taken-place = Ta dogodek je že potekal.

## Kaj organizatorji počnejo na strani dogodka.

event-organisers = Za organizatorje
event-participants = Udeleženci
event-participants-csv = Prenesi seznam udeležencev (CSV)
event-no-participants = Prijavil se še ni nihče.
event-cancel = Odpovej ta dogodek
event-cancel-confirm = Da, odpovej ga: sprememba bo vidna v koledarjih udeležencev.
event-add-session = Dodaj točko programa
event-session-starts = Začetek
event-session-ends = Konec
event-session-title = Naslov
event-session-speakers = Govorci
event-add-material = Dodaj gradivo
event-material-title = Naslov
event-material-link = Povezava ali številka oziroma naslov gradiva v knjižnici
event-recording-link = Povezava do posnetka
event-save = Shrani

## Obrazec za nov dogodek.

event-new-title = Organiziraj dogodek
event-new-lead = Obvestite člane o dogodku. Čase vnesete po uri izbranega časovnega pasu; vsi jih vidijo v tem pasu in v svojem.
event-field-organiser = Organizator
event-organiser-platform = Celotna platforma
event-field-kind = Vrsta dogodka
event-field-title = Naslov
event-field-lang = Jezik tega obvestila
event-field-languages = Jeziki, ki se govorijo na dogodku
event-field-description = Opis
event-field-time-zone = Časovni pas
event-field-starts = Začetek
event-field-ends = Konec
event-field-online-url = Povezava do srečanja (za spletni dogodek)
event-field-venue = Kraj izvedbe (za dogodek v živo)
event-field-address = Naslov prizorišča
event-field-country = Država
event-field-visibility = Kdo ga lahko vidi
event-field-admission = Dostop
event-field-capacity = Število mest
event-field-capacity-hint = Če števila mest ne želite omejiti, pustite polje prazno. Ko so vsa mesta zasedena, se odpre čakalni seznam.
event-field-repeat = Ponavljanje
event-repeat-none = Se ne ponavlja
event-field-until = Zadnji datum niza
event-create = Objavi dogodek

## Obvestila po oddaji obrazca.

event-registered = Prijavljeni ste. Povezavo do srečanja in datoteko koledarja najdete na tej strani.
event-waiting = Vsa mesta so zasedena: uvrščeni ste na čakalni seznam in boste dobili mesto, takoj ko se katero sprosti.
event-requested = Vaša prošnja je bila poslana organizatorjem.
event-withdrawn = Vaša prijava je preklicana.
event-created = Dogodek je objavljen.
event-cancelled = Dogodek je odpovedan.
event-decided = Vaša odločitev je shranjena.
event-session-added = Točka je dodana v program.
event-material-added = Gradivo je dodano.
event-recording-saved = Povezava do posnetka je shranjena.

## Naslov koledarja člana.

calendar-title = Moj koledar
calendar-lead = V svojem koledarskem programu (Outlook, Apple Calendar, Thunderbird, Google Calendar) se naročite na svoj lastni naslov koledarja: tam se prikažejo dogodki, na katere ste se prijavili, in so vedno posodobljeni.
calendar-address-label = Naslov vašega koledarja
calendar-address-once = Kopirajte ga zdaj: prikazan je samo tokrat. Vsak, ki pozna ta naslov, lahko vidi vaše dogodke, zato ga ne delite z nikomer.
calendar-has-address = Naslov koledarja že imate. Če ste ga izgubili ali ga morda pozna kdo drug, ustvarite novega: stari bo prenehal delovati.
calendar-no-address = Naslova koledarja še nimate.
calendar-make = Ustvari naslov mojega koledarja
calendar-make-new = Ustvari nov naslov
calendar-revoke = Prekliči moj naslov
calendar-public-feeds = Javni koledarji
calendar-public-feeds-lead = Dogodki posameznih mrež in javnih delovnih skupin, odprti za vse, na katere se lahko naročite brez prijave.
calendar-address-made = Nov naslov vašega koledarja je pripravljen.
calendar-address-revoked = Naslov vašega koledarja je preklican: koledarski programi z njega ne prejemajo ničesar več.
event-participant = Udeleženec
error-cancel-unconfirmed = Označite polje, da potrdite odpoved dogodka.
event-country-none = Ni navedeno

## E-poštna sporočila o mestu na dogodku.

mail-event-place-subject = Vaše mesto: { $title }
mail-event-place-body = Pozdravljeni, { $name },

    imate mesto na dogodku „{ $title }“, { $time }.

    Dogodek je priložen temu sporočilu: vaš koledarski program ga bo dodal in ga posodobil, če se spremeni. Stran dogodka, pri spletnem dogodku tudi s povezavo do srečanja:
    { $link }
mail-event-cancelled-subject = Odstranjeno iz koledarja: { $title }
mail-event-cancelled-body = Pozdravljeni, { $name },

    dogodek „{ $title }“, { $time }, bo odstranjen iz vašega koledarja: dogodek je bil odpovedan ali pa je bila preklicana vaša prijava.

    S priloženim sporočilom ga bo vaš koledarski program odstranil. Stran dogodka:
    { $link }
mail-event-reminder-subject = Kmalu: { $title }
mail-event-reminder-body = Pozdravljeni, { $name },

    opominjamo vas, da se dogodek „{ $title }“ kmalu začne: { $time }.

    Stran dogodka, pri spletnem dogodku tudi s povezavo do srečanja:
    { $link }

event-add-question = Zastavite vprašanje skupinam za razpravo
event-question-text = Vprašanje
event-record-answer = Zapišite odgovor skupine
event-answer-group = Skupina za razpravo
event-answer-text = Odgovor skupine
event-question-added = Vprašanje je dodano.
event-answer-recorded = Odgovor skupine je zapisan.

event-edit = Spremenite ta dogodek
event-edit-save = Shrani spremembe
event-saved = Dogodek je shranjen. Tisti, ki imajo mesto, prejmejo spremembo v svoje koledarje.

## Organizatorji vabijo člane.

error-member-unknown = Noben član nima tega e-poštnega naslova.
event-invite = Povabi člana
event-invite-email = E-poštni naslov člana
event-invited = Povabilo je poslano.
mail-event-invited-subject = Povabilo: { $title }
mail-event-invited-body = Pozdravljeni, { $name },

    organizatorji vas vabijo na dogodek „{ $title }“, { $time }.

    Svoje mesto potrdite na strani dogodka:
    { $link }
