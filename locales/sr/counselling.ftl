## Саветовање међу колегама: листа дискусија

counselling-sign-in-to-ask = Пријавите се да бисте колегама поставили питање или одговорили на неко питање.
threads-search-label = Претражите питања и одговоре
thread-topic = Област
threads-language = Написано на језику
threads-network = Мрежа
threads-state = Статус
threads-unsolved = Још није решено
threads-solved = Решено
threads-show = Прикажи
threads-followed = Дискусије које пратим
threads-mine = Моја питања
threads-found = { $count ->
    [one] { $count } дискусија
    [few] { $count } дискусије
   *[other] { $count } дискусија
}
threads-none = Ниједна дискусија не одговара. Покушајте са мање филтера или сами поставите питање.
thread-unread = Ново
thread-solved = Решено
thread-hidden-badge = Скривено
thread-asked-by = пита { $name }
thread-replies = { $count ->
    [one] { $count } одговор
    [few] { $count } одговора
   *[other] { $count } одговора
}
notifications-link = Обавештења
notifications-unread = { $count ->
    [one] { $count } непрочитано
    [few] { $count } непрочитана
   *[other] { $count } непрочитаних
}

## Дискусија

thread-back = Све дискусије
thread-platform = Цела платформа
thread-hidden = Модератори су сакрили ово питање. Видите га само ви и модератори.
thread-follow = Прати ову дискусију
thread-unfollow = Не прати више
thread-sign-in-to-reply = Пријавите се да бисте одговорили.
answer-accepted-title = Прихваћени одговор
answer-accepted-badge = Прихваћени одговор
answer-accept = Прихвати као одговор
answer-unaccept = Повуци прихватање
post-edited-link = измењено (погледајте верзије)
post-hidden = Модератори су сакрили ову објаву: { $reason }
post-quote = Цитирај
post-edit = Измени
post-flag = Пријави модераторима
flag-reason = Зашто би модератори требало да погледају ову објаву?
flag-send = Пошаљи пријаву
post-language = Језик текста
reply-title = Ваш одговор
reply-body = Одговор
reply-send = Објави одговор
markdown-help = Текст можете да форматирате помоћу Markdown-а: **подебљано**, *курзив*, листе које почињу са -, везе у облику [текст](https://…).
markdown-preview = Преглед

## Постављање питања

ask-title = Питајте колеге
ask-lead = Опишите своју ситуацију и шта сте већ покушали. На ваше питање моћи ће да одговоре чланови мрежа које могу да га виде.
ask-field-title = Ваше питање у једној реченици
ask-field-body = Детаљи
ask-field-audience = Ко може да га види
ask-send = Објави питање

## Измене и верзије

post-edit-title = Измените своју објаву
post-edit-body = Текст
post-edit-save = Сачувај нову верзију
post-history-title = Верзије објаве
post-history-current = Тренутна верзија
post-history-earlier = Ранија верзија
post-history-back = Назад на дискусију

## Обавештења и резиме

notifications-title = Обавештења
notifications-none = Нема ништа ново. Пратите дискусију или област да бисте добили обавештење када се у њој нешто догоди.
notifications-mark-read = Означи све као прочитано
notification-reply = { $name } одговара у дискусији
notification-topic = { $name } поставља питање у области коју пратите:
notification-accepted = { $name } означава ваш одговор као прихваћени одговор у дискусији
digest-title = Резиме путем е-поште
digest-legend = Шаљите ми резиме непрочитаних обавештења
digest-immediate = Чим се нешто догоди
digest-daily = Једном дневно
digest-weekly = Једном недељно
digest-never = Никада (читам их овде)
digest-save = Сачувај избор
topics-followed-title = Области које пратим
topics-followed-lead = Добијате обавештење о сваком новом питању у областима које пратите.
topic-follow = Прати
topic-unfollow = Не прати више

## Модерација

moderation-title = Модерација
moderation-queue-title = Пријављене објаве
moderation-queue-empty = Ниједна објава не чека одлуку.
moderation-flags = Пријаве
moderation-decide = Модерирај
moderation-reason = Разлог
moderation-hide = Сакриј објаву
moderation-restore = Поново прикажи објаву
moderation-dismiss = Задржи објаву каква јесте
moderation-log-title = Одлуке
moderation-log-empty = Још није донета ниједна одлука.
moderation-log-when = Време
moderation-log-who = Модератор
moderation-log-what = Одлука
moderation-log-thread = Дискусија
moderation-action-hide = Објава сакривена
moderation-action-restore = Објава поново приказана
moderation-action-dismiss = Пријаве одбачене

## Обавештења и одбијања

thread-asked = Ваше питање је објављено. Добићете обавештење о сваком одговору.
reply-posted = Ваш одговор је објављен.
post-edited = Ваша објава је сачувана; ранија верзија остаје видљива у њеној историји.
answer-accepted = Одговор је означен као прихваћени одговор.
answer-unaccepted = Одговор више није означен као прихваћени одговор.
thread-followed = Сада пратите ову дискусију.
thread-unfollowed = Више не пратите ову дискусију.
topics-saved = Ваше области су сачуване.
post-flagged = Хвала: модератори ће погледати ову објаву.
moderation-saved = Одлука је сачувана.
notifications-read = Сва обавештења су означена као прочитана.
digest-saved = Ваш избор је сачуван.
error-already-flagged = Већ сте то пријавили; модератори ће то погледати.
error-not-an-answer = Само видљив одговор може бити прихваћени одговор.

## Е-пошта

mail-digest-subject = Ново у саветовању међу колегама
mail-digest-body = Добар дан,

    { $count ->
        [one] имате { $count } ново обавештење у саветовању међу колегама:
        [few] имате { $count } нова обавештења у саветовању међу колегама:
       *[other] имате { $count } нових обавештења у саветовању међу колегама:
    }

    { $items }
    Сва ваша обавештења и избор колико често примате овај резиме: { $link }
