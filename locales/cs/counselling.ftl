## Kolegiální poradenství: seznam vláken

counselling-sign-in-to-ask = Přihlaste se, abyste mohli položit otázku kolegům nebo odpovědět na jejich otázky.
threads-search-label = Hledat v otázkách a odpovědích
thread-topic = Téma
threads-language = Jazyk vlákna
threads-network = Síť
threads-state = Odpověď
threads-unsolved = Zatím bez odpovědi
threads-solved = Zodpovězeno
threads-show = Zobrazit
threads-followed = Vlákna, která sleduji
threads-mine = Moje otázky
threads-found = { $count ->
    [one] { $count } vlákno
    [few] { $count } vlákna
    [many] { $count } vlákna
   *[other] { $count } vláken
}
threads-none = Žádné vlákno neodpovídá. Použijte méně filtrů, nebo otázku položte sami.
thread-unread = Nové
thread-solved = Zodpovězeno
thread-hidden-badge = Skryto
thread-asked-by = ptá se { $name }
thread-replies = { $count ->
    [one] { $count } odpověď
    [few] { $count } odpovědi
    [many] { $count } odpovědi
   *[other] { $count } odpovědí
}
notifications-link = Oznámení
notifications-unread = { $count ->
    [one] { $count } nepřečtené
    [few] { $count } nepřečtená
    [many] { $count } nepřečteného
   *[other] { $count } nepřečtených
}

## Vlákno

thread-back = Všechna vlákna
thread-platform = Celá platforma
thread-hidden = Moderátoři tuto otázku skryli. Vidíte ji pouze vy a moderátoři.
thread-follow = Sledovat toto vlákno
thread-unfollow = Přestat sledovat
thread-sign-in-to-reply = Chcete-li odpovědět, přihlaste se.
answer-accepted-title = Přijatá odpověď
answer-accepted-badge = Přijatá odpověď
answer-accept = Přijmout jako odpověď
answer-unaccept = Zrušit přijetí
post-edited-link = upraveno (zobrazit verze)
post-hidden = Skryto moderátory: { $reason }
post-quote = Citovat
post-edit = Upravit
post-flag = Nahlásit moderátorům
flag-reason = Proč by se moderátoři měli na tento příspěvek podívat?
flag-send = Odeslat nahlášení
post-language = Jazyk textu
reply-title = Vaše odpověď
reply-body = Text odpovědi
reply-send = Zveřejnit odpověď
markdown-help = Text můžete formátovat pomocí Markdownu: **tučně**, *kurzívou*, seznamy s řádky začínajícími znakem -, odkazy ve tvaru [text](https://…).
markdown-preview = Náhled

## Kladení otázek

ask-title = Zeptejte se kolegů
ask-lead = Popište svou situaci a to, co jste už vyzkoušeli. Odpovědět budou moci členové sítí, které vaši otázku vidí.
ask-field-title = Vaše otázka jednou větou
ask-field-body = Podrobnosti
ask-field-audience = Kdo otázku uvidí
ask-send = Zveřejnit otázku

## Úpravy a verze

post-edit-title = Úprava příspěvku
post-edit-body = Text
post-edit-save = Uložit novou verzi
post-history-title = Verze příspěvku
post-history-current = Aktuální verze
post-history-earlier = Dřívější verze
post-history-back = Zpět do vlákna

## Oznámení a e-mailový souhrn

notifications-title = Oznámení
notifications-none = Nic nového. Sledujte vlákno nebo téma a dostanete oznámení, kdykoli se v něm něco stane.
notifications-mark-read = Označit vše jako přečtené
notification-reply = { $name } odpověděl(a) ve vlákně
notification-topic = { $name } položil(a) otázku v tématu, které sledujete:
notification-accepted = { $name } přijal(a) vaši odpověď ve vlákně
digest-title = Souhrn e-mailem
digest-legend = Posílat mi souhrn nepřečtených oznámení
digest-immediate = Hned, jakmile se něco stane
digest-daily = Jednou denně
digest-weekly = Jednou týdně
digest-never = Nikdy (čtu je zde)
digest-save = Uložit volbu
topics-followed-title = Témata, která sleduji
topics-followed-lead = O každé nové otázce v tématech, která sledujete, dostanete oznámení.
topic-follow = Sledovat
topic-unfollow = Přestat sledovat

## Moderování

moderation-title = Moderování
moderation-queue-title = Nahlášené příspěvky
moderation-queue-empty = Žádný příspěvek nečeká na rozhodnutí.
moderation-flags = Nahlášení
moderation-decide = Moderovat
moderation-reason = Důvod
moderation-hide = Skrýt příspěvek
moderation-restore = Znovu zobrazit příspěvek
moderation-dismiss = Ponechat příspěvek beze změny
moderation-log-title = Rozhodnutí
moderation-log-empty = Zatím nebylo přijato žádné rozhodnutí.
moderation-log-when = Kdy
moderation-log-who = Moderátor
moderation-log-what = Rozhodnutí
moderation-log-thread = Vlákno
moderation-action-hide = Skryto
moderation-action-restore = Znovu zobrazeno
moderation-action-dismiss = Nahlášení zamítnuta

## Potvrzení a odmítnutí

thread-asked = Vaše otázka byla zveřejněna. O každé odpovědi dostanete oznámení.
reply-posted = Vaše odpověď byla zveřejněna.
post-edited = Váš příspěvek byl uložen; dřívější verze zůstává viditelná v jeho historii.
answer-accepted = Odpověď je označena jako přijatá.
answer-unaccepted = Odpověď už není označena jako přijatá.
thread-followed = Nyní sledujete toto vlákno.
thread-unfollowed = Toto vlákno už nesledujete.
topics-saved = Vaše témata byla uložena.
post-flagged = Děkujeme: moderátoři se na tento příspěvek podívají.
moderation-saved = Rozhodnutí bylo uloženo.
notifications-read = Všechna oznámení jsou označena jako přečtená.
digest-saved = Vaše volba byla uložena.
error-already-flagged = Už jste to nahlásili; moderátoři se na to podívají.
error-not-an-answer = Přijatou odpovědí může být pouze viditelná odpověď.

## E-mail

mail-digest-subject = Novinky v kolegiálním poradenství
mail-digest-body = Dobrý den,

    { $count ->
        [one] v kolegiálním poradenství na vás čeká { $count } nové oznámení:
        [few] v kolegiálním poradenství na vás čekají { $count } nová oznámení:
        [many] v kolegiálním poradenství na vás čeká { $count } nového oznámení:
       *[other] v kolegiálním poradenství na vás čeká { $count } nových oznámení:
    }

    { $items }
    Všechna vaše oznámení a nastavení, jak často tento souhrn dostáváte: { $link }
