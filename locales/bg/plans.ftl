# Стратегия и планове за действие

plans-none = Все още никоя мрежа не е публикувала стратегия.
plans-back = Всички стратегии
plan-activity-count = { $count ->
    [one] { $count } дейност
   *[other] { $count } дейности
}
strategy-create-title = Нова стратегия
strategy-network = Мрежа
strategy-create = Започване на стратегията

## Етапи на стратегията
strategy-status-draft = Проект
strategy-status-feedback = На обсъждане
strategy-status-adopted = Приета
strategy-stage = Етап
strategy-adopt = Приемане на стратегията
strategy-reopen = Връщане в етап „Проект“
round-open = Откриване на кръг на обсъждане
round-close = Закриване на кръга на обсъждане
round-opens = От
round-closes = До
round-open-notice = Кръгът на обсъждане е открит от { $from } до { $to }.
round-comment-link = Коментирайте проекта

## Полета на стратегията
strategy-edit = Редактиране на стратегията
strategy-fields = Визия и мисия
strategy-field-title = Заглавие
strategy-field-period = Период (години)
strategy-field-vision = Визия
strategy-field-mission = Мисия
strategy-field-status = Етап
strategy-aspirations = Стремежи
strategy-save = Запазване на стратегията
aspiration-field-title = Стремеж
aspiration-field-description = Описание
aspiration-save = Запазване на стремежа
aspiration-add-title = Добавяне на стремеж
aspiration-add = Добавяне на стремежа

## План за действие
plan-progress = Напредък:
plan-percent = { $value } %
plan-number = { $value }
plan-tools = Инструменти за стратегията
plan-print = Изглед за печат
plan-export = Изтегляне на плана за действие (CSV)
plan-present = Отворено в момента от:
plan-timeline = Времеви график на плана за действие
plan-timeline-caption = Всяка лента обхваща периода от началото на дейността до крайния ѝ срок и е запълнена според напредъка ѝ; червената линия отбелязва днешния ден.
plan-today = днес
plan-dates = Срокове
plan-activities = Дейности
plan-no-activities = Все още няма дейност, която да допринася за този стремеж.
plan-filter-aspiration = Стремеж
plan-filter-status = Статус
plan-filter-all = Всички
plan-filter-apply = Показване

## Дейности
activity-status-planned = Планирана
activity-status-in-progress = В изпълнение
activity-status-done = Изпълнена
activity-status-blocked = Блокирана
activity-status-cancelled = Отменена
activity-field-title = Дейност
activity-field-description = Описание
activity-field-aspirations = Стремежи, за които допринася
activity-field-owner = Отговорник
activity-field-contributors = Участващи организации
activity-field-start_on = Начало
activity-field-due_on = Краен срок
activity-field-status = Статус
activity-field-progress = Напредък (%)
activity-owner-none = Все още няма отговорник
activity-owner-members = Членове
activity-owner-organisations = Организации
activity-add-title = Добавяне на дейност
activity-add = Добавяне на дейността
activity-edit-title = Редактиране на дейността
activity-save = Запазване на дейността
activity-follow = Следване на дейността
activity-unfollow = Прекратяване на следването на дейността
activity-being-edited = В момента се редактира от: { $names }
field-changed-live = { $name } току-що промени това поле. Вашата стойност остава тук; при запазване ще се покажат и двете стойности.
offline-kept = Няма връзка: промените Ви се съхраняват в този браузър и ще бъдат изпратени, когато връзката се възстанови.

## Показатели
indicators-title = Показатели
indicators-none = Все още няма показател.
indicator-field-name = Показател
indicator-field-target = Целева стойност
indicator-field-actual = Постигната стойност
indicator-reached = { $name }: { $actual } от { $target }
indicator-edit = Показател { $name }
indicator-save = Запазване
indicator-add = Добавяне на показателя

## Промени, направени междувременно
conflict-title = Някой е направил промени междувременно
conflict-lead = Другите Ви промени са запазени. Тези полета са променени от друг човек, след като сте отворили формуляра: нищо не е презаписано. Изберете за всяко от тях.
conflict-changed-by = Променено от { $name } в { $at } (UTC).
conflict-theirs = Другата стойност (запазена)
conflict-mine = Вашата стойност (незапазена)
conflict-keep = Запазване на другата стойност
conflict-replace = Замяна с моята
conflict-merge-label = Обединен текст
conflict-merge = Запазване на обединения текст
error-changed-meanwhile = Това поле е променено, откакто страницата е отворена. Презаредете страницата и опитайте отново.

## История и версии
history-title = История
revision-created = Създадено
revision-restore = Възстановяване на тази стойност
revision-restores = (възстановява промяна { $number })
strategy-versions = Версии
versions-none = Все още няма запазена версия: версия се запазва при закриване на кръг на обсъждане и при приемане на стратегията.
version-now = Текущото състояние на стратегията
version-number = Версия { $number }
version-reason-round = след кръг на обсъждане
version-reason-adopted = приета
diff-from = От
diff-to = До
diff-compare = Сравняване
diff-title = От { $from } до { $to }
diff-unchanged = (без промяна)

## Кръгове на обсъждане
comments-title = Коментари
comment-title = Коментар по проекта
comment-about = Относно
comment-on-strategy = Стратегията като цяло
comment-body = Вашият коментар
comment-send = Изпращане на коментара
comment-taken-up = Отразен
comment-declined = Отхвърлен
comment-resolution = Решение
comment-reason = Причина
comment-resolve = Вземане на решение

## Съобщения
strategy-created = Стратегията е създадена. Опишете нейната визия, мисия и стремежи.
strategy-saved = Запазено.
aspiration-added = Стремежът е добавен.
activity-added = Дейността е добавена. Определете отговорник, срокове и показатели.
activity-saved = Дейността е запазена.
indicator-added = Показателят е добавен.
value-restored = Предишната стойност е възстановена като нова промяна.
stage-open = Кръгът на обсъждане е открит: членовете на мрежата могат да коментират.
stage-close = Кръгът на обсъждане е закрит и тази версия е запазена.
stage-adopt = Стратегията е приета и тази версия е запазена.
stage-reopen = Стратегията отново е проект.
comment-posted = Коментарът Ви е изпратен до фасилитаторите.
comment-resolved = По коментара е взето решение.
followed = Вече следвате това: ще получавате известие при промяна на статус, отговорник или срок.
unfollowed = Вече не следвате това.

## Известия за следвани дейности
plan-notification-status = { $name } промени статуса на дейността
plan-notification-owner = { $name } промени отговорника на дейността
plan-notification-start_on = { $name } промени началната дата на дейността
plan-notification-due_on = { $name } промени крайния срок на дейността

## Откази
error-date-invalid = Въведете валидна календарна дата (година, месец, ден).
error-dates-reversed = Краят е преди началото.
error-number-invalid = Въведете цяло число в допустимия диапазон.
error-aspiration-missing = Всяка дейност трябва да допринася за поне един стремеж.
error-wrong-stage = Стратегията не е в етапа, необходим за това действие (например няма открит кръг на обсъждане).
plan-notifications-title = Дейности, които следвате
aspiration-follow = Следване на стремежа
aspiration-unfollow = Прекратяване на следването на стремежа
