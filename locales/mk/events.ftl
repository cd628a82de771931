## Настани: зошто време, број на места или пријава не се прифаќа.

error-time-zone-unknown = Изберете временска зона од листата.
error-wall-time-skipped = Ова време не постои во таа временска зона на тој ден: часовниците се поместуваат еден час напред. Изберете друго време.
error-wall-time-repeated = Ова време се појавува двапати во таа временска зона на тој ден: часовниците се враќаат еден час назад. Изберете друго време.
error-capacity-invalid = Бројот на места мора да биде цел број, 1 или повеќе; оставете го полето празно ако нема ограничување.
error-already-registered = Веќе сте пријавени за овој настан.
error-event-past = Овој настан веќе се одржа.
error-event-cancelled = Овој настан е откажан.
error-invitation-only = Местата на овој настан се доделуваат само со покана. Обратете се до организаторите ако сакате да учествувате.
error-group-archived = Мандатот на оваа работна група истече: таа е архивирана и повеќе не може да се менува.
error-last-leader = Работната група мора да има барем еден раководител. Назначете друг раководител пред да се повлечете.
error-place-missing = Наведете врска за видеоконференцијата, место на одржување или и двете.
error-series-too-long = Серијата може да има најмногу 150 средби. Изберете поран краен датум.
error-event-unknown = На оваа адреса нема настан или тој не е достапен за вас.
error-group-unknown = На оваа адреса нема работна група или таа не е достапна за вас.
error-calendar-address-revoked = Оваа адреса на календарот е отповикана. Копирајте ја новата адреса од страницата на вашиот календар.
error-not-registered = Не сте пријавени за овој настан.

## Видовите настани.

event-kind-peer-learning = Средба за взаемно учење
event-kind-webinar = Вебинар
event-kind-e-conference = Онлајн конференција
event-kind-workshop = Работилница
event-kind-study-visit = Студиска посета
event-kind-annual-meeting = Годишен собир

## Како се добива место на настан или се влегува во работна група.

admission-open = Отворено за сите
admission-request = На барање, одобрено од организаторите
admission-invitation = Само со покана

## Статусот на член во однос на настан.

attendance-registered = Пријавен
attendance-waiting = На листата на чекање
attendance-requested = Барањето е испратено
attendance-invited = Поканет
attendance-cancelled = Пријавата е откажана
attendance-declined = Барањето е одбиено

## Како се повторува серија настани.

recurrence-weekly = Секоја недела
recurrence-monthly = Секој месец, истиот ден од неделата

## Кој ја гледа работната група.

group-visibility-public = Јавна
group-visibility-members = Најавени членови
group-visibility-hidden = Само членовите на групата

## Листата на настани.

events-title = Настани
events-lead = Средби за взаемно учење, вебинари, конференции, работилници, студиски посети и годишни собири на мрежите и на нивните работни групи.
events-upcoming = Претстојни настани
events-past = Минати настани
events-found = { $count ->
    [one] { $count } настан
   *[other] { $count } настани
}
events-none = Ниеден настан не одговара на овој избор.
events-organise = Организирајте настан
events-your-calendar = Вашиот календар
events-filter-kind = Вид настан
events-filter-network = Мрежа
events-show = Прикажи
event-your-time = Вашето време: { $time }
event-online = Преку интернет
event-places-left = { $count ->
    [one] Уште { $count } слободно место
   *[other] Уште { $count } слободни места
}
event-full = Пополнето: листата на чекање е отворена
event-recorded = Снимката е достапна
event-cancelled-badge = Откажано
event-in-series = Дел од серија

## Страницата на настанот.

event-when = Кога
event-where = Каде
event-languages = Јазици што се зборуваат
event-organised-by = Организатор
event-admission = Пристап
event-places = Број на места
event-places-taken = Зафатени места: { $registered } од { $capacity }
event-places-unlimited = Пријавени: { $registered }, без ограничување на бројот на места
event-waiting-count = { $count ->
    [one] { $count } лице на листата на чекање
   *[other] { $count } лица на листата на чекање
}
event-your-standing = Вашата пријава
event-register = Пријави се за настанот
event-request = Побарај место
event-join-waiting-list = Запиши ме на листата на чекање
event-access-needs = Потреби за пристапност (незадолжително)
event-access-needs-hint = Ова го гледаат само организаторите: пристап без скали, толкување на знаковен јазик, посебна исхрана, сè што ви помага да учествувате.
event-withdraw = Откажи ја мојата пријава
event-sign-in-to-register = Најавете се за да се пријавите за настанот
event-meeting-link = Врска за видеоконференцијата
event-meeting-link-hint = Учесниците ја гледаат врската за видеоконференцијата тука штом ќе добијат место.
event-add-to-calendar = Додајте во вашиот календар
event-calendar-file = Овој настан (датотека .ics)
event-series-file = Целата серија (датотека .ics)
event-agenda = Програма
event-materials = Материјали
event-recording = Снимка
event-watch-recording = Погледнете ја снимката
event-questions = Прашања и одговори
event-conclusions = Заклучоци
event-taken-place = Овој настан веќе се одржа.

## Што прават организаторите на страницата на настанот.

event-organisers = За организаторите
event-participants = Учесници
event-participants-csv = Преземи ја листата на учесници (CSV)
event-no-participants = Сè уште никој не се пријавил.
event-cancel = Откажи го овој настан
event-cancel-confirm = Да, откажи го: календарите на учесниците ќе бидат известени.
event-add-session = Додајте точка во програмата
event-session-starts = Почеток
event-session-ends = Крај
event-session-title = Наслов
event-session-speakers = Говорници
event-add-material = Додајте материјал
event-material-title = Наслов
event-material-link = Врска или број, односно адреса на материјал од библиотеката
event-recording-link = Врска до снимката
event-save = Зачувај

## Формуларот за нов настан.

event-new-title = Организирајте настан
event-new-lead = Најавете настан на членовите. Времињата се внесуваат според часовникот на временската зона што ќе ја изберете; сите ги гледаат во таа зона и во својата.
event-field-organiser = Организатор
event-organiser-platform = Целата платформа
event-field-kind = Вид настан
event-field-title = Наслов
event-field-lang = Јазик на оваа најава
event-field-languages = Јазици што се зборуваат на настанот
event-field-description = Опис
event-field-time-zone = Временска зона
event-field-starts = Почеток
event-field-ends = Крај
event-field-online-url = Врска за видеоконференцијата (за настан преку интернет)
event-field-venue = Место на одржување (за настан во живо)
event-field-address = Адреса
event-field-country = Земја
event-field-visibility = Кој може да го гледа
event-field-admission = Пристап
event-field-capacity = Број на места
event-field-capacity-hint = Оставете празно ако нема ограничување. Кога ќе се пополнат местата, се отвора листа на чекање.
event-field-repeat = Повторување
event-repeat-none = Не се повторува
event-field-until = Последен датум од серијата
event-create = Најави го настанот

## Известувања по испраќањето на формуларот.

event-registered = Пријавени сте. Врската за видеоконференцијата и датотеката за календарот се на оваа страница.
event-waiting = Местата се пополнети: на листата на чекање сте и ќе добиете место штом некое се ослободи.
event-requested = Вашето барање е испратено до организаторите.
event-withdrawn = Вашата пријава е откажана.
event-created = Настанот е најавен.
event-cancelled = Настанот е откажан.
event-decided = Вашата одлука е зачувана.
event-session-added = Точката е додадена во програмата.
event-material-added = Материјалот е додаден.
event-recording-saved = Врската до снимката е зачувана.

## Адресата на календарот на членот.

calendar-title = Вашиот календар
calendar-lead = Претплатете се на адресата на вашиот календар во вашата календарска програма (Outlook, Apple Calendar, Thunderbird, Google Calendar): таму ќе се појавуваат настаните за кои сте се пријавиле, секогаш ажурирани.
calendar-address-label = Адресата на вашиот календар
calendar-address-once = Копирајте ја сега: се прикажува само овој пат. Секој што ја има оваа адреса може да ги гледа вашите настани, затоа не ја давајте никому.
calendar-has-address = Имате адреса на календарот. Ако сте ја изгубиле или можеби ја знае некој друг, создајте нова: старата ќе престане да работи.
calendar-no-address = Сè уште немате адреса на календарот.
calendar-make = Создај адреса на мојот календар
calendar-make-new = Создај нова адреса
calendar-revoke = Отповикај ја мојата адреса
calendar-public-feeds = Јавни календари
calendar-public-feeds-lead = Настаните отворени за сите, на секоја мрежа и на секоја јавна работна група, на кои можете да се претплатите без најава.
calendar-address-made = Новата адреса на вашиот календар е подготвена.
calendar-address-revoked = Адресата на вашиот календар е отповикана: календарските програми повеќе не добиваат ништо од неа.
event-participant = Учесник
error-cancel-unconfirmed = Означете го полето за да потврдите дека настанот се откажува.
event-country-none = Не е наведена

## Е-пораки за место на настан.

mail-event-place-subject = Вашето место: { $title }
mail-event-place-body = Добар ден, { $name },

    имате место на настанот „{ $title }“, { $time }.

    Настанот е приложен кон оваа е-порака: вашата календарска програма ќе го додаде и ќе го ажурира ако се промени. Страницата на настанот, со врската за видеоконференцијата ако настанот се одржува преку интернет:
    { $link }
mail-event-cancelled-subject = Отстрането од календарот: { $title }
mail-event-cancelled-body = Добар ден, { $name },

    настанот „{ $title }“, { $time }, се отстранува од вашиот календар: настанот е откажан или вашата пријава е откажана.

    Приложената порака ѝ овозможува на вашата календарска програма да го отстрани. Страницата на настанот:
    { $link }
mail-event-reminder-subject = Наскоро: { $title }
mail-event-reminder-body = Добар ден, { $name },

    ве потсетуваме дека настанот „{ $title }“ наскоро започнува: { $time }.

    Страницата на настанот, со врската за видеоконференцијата ако настанот се одржува преку интернет:
    { $link }

event-add-question = Поставете прашање на групите за дискусија
event-question-text = Прашање
event-record-answer = Запишете го одговорот на група
event-answer-group = Група за дискусија
event-answer-text = Одговорот на групата
event-question-added = Прашањето е додадено.
event-answer-recorded = Одговорот на групата е запишан.

event-edit = Изменете го настанот
event-edit-save = Зачувај ги измените
event-saved = Настанот е зачуван. Оние што имаат место ја добиваат измената во своите календари.

## Организаторите покануваат членови.

error-member-unknown = Нема член со оваа адреса на е-пошта.
event-invite = Покани член
event-invite-email = Адреса на е-пошта на членот
event-invited = Поканата е испратена.
mail-event-invited-subject = Покана: { $title }
mail-event-invited-body = Добар ден, { $name },

    организаторите ве покануваат на настанот „{ $title }“, { $time }.

    Потврдете го своето место на страницата на настанот:
    { $link }
