## Kolegialno svetovanje: seznam razprav

counselling-sign-in-to-ask = Prijavite se, da boste lahko kolegom zastavili vprašanje ali odgovorili na njihova vprašanja.
threads-search-label = Iskanje po vprašanjih in odgovorih
thread-topic = Tema
threads-language = Jezik razprave
threads-network = Mreža
threads-state = Odgovor
threads-unsolved = Še brez odgovora
threads-solved = Odgovorjeno
threads-show = Prikaži
threads-followed = Razprave, ki jih spremljam
threads-mine = Moja vprašanja
threads-found = { $count ->
    [one] { $count } razprava
    [two] { $count } razpravi
    [few] { $count } razprave
   *[other] { $count } razprav
}
threads-none = Nobena razprava se ne ujema. Uporabite manj filtrov ali pa vprašanje zastavite sami.
thread-unread = Nova
thread-solved = Odgovorjeno
thread-hidden-badge = Skrita
thread-asked-by = sprašuje { $name }
thread-replies = { $count ->
    [one] { $count } odgovor
    [two] { $count } odgovora
    [few] { $count } odgovori
   *[other] { $count } odgovorov
}
notifications-link = Obvestila
notifications-unread = { $count ->
    [one] { $count } neprebrano
    [two] { $count } neprebrani
    [few] { $count } neprebrana
   *[other] { $count } neprebranih
}

## Razprava

thread-back = Vse razprave
thread-platform = Celotna platforma
thread-hidden = Moderatorji so to vprašanje skrili. Vidite ga lahko samo vi in moderatorji.
thread-follow = Spremljaj to razpravo
thread-unfollow = Prenehaj spremljati
thread-sign-in-to-reply = Za odgovor se prijavite.
answer-accepted-title = Sprejeti odgovor
answer-accepted-badge = Sprejeti odgovor
answer-accept = Sprejmi kot odgovor
answer-unaccept = Prekliči sprejetje
post-edited-link = urejeno (ogled različic)
post-hidden = Moderatorji so prispevek skrili: { $reason }
post-quote = Citiraj
post-edit = Uredi
post-flag = Prijavi moderatorjem
flag-reason = Zakaj naj moderatorji pregledajo ta prispevek?
flag-send = Pošlji prijavo
post-language = Jezik besedila
reply-title = Vaš odgovor
reply-body = Besedilo odgovora
reply-send = Objavi odgovor
markdown-help = Besedilo lahko oblikujete z jezikom Markdown: **krepko**, *ležeče*, seznami z vrsticami, ki se začnejo z -, povezave v obliki [besedilo](https://…).
markdown-preview = Predogled

## Postavljanje vprašanj

ask-title = Vprašajte kolege
ask-lead = Opišite svoj položaj in kaj ste že poskusili. Odgovorili bodo lahko člani mrež, ki vidijo vaše vprašanje.
ask-field-title = Vaše vprašanje v enem stavku
ask-field-body = Podrobnosti
ask-field-audience = Kdo lahko vidi vprašanje
ask-send = Objavi vprašanje

## Urejanje in različice

post-edit-title = Urejanje prispevka
post-edit-body = Besedilo
post-edit-save = Shrani novo različico
post-history-title = Različice prispevka
post-history-current = Trenutna različica
post-history-earlier = Prejšnja različica
post-history-back = Nazaj na razpravo

## Obvestila in povzetek po e-pošti

notifications-title = Obvestila
notifications-none = Nič novega. Spremljajte razpravo ali temo, pa boste obveščeni, ko se v njej kaj zgodi.
notifications-mark-read = Označi vse kot prebrano
notification-reply = { $name } je odgovoril(a) v razpravi
notification-topic = { $name } je zastavil(a) vprašanje v temi, ki jo spremljate:
notification-accepted = { $name } je sprejel(a) vaš odgovor v razpravi
digest-title = Povzetek po e-pošti
digest-legend = Pošiljajte mi povzetek neprebranih obvestil
digest-immediate = Takoj, ko se kaj zgodi
digest-daily = Enkrat na dan
digest-weekly = Enkrat na teden
digest-never = Nikoli (berem jih tukaj)
digest-save = Shrani izbiro
topics-followed-title = Teme, ki jih spremljam
topics-followed-lead = O vsakem novem vprašanju v temah, ki jih spremljate, boste obveščeni.
topic-follow = Spremljaj
topic-unfollow = Prenehaj spremljati

## Moderiranje

moderation-title = Moderiranje
moderation-queue-title = Prijavljeni prispevki
moderation-queue-empty = Noben prispevek ne čaka na odločitev.
moderation-flags = Prijave
moderation-decide = Moderiraj
moderation-reason = Razlog
moderation-hide = Skrij prispevek
moderation-restore = Znova prikaži prispevek
moderation-dismiss = Pusti prispevek nespremenjen
moderation-log-title = Odločitve
moderation-log-empty = Sprejeta ni bila še nobena odločitev.
moderation-log-when = Kdaj
moderation-log-who = Moderator
moderation-log-what = Odločitev
moderation-log-thread = Razprava
moderation-action-hide = Skrito
moderation-action-restore = Znova prikazano
moderation-action-dismiss = Prijave zavrnjene

## Potrditve in zavrnitve

thread-asked = Vaše vprašanje je objavljeno. O vsakem odgovoru boste obveščeni.
reply-posted = Vaš odgovor je objavljen.
post-edited = Vaš prispevek je shranjen; prejšnja različica ostane vidna v njegovi zgodovini.
answer-accepted = Odgovor je označen kot sprejeti odgovor.
answer-unaccepted = Odgovor ni več označen kot sprejeti odgovor.
thread-followed = Zdaj spremljate to razpravo.
thread-unfollowed = Te razprave ne spremljate več.
topics-saved = Vaše teme so shranjene.
post-flagged = Hvala: moderatorji bodo pregledali ta prispevek.
moderation-saved = Odločitev je shranjena.
notifications-read = Vsa obvestila so označena kot prebrana.
digest-saved = Vaša izbira je shranjena.
error-already-flagged = To ste že prijavili; moderatorji bodo zadevo pregledali.
error-not-an-answer = Sprejeti odgovor je lahko samo viden odgovor.

## E-pošta

mail-digest-subject = Novosti v kolegialnem svetovanju
mail-digest-body = Pozdravljeni,

    { $count ->
        [one] v kolegialnem svetovanju vas čaka { $count } novo obvestilo:
        [two] v kolegialnem svetovanju vas čakata { $count } novi obvestili:
        [few] v kolegialnem svetovanju vas čakajo { $count } nova obvestila:
       *[other] v kolegialnem svetovanju vas čaka { $count } novih obvestil:
    }

    { $items }
    Vsa vaša obvestila in nastavitev, kako pogosto prejemate ta povzetek: { $link }
