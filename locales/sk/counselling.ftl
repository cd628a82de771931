## Kolegiálne poradenstvo: zoznam vlákien

counselling-sign-in-to-ask = Prihláste sa, aby ste mohli položiť otázku kolegom alebo odpovedať na ich otázky.
threads-search-label = Hľadať v otázkach a odpovediach
thread-topic = Téma
threads-language = Jazyk vlákna
threads-network = Sieť
threads-state = Odpoveď
threads-unsolved = Zatiaľ bez odpovede
threads-solved = Zodpovedané
threads-show = Zobraziť
threads-followed = Vlákna, ktoré sledujem
threads-mine = Moje otázky
threads-found = { $count ->
    [one] { $count } vlákno
    [few] { $count } vlákna
    [many] { $count } vlákna
   *[other] { $count } vlákien
}
threads-none = Nezodpovedá žiadne vlákno. Použite menej filtrov alebo otázku položte sami.
thread-unread = Nové
thread-solved = Zodpovedané
thread-hidden-badge = Skryté
thread-asked-by = pýta sa { $name }
thread-replies = { $count ->
    [one] { $count } odpoveď
    [few] { $count } odpovede
    [many] { $count } odpovede
   *[other] { $count } odpovedí
}
notifications-link = Upozornenia
notifications-unread = { $count ->
    [one] { $count } neprečítané
    [few] { $count } neprečítané
    [many] { $count } neprečítaného
   *[other] { $count } neprečítaných
}

## Vlákno

thread-back = Všetky vlákna
thread-platform = Celá platforma
thread-hidden = Moderátori túto otázku skryli. Vidíte ju len vy a moderátori.
thread-follow = Sledovať toto vlákno
thread-unfollow = Prestať sledovať
thread-sign-in-to-reply = Ak chcete odpovedať, prihláste sa.
answer-accepted-title = Prijatá odpoveď
answer-accepted-badge = Prijatá odpoveď
answer-accept = Prijať ako odpoveď
answer-unaccept = Zrušiť prijatie
post-edited-link = upravené (zobraziť verzie)
post-hidden = Skryté moderátormi: { $reason }
post-quote = Citovať
post-edit = Upraviť
post-flag = Nahlásiť moderátorom
flag-reason = Prečo by sa moderátori mali na tento príspevok pozrieť?
flag-send = Odoslať nahlásenie
post-language = Jazyk textu
reply-title = Vaša odpoveď
reply-body = Text odpovede
reply-send = Uverejniť odpoveď
markdown-help = Text môžete formátovať pomocou Markdownu: **tučné**, *kurzíva*, zoznamy s riadkami začínajúcimi znakom -, odkazy v tvare [text](https://…).
markdown-preview = Náhľad

## Kladenie otázok

ask-title = Opýtajte sa kolegov
ask-lead = Opíšte svoju situáciu a to, čo ste už vyskúšali. Odpovedať budú môcť členovia sietí, ktoré vašu otázku vidia.
ask-field-title = Vaša otázka jednou vetou
ask-field-body = Podrobnosti
ask-field-audience = Kto otázku uvidí
ask-send = Uverejniť otázku

## Úpravy a verzie

post-edit-title = Úprava príspevku
post-edit-body = Text
post-edit-save = Uložiť novú verziu
post-history-title = Verzie príspevku
post-history-current = Aktuálna verzia
post-history-earlier = Staršia verzia
post-history-back = Späť do vlákna

## Upozornenia a e-mailový súhrn

notifications-title = Upozornenia
notifications-none = Nič nové. Sledujte vlákno alebo tému a dostanete upozornenie vždy, keď sa v nich niečo udeje.
notifications-mark-read = Označiť všetko ako prečítané
notification-reply = { $name } odpovedal(a) vo vlákne
notification-topic = { $name } položil(a) otázku v téme, ktorú sledujete:
notification-accepted = { $name } prijal(a) vašu odpoveď vo vlákne
digest-title = Súhrn e-mailom
digest-legend = Posielať mi súhrn neprečítaných upozornení
digest-immediate = Hneď, ako sa niečo udeje
digest-daily = Raz denne
digest-weekly = Raz týždenne
digest-never = Nikdy (čítam ich tu)
digest-save = Uložiť voľbu
topics-followed-title = Témy, ktoré sledujem
topics-followed-lead = O každej novej otázke v témach, ktoré sledujete, dostanete upozornenie.
topic-follow = Sledovať
topic-unfollow = Prestať sledovať

## Moderovanie

moderation-title = Moderovanie
moderation-queue-title = Nahlásené príspevky
moderation-queue-empty = Žiadny príspevok nečaká na rozhodnutie.
moderation-flags = Nahlásenia
moderation-decide = Moderovať
moderation-reason = Dôvod
moderation-hide = Skryť príspevok
moderation-restore = Znova zobraziť príspevok
moderation-dismiss = Ponechať príspevok bez zmeny
moderation-log-title = Rozhodnutia
moderation-log-empty = Zatiaľ nebolo prijaté žiadne rozhodnutie.
moderation-log-when = Kedy
moderation-log-who = Moderátor
moderation-log-what = Rozhodnutie
moderation-log-thread = Vlákno
moderation-action-hide = Skryté
moderation-action-restore = Znova zobrazené
moderation-action-dismiss = Nahlásenia zamietnuté

## Potvrdenia a odmietnutia

thread-asked = Vaša otázka bola uverejnená. O každej odpovedi dostanete upozornenie.
reply-posted = Vaša odpoveď bola uverejnená.
post-edited = Váš príspevok bol uložený; staršia verzia zostáva viditeľná v jeho histórii.
answer-accepted = Odpoveď je označená ako prijatá.
answer-unaccepted = Odpoveď už nie je označená ako prijatá.
thread-followed = Teraz sledujete toto vlákno.
thread-unfollowed = Toto vlákno už nesledujete.
topics-saved = Vaše témy boli uložené.
post-flagged = Ďakujeme: moderátori sa na tento príspevok pozrú.
moderation-saved = Rozhodnutie bolo uložené.
notifications-read = Všetky upozornenia sú označené ako prečítané.
digest-saved = Vaša voľba bola uložená.
error-already-flagged = Už ste to nahlásili; moderátori sa na to pozrú.
error-not-an-answer = Prijatou odpoveďou môže byť len viditeľná odpoveď.

## E-mail

mail-digest-subject = Novinky v kolegiálnom poradenstve
mail-digest-body = Dobrý deň,

    { $count ->
        [one] v kolegiálnom poradenstve na vás čaká { $count } nové upozornenie:
        [few] v kolegiálnom poradenstve na vás čakajú { $count } nové upozornenia:
        [many] v kolegiálnom poradenstve na vás čaká { $count } nového upozornenia:
       *[other] v kolegiálnom poradenstve na vás čaká { $count } nových upozornení:
    }

    { $items }
    Všetky vaše upozornenia a nastavenie, ako často dostávate tento súhrn: { $link }
