## Këshillim mes kolegësh: lista e temave

counselling-sign-in-to-ask = Hyni në llogari për t’u bërë një pyetje kolegëve ose për t’iu përgjigjur një pyetjeje.
threads-search-label = Kërkoni në pyetjet dhe përgjigjet
thread-topic = Fusha
threads-language = Gjuha
threads-network = Rrjeti
threads-state = Përgjigjja
threads-unsolved = Ende pa përgjigje
threads-solved = Me përgjigje
threads-show = Shfaq
threads-followed = Temat që ndjek
threads-mine = Pyetjet e mia
threads-found = { $count ->
    [one] { $count } temë
   *[other] { $count } tema
}
threads-none = Asnjë temë nuk përputhet. Provoni me më pak filtra ose bëjeni vetë pyetjen.
thread-unread = E re
thread-solved = Me përgjigje
thread-hidden-badge = E fshehur
thread-asked-by = pyetje nga { $name }
thread-replies = { $count ->
    [one] { $count } përgjigje
   *[other] { $count } përgjigje
}
notifications-link = Njoftimet
notifications-unread = { $count ->
    [one] { $count } i palexuar
   *[other] { $count } të palexuara
}

## Një temë

thread-back = Të gjitha temat
thread-platform = E gjithë platforma
thread-hidden = Moderatorët e kanë fshehur këtë pyetje. Mund ta shihni vetëm ju dhe moderatorët.
thread-follow = Ndiq këtë temë
thread-unfollow = Mos e ndiq më
thread-sign-in-to-reply = Hyni në llogari për t’u përgjigjur.
answer-accepted-title = Përgjigjja e pranuar
answer-accepted-badge = Përgjigje e pranuar
answer-accept = Prano si përgjigje
answer-unaccept = Tërhiq pranimin
post-edited-link = redaktuar (shihni versionet)
post-hidden = Fshehur nga moderatorët: { $reason }
post-quote = Cito
post-edit = Redakto
post-flag = Raporto te moderatorët
flag-reason = Pse duhet ta shqyrtojnë moderatorët këtë postim?
flag-send = Dërgo raportimin
post-language = Gjuha e tekstit
reply-title = Përgjigjja juaj
reply-body = Përgjigjja
reply-send = Publiko përgjigjen
markdown-help = Mund ta formatoni tekstin me Markdown: **të theksuara**, *të pjerrëta*, lista që fillojnë me -, lidhje në formën [tekst](https://…).
markdown-preview = Pamja paraprake

## Bërja e një pyetjeje

ask-title = Pyesni kolegët
ask-lead = Përshkruani situatën tuaj dhe çfarë keni provuar deri tani. Anëtarët e rrjeteve që mund ta shohin pyetjen tuaj do të mund t’i përgjigjen.
ask-field-title = Pyetja juaj në një fjali
ask-field-body = Hollësi
ask-field-audience = Kush mund ta shohë
ask-send = Publiko pyetjen

## Redaktimi dhe versionet

post-edit-title = Redaktoni postimin tuaj
post-edit-body = Teksti
post-edit-save = Ruaj versionin e ri
post-history-title = Versionet e një postimi
post-history-current = Versioni aktual
post-history-earlier = Version i mëparshëm
post-history-back = Kthehu te tema

## Njoftimet dhe përmbledhja me email

notifications-title = Njoftimet
notifications-none = Asgjë e re. Ndiqni një temë ose një fushë që të njoftoheni kur ndodh diçka në të.
notifications-mark-read = Shëno të gjitha si të lexuara
notification-reply = { $name } u përgjigj në temën
notification-topic = { $name } bëri një pyetje në një fushë që ndiqni:
notification-accepted = { $name } e shënoi përgjigjen tuaj si përgjigje të pranuar në temën
digest-title = Përmbledhja me email
digest-legend = Më dërgoni një përmbledhje të njoftimeve të palexuara
digest-immediate = Sapo të ndodhë diçka
digest-daily = Një herë në ditë
digest-weekly = Një herë në javë
digest-never = Kurrë (i lexoj këtu)
digest-save = Ruaj zgjedhjen
topics-followed-title = Fushat që ndjek
topics-followed-lead = Njoftoheni për çdo pyetje të re në fushat që ndiqni.
topic-follow = Ndiq
topic-unfollow = Mos e ndiq më

## Moderimi

moderation-title = Moderimi
moderation-queue-title = Postimet e raportuara
moderation-queue-empty = Asnjë postim nuk pret vendim.
moderation-flags = Raportimet
moderation-decide = Modero
moderation-reason = Arsyeja
moderation-hide = Fshih postimin
moderation-restore = Shfaqe përsëri postimin
moderation-dismiss = Lëre postimin siç është
moderation-log-title = Vendimet
moderation-log-empty = Ende nuk është marrë asnjë vendim.
moderation-log-when = Kur
moderation-log-who = Moderatori
moderation-log-what = Vendimi
moderation-log-thread = Tema
moderation-action-hide = U fsheh
moderation-action-restore = U shfaq përsëri
moderation-action-dismiss = Raportimet u hodhën poshtë

## Mesazhet e konfirmimit dhe refuzimet

thread-asked = Pyetja juaj u publikua. Do të njoftoheni për çdo përgjigje.
reply-posted = Përgjigjja juaj u publikua.
post-edited = Postimi juaj u ruajt; versioni i mëparshëm mbetet i dukshëm në historikun e tij.
answer-accepted = Përgjigjja u shënua si përgjigje e pranuar.
answer-unaccepted = Përgjigjja nuk shënohet më si përgjigje e pranuar.
thread-followed = Tani e ndiqni këtë temë.
thread-unfollowed = Nuk e ndiqni më këtë temë.
topics-saved = Fushat tuaja u ruajtën.
post-flagged = Faleminderit: moderatorët do ta shqyrtojnë këtë postim.
moderation-saved = Vendimi u ruajt.
notifications-read = Të gjitha njoftimet u shënuan si të lexuara.
digest-saved = Zgjedhja juaj u ruajt.
error-already-flagged = E keni raportuar tashmë; moderatorët do ta shqyrtojnë.
error-not-an-answer = Vetëm një përgjigje e dukshme mund të jetë përgjigjja e pranuar.

## Email

mail-digest-subject = Të reja në Këshillim mes kolegësh
mail-digest-body = Përshëndetje,

    { $count ->
        [one] keni { $count } njoftim të ri në Këshillim mes kolegësh:
       *[other] keni { $count } njoftime të reja në Këshillim mes kolegësh:
    }

    { $items }
    Të gjitha njoftimet tuaja dhe sa shpesh e merrni këtë përmbledhje: { $link }
