## Події: чому відхилено час, кількість місць або реєстрацію.

error-time-zone-unknown = Оберіть часовий пояс зі списку.
error-wall-time-skipped = Цього часу того дня в цьому часовому поясі не існує: годинники переводять на годину вперед (перехід на літній час). Оберіть інший час.
error-wall-time-repeated = Цей час того дня в цьому часовому поясі настає двічі: годинники переводять на годину назад (перехід на зимовий час). Оберіть інший час.
error-capacity-invalid = Кількість місць має бути цілим числом, не меншим за 1. Залиште поле порожнім, якщо обмеження немає.
error-already-registered = Ви вже зареєстровані на цю подію.
error-event-past = Ця подія вже відбулася.
error-event-cancelled = Цю подію скасовано.
error-invitation-only = Місця на цю подію надаються лише за запрошенням. Якщо ви бажаєте взяти участь, зверніться до організаторів.
error-group-archived = Термін повноважень цієї робочої групи закінчився: групу заархівовано, і її більше не можна змінити.
error-last-leader = Робоча група повинна мати принаймні одного керівника. Перш ніж скласти повноваження, призначте іншого керівника.
error-place-missing = Укажіть посилання на зустріч, місце проведення або і те, й інше.
error-series-too-long = Серія може містити щонайбільше 150 подій. Оберіть ранішу дату останньої події.
error-event-unknown = За цією адресою немає події, або вона вам недоступна.
error-group-unknown = За цією адресою немає робочої групи, або вона вам недоступна.
error-calendar-address-revoked = Цю адресу календаря відкликано. Скопіюйте нову адресу на сторінці свого календаря.
error-not-registered = Ви не зареєстровані на цю подію.

## Види подій.

event-kind-peer-learning = Сесія взаємного навчання
event-kind-webinar = Вебінар
event-kind-e-conference = Онлайн-конференція
event-kind-workshop = Практичний семінар
event-kind-study-visit = Навчальний візит
event-kind-annual-meeting = Щорічна зустріч

## Як отримати місце на події або в робочій групі.

admission-open = Відкрито для всіх
admission-request = За запитом, зі схваленням організаторів
admission-invitation = Лише за запрошенням

## Статус учасника щодо події.

attendance-registered = Зареєстровано
attendance-waiting = У списку очікування
attendance-requested = Запит надіслано
attendance-invited = Запрошено
attendance-cancelled = Реєстрацію скасовано
attendance-declined = Запит відхилено

## Як повторюється серія подій.

recurrence-weekly = Щотижня
recurrence-monthly = Щомісяця, у той самий день тижня

## Хто бачить робочу групу.

group-visibility-public = Публічна
group-visibility-members = Учасники, які увійшли в систему
group-visibility-hidden = Лише учасники групи

## Список подій.

events-title = Події
events-lead = Сесії взаємного навчання, вебінари, конференції, практичні семінари, навчальні візити та щорічні зустрічі мереж і їхніх робочих груп.
events-upcoming = Майбутні
events-past = Минулі події
events-found = { $count ->
    [one] { $count } подія
    [few] { $count } події
    [many] { $count } подій
   *[other] { $count } події
}
events-none = Немає подій, що відповідають вибраним умовам.
events-organise = Організувати подію
events-your-calendar = Ваш календар
events-filter-kind = Вид події
events-filter-network = Мережа
events-show = Показати
event-your-time = Ваш час: { $time }
event-online = Онлайн
event-places-left = { $count ->
    [one] Залишилося { $count } місце
    [few] Залишилося { $count } місця
    [many] Залишилося { $count } місць
   *[other] Залишилося { $count } місця
}
event-full = Місць немає: відкрито список очікування
event-recorded = Доступний запис
event-cancelled-badge = Скасовано
event-in-series = Частина серії

## Сторінка події.

event-when = Коли
event-where = Де
event-languages = Робочі мови
event-organised-by = Організатор
event-admission = Участь
event-places = Місця
event-places-taken = Зайнято { $registered } з { $capacity } місць
event-places-unlimited = Зареєстровано: { $registered }, кількість місць не обмежено
event-waiting-count = { $count ->
    [one] { $count } особа в списку очікування
    [few] { $count } особи в списку очікування
    [many] { $count } осіб у списку очікування
   *[other] { $count } особи в списку очікування
}
event-your-standing = Ваша реєстрація
event-register = Зареєструватися
event-request = Подати запит на місце
event-join-waiting-list = Стати в список очікування
event-access-needs = Потреби щодо доступності (необов’язково)
event-access-needs-hint = Це бачать лише організатори: безбар’єрний доступ, переклад жестовою мовою, особливості харчування — усе, що допоможе вам взяти участь.
event-withdraw = Скасувати мою реєстрацію
event-sign-in-to-register = Увійдіть, щоб зареєструватися
event-meeting-link = Посилання на зустріч
event-meeting-link-hint = Посилання на зустріч з’являється тут для учасників, щойно вони отримають місце.
event-add-to-calendar = Додати до свого календаря
event-calendar-file = Ця подія (файл .ics)
event-series-file = Уся серія (файл .ics)
event-agenda = Програма
event-materials = Матеріали
event-recording = Запис
event-watch-recording = Переглянути запис
event-questions = Запитання й відповіді
event-conclusions = Висновки
event-taken-place = Ця подія вже відбулася.

## Що організатори роблять на сторінці події.

event-organisers = Для організаторів
event-participants = Учасники
event-participants-csv = Завантажити список учасників (CSV)
event-no-participants = Ще ніхто не зареєструвався.
event-cancel = Скасувати цю подію
event-cancel-confirm = Так, скасувати: календарі учасників буде оновлено.
event-add-session = Додати сесію до програми
event-session-starts = Початок
event-session-ends = Завершення
event-session-title = Назва
event-session-speakers = Доповідачі
event-add-material = Додати матеріал
event-material-title = Назва
event-material-link = Посилання або номер чи адреса ресурсу бібліотеки
event-recording-link = Посилання на запис
event-save = Зберегти

## Форма нової події.

event-new-title = Організувати подію
event-new-lead = Оголосіть подію для учасників. Час вводиться за годинником обраного вами часового поясу; кожен бачить його в цьому поясі та у своєму власному.
event-field-organiser = Організатор
event-organiser-platform = Уся платформа
event-field-kind = Вид події
event-field-title = Назва
event-field-lang = Мова цього оголошення
event-field-languages = Мови, якими говоритимуть на події
event-field-description = Опис
event-field-time-zone = Часовий пояс
event-field-starts = Початок
event-field-ends = Завершення
event-field-online-url = Посилання на зустріч (для онлайн-події)
event-field-venue = Місце проведення (для очної події)
event-field-address = Адреса
event-field-country = Країна
event-field-visibility = Хто може бачити
event-field-admission = Участь
event-field-capacity = Кількість місць
event-field-capacity-hint = Залиште поле порожнім, якщо обмеження немає. Коли всі місця буде зайнято, відкриється список очікування.
event-field-repeat = Повторення
event-repeat-none = Не повторюється
event-field-until = Дата останньої події серії
event-create = Оголосити подію

## Повідомлення після надсилання форми.

event-registered = Вас зареєстровано. Посилання на зустріч і файл календаря — на цій сторінці.
event-waiting = Усі місця зайнято: вас додано до списку очікування, і ви отримаєте місце, щойно воно звільниться.
event-requested = Ваш запит надіслано організаторам.
event-withdrawn = Вашу реєстрацію скасовано.
event-created = Подію оголошено.
event-cancelled = Подію скасовано.
event-decided = Ваше рішення збережено.
event-session-added = Сесію додано до програми.
event-material-added = Матеріал додано.
event-recording-saved = Посилання на запис збережено.

## Адреса календаря учасника.

calendar-title = Ваш календар
calendar-lead = Підпишіться на власну адресу календаря у своїй програмі-календарі (Outlook, Apple Calendar, Thunderbird, Google Calendar): події, на які ви зареєструвалися, з’являтимуться там і автоматично оновлюватимуться.
calendar-address-label = Адреса вашого календаря
calendar-address-once = Скопіюйте її зараз: вона показується лише один раз. Будь-хто, хто має цю адресу, може бачити ваші події, тому нікому її не передавайте.
calendar-has-address = У вас є адреса календаря. Якщо ви її втратили або її може знати хтось інший, створіть нову: стара перестане працювати.
calendar-no-address = У вас ще немає адреси календаря.
calendar-make = Створити адресу мого календаря
calendar-make-new = Створити нову адресу
calendar-revoke = Відкликати мою адресу
calendar-public-feeds = Публічні календарі
calendar-public-feeds-lead = Відкриті для всіх події кожної мережі та кожної публічної робочої групи — на них можна підписатися без входу в систему.
calendar-address-made = Нова адреса вашого календаря готова.
calendar-address-revoked = Адресу вашого календаря відкликано: програми-календарі більше нічого з неї не отримають.
event-participant = Учасник
error-cancel-unconfirmed = Позначте поле, щоб підтвердити скасування заходу.
event-country-none = Не вказано

## Листи про місце на події.

mail-event-place-subject = Ваше місце: { $title }
mail-event-place-body = Доброго дня, { $name }!

    За вами закріплено місце на події «{ $title }», { $time }.

    Подію додано до цього листа: ваша програма-календар внесе її до календаря й оновить, якщо вона зміниться. Сторінка події, де для онлайн-події є й посилання на зустріч:
    { $link }
mail-event-cancelled-subject = Вилучено з календаря: { $title }
mail-event-cancelled-body = Доброго дня, { $name }!

    Подію «{ $title }», { $time }, вилучено з вашого календаря: її скасовано або скасовано вашу реєстрацію.

    Вкладене повідомлення дає змогу вашій програмі-календарю видалити її. Сторінка події:
    { $link }
mail-event-reminder-subject = Незабаром: { $title }
mail-event-reminder-body = Доброго дня, { $name }!

    Нагадуємо: подія «{ $title }» починається { $time }.

    Сторінка події, де для онлайн-події є й посилання на зустріч:
    { $link }

event-add-question = Поставте запитання дискусійним групам
event-question-text = Запитання
event-record-answer = Запишіть відповідь групи
event-answer-group = Дискусійна група
event-answer-text = Відповідь групи
event-question-added = Запитання додано.
event-answer-recorded = Відповідь групи записано.

event-edit = Змінити цей захід
event-edit-save = Зберегти зміни
event-saved = Захід збережено. Ті, хто має місце, отримають зміну у своїх календарях.

## Організатори запрошують учасників.

error-member-unknown = Немає учасника з такою адресою електронної пошти.
event-invite = Запросити учасника
event-invite-email = Адреса електронної пошти учасника
event-invited = Запрошення надіслано.
mail-event-invited-subject = Вас запрошено: { $title }
mail-event-invited-body = Доброго дня, { $name }!

    Організатори запрошують вас на подію «{ $title }», { $time }.

    Займіть своє місце на сторінці події:
    { $link }
