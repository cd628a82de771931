# Strategija ir veiksmų planai

plans-none = Nė vienas tinklas dar nepaskelbė strategijos.
plans-back = Visos strategijos
plan-activity-count = { $count ->
    [one] { $count } veikla
    [few] { $count } veiklos
    [many] { $count } veiklos
   *[other] { $count } veiklų
}
strategy-create-title = Naujos strategijos rengimas
strategy-network = Tinklas
strategy-create = Pradėti rengti strategiją

## Strategijos etapai
strategy-status-draft = Rengiama
strategy-status-feedback = Svarstoma
strategy-status-adopted = Patvirtinta
strategy-stage = Etapas
strategy-adopt = Patvirtinti strategiją
strategy-reopen = Grąžinti į rengimo etapą
round-open = Pradėti komentavimo ratą
round-close = Užbaigti komentavimo ratą
round-opens = Nuo
round-closes = Iki
round-open-notice = Komentavimo ratas vyksta nuo { $from } iki { $to }.
round-comment-link = Komentuoti strategijos projektą

## Strategijos laukai
strategy-edit = Redaguoti strategiją
strategy-fields = Vizija ir misija
strategy-field-title = Pavadinimas
strategy-field-period = Laikotarpis (metai)
strategy-field-vision = Vizija
strategy-field-mission = Misija
strategy-field-status = Etapas
strategy-aspirations = Siekiai
strategy-save = Išsaugoti strategiją
aspiration-field-title = Siekis
aspiration-field-description = Aprašymas
aspiration-save = Išsaugoti siekį
aspiration-add-title = Naujas siekis
aspiration-add = Pridėti siekį

## Veiksmų planas
plan-progress = Pažanga:
plan-percent = { $value } %
plan-number = { $value }
plan-tools = Strategijos įrankiai
plan-print = Versija spausdinti
plan-export = Atsisiųsti veiksmų planą (CSV)
plan-present = Šiuo metu žiūri:
plan-timeline = Veiksmų plano laiko juosta
plan-timeline-caption = Kiekviena juostelė tęsiasi nuo veiklos pradžios iki jos termino ir yra užpildyta pagal veiklos pažangą; raudona linija žymi šiandieną.
plan-today = šiandien
plan-dates = Datos
plan-activities = Veiklos
plan-no-activities = Šiam siekiui dar nepriskirta jokia veikla.
plan-filter-aspiration = Siekis
plan-filter-status = Būsena
plan-filter-all = Visi
plan-filter-apply = Rodyti

## Veiklos
activity-status-planned = Suplanuota
activity-status-in-progress = Vykdoma
activity-status-done = Įvykdyta
activity-status-blocked = Užblokuota
activity-status-cancelled = Atšaukta
activity-field-title = Veikla
activity-field-description = Aprašymas
activity-field-aspirations = Siekiai, kuriuos ji įgyvendina
activity-field-owner = Atsakingas vykdytojas
activity-field-contributors = Prisidedančios organizacijos
activity-field-start_on = Pradžia
activity-field-due_on = Terminas
activity-field-status = Būsena
activity-field-progress = Pažanga (%)
activity-owner-none = Atsakingas vykdytojas dar nepaskirtas
activity-owner-members = Nariai
activity-owner-organisations = Organizacijos
activity-add-title = Nauja veikla
activity-add = Pridėti veiklą
activity-edit-title = Veiklos redagavimas
activity-save = Išsaugoti veiklą
activity-follow = Stebėti šią veiklą
activity-unfollow = Nebestebėti šios veiklos
activity-being-edited = Šiuo metu redaguoja: { $names }
field-changed-live = { $name } ką tik pakeitė šį lauką. Jūsų reikšmė lieka čia; išsaugojus bus parodytos abi.
offline-kept = Nėra ryšio: jūsų pakeitimai saugomi šioje naršyklėje ir bus išsiųsti, kai ryšys atsiras.

## Rodikliai
indicators-title = Rodikliai
indicators-none = Rodiklių dar nėra.
indicator-field-name = Rodiklis
indicator-field-target = Siektina reikšmė
indicator-field-actual = Pasiekta reikšmė
indicator-reached = { $name }: { $actual } iš { $target }
indicator-edit = Rodiklis „{ $name }“
indicator-save = Išsaugoti
indicator-add = Pridėti rodiklį

## Tuo pat metu atlikti pakeitimai
conflict-title = Kol redagavote, kažkas atliko pakeitimų
conflict-lead = Kiti jūsų pakeitimai išsaugoti. Po to, kai atidarėte formą, šiuos laukus pakeitė kitas asmuo; niekas nebuvo perrašyta. Pasirinkite, ką daryti su kiekvienu iš jų.
conflict-changed-by = Pakeitė { $name }, { $at } (UTC).
conflict-theirs = Kito asmens reikšmė (išsaugota)
conflict-mine = Jūsų reikšmė (neišsaugota)
conflict-keep = Palikti kito asmens reikšmę
conflict-replace = Pakeisti mano reikšme
conflict-merge-label = Sujungtas tekstas
conflict-merge = Išsaugoti sujungtą tekstą
error-changed-meanwhile = Šis laukas pasikeitė po to, kai atidarėte puslapį. Įkelkite puslapį iš naujo ir bandykite dar kartą.

## Istorija ir versijos
history-title = Istorija
revision-created = Sukurta
revision-restore = Atkurti šią reikšmę
revision-restores = (atkuria pakeitimą Nr. { $number })
strategy-versions = Versijos
versions-none = Išsaugotų versijų dar nėra: versija išsaugoma, kai baigiasi komentavimo ratas ir kai strategija patvirtinama.
version-now = Dabartinė strategija
version-number = { $number } versija
version-reason-round = po komentavimo rato
version-reason-adopted = patvirtinta
diff-from = Nuo
diff-to = Iki
diff-compare = Palyginti
diff-title = Palyginimas: { $from } → { $to }
diff-unchanged = (nepakeista)

## Komentavimo ratai
comments-title = Komentarai
comment-title = Komentuoti strategijos projektą
comment-about = Komentuojama dalis
comment-on-strategy = Visa strategija
comment-body = Jūsų komentaras
comment-send = Siųsti komentarą
comment-taken-up = Atsižvelgta
comment-declined = Neatsižvelgta
comment-resolution = Sprendimas
comment-reason = Priežastis
comment-resolve = Priimti sprendimą

## Pranešimai
strategy-created = Strategijos rengimas pradėtas. Aprašykite jos viziją, misiją ir siekius.
strategy-saved = Išsaugota.
aspiration-added = Siekis pridėtas.
activity-added = Veikla pridėta. Nurodykite atsakingą vykdytoją, datas ir rodiklius.
activity-saved = Veikla išsaugota.
indicator-added = Rodiklis pridėtas.
value-restored = Ankstesnė reikšmė atkurta kaip naujas pakeitimas.
stage-open = Komentavimo ratas pradėtas: tinklo nariai gali teikti komentarus.
stage-close = Komentavimo ratas baigtas, o ši versija išsaugota.
stage-adopt = Strategija patvirtinta, o ši versija išsaugota.
stage-reopen = Strategija vėl rengiama.
comment-posted = Jūsų komentaras išsiųstas tinklo koordinatoriams.
comment-resolved = Sprendimas dėl komentaro priimtas.
followed = Dabar tai stebite: gausite pranešimą, kai pasikeis būsena, atsakingas vykdytojas ar data.
unfollowed = To nebestebite.

## Pranešimai apie stebimas veiklas
plan-notification-status = { $name } pakeitė būseną veikloje
plan-notification-owner = { $name } pakeitė atsakingą vykdytoją veikloje
plan-notification-start_on = { $name } pakeitė pradžios datą veikloje
plan-notification-due_on = { $name } pakeitė terminą veikloje

## Atsisakymai
error-date-invalid = Įveskite tikrą kalendorinę datą (metai, mėnuo, diena).
error-dates-reversed = Pabaiga yra ankstesnė už pradžią.
error-number-invalid = Įveskite sveikąjį skaičių iš leistino intervalo.
error-aspiration-missing = Veikla turi įgyvendinti bent vieną siekį.
error-wrong-stage = Strategija nėra tame etape, kurio tam reikia (pavyzdžiui, nevyksta joks komentavimo ratas).
plan-notifications-title = Veiklos, kurias stebite
aspiration-follow = Stebėti šį siekį
aspiration-unfollow = Nebestebėti šio siekio
