## Робочі групи: список.

groups-title = Робочі групи
groups-lead = Тематичні групи, які протягом визначеного терміну разом працюють задля спільної мети; ними керують учасники, що по черзі змінюють одне одного в ході роботи.
groups-none = Робочих груп ще немає.
groups-found-new = Заснувати робочу групу
group-members-count = { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
    [many] { $count } учасників
   *[other] { $count } учасника
}
group-archived = Заархівовано

## Простір групи.

group-purpose = Мета
group-deliverables = Очікувані результати
group-mandate = Термін повноважень
group-mandate-dates = З { $from } до { $until }
group-mandate-open = З { $from }, без дати завершення
group-joining = Приєднання
group-seen-by = Хто бачить
group-leaders = Керівники
group-leader-since = з { $since }
group-former-leaders = Колишні керівники
group-leader-term = З { $since } до { $until }
group-members = Учасники
group-events = Події групи
group-no-events = У групи ще немає подій.
group-join = Приєднатися до групи
group-ask = Подати запит на приєднання
group-accept-invitation = Прийняти запрошення
group-leave = Вийти з групи
group-you-member = Ви учасник цієї групи.
group-you-asked = Ваш запит очікує на рішення керівників.
group-you-invited = Вас запрошено до цієї групи.
group-archived-note = Термін повноважень цієї групи закінчився: її напрацювання зберігаються тут для ознайомлення.
group-sign-in-to-join = Увійдіть, щоб приєднатися
group-requests = Запити на приєднання
group-appoint = Призначити керівником
group-step-down = Скласти повноваження керівника
group-calendar = Публічний календар групи (.ics)

## Форма нової групи.

group-new-title = Заснувати робочу групу
group-new-lead = Складіть статут групи: для чого вона існує, які результати досягне і на який термін. Ви станете її першим керівником.
group-field-network = Мережа
group-network-none = Уся платформа
group-field-title = Назва групи
group-field-topic = Тема
group-topic-none = Без окремої теми
group-field-lang = Робоча мова
group-field-purpose = Мета
group-field-deliverables = Очікувані результати
group-field-starts = Початок терміну повноважень
group-field-ends = Завершення терміну повноважень (необов’язково)
group-field-admission = Приєднання
group-field-visibility = Хто бачить
group-found = Заснувати групу

## Повідомлення після надсилання форми.

group-founded = Робочу групу засновано. Ви її перший керівник.
group-joined = Ви учасник групи.
group-requested = Ваш запит надіслано керівникам групи.
group-left = Ви вийшли з групи.
group-decided = Ваше рішення збережено.
group-leader-appointed = Нового керівника призначено.
group-stepped-down = Ви склали повноваження керівника.
group-standing-requested = Просить про вступ
group-standing-invited = Запрошено
