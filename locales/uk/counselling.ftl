## Взаємне консультування: список обговорень

counselling-sign-in-to-ask = Увійдіть, щоб поставити запитання колегам або відповісти на чиєсь запитання.
threads-search-label = Пошук у запитаннях і відповідях
thread-topic = Тема
threads-language = Мова
threads-network = Мережа
threads-state = Відповідь
threads-unsolved = Ще без відповіді
threads-solved = Є відповідь
threads-show = Показати
threads-followed = Обговорення, за якими я стежу
threads-mine = Мої запитання
threads-found = { $count ->
    [one] { $count } обговорення
    [few] { $count } обговорення
    [many] { $count } обговорень
   *[other] { $count } обговорення
}
threads-none = Жодне обговорення не відповідає запиту. Зніміть частину фільтрів або поставте запитання самі.
thread-unread = Нове
thread-solved = Є відповідь
thread-hidden-badge = Приховано
thread-asked-by = автор запитання: { $name }
thread-replies = { $count ->
    [one] { $count } відповідь
    [few] { $count } відповіді
    [many] { $count } відповідей
   *[other] { $count } відповіді
}
notifications-link = Сповіщення
notifications-unread = { $count ->
    [one] { $count } непрочитане
    [few] { $count } непрочитані
    [many] { $count } непрочитаних
   *[other] { $count } непрочитані
}

## Обговорення

thread-back = Усі обговорення
thread-platform = Уся платформа
thread-hidden = Модератори приховали це запитання. Його бачите лише ви та модератори.
thread-follow = Стежити за обговоренням
thread-unfollow = Не стежити
thread-sign-in-to-reply = Увійдіть, щоб відповісти.
answer-accepted-title = Прийнята відповідь
answer-accepted-badge = Прийнята відповідь
answer-accept = Прийняти як відповідь
answer-unaccept = Скасувати прийняття
post-edited-link = змінено (переглянути версії)
post-hidden = Приховано модераторами: { $reason }
post-quote = Цитувати
post-edit = Редагувати
post-flag = Поскаржитися модераторам
flag-reason = Чому модераторам варто переглянути цей допис?
flag-send = Надіслати скаргу
post-language = Мова тексту
reply-title = Ваша відповідь
reply-body = Відповідь
reply-send = Опублікувати відповідь
markdown-help = Текст можна форматувати за допомогою Markdown: **жирний**, *курсив*, списки, що починаються з -, посилання у вигляді [текст](https://…).
markdown-preview = Попередній перегляд

## Запитання

ask-title = Запитайте колег
ask-lead = Опишіть свою ситуацію і те, що ви вже спробували. Відповісти зможуть учасники мереж, яким видно ваше запитання.
ask-field-title = Ваше запитання одним реченням
ask-field-body = Подробиці
ask-field-audience = Хто може бачити
ask-send = Опублікувати запитання

## Редагування та версії

post-edit-title = Редагування допису
post-edit-body = Текст
post-edit-save = Зберегти нову версію
post-history-title = Версії допису
post-history-current = Поточна версія
post-history-earlier = Попередня версія
post-history-back = Назад до обговорення

## Сповіщення та зведення

notifications-title = Сповіщення
notifications-none = Нічого нового. Стежте за обговоренням або темою, щоб дізнаватися, коли в них щось відбувається.
notifications-mark-read = Позначити всі як прочитані
notification-reply = { $name } відповідає в обговоренні
notification-topic = { $name } ставить запитання в темі, за якою ви стежите:
notification-accepted = { $name } позначає вашу відповідь як прийняту в обговоренні
digest-title = Зведення електронною поштою
digest-legend = Надсилати мені зведення непрочитаних сповіщень
digest-immediate = Щойно щось відбувається
digest-daily = Раз на день
digest-weekly = Раз на тиждень
digest-never = Ніколи (я читаю їх тут)
digest-save = Зберегти вибір
topics-followed-title = Теми, за якими я стежу
topics-followed-lead = Ви отримуєте сповіщення про кожне нове запитання в темах, за якими стежите.
topic-follow = Стежити
topic-unfollow = Не стежити

## Модерування

moderation-title = Модерування
moderation-queue-title = Дописи зі скаргами
moderation-queue-empty = Жоден допис не очікує на рішення.
moderation-flags = Скарги
moderation-decide = Модерувати
moderation-reason = Причина
moderation-hide = Приховати допис
moderation-restore = Знову показати допис
moderation-dismiss = Залишити допис без змін
moderation-log-title = Рішення
moderation-log-empty = Жодного рішення ще не ухвалено.
moderation-log-when = Час
moderation-log-who = Модератор
moderation-log-what = Рішення
moderation-log-thread = Обговорення
moderation-action-hide = Приховано
moderation-action-restore = Знову показано
moderation-action-dismiss = Скарги відхилено

## Повідомлення та відмови

thread-asked = Ваше запитання опубліковано. Ви отримуватимете сповіщення про кожну відповідь.
reply-posted = Вашу відповідь опубліковано.
post-edited = Ваш допис збережено; попередня версія залишається видимою в його історії.
answer-accepted = Відповідь позначено як прийняту.
answer-unaccepted = Відповідь більше не позначено як прийняту.
thread-followed = Тепер ви стежите за цим обговоренням.
thread-unfollowed = Ви більше не стежите за цим обговоренням.
topics-saved = Ваші теми збережено.
post-flagged = Дякуємо: модератори переглянуть цей допис.
moderation-saved = Рішення збережено.
notifications-read = Усі сповіщення позначено як прочитані.
digest-saved = Ваш вибір збережено.
error-already-flagged = Ви вже надіслали скаргу; модератори її розглянуть.
error-not-an-answer = Прийнятою відповіддю може бути лише видима відповідь.

## Електронна пошта

mail-digest-subject = Нове у взаємному консультуванні
mail-digest-body = Доброго дня!

    { $count ->
        [one] У вас { $count } нове сповіщення у взаємному консультуванні:
        [few] У вас { $count } нові сповіщення у взаємному консультуванні:
        [many] У вас { $count } нових сповіщень у взаємному консультуванні:
       *[other] У вас { $count } нові сповіщення у взаємному консультуванні:
    }

    { $items }
    Усі ваші сповіщення та налаштування частоти цього зведення: { $link }
