## Советување меѓу колеги: список на дискусии

counselling-sign-in-to-ask = Најавете се за да им поставите прашање на колегите или да одговорите на некое прашање.
threads-search-label = Пребарувајте ги прашањата и одговорите
thread-topic = Тема
threads-language = Јазик на пишување
threads-network = Мрежа
threads-state = Статус
threads-unsolved = Сè уште нерешено
threads-solved = Решено
threads-show = Прикажи
threads-followed = Дискусии што ги следам
threads-mine = Мои прашања
threads-found = { $count ->
    [one] { $count } дискусија
   *[other] { $count } дискусии
}
threads-none = Ниедна дискусија не одговара. Обидете се со помалку филтри или поставете го прашањето сами.
thread-unread = Ново
thread-solved = Решено
thread-hidden-badge = Скриено
thread-asked-by = праша { $name }
thread-replies = { $count ->
    [one] { $count } одговор
   *[other] { $count } одговори
}
notifications-link = Известувања
notifications-unread = { $count ->
    [one] { $count } непрочитано
   *[other] { $count } непрочитани
}

## Дискусија

thread-back = Сите дискусии
thread-platform = Целата платформа
thread-hidden = Модераторите го скриле ова прашање. Само вие и модераторите можете да го видите.
thread-follow = Следи ја оваа дискусија
thread-unfollow = Престани да следиш
thread-sign-in-to-reply = Најавете се за да одговорите.
answer-accepted-title = Прифатен одговор
answer-accepted-badge = Прифатен одговор
answer-accept = Прифати како одговор
answer-unaccept = Повлечи го прифаќањето
post-edited-link = уредено (видете ги верзиите)
post-hidden = Скриено од модераторите: { $reason }
post-quote = Цитирај
post-edit = Уреди
post-flag = Пријави им на модераторите
flag-reason = Зошто модераторите треба да ја погледнат оваа објава?
flag-send = Испрати ја пријавата
post-language = Јазик на текстот
reply-title = Вашиот одговор
reply-body = Одговор
reply-send = Објави го одговорот
markdown-help = Текстот можете да го форматирате со Markdown: **задебелено**, *закосено*, списоци што започнуваат со -, врски во обликот [текст](https://…).
markdown-preview = Преглед

## Поставување прашања

ask-title = Прашајте ги колегите
ask-lead = Опишете ја вашата ситуација и што сте веќе пробале. Членовите на мрежите што можат да го видат вашето прашање ќе можат да одговорат на него.
ask-field-title = Вашето прашање во една реченица
ask-field-body = Детали
ask-field-audience = Кој може да го види
ask-send = Објави го прашањето

## Уредување и верзии

post-edit-title = Уредете ја вашата објава
post-edit-body = Текст
post-edit-save = Зачувај ја новата верзија
post-history-title = Верзии на објавата
post-history-current = Тековна верзија
post-history-earlier = Претходна верзија
post-history-back = Назад кон дискусијата

## Известувања и резиме

notifications-title = Известувања
notifications-none = Нема ништо ново. Следете дискусија или тема за да бидете известени кога ќе се случи нешто во неа.
notifications-mark-read = Означи ги сите како прочитани
notification-reply = { $name } одговори во дискусијата
notification-topic = { $name } постави прашање во тема што ја следите:
notification-accepted = { $name } го означи вашиот одговор како прифатен во дискусијата
digest-title = Резиме по е-пошта
digest-legend = Испраќајте ми резиме на непрочитаните известувања
digest-immediate = Штом ќе се случи нешто
digest-daily = Еднаш дневно
digest-weekly = Еднаш неделно
digest-never = Никогаш (ги читам тука)
digest-save = Зачувај го изборот
topics-followed-title = Теми што ги следам
topics-followed-lead = Добивате известување за секое ново прашање во темите што ги следите.
topic-follow = Следи
topic-unfollow = Престани да следиш

## Модерирање

moderation-title = Модерирање
moderation-queue-title = Пријавени објави
moderation-queue-empty = Ниедна објава не чека одлука.
moderation-flags = Пријави
moderation-decide = Модерирај
moderation-reason = Причина
moderation-hide = Скриј ја објавата
moderation-restore = Прикажи ја објавата повторно
moderation-dismiss = Задржи ја објавата каква што е
moderation-log-title = Одлуки
moderation-log-empty = Сè уште не е донесена ниедна одлука.
moderation-log-when = Време
moderation-log-who = Модератор
moderation-log-what = Одлука
moderation-log-thread = Дискусија
moderation-action-hide = Скриена објава
moderation-action-restore = Повторно прикажана објава
moderation-action-dismiss = Отфрлени пријави

## Известувања и одбивања

thread-asked = Вашето прашање е објавено. Ќе добивате известување за секој одговор.
reply-posted = Вашиот одговор е објавен.
post-edited = Вашата објава е зачувана; претходната верзија останува видлива во нејзината историја.
answer-accepted = Одговорот е означен како прифатен одговор.
answer-unaccepted = Одговорот повеќе не е означен како прифатен.
thread-followed = Сега ја следите оваа дискусија.
thread-unfollowed = Повеќе не ја следите оваа дискусија.
topics-saved = Вашите теми се зачувани.
post-flagged = Ви благодариме: модераторите ќе ја погледнат оваа објава.
moderation-saved = Одлуката е зачувана.
notifications-read = Сите известувања се означени како прочитани.
digest-saved = Вашиот избор е зачуван.
error-already-flagged = Веќе го пријавивте ова; модераторите ќе го погледнат.
error-not-an-answer = Само видлив одговор може да биде прифатен одговор.

## Е-пошта

mail-digest-subject = Ново во советувањето меѓу колеги
mail-digest-body = Добар ден,

    { $count ->
        [one] имате { $count } ново известување во советувањето меѓу колеги:
       *[other] имате { $count } нови известувања во советувањето меѓу колеги:
    }

    { $items }
    Сите ваши известувања и изборот колку често го добивате ова резиме: { $link }
