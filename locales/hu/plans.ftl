# Stratégia és cselekvési tervek

plans-none = Még egyetlen hálózat sem tett közzé stratégiát.
plans-back = Összes stratégia
plan-activity-count = { $count ->
    [one] { $count } tevékenység
   *[other] { $count } tevékenység
}
strategy-create-title = Új stratégia indítása
strategy-network = Hálózat
strategy-create = Stratégia indítása

## A stratégia szakaszai
strategy-status-draft = Tervezet
strategy-status-feedback = Véleményezés alatt
strategy-status-adopted = Elfogadott
strategy-stage = Szakasz
strategy-adopt = Stratégia elfogadása
strategy-reopen = Visszaállítás tervezetté
round-open = Véleményezési kör megnyitása
round-close = Véleményezési kör lezárása
round-opens = Kezdete
round-closes = Vége
round-open-notice = A véleményezési kör { $from } és { $to } között tart nyitva.
round-comment-link = Hozzászólás a tervezethez

## A stratégia mezői
strategy-edit = Stratégia szerkesztése
strategy-fields = Jövőkép és küldetés
strategy-field-title = Cím
strategy-field-period = Időszak (évek)
strategy-field-vision = Jövőkép
strategy-field-mission = Küldetésnyilatkozat
strategy-field-status = Szakasz
strategy-aspirations = Célok
strategy-save = Stratégia mentése
aspiration-field-title = Cél
aspiration-field-description = Leírás
aspiration-save = Cél mentése
aspiration-add-title = Új cél hozzáadása
aspiration-add = Cél hozzáadása

## A cselekvési terv
plan-progress = Előrehaladás:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = A stratégia eszközei
plan-print = Nyomtatási nézet
plan-export = Cselekvési terv letöltése (CSV)
plan-present = Jelenleg megnyitotta:
plan-timeline = A cselekvési terv idővonala
plan-timeline-caption = Minden sáv egy tevékenység kezdetétől a határidejéig tart, és az előrehaladásnak megfelelő mértékben van kitöltve; a piros vonal a mai napot jelöli.
plan-today = ma
plan-dates = Időpontok
plan-activities = Tevékenységek
plan-no-activities = Ezt a célt még egyetlen tevékenység sem szolgálja.
plan-filter-aspiration = Cél
plan-filter-status = Állapot
plan-filter-all = Mind
plan-filter-apply = Megjelenítés

## Tevékenységek
activity-status-planned = Tervezett
activity-status-in-progress = Folyamatban
activity-status-done = Befejezve
activity-status-blocked = Elakadt
activity-status-cancelled = Törölve
activity-field-title = Tevékenység
activity-field-description = Leírás
activity-field-aspirations = Szolgált célok
activity-field-owner = Felelős
activity-field-contributors = Közreműködő szervezetek
activity-field-start_on = Kezdés
activity-field-due_on = Határidő
activity-field-status = Állapot
activity-field-progress = Előrehaladás (%)
activity-owner-none = Még nincs felelős
activity-owner-members = Tagok
activity-owner-organisations = Szervezetek
activity-add-title = Új tevékenység hozzáadása
activity-add = Tevékenység hozzáadása
activity-edit-title = Tevékenység szerkesztése
activity-save = Tevékenység mentése
activity-follow = A tevékenység követése
activity-unfollow = A tevékenység követésének leállítása
activity-being-edited = Éppen szerkeszti: { $names }
field-changed-live = { $name } az imént módosította ezt a mezőt. Az Ön értéke itt marad; mentéskor mindkét érték megjelenik.
offline-kept = Nincs kapcsolat: módosításait ez a böngésző megőrzi, és a kapcsolat helyreállásakor elküldi.

## Mutatók
indicators-title = Mutatók
indicators-none = Még nincs mutató.
indicator-field-name = Mutató
indicator-field-target = Célérték
indicator-field-actual = Elért érték
indicator-reached = { $name }: { $actual } / { $target }
indicator-edit = Mutató: { $name }
indicator-save = Mentés
indicator-add = Mutató hozzáadása

## Időközben történt módosítások
conflict-title = Valaki időközben módosította
conflict-lead = Többi módosítását elmentettük. Ezeket a mezőket valaki más módosította, miután Ön megnyitotta az űrlapot: semmit sem írtunk felül. Döntsön mindegyikről.
conflict-changed-by = Módosította: { $name }, { $at } (UTC).
conflict-theirs = A másik személy értéke (mentve)
conflict-mine = Az Ön értéke (nincs mentve)
conflict-keep = A másik érték megtartása
conflict-replace = Csere a saját értékemre
conflict-merge-label = Egyesített szöveg
conflict-merge = Egyesített szöveg mentése
error-changed-meanwhile = Ez a mező megváltozott, mióta megnyitotta az oldalt. Töltse be újra az oldalt, és próbálja újra.

## Előzmények és változatok
history-title = Előzmények
revision-created = Létrehozva
revision-restore = Érték visszaállítása
revision-restores = ({ $number }. módosítás visszaállítása)
strategy-versions = Változatok
versions-none = Még nincs megőrzött változat: változatot akkor őrzünk meg, amikor egy véleményezési kör lezárul, és amikor a stratégiát elfogadják.
version-now = A stratégia jelenlegi állapota
version-number = { $number }. változat
version-reason-round = véleményezési kör után
version-reason-adopted = elfogadva
diff-from = Ettől
diff-to = Eddig
diff-compare = Összehasonlítás
diff-title = Változások: { $from } → { $to }
diff-unchanged = (változatlan)

## Véleményezési körök
comments-title = Hozzászólások
comment-title = Hozzászólás a tervezethez
comment-about = Mire vonatkozik
comment-on-strategy = A stratégia egésze
comment-body = Az Ön hozzászólása
comment-send = Hozzászólás elküldése
comment-taken-up = Beépítve
comment-declined = Elutasítva
comment-resolution = Döntés
comment-reason = Indoklás
comment-resolve = Döntés rögzítése

## Visszajelzések
strategy-created = A stratégiát létrehoztuk. Írja meg a jövőképét, a küldetését és a céljait.
strategy-saved = Mentve.
aspiration-added = A célt hozzáadtuk.
activity-added = A tevékenységet hozzáadtuk. Adjon meg hozzá felelőst, időpontokat és mutatókat.
activity-saved = A tevékenységet elmentettük.
indicator-added = A mutatót hozzáadtuk.
value-restored = A korábbi érték visszakerült, új módosításként.
stage-open = A véleményezési kör megnyílt: a hálózat tagjai hozzászólhatnak.
stage-close = A véleményezési kör lezárult, ezt a változatot megőriztük.
stage-adopt = A stratégiát elfogadták, ezt a változatot megőriztük.
stage-reopen = A stratégia ismét tervezet.
comment-posted = Hozzászólását elküldtük a koordinátoroknak.
comment-resolved = A hozzászólásról döntés született.
followed = Mostantól követi: értesítést kap, ha megváltozik valamelyik állapot, felelős vagy időpont.
unfollowed = Már nem követi.

## Értesítések a követett tevékenységekről
plan-notification-status = { $name } módosította a következő tevékenység állapotát:
plan-notification-owner = { $name } módosította a következő tevékenység felelősét:
plan-notification-start_on = { $name } módosította a következő tevékenység kezdési dátumát:
plan-notification-due_on = { $name } módosította a következő tevékenység határidejét:

## Elutasítások
error-date-invalid = Naptári dátumot adjon meg (év, hónap, nap).
error-dates-reversed = A befejezés korábbi, mint a kezdés.
error-number-invalid = A megengedett tartományba eső egész számot adjon meg.
error-aspiration-missing = Egy tevékenységnek legalább egy célt szolgálnia kell.
error-wrong-stage = A stratégia nem abban a szakaszban van, amely ehhez szükséges (például nincs nyitott véleményezési kör).
plan-notifications-title = Követett tevékenységek
aspiration-follow = A cél követése
aspiration-unfollow = A cél követésének leállítása
