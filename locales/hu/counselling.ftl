## Kollegiális tanácsadás: a témák listája

counselling-sign-in-to-ask = Jelentkezzen be, hogy kérdést tegyen fel kollégáinak, vagy válaszoljon egy kérdésre.
threads-search-label = Keresés a kérdések és válaszok között
thread-topic = Téma
threads-language = Nyelv
threads-network = Hálózat
threads-state = Válasz
threads-unsolved = Még megválaszolatlan
threads-solved = Megválaszolva
threads-show = Megjelenítés
threads-followed = Általam követett beszélgetések
threads-mine = Saját kérdéseim
threads-found = { $count ->
    [one] { $count } beszélgetés
   *[other] { $count } beszélgetés
}
threads-none = Egyetlen beszélgetés sem felel meg a szűrőknek. Használjon kevesebb szűrőt, vagy tegye fel Ön a kérdést.
thread-unread = Új
thread-solved = Megválaszolva
thread-hidden-badge = Elrejtve
thread-asked-by = kérdező: { $name }
thread-replies = { $count ->
    [one] { $count } válasz
   *[other] { $count } válasz
}
notifications-link = Értesítések
notifications-unread = { $count ->
    [one] { $count } olvasatlan
   *[other] { $count } olvasatlan
}

## Egy beszélgetés

thread-back = Összes beszélgetés
thread-platform = Teljes platform
thread-hidden = A moderátorok elrejtették ezt a kérdést. Csak Ön és a moderátorok láthatják.
thread-follow = A beszélgetés követése
thread-unfollow = Követés leállítása
thread-sign-in-to-reply = A válaszadáshoz jelentkezzen be.
answer-accepted-title = Elfogadott válasz
answer-accepted-badge = Elfogadott válasz
answer-accept = Elfogadás válaszként
answer-unaccept = Elfogadás visszavonása
post-edited-link = szerkesztve (változatok megtekintése)
post-hidden = A moderátorok elrejtették: { $reason }
post-quote = Idézet
post-edit = Szerkesztés
post-flag = Jelentés a moderátoroknak
flag-reason = Miért nézzék meg a moderátorok ezt a hozzászólást?
flag-send = Jelentés elküldése
post-language = A szöveg nyelve
reply-title = Az Ön válasza
reply-body = Válasz
reply-send = Válasz közzététele
markdown-help = A szöveget Markdown segítségével formázhatja: **félkövér**, *dőlt*, kötőjellel (-) kezdődő listák, hivatkozások így: [szöveg](https://…).
markdown-preview = Előnézet

## Kérdezés

ask-title = Kérdezze kollégáit
ask-lead = Írja le a helyzetét, és azt, hogy mivel próbálkozott eddig. Azoknak a hálózatoknak a tagjai, amelyek látják a kérdését, válaszolhatnak rá.
ask-field-title = Kérdése egy mondatban
ask-field-body = Részletek
ask-field-audience = Kik láthatják
ask-send = Kérdés közzététele

## Szerkesztés és változatok

post-edit-title = Hozzászólás szerkesztése
post-edit-body = Szöveg
post-edit-save = Új változat mentése
post-history-title = A hozzászólás változatai
post-history-current = Jelenlegi változat
post-history-earlier = Korábbi változat
post-history-back = Vissza a beszélgetéshez

## Értesítések és összefoglaló

notifications-title = Értesítések
notifications-none = Nincs újdonság. Kövessen egy beszélgetést vagy témát, hogy értesítést kapjon, ha történik benne valami.
notifications-mark-read = Összes megjelölése olvasottként
notification-reply = { $name } válaszolt itt:
notification-topic = { $name } kérdést tett fel egy Ön által követett témában:
notification-accepted = { $name } elfogadta az Ön válaszát itt:
digest-title = E-mailes összefoglaló
digest-legend = Kérek összefoglalót az olvasatlan értesítésekről
digest-immediate = Azonnal, amint történik valami
digest-daily = Naponta egyszer
digest-weekly = Hetente egyszer
digest-never = Soha (itt olvasom őket)
digest-save = Beállítás mentése
topics-followed-title = Általam követett témák
topics-followed-lead = A követett témákban feltett minden új kérdésről értesítést kap.
topic-follow = Követés
topic-unfollow = Követés leállítása

## Moderálás

moderation-title = Moderálás
moderation-queue-title = Jelentett hozzászólások
moderation-queue-empty = Egyetlen hozzászólás sem vár döntésre.
moderation-flags = Jelentések
moderation-decide = Moderálás
moderation-reason = Indoklás
moderation-hide = Hozzászólás elrejtése
moderation-restore = Hozzászólás újbóli megjelenítése
moderation-dismiss = Hozzászólás megtartása változatlanul
moderation-log-title = Döntések
moderation-log-empty = Még nem született döntés.
moderation-log-when = Időpont
moderation-log-who = Moderátor
moderation-log-what = Döntés
moderation-log-thread = Beszélgetés
moderation-action-hide = Elrejtve
moderation-action-restore = Újra megjelenítve
moderation-action-dismiss = Jelentések elutasítva

## Visszajelzések és elutasítások

thread-asked = Kérdését közzétettük. Minden válaszról értesítést kap.
reply-posted = Válaszát közzétettük.
post-edited = Hozzászólását elmentettük; a korábbi változat továbbra is látható az előzményekben.
answer-accepted = A választ elfogadott válaszként jelöltük meg.
answer-unaccepted = A válasz már nincs elfogadott válaszként megjelölve.
thread-followed = Mostantól követi ezt a beszélgetést.
thread-unfollowed = Már nem követi ezt a beszélgetést.
topics-saved = Témáit elmentettük.
post-flagged = Köszönjük! A moderátorok megnézik ezt a hozzászólást.
moderation-saved = A döntést elmentettük.
notifications-read = Minden értesítést olvasottként jelöltünk meg.
digest-saved = Beállítását elmentettük.
error-already-flagged = Ezt már jelentette; a moderátorok meg fogják nézni.
error-not-an-answer = Csak látható válasz lehet elfogadott válasz.

## E-mail

mail-digest-subject = Újdonságok a kollegiális tanácsadásban
mail-digest-body = Tisztelt Kolléga!

    { $count ->
        [one] { $count } új értesítése van a kollegiális tanácsadásban:
       *[other] { $count } új értesítése van a kollegiális tanácsadásban:
    }

    { $items }
    Összes értesítése, és hogy milyen gyakran kapja ezt az összefoglalót: { $link }
