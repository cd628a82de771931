# Strategija in akcijski načrti

plans-none = Nobena mreža še ni objavila strategije.
plans-back = Vse strategije
plan-activity-count = { $count ->
    [one] { $count } dejavnost
    [two] { $count } dejavnosti
    [few] { $count } dejavnosti
   *[other] { $count } dejavnosti
}
strategy-create-title = Nova strategija
strategy-network = Mreža
strategy-create = Začni pripravo strategije

## Faze strategije
strategy-status-draft = Osnutek
strategy-status-feedback = V obravnavi
strategy-status-adopted = Sprejeta
strategy-stage = Faza
strategy-adopt = Sprejmi strategijo
strategy-reopen = Vrni v fazo osnutka
round-open = Odpri krog komentiranja
round-close = Zaključi krog komentiranja
round-opens = Od
round-closes = Do
round-open-notice = Krog komentiranja je odprt od { $from } do { $to }.
round-comment-link = Komentirajte osnutek

## Polja strategije
strategy-edit = Uredi strategijo
strategy-fields = Vizija in poslanstvo
strategy-field-title = Naslov
strategy-field-period = Obdobje (leta)
strategy-field-vision = Vizija
strategy-field-mission = Poslanstvo
strategy-field-status = Faza
strategy-aspirations = Cilji
strategy-save = Shrani strategijo
aspiration-field-title = Cilj
aspiration-field-description = Opis
aspiration-save = Shrani cilj
aspiration-add-title = Nov cilj
aspiration-add = Dodaj cilj

## Akcijski načrt
plan-progress = Napredek:
plan-percent = { $value } %
plan-number = { $value }
plan-tools = Orodja strategije
plan-print = Pogled za tiskanje
plan-export = Prenesi akcijski načrt (CSV)
plan-present = Trenutno na strani:
plan-timeline = Časovnica akcijskega načrta
plan-timeline-caption = Vsak pas sega od začetka dejavnosti do njenega roka in je zapolnjen glede na njen napredek; rdeča črta označuje današnji dan.
plan-today = danes
plan-dates = Datumi
plan-activities = Dejavnosti
plan-no-activities = Ta cilj še nima nobene dejavnosti.
plan-filter-aspiration = Cilj
plan-filter-status = Stanje
plan-filter-all = Vse
plan-filter-apply = Prikaži

## Dejavnosti
activity-status-planned = Načrtovano
activity-status-in-progress = V teku
activity-status-done = Končano
activity-status-blocked = Zastalo
activity-status-cancelled = Preklicano
activity-field-title = Dejavnost
activity-field-description = Opis
activity-field-aspirations = Cilji, h katerim prispeva
activity-field-owner = Nosilec
activity-field-contributors = Sodelujoče organizacije
activity-field-start_on = Začetek
activity-field-due_on = Rok
activity-field-status = Stanje
activity-field-progress = Napredek (%)
activity-owner-none = Nosilec še ni določen
activity-owner-members = Člani
activity-owner-organisations = Organizacije
activity-add-title = Nova dejavnost
activity-add = Dodaj dejavnost
activity-edit-title = Urejanje dejavnosti
activity-save = Shrani dejavnost
activity-follow = Spremljaj to dejavnost
activity-unfollow = Prenehaj spremljati to dejavnost
activity-being-edited = Trenutno ureja: { $names }
field-changed-live = { $name } je pravkar spremenil(a) to polje. Vaša vrednost ostane tukaj; ob shranjevanju bosta prikazani obe.
offline-kept = Ni povezave: vaše spremembe so shranjene v tem brskalniku in bodo poslane, ko bo povezava spet vzpostavljena.

## Kazalniki
indicators-title = Kazalniki
indicators-none = Kazalnikov še ni.
indicator-field-name = Kazalnik
indicator-field-target = Ciljna vrednost
indicator-field-actual = Dosežena vrednost
indicator-reached = { $name }: { $actual } od { $target }
indicator-edit = Kazalnik „{ $name }“
indicator-save = Shrani
indicator-add = Dodaj kazalnik

## Sočasne spremembe
conflict-title = Medtem je nekdo to spremenil
conflict-lead = Vaše druge spremembe so shranjene. Ta polja je nekdo drug spremenil, potem ko ste odprli obrazec; nič ni bilo prepisano. Za vsako polje izberite, kaj naj se zgodi.
conflict-changed-by = Spremembo je vnesel(a) { $name }, { $at } (UTC).
conflict-theirs = Vrednost druge osebe (shranjena)
conflict-mine = Vaša vrednost (ni shranjena)
conflict-keep = Ohrani vrednost druge osebe
conflict-replace = Zamenjaj z mojo
conflict-merge-label = Združeno besedilo
conflict-merge = Shrani združeno besedilo
error-changed-meanwhile = To polje se je spremenilo, odkar je bila stran odprta. Znova naložite stran in poskusite še enkrat.

## Zgodovina in različice
history-title = Zgodovina
revision-created = Ustvarjeno
revision-restore = Obnovi to vrednost
revision-restores = (obnovi spremembo št. { $number })
strategy-versions = Različice
versions-none = Nobena različica še ni shranjena: različica se shrani ob zaključku kroga komentiranja in ob sprejetju strategije.
version-now = Trenutna strategija
version-number = Različica { $number }
version-reason-round = po krogu komentiranja
version-reason-adopted = sprejeta
diff-from = Od
diff-to = Do
diff-compare = Primerjaj
diff-title = Primerjava: { $from } → { $to }
diff-unchanged = (nespremenjeno)

## Krogi komentiranja
comments-title = Komentarji
comment-title = Komentirajte osnutek
comment-about = Na kaj se nanaša
comment-on-strategy = Strategija kot celota
comment-body = Vaš komentar
comment-send = Pošlji komentar
comment-taken-up = Upoštevano
comment-declined = Neupoštevano
comment-resolution = Odločitev
comment-reason = Obrazložitev
comment-resolve = Odloči

## Potrditve
strategy-created = Priprava strategije se je začela. Zapišite njeno vizijo, poslanstvo in cilje.
strategy-saved = Shranjeno.
aspiration-added = Cilj je dodan.
activity-added = Dejavnost je dodana. Določite ji nosilca, datume in kazalnike.
activity-saved = Dejavnost je shranjena.
indicator-added = Kazalnik je dodan.
value-restored = Prejšnja vrednost je obnovljena kot nova sprememba.
stage-open = Krog komentiranja je odprt: člani mreže lahko komentirajo.
stage-close = Krog komentiranja je zaključen, ta različica pa je shranjena.
stage-adopt = Strategija je sprejeta, ta različica pa je shranjena.
stage-reopen = Strategija je znova v fazi osnutka.
comment-posted = Vaš komentar je poslan koordinatorjem mreže.
comment-resolved = O komentarju je odločeno.
followed = Zdaj to spremljate: obveščeni boste, ko se spremeni stanje, nosilec ali datum.
unfollowed = Tega ne spremljate več.

## Obvestila o spremljanih dejavnostih
plan-notification-status = { $name } je spremenil(a) stanje dejavnosti
plan-notification-owner = { $name } je spremenil(a) nosilca dejavnosti
plan-notification-start_on = { $name } je spremenil(a) datum začetka dejavnosti
plan-notification-due_on = { $name } je spremenil(a) rok dejavnosti

## Zavrnitve
error-date-invalid = Vnesite veljaven koledarski datum (leto, mesec, dan).
error-dates-reversed = Konec je pred začetkom.
error-number-invalid = Vnesite celo število v dovoljenem razponu.
error-aspiration-missing = Dejavnost mora prispevati k vsaj enemu cilju.
error-wrong-stage = Strategija ni v fazi, ki je za to potrebna (na primer, odprt ni noben krog komentiranja).
plan-notifications-title = Dejavnosti, ki jih spremljate
aspiration-follow = Spremljaj ta cilj
aspiration-unfollow = Prenehaj spremljati ta cilj
