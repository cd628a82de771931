# Стратегії і плани дій

plans-none = Жодна мережа ще не опублікувала стратегію.
plans-back = Усі стратегії
plan-activity-count = { $count ->
    [one] { $count } захід
    [few] { $count } заходи
    [many] { $count } заходів
   *[other] { $count } заходу
}
strategy-create-title = Нова стратегія
strategy-network = Мережа
strategy-create = Створити стратегію

## Етапи стратегії
strategy-status-draft = Проєкт
strategy-status-feedback = Консультації
strategy-status-adopted = Ухвалена
strategy-stage = Етап
strategy-adopt = Ухвалити стратегію
strategy-reopen = Повернути до етапу проєкту
round-open = Розпочати раунд консультацій
round-close = Завершити раунд консультацій
round-opens = З
round-closes = До
round-open-notice = Раунд консультацій триває з { $from } до { $to }.
round-comment-link = Прокоментувати проєкт

## Поля стратегії
strategy-edit = Редагувати стратегію
strategy-fields = Бачення і місія
strategy-field-title = Назва
strategy-field-period = Період (роки)
strategy-field-vision = Бачення
strategy-field-mission = Місія
strategy-field-status = Етап
strategy-aspirations = Прагнення
strategy-save = Зберегти стратегію
aspiration-field-title = Прагнення
aspiration-field-description = Опис
aspiration-save = Зберегти прагнення
aspiration-add-title = Нове прагнення
aspiration-add = Додати прагнення

## План дій
plan-progress = Виконання:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = Інструменти стратегії
plan-print = Версія для друку
plan-export = Завантажити план дій (CSV)
plan-present = Зараз на сторінці:
plan-timeline = Часова шкала плану дій
plan-timeline-caption = Кожна смуга тягнеться від початку заходу до його кінцевого терміну й заповнена відповідно до стану виконання; червона лінія позначає сьогоднішній день.
plan-today = сьогодні
plan-dates = Терміни
plan-activities = Заходи
plan-no-activities = Для цього прагнення ще немає жодного заходу.
plan-filter-aspiration = Прагнення
plan-filter-status = Статус
plan-filter-all = Усі
plan-filter-apply = Показати

## Заходи
activity-status-planned = Заплановано
activity-status-in-progress = Виконується
activity-status-done = Виконано
activity-status-blocked = Заблоковано
activity-status-cancelled = Скасовано
activity-field-title = Захід
activity-field-description = Опис
activity-field-aspirations = Прагнення, на які спрямований захід
activity-field-owner = Відповідальний
activity-field-contributors = Організації-співвиконавці
activity-field-start_on = Початок
activity-field-due_on = Термін
activity-field-status = Статус
activity-field-progress = Виконання (%)
activity-owner-none = Відповідального ще не призначено
activity-owner-members = Учасники
activity-owner-organisations = Організації
activity-add-title = Новий захід
activity-add = Додати захід
activity-edit-title = Редагування заходу
activity-save = Зберегти захід
activity-follow = Стежити за цим заходом
activity-unfollow = Не стежити за цим заходом
activity-being-edited = Зараз редагує: { $names }
field-changed-live = { $name } щойно змінює це поле. Ваше значення залишається тут; після збереження ви побачите обидва.
offline-kept = Немає з’єднання: ваші зміни зберігаються в цьому браузері й будуть надіслані, щойно з’єднання відновиться.

## Індикатори
indicators-title = Індикатори
indicators-none = Індикаторів ще немає.
indicator-field-name = Індикатор
indicator-field-target = Цільове значення
indicator-field-actual = Досягнуте значення
indicator-reached = { $name }: { $actual } з { $target }
indicator-edit = Індикатор { $name }
indicator-save = Зберегти
indicator-add = Додати індикатор

## Зміни, внесені тим часом
conflict-title = Тим часом це змінила інша людина
conflict-lead = Інші ваші зміни збережено. Ці поля змінила інша людина після того, як ви відкрили форму: нічого не перезаписано. Оберіть рішення для кожного з них.
conflict-changed-by = Змінено: { $name }, { $at } (UTC).
conflict-theirs = Значення іншої людини (збережене)
conflict-mine = Ваше значення (не збережене)
conflict-keep = Залишити значення іншої людини
conflict-replace = Замінити моїм
conflict-merge-label = Об’єднаний текст
conflict-merge = Зберегти об’єднаний текст
error-changed-meanwhile = Це поле змінилося після того, як ви відкрили сторінку. Оновіть сторінку й спробуйте ще раз.

## Історія та версії
history-title = Історія змін
revision-created = Створення
revision-restore = Відновити це значення
revision-restores = (відновлює зміну № { $number })
strategy-versions = Версії
versions-none = Жодної версії ще не збережено: версія зберігається після завершення раунду консультацій і під час ухвалення стратегії.
version-now = Поточна редакція стратегії
version-number = Версія { $number }
version-reason-round = після раунду консультацій
version-reason-adopted = під час ухвалення
diff-from = Від
diff-to = До
diff-compare = Порівняти
diff-title = Порівняння: { $from } → { $to }
diff-unchanged = (без змін)

## Раунди консультацій
comments-title = Коментарі
comment-title = Коментар до проєкту
comment-about = Стосується
comment-on-strategy = Стратегія в цілому
comment-body = Ваш коментар
comment-send = Надіслати коментар
comment-taken-up = Враховано
comment-declined = Не враховано
comment-resolution = Рішення
comment-reason = Обґрунтування
comment-resolve = Розглянути

## Повідомлення
strategy-created = Стратегію створено. Опишіть її бачення, місію та прагнення.
strategy-saved = Збережено.
aspiration-added = Прагнення додано.
activity-added = Захід додано. Визначте відповідального, терміни та індикатори.
activity-saved = Захід збережено.
indicator-added = Індикатор додано.
value-restored = Попереднє значення відновлено як нову зміну.
stage-open = Раунд консультацій розпочато: учасники мережі можуть залишати коментарі.
stage-close = Раунд консультацій завершено, а цю версію збережено.
stage-adopt = Стратегію ухвалено, а цю версію збережено.
stage-reopen = Стратегія знову має статус проєкту.
comment-posted = Ваш коментар надіслано фасилітаторам.
comment-resolved = Коментар розглянуто.
followed = Тепер ви стежите за цим: ви отримуватимете сповіщення, коли зміниться статус, відповідальний або термін.
unfollowed = Ви більше не стежите за цим.

## Сповіщення про заходи, за якими ви стежите
plan-notification-status = { $name } змінює статус заходу
plan-notification-owner = { $name } змінює відповідального за захід
plan-notification-start_on = { $name } змінює дату початку заходу
plan-notification-due_on = { $name } змінює термін заходу

## Відмови
error-date-invalid = Вкажіть правильну календарну дату (рік, місяць, день).
error-dates-reversed = Дата завершення раніша за дату початку.
error-number-invalid = Вкажіть ціле число в допустимому діапазоні.
error-aspiration-missing = Захід має бути спрямований щонайменше на одне прагнення.
error-wrong-stage = Стратегія не перебуває на етапі, потрібному для цієї дії (наприклад, не відкрито жодного раунду консультацій).
plan-notifications-title = Заходи, за якими ви стежите
aspiration-follow = Стежити за цим прагненням
aspiration-unfollow = Не стежити за цим прагненням
