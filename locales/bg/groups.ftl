## Работни групи: списъкът.

groups-title = Работни групи
groups-lead = Тематични групи, които работят заедно за определен срок за обща цел и се ръководят от членове, които се редуват в хода на работата.
groups-none = Все още няма работни групи.
groups-found-new = Създаване на работна група
group-members-count = { $count ->
    [one] Един член
   *[other] { $count } членове
}
group-archived = Архивирана

## Пространството на група.

group-purpose = Цел
group-deliverables = Очаквани резултати
group-mandate = Мандат
group-mandate-dates = От { $from } до { $until }
group-mandate-open = От { $from }, без крайна дата
group-joining = Присъединяване
group-seen-by = Видима за
group-leaders = Ръководители
group-leader-since = от { $since }
group-former-leaders = Бивши ръководители
group-leader-term = От { $since } до { $until }
group-members = Членове
group-events = Събитията на групата
group-no-events = Групата все още няма събития.
group-join = Присъединяване към групата
group-ask = Заявка за присъединяване
group-accept-invitation = Приемане на поканата
group-leave = Напускане на групата
group-you-member = Вие сте член на тази група.
group-you-asked = Заявката Ви очаква решението на ръководителите.
group-you-invited = Поканени сте в тази група.
group-archived-note = Мандатът на тази група е изтекъл: работата ѝ се съхранява тук за четене.
group-sign-in-to-join = Влезте в профила си, за да се присъедините
group-requests = Заявки за присъединяване
group-appoint = Определяне за ръководител
group-step-down = Оттегляне като ръководител
group-calendar = Публичният календар на групата (.ics)

## Формулярът за нова група.

group-new-title = Създаване на работна група
group-new-lead = Дайте на групата нейния устав: за какво е, какви резултати ще постигне и за колко време. Вие ставате неин първи ръководител.
group-field-network = Мрежа
group-network-none = Цялата платформа
group-field-title = Наименование на групата
group-field-topic = Тема
group-topic-none = Без определена тема
group-field-lang = Работен език
group-field-purpose = Цел
group-field-deliverables = Очаквани резултати
group-field-starts = Начало на мандата
group-field-ends = Край на мандата (по желание)
group-field-admission = Присъединяване
group-field-visibility = Видима за
group-found = Създаване на групата

## Съобщения след попълване на формуляр.

group-founded = Работната група е създадена. Вие сте неин първи ръководител.
group-joined = Вие сте член на групата.
group-requested = Заявката Ви е изпратена на ръководителите на групата.
group-left = Напуснахте групата.
group-decided = Решението Ви е запазено.
group-leader-appointed = Новият ръководител е определен.
group-stepped-down = Оттеглихте се като ръководител.
group-standing-requested = Иска да се присъедини
group-standing-invited = Поканен
