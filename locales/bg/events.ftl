## Събития: защо се отказва час, брой места или регистрация.

error-time-zone-unknown = Изберете часова зона от списъка.
error-wall-time-skipped = Този час не съществува в избраната часова зона в съответния ден: часовниците се преместват с един час напред. Изберете друг час.
error-wall-time-repeated = Този час се среща два пъти в избраната часова зона в съответния ден: часовниците се връщат с един час назад. Изберете друг час.
error-capacity-invalid = Броят на местата трябва да бъде цяло число, не по-малко от 1. Ако броят на местата не е ограничен, оставете полето празно.
error-already-registered = Вече сте регистрирани за това събитие.
error-event-past = Това събитие вече се е състояло.
error-event-cancelled = Това събитие е отменено.
error-invitation-only = Местата за това събитие се дават само с покана. Обърнете се към организаторите, ако искате да участвате.
error-group-archived = Мандатът на тази работна група е изтекъл: тя е архивирана и вече не може да се променя.
error-last-leader = Работната група трябва да има поне един ръководител. Определете друг ръководител, преди да се оттеглите.
error-place-missing = Посочете връзка към видеоконференцията, място на провеждане или и двете.
error-series-too-long = Поредицата може да има най-много 150 срещи. Изберете по-ранна крайна дата.
error-event-unknown = На този адрес няма събитие или то не е достъпно за вас.
error-group-unknown = На този адрес няма работна група или тя не е достъпна за вас.
error-calendar-address-revoked = Този адрес на календара е отменен. Копирайте новия си адрес от страницата на своя календар.
error-not-registered = Не сте регистрирани за това събитие.

## Видовете събития.

event-kind-peer-learning = Среща за взаимно учене
event-kind-webinar = Уебинар
event-kind-e-conference = Онлайн конференция
event-kind-workshop = Работилница
event-kind-study-visit = Учебно посещение
event-kind-annual-meeting = Годишна среща

## Как се получава място на събитие или членство в работна група.

admission-open = Отворено за всички
admission-request = По заявка, одобрена от организаторите
admission-invitation = Само с покана

## Какво е положението на член спрямо събитие.

attendance-registered = Регистриран
attendance-waiting = В списъка на чакащите
attendance-requested = Заявката е изпратена
attendance-invited = Поканен
attendance-cancelled = Регистрацията е отменена
attendance-declined = Заявката е отхвърлена

## Как се повтаря поредица от събития.

recurrence-weekly = Всяка седмица
recurrence-monthly = Всеки месец, в същия ден от седмицата

## Кой вижда работна група.

group-visibility-public = Публична
group-visibility-members = Влезли членове
group-visibility-hidden = Само членовете на групата

## Списъкът на събитията.

events-title = Събития
events-lead = Срещи за взаимно учене, уебинари, конференции, работилници, учебни посещения и годишни срещи на мрежите и на техните работни групи.
events-upcoming = Предстоящи
events-past = Минали събития
events-found = { $count ->
    [one] Едно събитие
   *[other] { $count } събития
}
events-none = Няма събития, които да отговарят на този избор.
events-organise = Организиране на събитие
events-your-calendar = Вашият календар
events-filter-kind = Вид събитие
events-filter-network = Мрежа
events-show = Показване
event-your-time = Вашето време: { $time }
event-online = Онлайн
event-places-left = { $count ->
    [one] Остава едно място
   *[other] Остават { $count } места
}
event-full = Няма свободни места: списъкът на чакащите е отворен
event-recorded = Има наличен запис
event-cancelled-badge = Отменено
event-in-series = Част от поредица

## Страницата на събитие.

event-when = Кога
event-where = Къде
event-languages = Езици на събитието
event-organised-by = Организатор
event-admission = Участие
event-places = Места
event-places-taken = Заети са { $registered } от { $capacity } места
event-places-unlimited = { $registered } регистрирани, без ограничение на местата
event-waiting-count = { $count ->
    [one] Един човек в списъка на чакащите
   *[other] { $count } души в списъка на чакащите
}
event-your-standing = Вашата регистрация
event-register = Регистрация
event-request = Заявка за място
event-join-waiting-list = Включване в списъка на чакащите
event-access-needs = Специални потребности за достъп (по желание)
event-access-needs-hint = Вижда се само от организаторите: достъп без стъпала, превод на жестов език, хранителни изисквания – всичко, което ще Ви помогне да участвате.
event-withdraw = Отмяна на регистрацията ми
event-sign-in-to-register = Влезте в профила си, за да се регистрирате
event-meeting-link = Връзка към видеоконференцията
event-meeting-link-hint = Връзката към видеоконференцията се показва тук на участниците, след като получат място.
event-add-to-calendar = Добавяне към Вашия календар
event-calendar-file = Това събитие (файл .ics)
event-series-file = Цялата поредица (файл .ics)
event-agenda = Програма
event-materials = Материали
event-recording = Запис
event-watch-recording = Гледане на записа
event-questions = Въпроси и отговори
event-conclusions = Изводи
event-taken-place = Това събитие вече се е състояло.

## Какво правят организаторите на страницата на събитие.

event-organisers = За организаторите
event-participants = Участници
event-participants-csv = Изтегляне на списъка с участниците (CSV)
event-no-participants = Все още никой не се е регистрирал.
event-cancel = Отмяна на това събитие
event-cancel-confirm = Да, отменете го: календарите на участниците ще бъдат уведомени.
event-add-session = Добавяне на точка към програмата
event-session-starts = Начало
event-session-ends = Край
event-session-title = Заглавие
event-session-speakers = Лектори
event-add-material = Добавяне на материал
event-material-title = Заглавие
event-material-link = Връзка или номер или адрес на ресурс от библиотеката
event-recording-link = Връзка към записа
event-save = Запазване

## Формулярът за ново събитие.

event-new-title = Организиране на събитие
event-new-lead = Обявете събитие за членовете. Часовете се въвеждат според часовника на избраната от Вас часова зона; всеки ги вижда в тази зона и в своята собствена.
event-field-organiser = Организатор
event-organiser-platform = Цялата платформа
event-field-kind = Вид събитие
event-field-title = Заглавие
event-field-lang = Език на това обявление
event-field-languages = Езици, на които ще се говори на събитието
event-field-description = Описание
event-field-time-zone = Часова зона
event-field-starts = Начало
event-field-ends = Край
event-field-online-url = Връзка към видеоконференцията (за онлайн събитие)
event-field-venue = Място на провеждане (за присъствено събитие)
event-field-address = Адрес
event-field-country = Държава
event-field-visibility = Кой може да го вижда
event-field-admission = Участие
event-field-capacity = Брой места
event-field-capacity-hint = Оставете празно, ако няма ограничение. Когато местата бъдат заети, се отваря списък на чакащите.
event-field-repeat = Повторение
event-repeat-none = Не се повтаря
event-field-until = Последна дата от поредицата
event-create = Обявяване на събитието

## Съобщения след попълване на формуляр.

event-registered = Регистрирани сте. Връзката към видеоконференцията и файлът за календара са на тази страница.
event-waiting = Местата са заети: включени сте в списъка на чакащите и ще получите място веднага щом се освободи такова.
event-requested = Заявката Ви е изпратена на организаторите.
event-withdrawn = Регистрацията Ви е отменена.
event-created = Събитието е обявено.
event-cancelled = Събитието е отменено.
event-decided = Решението Ви е запазено.
event-session-added = Точката е добавена към програмата.
event-material-added = Материалът е добавен.
event-recording-saved = Връзката към записа е запазена.

## Адресът на календара на член.

calendar-title = Вашият календар
calendar-lead = Абонирайте се за собствения си адрес на календара в своята програма за календар (Outlook, Apple Calendar, Thunderbird, Google Calendar): събитията, за които сте се регистрирали, ще се показват там и ще се поддържат актуални.
calendar-address-label = Адресът на Вашия календар
calendar-address-once = Копирайте го сега: показва се само този път. Всеки, който има този адрес, може да вижда Вашите събития, затова не го споделяйте.
calendar-has-address = Имате адрес на календара. Ако сте го загубили или някой друг може да го знае, създайте нов: старият ще спре да работи.
calendar-no-address = Все още нямате адрес на календара.
calendar-make = Създаване на адрес на моя календар
calendar-make-new = Създаване на нов адрес
calendar-revoke = Отменяне на адреса ми
calendar-public-feeds = Публични календари
calendar-public-feeds-lead = Събитията, отворени за всички, на всяка мрежа и всяка публична работна група – за абониране без влизане в профил.
calendar-address-made = Новият адрес на Вашия календар е готов.
calendar-address-revoked = Адресът на Вашия календар е отменен: програмите за календар вече няма да получават нищо от него.
event-participant = Участник
error-cancel-unconfirmed = Отбележете полето, за да потвърдите, че събитието се отменя.
event-country-none = Не е посочена

## Имейли за място на събитие.

mail-event-place-subject = Вашето място: { $title }
mail-event-place-body = Здравейте, { $name },

    имате място за „{ $title }“, { $time }.

    Събитието е приложено към този имейл: Вашата програма за календар ще го добави и ще го актуализира, ако бъде променено. Страницата му, с връзката към видеоконференцията, ако събитието е онлайн:
    { $link }
mail-event-cancelled-subject = Премахнато от календара Ви: { $title }
mail-event-cancelled-body = Здравейте, { $name },

    „{ $title }“, { $time }, се премахва от календара Ви: събитието е отменено или регистрацията Ви е отменена.

    Приложеното съобщение позволява на програмата Ви за календар да го премахне. Страницата на събитието:
    { $link }
mail-event-reminder-subject = Скоро започва: { $title }
mail-event-reminder-body = Здравейте, { $name },

    напомняме Ви, че „{ $title }“ започва на { $time }.

    Страницата на събитието, с връзката към видеоконференцията, ако събитието е онлайн:
    { $link }

event-add-question = Задайте въпрос на дискусионните групи
event-question-text = Въпрос
event-record-answer = Запишете отговора на група
event-answer-group = Дискусионна група
event-answer-text = Отговорът на групата
event-question-added = Въпросът е добавен.
event-answer-recorded = Отговорът на групата е записан.

event-edit = Промяна на събитието
event-edit-save = Запазване на промените
event-saved = Събитието е запазено. Участниците с място получават промяната в календарите си.

## Организаторите канят членове.

error-member-unknown = Няма член с този имейл адрес.
event-invite = Поканване на член
event-invite-email = Имейл адрес на члена
event-invited = Поканата е изпратена.
mail-event-invited-subject = Поканени сте: { $title }
mail-event-invited-body = Здравейте, { $name },

    организаторите Ви канят на „{ $title }“, { $time }.

    Запазете мястото си на страницата на събитието:
    { $link }
