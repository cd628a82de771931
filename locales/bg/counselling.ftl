## Консултиране между колеги: списъкът с теми

counselling-sign-in-to-ask = Влезте в профила си, за да зададете въпрос на колегите си или да отговорите на въпрос.
threads-search-label = Търсене във въпросите и отговорите
thread-topic = Тематична област
threads-language = Език
threads-network = Мрежа
threads-state = Отговор
threads-unsolved = Все още без отговор
threads-solved = С отговор
threads-show = Показване
threads-followed = Теми, които следвам
threads-mine = Моите въпроси
threads-found = { $count ->
    [one] { $count } тема
   *[other] { $count } теми
}
threads-none = Няма тема, която да отговаря на търсенето. Опитайте с по-малко филтри или задайте въпроса сами.
thread-unread = Ново
thread-solved = С отговор
thread-hidden-badge = Скрита
thread-asked-by = зададен от { $name }
thread-replies = { $count ->
    [one] { $count } отговор
   *[other] { $count } отговора
}
notifications-link = Известия
notifications-unread = { $count ->
    [one] { $count } непрочетено
   *[other] { $count } непрочетени
}

## Тема

thread-back = Всички теми
thread-platform = Цялата платформа
thread-hidden = Модераторите са скрили този въпрос. Само Вие и модераторите можете да го виждате.
thread-follow = Следване на темата
thread-unfollow = Прекратяване на следването
thread-sign-in-to-reply = Влезте в профила си, за да отговорите.
answer-accepted-title = Приет отговор
answer-accepted-badge = Приет отговор
answer-accept = Приемане като отговор
answer-unaccept = Оттегляне на приемането
post-edited-link = редактирано (вижте версиите)
post-hidden = Скрито от модераторите: { $reason }
post-quote = Цитиране
post-edit = Редактиране
post-flag = Сигнал до модераторите
flag-reason = Защо модераторите трябва да прегледат тази публикация?
flag-send = Изпращане на сигнала
post-language = Език на текста
reply-title = Вашият отговор
reply-body = Отговор
reply-send = Публикуване на отговора
markdown-help = Можете да форматирате текста с Markdown: **получер**, *курсив*, списъци, започващи с -, връзки във вида [текст](https://…).
markdown-preview = Преглед

## Задаване на въпрос

ask-title = Попитайте колегите си
ask-lead = Опишете ситуацията си и какво сте опитали досега. Членовете на мрежите, които виждат въпроса Ви, ще могат да отговорят на него.
ask-field-title = Вашият въпрос в едно изречение
ask-field-body = Подробности
ask-field-audience = Кой може да го вижда
ask-send = Публикуване на въпроса

## Редактиране и версии

post-edit-title = Редактиране на публикацията
post-edit-body = Текст
post-edit-save = Запазване на новата версия
post-history-title = Версии на публикацията
post-history-current = Текуща версия
post-history-earlier = Предишна версия
post-history-back = Обратно към темата

## Известия и обобщение по имейл

notifications-title = Известия
notifications-none = Няма нищо ново. Следвайте тема или тематична област, за да получавате известие, когато в нея се случи нещо.
notifications-mark-read = Отбелязване на всички като прочетени
notification-reply = { $name } отговори в темата
notification-topic = { $name } зададе въпрос в тематична област, която следвате:
notification-accepted = { $name } отбеляза Вашия отговор като приет в темата
digest-title = Обобщение по имейл
digest-legend = Изпращане на обобщение на непрочетените известия
digest-immediate = Веднага щом се случи нещо
digest-daily = Веднъж дневно
digest-weekly = Веднъж седмично
digest-never = Никога (чета ги тук)
digest-save = Запазване на избора
topics-followed-title = Тематични области, които следвам
topics-followed-lead = Получавате известие за всеки нов въпрос в тематичните области, които следвате.
topic-follow = Следване
topic-unfollow = Прекратяване на следването

## Модериране

moderation-title = Модериране
moderation-queue-title = Публикации със сигнали
moderation-queue-empty = Няма публикации, които чакат решение.
moderation-flags = Сигнали
moderation-decide = Модериране
moderation-reason = Причина
moderation-hide = Скриване на публикацията
moderation-restore = Повторно показване на публикацията
moderation-dismiss = Запазване на публикацията без промяна
moderation-log-title = Решения
moderation-log-empty = Все още не е взето нито едно решение.
moderation-log-when = Дата и час
moderation-log-who = Модератор
moderation-log-what = Решение
moderation-log-thread = Тема
moderation-action-hide = Скрита
moderation-action-restore = Отново показана
moderation-action-dismiss = Отхвърлени сигнали

## Съобщения за успех и откази

thread-asked = Въпросът Ви е публикуван. Ще получавате известие за всеки отговор.
reply-posted = Отговорът Ви е публикуван.
post-edited = Публикацията Ви е запазена; предишната версия остава видима в историята ѝ.
answer-accepted = Отговорът е отбелязан като приет.
answer-unaccepted = Отговорът вече не е отбелязан като приет.
thread-followed = Вече следвате тази тема.
thread-unfollowed = Вече не следвате тази тема.
topics-saved = Тематичните Ви области са запазени.
post-flagged = Благодарим Ви: модераторите ще прегледат тази публикация.
moderation-saved = Решението е запазено.
notifications-read = Всички известия са отбелязани като прочетени.
digest-saved = Изборът Ви е запазен.
error-already-flagged = Вече сте подали сигнал за това; модераторите ще го прегледат.
error-not-an-answer = Само видим отговор може да бъде приет като отговор.

## Имейл

mail-digest-subject = Ново в „Консултиране между колеги“
mail-digest-body = Здравейте,

    { $count ->
        [one] имате { $count } ново известие в „Консултиране между колеги“:
       *[other] имате { $count } нови известия в „Консултиране между колеги“:
    }

    { $items }
    Всички Ваши известия и колко често получавате това обобщение: { $link }
