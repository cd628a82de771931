## Jafningjaráðgjöf: listi yfir þræði

counselling-sign-in-to-ask = Skráðu þig inn til að leggja spurningu fyrir jafningja þína eða svara spurningu.
threads-search-label = Leita í spurningum og svörum
thread-topic = Efnisflokkur
threads-language = Skrifað á
threads-network = Tengslanet
threads-state = Svar
threads-unsolved = Ekki enn svarað
threads-solved = Svarað
threads-show = Sýna
threads-followed = Þræðir sem ég fylgist með
threads-mine = Spurningarnar mínar
threads-found = { $count ->
    [one] { $count } þráður
   *[other] { $count } þræðir
}
threads-none = Enginn þráður passar. Prófaðu færri síur eða varpaðu spurningunni fram á eigin spýtur.
thread-unread = Nýtt
thread-solved = Svarað
thread-hidden-badge = Falið
thread-asked-by = spyrjandi: { $name }
thread-replies = { $count ->
    [one] { $count } svar
   *[other] { $count } svör
}
notifications-link = Tilkynningar
notifications-unread = { $count ->
    [one] { $count } ólesin
   *[other] { $count } ólesnar
}

## Þráður

thread-back = Allir þræðir
thread-platform = Allur vettvangurinn
thread-hidden = Stjórnendur hafa falið þessa spurningu. Aðeins þú og stjórnendurnir getið séð hana.
thread-follow = Fylgjast með þessum þræði
thread-unfollow = Hætta að fylgjast með
thread-sign-in-to-reply = Skráðu þig inn til að svara.
answer-accepted-title = Samþykkt svar
answer-accepted-badge = Samþykkt svar
answer-accept = Samþykkja sem svarið
answer-unaccept = Draga samþykkið til baka
post-edited-link = breytt (sjá útgáfur)
post-hidden = Falið af stjórnendum: { $reason }
post-quote = Vitna í
post-edit = Breyta
post-flag = Tilkynna til stjórnenda
flag-reason = Hvers vegna ættu stjórnendur að skoða þessa færslu?
flag-send = Senda ábendinguna
post-language = Tungumál textans
reply-title = Svarið þitt
reply-body = Svar
reply-send = Birta svarið
markdown-help = Þú getur sniðið textann með Markdown: **feitletrað**, *skáletrað*, listar sem byrja á -, tenglar á forminu [texti](https://…).
markdown-preview = Forskoðun

## Að spyrja

ask-title = Spyrðu jafningja þína
ask-lead = Lýstu aðstæðum þínum og því sem þú hefur þegar reynt. Félagar í þeim tengslanetum sem geta séð spurninguna geta svarað henni.
ask-field-title = Spurningin þín í einni setningu
ask-field-body = Nánari lýsing
ask-field-audience = Hverjir geta séð hana
ask-send = Birta spurninguna

## Breytingar og útgáfur

post-edit-title = Breyta færslunni þinni
post-edit-body = Texti
post-edit-save = Vista nýju útgáfuna
post-history-title = Útgáfur færslu
post-history-current = Núverandi útgáfa
post-history-earlier = Eldri útgáfa
post-history-back = Aftur í þráðinn

## Tilkynningar og samantekt

notifications-title = Tilkynningar
notifications-none = Ekkert nýtt. Fylgstu með þræði eða efnisflokki til að fá að vita þegar eitthvað gerist þar.
notifications-mark-read = Merkja allt sem lesið
notification-reply = { $name } svaraði í
notification-topic = { $name } bar fram spurningu í efnisflokki sem þú fylgist með:
notification-accepted = { $name } merkti svarið þitt sem samþykkt svar í
digest-title = Samantekt í tölvupósti
digest-legend = Sendu mér samantekt yfir ólesnar tilkynningar
digest-immediate = Um leið og eitthvað gerist
digest-daily = Einu sinni á dag
digest-weekly = Einu sinni í viku
digest-never = Aldrei (ég les þær hér)
digest-save = Vista valið
topics-followed-title = Efnisflokkar sem ég fylgist með
topics-followed-lead = Þú færð að vita af hverri nýrri spurningu í þeim efnisflokkum sem þú fylgist með.
topic-follow = Fylgjast með
topic-unfollow = Hætta að fylgjast með

## Stjórnun efnis

moderation-title = Stjórnun efnis
moderation-queue-title = Tilkynntar færslur
moderation-queue-empty = Engin færsla bíður ákvörðunar.
moderation-flags = Ábendingar
moderation-decide = Taka ákvörðun
moderation-reason = Ástæða
moderation-hide = Fela færsluna
moderation-restore = Sýna færsluna aftur
moderation-dismiss = Halda færslunni óbreyttri
moderation-log-title = Ákvarðanir
moderation-log-empty = Engin ákvörðun hefur enn verið tekin.
moderation-log-when = Hvenær
moderation-log-who = Stjórnandi
moderation-log-what = Ákvörðun
moderation-log-thread = Þráður
moderation-action-hide = Falið
moderation-action-restore = Sýnt aftur
moderation-action-dismiss = Ábendingum vísað frá

## Staðfestingar og synjanir

thread-asked = Spurningin þín hefur verið birt. Þú færð að vita af hverju svari.
reply-posted = Svarið þitt hefur verið birt.
post-edited = Færslan þín hefur verið vistuð; eldri útgáfan er áfram sýnileg í breytingasögunni.
answer-accepted = Svarið er nú merkt sem samþykkt svar.
answer-unaccepted = Svarið er ekki lengur merkt sem samþykkt svar.
thread-followed = Þú fylgist nú með þessum þræði.
thread-unfollowed = Þú fylgist ekki lengur með þessum þræði.
topics-saved = Efnisflokkarnir þínir hafa verið vistaðir.
post-flagged = Takk fyrir: stjórnendur munu skoða þessa færslu.
moderation-saved = Ákvörðunin hefur verið vistuð.
notifications-read = Allar tilkynningar eru merktar sem lesnar.
digest-saved = Valið þitt hefur verið vistað.
error-already-flagged = Þú hefur þegar tilkynnt þetta; stjórnendur munu skoða það.
error-not-an-answer = Aðeins sýnilegt svar getur verið samþykkta svarið.

## Tölvupóstur

mail-digest-subject = Nýtt í jafningjaráðgjöfinni
mail-digest-body = Góðan dag,

    { $count ->
        [one] Þú ert með { $count } nýja tilkynningu í jafningjaráðgjöfinni:
       *[other] Þú ert með { $count } nýjar tilkynningar í jafningjaráðgjöfinni:
    }

    { $items }
    Allar tilkynningarnar þínar og hversu oft þú færð þessa samantekt: { $link }
