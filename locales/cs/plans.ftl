# Strategie a akční plány

plans-none = Strategii zatím nezveřejnila žádná síť.
plans-back = Všechny strategie
plan-activity-count = { $count ->
    [one] { $count } aktivita
    [few] { $count } aktivity
    [many] { $count } aktivity
   *[other] { $count } aktivit
}
strategy-create-title = Nová strategie
strategy-network = Síť
strategy-create = Založit strategii

## Fáze strategie
strategy-status-draft = Návrh
strategy-status-feedback = Připomínkování
strategy-status-adopted = Schválená
strategy-stage = Fáze
strategy-adopt = Schválit strategii
strategy-reopen = Vrátit do fáze návrhu
round-open = Zahájit kolo připomínek
round-close = Ukončit kolo připomínek
round-opens = Od
round-closes = Do
round-open-notice = Kolo připomínek probíhá od { $from } do { $to }.
round-comment-link = Okomentovat návrh

## Pole strategie
strategy-edit = Upravit strategii
strategy-fields = Vize a poslání
strategy-field-title = Název
strategy-field-period = Období (roky)
strategy-field-vision = Vize
strategy-field-mission = Poslání
strategy-field-status = Fáze
strategy-aspirations = Cíle
strategy-save = Uložit strategii
aspiration-field-title = Cíl
aspiration-field-description = Popis
aspiration-save = Uložit cíl
aspiration-add-title = Nový cíl
aspiration-add = Přidat cíl

## Akční plán
plan-progress = Plnění:
plan-percent = { $value } %
plan-number = { $value }
plan-tools = Nástroje strategie
plan-print = Verze pro tisk
plan-export = Stáhnout akční plán (CSV)
plan-present = Právě na stránce:
plan-timeline = Harmonogram akčního plánu
plan-timeline-caption = Každý pruh vede od zahájení aktivity k jejímu termínu a je vyplněn podle stavu jejího plnění; červená čára označuje dnešek.
plan-today = dnes
plan-dates = Termíny
plan-activities = Aktivity
plan-no-activities = K tomuto cíli zatím nepřispívá žádná aktivita.
plan-filter-aspiration = Cíl
plan-filter-status = Stav
plan-filter-all = Vše
plan-filter-apply = Zobrazit

## Aktivity
activity-status-planned = Plánováno
activity-status-in-progress = Probíhá
activity-status-done = Dokončeno
activity-status-blocked = Blokováno
activity-status-cancelled = Zrušeno
activity-field-title = Aktivita
activity-field-description = Popis
activity-field-aspirations = Cíle, k nimž přispívá
activity-field-owner = Garant
activity-field-contributors = Spolupracující organizace
activity-field-start_on = Zahájení
activity-field-due_on = Termín
activity-field-status = Stav
activity-field-progress = Plnění (%)
activity-owner-none = Zatím bez garanta
activity-owner-members = Členové
activity-owner-organisations = Organizace
activity-add-title = Nová aktivita
activity-add = Přidat aktivitu
activity-edit-title = Úprava aktivity
activity-save = Uložit aktivitu
activity-follow = Sledovat tuto aktivitu
activity-unfollow = Přestat sledovat tuto aktivitu
activity-being-edited = Právě upravuje: { $names }
field-changed-live = { $name } právě změnil(a) toto pole. Vaše hodnota zde zůstává; po uložení uvidíte obě.
offline-kept = Nejste připojeni: vaše změny se uchovávají v tomto prohlížeči a odešlou se, jakmile bude připojení obnoveno.

## Indikátory
indicators-title = Indikátory
indicators-none = Zatím žádný indikátor.
indicator-field-name = Indikátor
indicator-field-target = Cílová hodnota
indicator-field-actual = Dosažená hodnota
indicator-reached = { $name }: { $actual } z { $target }
indicator-edit = Indikátor { $name }
indicator-save = Uložit
indicator-add = Přidat indikátor

## Změny provedené mezitím
conflict-title = Mezitím to změnil někdo jiný
conflict-lead = Vaše ostatní změny jsou uloženy. Tato pole změnil někdo jiný poté, co jste otevřeli formulář: nic nebylo přepsáno. U každého z nich zvolte, jak dál.
conflict-changed-by = Změnil(a) { $name }, { $at } (UTC).
conflict-theirs = Hodnota druhé osoby (uložená)
conflict-mine = Vaše hodnota (neuložená)
conflict-keep = Ponechat hodnotu druhé osoby
conflict-replace = Nahradit mou hodnotou
conflict-merge-label = Sloučený text
conflict-merge = Uložit sloučený text
error-changed-meanwhile = Toto pole se od otevření stránky změnilo. Obnovte stránku a zkuste to znovu.

## Historie a verze
history-title = Historie změn
revision-created = Vytvoření
revision-restore = Obnovit tuto hodnotu
revision-restores = (obnovuje změnu č. { $number })
strategy-versions = Verze
versions-none = Zatím není uložena žádná verze: verze se ukládá po ukončení kola připomínek a při schválení strategie.
version-now = Aktuální znění strategie
version-number = Verze { $number }
version-reason-round = po kole připomínek
version-reason-adopted = při schválení
diff-from = Od
diff-to = Do
diff-compare = Porovnat
diff-title = Porovnání: { $from } → { $to }
diff-unchanged = (beze změny)

## Kola připomínek
comments-title = Komentáře
comment-title = Komentář k návrhu
comment-about = Týká se
comment-on-strategy = Strategie jako celek
comment-body = Váš komentář
comment-send = Odeslat komentář
comment-taken-up = Zapracováno
comment-declined = Nezapracováno
comment-resolution = Vypořádání
comment-reason = Odůvodnění
comment-resolve = Vypořádat

## Potvrzení
strategy-created = Strategie byla založena. Doplňte její vizi, poslání a cíle.
strategy-saved = Uloženo.
aspiration-added = Cíl byl přidán.
activity-added = Aktivita byla přidána. Určete jejího garanta, termíny a indikátory.
activity-saved = Aktivita byla uložena.
indicator-added = Indikátor byl přidán.
value-restored = Dřívější hodnota byla obnovena jako nová změna.
stage-open = Kolo připomínek bylo zahájeno: členové sítě mohou přidávat komentáře.
stage-close = Kolo připomínek bylo ukončeno a tato verze byla uložena.
stage-adopt = Strategie byla schválena a tato verze byla uložena.
stage-reopen = Strategie je opět ve fázi návrhu.
comment-posted = Váš komentář byl odeslán koordinátorům sítě.
comment-resolved = Komentář byl vypořádán.
followed = Nyní toto sledujete: dostanete oznámení, kdykoli se změní stav, garant nebo termín.
unfollowed = Toto už nesledujete.

## Oznámení o sledovaných aktivitách
plan-notification-status = { $name } změnil(a) stav aktivity
plan-notification-owner = { $name } změnil(a) garanta aktivity
plan-notification-start_on = { $name } změnil(a) datum zahájení aktivity
plan-notification-due_on = { $name } změnil(a) termín aktivity

## Odmítnutí
error-date-invalid = Zadejte platné kalendářní datum (rok, měsíc, den).
error-dates-reversed = Datum ukončení je dřívější než datum zahájení.
error-number-invalid = Zadejte celé číslo v povoleném rozsahu.
error-aspiration-missing = Aktivita musí přispívat alespoň k jednomu cíli.
error-wrong-stage = Strategie není ve fázi, kterou tato akce vyžaduje (například neprobíhá žádné kolo připomínek).
plan-notifications-title = Aktivity, které sledujete
aspiration-follow = Sledovat tento cíl
aspiration-unfollow = Přestat sledovat tento cíl
