## Облікові записи: вхід, запрошення, скидання пароля, власний обліковий запис учасника

nav-sign-in = Увійти
nav-account = Мій обліковий запис
sign-out = Вийти

sign-in-title = Вхід
sign-in-submit = Увійти
sign-in-forgot = Забули пароль?
sign-in-no-account = Ще не маєте облікового запису? Відкрийте сторінку своєї мережі в довіднику й подайте запит на приєднання.
field-email = Адреса електронної пошти
field-password = Пароль
field-new-password = Новий пароль
field-current-password = Поточний пароль
field-given-name = Ім’я
field-family-name = Прізвище
field-job-title = Посада у вашій організації
field-locale = Мова інтерфейсу та ваших електронних листів
field-invitation-locale = Мова запрошення
field-languages = Мови, якими ви володієте
field-organisation = Організація
field-role = Роль
field-message = Повідомлення для фасилітаторів (необов’язково)
field-new-email = Нова адреса електронної пошти
password-rules = Щонайменше 8 символів. Надто поширені паролі не приймаються.

reset-title = Скидання пароля
reset-intro = Введіть адресу електронної пошти свого облікового запису. Ми надішлемо вам посилання, за яким ви зможете встановити новий пароль.
reset-submit = Надіслати посилання
reset-sent = Якщо адреса { $email } належить обліковому запису, на неї надсилається посилання для скидання пароля. Посилання дійсне протягом однієї години.
reset-new-title = Оберіть новий пароль
reset-new-submit = Зберегти новий пароль
reset-done = Пароль змінено. Увійдіть із новим паролем.

invitation-title = Прийміть запрошення
invitation-intro = Вас запрошено приєднатися до платформи { site-name } з адресою { $email }. Роль: { $role }, організація: { $organisation }.
invitation-submit = Створити обліковий запис

role-member = учасник
role-facilitator = фасилітатор
role-coordinator = координатор
role-facilitator-of = Фасилітатор мережі { $network }
role-coordinator-held = Координатор платформи

account-title = Мій обліковий запис
account-profile = Профіль
account-organisation = Організація
account-roles = Ролі
account-save = Зберегти профіль
account-saved = Профіль збережено.
account-password = Пароль
account-password-submit = Змінити пароль
account-password-changed = Пароль змінено. Усі інші сеанси вашого облікового запису завершено.
account-email = Адреса електронної пошти
account-email-current = Ваша поточна адреса: { $email }.
account-email-submit = Надіслати посилання для підтвердження
account-email-sent = Якщо адресу { $email } можна використати, на неї надсилається посилання для підтвердження. Адресу буде змінено, щойно ви відкриєте це посилання.
account-data = Ваші дані
account-export = Завантажити всі мої дані (JSON)
account-delete = Видалити мій обліковий запис
account-delete-explain = Видалення облікового запису одразу вилучає ваш профіль, мови, ролі та всі сеанси; скасувати цю дію неможливо. Теми, відповіді й коментарі, які ви написали, залишаються видимими для інших з підписом «колишній учасник». Журнал безпеки зберігає пронумерований запис про те, що обліковий запис було видалено.
account-delete-submit = Остаточно видалити мій обліковий запис
account-deleted = Ваш обліковий запис видалено.
account-audit = Журнал безпеки

email-confirm-title = Підтвердьте нову адресу електронної пошти
email-confirm-intro = Відтепер ваш обліковий запис використовуватиме адресу { $email }.
email-confirm-submit = Підтвердити нову адресу
email-confirmed = Адресу електронної пошти змінено.

join-title = Запит на приєднання до цієї мережі
join-intro = Розкажіть фасилітаторам, хто ви. Якщо вони схвалять запит, ви отримаєте запрошення електронною поштою.
join-submit = Надіслати запит
join-sent = Ваш запит надіслано. Фасилітатори нададуть відповідь електронною поштою.
invite-title = Запросити нового учасника
invite-intro = Запрошена особа отримає електронний лист із посиланням для створення облікового запису, дійсним 7 днів.
invite-submit = Надіслати запрошення
invite-sent = Запрошення надсилається на адресу { $email }.
requests-title = Запити на приєднання
requests-none = Немає запитів, що очікують на розгляд.
request-from = { $name } ({ $email }), організація: { $organisation }
request-approve = Схвалити
request-decline = Відхилити
request-approved = Схвалено: { $email } отримає запрошення.
request-declined = Запит відхилено.

audit-title = Журнал безпеки
audit-when = Час
audit-event = Подія
audit-actor = Виконавець
audit-subject = Обліковий запис
audit-ip = IP-адреса
audit-detail = Подробиці
audit-older = Старіші події
audit-sign-in = Вхід
audit-sign-in-failed = Невдала спроба входу
audit-sign-out = Вихід
audit-invitation-sent = Запрошення надіслано
audit-invitation-accepted = Запрошення прийнято
audit-reset-requested = Запит на скидання пароля
audit-password-reset = Пароль скинуто
audit-password-changed = Пароль змінено
audit-email-changed = Адресу електронної пошти змінено
audit-role-granted = Роль надано
audit-join-requested = Запит на приєднання
audit-join-approved = Запит на приєднання схвалено
audit-join-declined = Запит на приєднання відхилено
audit-account-deleted = Обліковий запис видалено

error-email-invalid = Введіть адресу електронної пошти, наприклад name@example.org.
error-name-missing = Введіть ім’я та прізвище.
error-password-too-short = Оберіть пароль щонайменше з 8 символів.
error-password-too-long = Оберіть пароль не довший за 256 символів.
error-password-common = Цей пароль — один із найпоширеніших, і його легко вгадати. Оберіть інший.
error-ticket-invalid = Це посилання більше не можна використати: його вже використано або строк його дії минув. Надішліть запит на нове посилання.
error-wrong-credentials = Неправильна адреса електронної пошти або пароль.
error-current-password-wrong = Поточний пароль введено неправильно.
error-already-decided = Рішення щодо цього запиту вже ухвалено.
error-organisation-not-in-network = Оберіть організацію, яка є учасницею цієї мережі.
error-locale-unsupported = Оберіть одну з мов у списку.
error-text-too-long = Текст задовгий.
error-forbidden = Ви не маєте права виконувати цю дію.
error-sign-in-required = Увійдіть, щоб виконати цю дію.
error-cross-site = Цей запит надійшов з іншого вебсайту, тому його відхилено. Нічого не змінено.
error-too-many = { $seconds ->
    [one] Забагато спроб. Спробуйте ще раз через { $seconds } секунду.
    [few] Забагато спроб. Спробуйте ще раз через { $seconds } секунди.
    [many] Забагато спроб. Спробуйте ще раз через { $seconds } секунд.
   *[other] Забагато спроб. Спробуйте ще раз через { $seconds } секунди.
}

mail-invitation-subject = Ваше запрошення на платформу { site-name }
mail-invitation-body = { $inviter } запрошує вас приєднатися до платформи { site-name }. Роль: { $role }, організація: { $organisation }.
    
    Створіть обліковий запис за цим посиланням (воно дійсне 7 днів):
    { $link }
    
    Якщо ви не очікували цього запрошення, просто проігноруйте цей лист.
mail-role-subject = Нова роль на платформі { site-name }
mail-role-body = { $inviter } надає вашому обліковому запису нову роль на платформі { site-name }: { $role }.
    
    Увійдіть, щоб нею скористатися:
    { $link }
mail-reset-subject = Скидання пароля на платформі { site-name }
mail-reset-body = Хтось надіслав запит на скидання пароля вашого облікового запису на платформі { site-name }. Установіть новий пароль за цим посиланням (воно дійсне одну годину):
    { $link }
    
    Якщо це були не ви, проігноруйте цей лист: ваш пароль залишиться без змін.
mail-email-subject = Підтвердьте нову адресу електронної пошти на платформі { site-name }
mail-email-body = Підтвердьте, що { $email } — нова адреса вашого облікового запису на платформі { site-name }, перейшовши за цим посиланням (воно дійсне 24 години):
    { $link }
    
    Якщо ви цього не запитували, проігноруйте цей лист.
