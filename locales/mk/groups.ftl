## Работни групи: листата.

groups-title = Работни групи
groups-lead = Тематски групи што одредено време работат заедно кон заедничка цел, водени од членови што се сменуваат во раководењето како што напредува работата.
groups-none = Сè уште нема работни групи.
groups-found-new = Основајте работна група
group-members-count = { $count ->
    [one] { $count } член
   *[other] { $count } члена
}
group-archived = Архивирана

## Просторот на групата.

group-purpose = Цел
group-deliverables = Резултати
group-mandate = Мандат
group-mandate-dates = Од { $from } до { $until }
group-mandate-open = Од { $from }, без краен датум
group-joining = Придружување
group-seen-by = Кој ја гледа
group-leaders = Раководители
group-leader-since = од { $since }
group-former-leaders = Поранешни раководители
group-leader-term = од { $since } до { $until }
group-members = Членови
group-events = Настани на групата
group-no-events = Групата сè уште нема настани.
group-join = Придружи се на групата
group-ask = Побарај придружување
group-accept-invitation = Прифати ја поканата
group-leave = Напушти ја групата
group-you-member = Член сте на оваа група.
group-you-asked = Вашето барање чека одлука од раководителите.
group-you-invited = Поканети сте во оваа група.
group-archived-note = Мандатот на оваа група истече: нејзината работа е зачувана тука за читање.
group-sign-in-to-join = Најавете се за да се придружите
group-requests = Барања за придружување
group-appoint = Назначи за раководител
group-step-down = Повлечи се од раководењето
group-calendar = Јавниот календар на групата (.ics)

## Формуларот за нова група.

group-new-title = Основајте работна група
group-new-lead = Дајте ѝ на групата нејзин статут: за што служи, што ќе испорача и колку долго ќе трае. Вие станувате нејзин прв раководител.
group-field-network = Мрежа
group-network-none = Целата платформа
group-field-title = Име на групата
group-field-topic = Тема
group-topic-none = Без посебна тема
group-field-lang = Работен јазик
group-field-purpose = Цел
group-field-deliverables = Резултати
group-field-starts = Почеток на мандатот
group-field-ends = Крај на мандатот (незадолжително)
group-field-admission = Придружување
group-field-visibility = Кој ја гледа
group-found = Основај ја групата

## Известувања по испраќањето на формуларот.

group-founded = Работната група е основана. Вие сте нејзиниот прв раководител.
group-joined = Член сте на групата.
group-requested = Вашето барање е испратено до раководителите на групата.
group-left = Ја напуштивте групата.
group-decided = Вашата одлука е зачувана.
group-leader-appointed = Новиот раководител е назначен.
group-stepped-down = Се повлековте од раководењето.
group-standing-requested = Бара членство
group-standing-invited = Поканет
