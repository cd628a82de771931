# Stratēģija un rīcības plāni

plans-none = Neviens tīkls vēl nav publicējis stratēģiju.
plans-back = Visas stratēģijas
plan-activity-count = { $count ->
    [zero] { $count } pasākumu
    [one] { $count } pasākums
   *[other] { $count } pasākumi
}
strategy-create-title = Jauna stratēģija
strategy-network = Tīkls
strategy-create = Sākt stratēģijas izstrādi

## Stratēģijas posmi
strategy-status-draft = Izstrādē
strategy-status-feedback = Apspriešanā
strategy-status-adopted = Apstiprināta
strategy-stage = Posms
strategy-adopt = Apstiprināt stratēģiju
strategy-reopen = Atgriezt izstrādē
round-open = Atvērt apspriešanas kārtu
round-close = Slēgt apspriešanas kārtu
round-opens = No
round-closes = Līdz
round-open-notice = Apspriešanas kārta ir atvērta no { $from } līdz { $to }.
round-comment-link = Komentēt stratēģijas projektu

## Stratēģijas lauki
strategy-edit = Rediģēt stratēģiju
strategy-fields = Vīzija un misija
strategy-field-title = Nosaukums
strategy-field-period = Periods (gadi)
strategy-field-vision = Vīzija
strategy-field-mission = Misija
strategy-field-status = Posms
strategy-aspirations = Mērķi
strategy-save = Saglabāt stratēģiju
aspiration-field-title = Mērķis
aspiration-field-description = Apraksts
aspiration-save = Saglabāt mērķi
aspiration-add-title = Jauns mērķis
aspiration-add = Pievienot mērķi

## Rīcības plāns
plan-progress = Izpilde:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = Stratēģijas rīki
plan-print = Drukas skats
plan-export = Lejupielādēt rīcības plānu (CSV)
plan-present = Pašlaik skatās:
plan-timeline = Rīcības plāna laika grafiks
plan-timeline-caption = Katra josla stiepjas no pasākuma sākuma līdz tā izpildes termiņam un ir aizpildīta atbilstoši izpildes gaitai; sarkanā līnija apzīmē šodienu.
plan-today = šodien
plan-dates = Datumi
plan-activities = Pasākumi
plan-no-activities = Šim mērķim vēl nav neviena pasākuma.
plan-filter-aspiration = Mērķis
plan-filter-status = Statuss
plan-filter-all = Visi
plan-filter-apply = Rādīt

## Pasākumi
activity-status-planned = Plānots
activity-status-in-progress = Notiek
activity-status-done = Pabeigts
activity-status-blocked = Bloķēts
activity-status-cancelled = Atcelts
activity-field-title = Pasākums
activity-field-description = Apraksts
activity-field-aspirations = Mērķi, kurus tas atbalsta
activity-field-owner = Atbildīgais izpildītājs
activity-field-contributors = Iesaistītās organizācijas
activity-field-start_on = Sākums
activity-field-due_on = Izpildes termiņš
activity-field-status = Statuss
activity-field-progress = Izpilde (%)
activity-owner-none = Atbildīgais izpildītājs vēl nav noteikts
activity-owner-members = Dalībnieki
activity-owner-organisations = Organizācijas
activity-add-title = Jauns pasākums
activity-add = Pievienot pasākumu
activity-edit-title = Pasākuma rediģēšana
activity-save = Saglabāt pasākumu
activity-follow = Sekot šim pasākumam
activity-unfollow = Pārtraukt sekot šim pasākumam
activity-being-edited = Pašlaik rediģē: { $names }
field-changed-live = { $name } tikko mainīja šo lauku. Jūsu vērtība paliek šeit; saglabājot tiks parādītas abas.
offline-kept = Nav savienojuma: jūsu izmaiņas tiek glabātas šajā pārlūkprogrammā un tiks nosūtītas, kad savienojums atjaunosies.

## Rādītāji
indicators-title = Rādītāji
indicators-none = Vēl nav neviena rādītāja.
indicator-field-name = Rādītājs
indicator-field-target = Mērķvērtība
indicator-field-actual = Sasniegtā vērtība
indicator-reached = { $name }: { $actual } no { $target }
indicator-edit = Rādītājs „{ $name }”
indicator-save = Saglabāt
indicator-add = Pievienot rādītāju

## Izmaiņas, kas veiktas pa to laiku
conflict-title = Kamēr rediģējāt, kāds veica izmaiņas
conflict-lead = Pārējās jūsu izmaiņas ir saglabātas. Pēc tam, kad atvērāt veidlapu, šos laukus mainīja kāds cits; nekas netika pārrakstīts. Izvēlieties, ko darīt ar katru no tiem.
conflict-changed-by = Mainīja { $name }, { $at } (UTC).
conflict-theirs = Otras personas vērtība (saglabāta)
conflict-mine = Jūsu vērtība (nav saglabāta)
conflict-keep = Paturēt otras personas vērtību
conflict-replace = Aizstāt ar manu vērtību
conflict-merge-label = Apvienotais teksts
conflict-merge = Saglabāt apvienoto tekstu
error-changed-meanwhile = Šis lauks ir mainīts kopš lapas atvēršanas. Pārlādējiet lapu un mēģiniet vēlreiz.

## Vēsture un versijas
history-title = Vēsture
revision-created = Izveidots
revision-restore = Atjaunot šo vērtību
revision-restores = (atjauno izmaiņu Nr. { $number })
strategy-versions = Versijas
versions-none = Vēl nav saglabāta neviena versija: versiju saglabā, kad tiek slēgta apspriešanas kārta un kad stratēģija tiek apstiprināta.
version-now = Pašreizējā stratēģija
version-number = { $number }. versija
version-reason-round = pēc apspriešanas kārtas
version-reason-adopted = apstiprināta
diff-from = No
diff-to = Līdz
diff-compare = Salīdzināt
diff-title = Salīdzinājums: { $from } → { $to }
diff-unchanged = (bez izmaiņām)

## Apspriešanas kārtas
comments-title = Komentāri
comment-title = Komentēt stratēģijas projektu
comment-about = Par ko
comment-on-strategy = Stratēģija kopumā
comment-body = Jūsu komentārs
comment-send = Nosūtīt komentāru
comment-taken-up = Ņemts vērā
comment-declined = Nav ņemts vērā
comment-resolution = Lēmums
comment-reason = Pamatojums
comment-resolve = Pieņemt lēmumu

## Paziņojumi
strategy-created = Stratēģijas izstrāde ir sākta. Aprakstiet tās vīziju, misiju un mērķus.
strategy-saved = Saglabāts.
aspiration-added = Mērķis ir pievienots.
activity-added = Pasākums ir pievienots. Norādiet tā atbildīgo izpildītāju, datumus un rādītājus.
activity-saved = Pasākums ir saglabāts.
indicator-added = Rādītājs ir pievienots.
value-restored = Iepriekšējā vērtība ir atjaunota kā jauna izmaiņa.
stage-open = Apspriešanas kārta ir atvērta: tīkla dalībnieki var komentēt.
stage-close = Apspriešanas kārta ir slēgta, un šī versija ir saglabāta.
stage-adopt = Stratēģija ir apstiprināta, un šī versija ir saglabāta.
stage-reopen = Stratēģija atkal ir izstrādē.
comment-posted = Jūsu komentārs ir nosūtīts tīkla koordinatoriem.
comment-resolved = Par komentāru ir pieņemts lēmums.
followed = Tagad jūs tam sekojat: saņemsiet ziņu, kad mainīsies kāds statuss, atbildīgais izpildītājs vai datums.
unfollowed = Jūs tam vairs nesekojat.

## Paziņojumi par pasākumiem, kuriem sekojat
plan-notification-status = { $name } mainīja statusu pasākumam
plan-notification-owner = { $name } mainīja atbildīgo izpildītāju pasākumam
plan-notification-start_on = { $name } mainīja sākuma datumu pasākumam
plan-notification-due_on = { $name } mainīja izpildes termiņu pasākumam

## Atteikumi
error-date-invalid = Norādiet derīgu kalendāra datumu (gads, mēnesis, diena).
error-dates-reversed = Beigas ir pirms sākuma.
error-number-invalid = Norādiet veselu skaitli atļautajā diapazonā.
error-aspiration-missing = Pasākumam jāatbalsta vismaz viens mērķis.
error-wrong-stage = Stratēģija nav tajā posmā, kas nepieciešams šai darbībai (piemēram, nav atvērta neviena apspriešanas kārta).
plan-notifications-title = Pasākumi, kuriem sekojat
aspiration-follow = Sekot šim mērķim
aspiration-unfollow = Pārtraukt sekot šim mērķim
