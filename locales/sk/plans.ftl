# Stratégia a akčné plány

plans-none = Stratégiu zatiaľ nezverejnila žiadna sieť.
plans-back = Všetky stratégie
plan-activity-count = { $count ->
    [one] { $count } aktivita
    [few] { $count } aktivity
    [many] { $count } aktivity
   *[other] { $count } aktivít
}
strategy-create-title = Nová stratégia
strategy-network = Sieť
strategy-create = Založiť stratégiu

## Fázy stratégie
strategy-status-draft = Návrh
strategy-status-feedback = Pripomienkovanie
strategy-status-adopted = Schválená
strategy-stage = Fáza
strategy-adopt = Schváliť stratégiu
strategy-reopen = Vrátiť do fázy návrhu
round-open = Otvoriť kolo pripomienkovania
round-close = Uzavrieť kolo pripomienkovania
round-opens = Od
round-closes = Do
round-open-notice = Kolo pripomienkovania prebieha od { $from } do { $to }.
round-comment-link = Komentovať návrh

## Polia stratégie
strategy-edit = Upraviť stratégiu
strategy-fields = Vízia a poslanie
strategy-field-title = Názov
strategy-field-period = Obdobie (roky)
strategy-field-vision = Vízia
strategy-field-mission = Poslanie
strategy-field-status = Fáza
strategy-aspirations = Ciele
strategy-save = Uložiť stratégiu
aspiration-field-title = Cieľ
aspiration-field-description = Opis
aspiration-save = Uložiť cieľ
aspiration-add-title = Nový cieľ
aspiration-add = Pridať cieľ

## Akčný plán
plan-progress = Plnenie:
plan-percent = { $value } %
plan-number = { $value }
plan-tools = Nástroje stratégie
plan-print = Verzia na tlač
plan-export = Stiahnuť akčný plán (CSV)
plan-present = Práve na stránke:
plan-timeline = Harmonogram akčného plánu
plan-timeline-caption = Každý pruh vedie od začiatku aktivity po jej termín a je vyplnený podľa stavu jej plnenia; červená čiara označuje dnešok.
plan-today = dnes
plan-dates = Termíny
plan-activities = Aktivity
plan-no-activities = K tomuto cieľu zatiaľ neprispieva žiadna aktivita.
plan-filter-aspiration = Cieľ
plan-filter-status = Stav
plan-filter-all = Všetky
plan-filter-apply = Zobraziť

## Aktivity
activity-status-planned = Naplánované
activity-status-in-progress = Prebieha
activity-status-done = Dokončené
activity-status-blocked = Zablokované
activity-status-cancelled = Zrušené
activity-field-title = Aktivita
activity-field-description = Opis
activity-field-aspirations = Ciele, ku ktorým prispieva
activity-field-owner = Garant
activity-field-contributors = Spolupracujúce organizácie
activity-field-start_on = Začiatok
activity-field-due_on = Termín
activity-field-status = Stav
activity-field-progress = Plnenie (%)
activity-owner-none = Zatiaľ bez garanta
activity-owner-members = Členovia
activity-owner-organisations = Organizácie
activity-add-title = Nová aktivita
activity-add = Pridať aktivitu
activity-edit-title = Úprava aktivity
activity-save = Uložiť aktivitu
activity-follow = Sledovať túto aktivitu
activity-unfollow = Prestať sledovať túto aktivitu
activity-being-edited = Práve upravuje: { $names }
field-changed-live = { $name } práve zmenil(a) toto pole. Vaša hodnota tu zostáva; po uložení uvidíte obe.
offline-kept = Nie ste pripojení: vaše zmeny sa uchovávajú v tomto prehliadači a odošlú sa, keď sa pripojenie obnoví.

## Ukazovatele
indicators-title = Ukazovatele
indicators-none = Zatiaľ žiadny ukazovateľ.
indicator-field-name = Ukazovateľ
indicator-field-target = Cieľová hodnota
indicator-field-actual = Dosiahnutá hodnota
indicator-reached = { $name }: { $actual } z { $target }
indicator-edit = Ukazovateľ { $name }
indicator-save = Uložiť
indicator-add = Pridať ukazovateľ

## Zmeny vykonané medzitým
conflict-title = Medzitým to zmenil niekto iný
conflict-lead = Vaše ostatné zmeny sú uložené. Tieto polia zmenil niekto iný po tom, ako ste otvorili formulár: nič sa neprepísalo. Pri každom z nich zvoľte, ako ďalej.
conflict-changed-by = Zmenil(a) { $name }, { $at } (UTC).
conflict-theirs = Hodnota druhej osoby (uložená)
conflict-mine = Vaša hodnota (neuložená)
conflict-keep = Ponechať hodnotu druhej osoby
conflict-replace = Nahradiť mojou hodnotou
conflict-merge-label = Zlúčený text
conflict-merge = Uložiť zlúčený text
error-changed-meanwhile = Toto pole sa od otvorenia stránky zmenilo. Obnovte stránku a skúste to znova.

## História a verzie
history-title = História zmien
revision-created = Vytvorenie
revision-restore = Obnoviť túto hodnotu
revision-restores = (obnovuje zmenu č. { $number })
strategy-versions = Verzie
versions-none = Zatiaľ nie je uložená žiadna verzia: verzia sa uloží po uzavretí kola pripomienkovania a pri schválení stratégie.
version-now = Aktuálne znenie stratégie
version-number = Verzia { $number }
version-reason-round = po kole pripomienkovania
version-reason-adopted = pri schválení
diff-from = Od
diff-to = Do
diff-compare = Porovnať
diff-title = Porovnanie: { $from } → { $to }
diff-unchanged = (bez zmeny)

## Kolá pripomienkovania
comments-title = Komentáre
comment-title = Komentár k návrhu
comment-about = Týka sa
comment-on-strategy = Stratégia ako celok
comment-body = Váš komentár
comment-send = Odoslať komentár
comment-taken-up = Zapracované
comment-declined = Nezapracované
comment-resolution = Vyhodnotenie
comment-reason = Odôvodnenie
comment-resolve = Vyhodnotiť

## Potvrdenia
strategy-created = Stratégia bola založená. Doplňte jej víziu, poslanie a ciele.
strategy-saved = Uložené.
aspiration-added = Cieľ bol pridaný.
activity-added = Aktivita bola pridaná. Určte jej garanta, termíny a ukazovatele.
activity-saved = Aktivita bola uložená.
indicator-added = Ukazovateľ bol pridaný.
value-restored = Predchádzajúca hodnota bola obnovená ako nová zmena.
stage-open = Kolo pripomienkovania je otvorené: členovia siete môžu pridávať komentáre.
stage-close = Kolo pripomienkovania bolo uzavreté a táto verzia bola uložená.
stage-adopt = Stratégia bola schválená a táto verzia bola uložená.
stage-reopen = Stratégia je opäť vo fáze návrhu.
comment-posted = Váš komentár bol odoslaný koordinátorom siete.
comment-resolved = Komentár bol vyhodnotený.
followed = Teraz to sledujete: dostanete upozornenie vždy, keď sa zmení stav, garant alebo termín.
unfollowed = Toto už nesledujete.

## Upozornenia na sledované aktivity
plan-notification-status = { $name } zmenil(a) stav aktivity
plan-notification-owner = { $name } zmenil(a) garanta aktivity
plan-notification-start_on = { $name } zmenil(a) dátum začiatku aktivity
plan-notification-due_on = { $name } zmenil(a) termín aktivity

## Odmietnutia
error-date-invalid = Zadajte platný kalendárny dátum (rok, mesiac, deň).
error-dates-reversed = Dátum ukončenia je skorší ako dátum začiatku.
error-number-invalid = Zadajte celé číslo v povolenom rozsahu.
error-aspiration-missing = Aktivita musí prispievať aspoň k jednému cieľu.
error-wrong-stage = Stratégia nie je vo fáze, ktorú táto akcia vyžaduje (napríklad neprebieha žiadne kolo pripomienkovania).
plan-notifications-title = Aktivity, ktoré sledujete
aspiration-follow = Sledovať tento cieľ
aspiration-unfollow = Prestať sledovať tento cieľ
