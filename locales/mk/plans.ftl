# Стратегија и акциски планови

plans-none = Сè уште ниедна мрежа нема објавено стратегија.
plans-back = Сите стратегии
plan-activity-count = { $count ->
    [one] { $count } активност
   *[other] { $count } активности
}
strategy-create-title = Започнете изработка на стратегија
strategy-network = Мрежа
strategy-create = Започни ја изработката на стратегијата

## Фази на стратегијата
strategy-status-draft = Нацрт
strategy-status-feedback = Во консултации
strategy-status-adopted = Усвоена
strategy-stage = Фаза
strategy-adopt = Усвој ја стратегијата
strategy-reopen = Врати ја во нацрт
round-open = Отвори круг на консултации
round-close = Затвори го кругот на консултации
round-opens = Од
round-closes = До
round-open-notice = Кругот на консултации е отворен од { $from } до { $to }.
round-comment-link = Коментирајте го нацртот

## Полиња на стратегијата
strategy-edit = Уреди ја стратегијата
strategy-fields = Визија и мисија
strategy-field-title = Наслов
strategy-field-period = Период (години)
strategy-field-vision = Визија
strategy-field-mission = Изјава за мисијата
strategy-field-status = Фаза
strategy-aspirations = Стремежи
strategy-save = Зачувај ја стратегијата
aspiration-field-title = Стремеж
aspiration-field-description = Опис
aspiration-save = Зачувај го стремежот
aspiration-add-title = Додајте стремеж
aspiration-add = Додај го стремежот

## Акциски план
plan-progress = Напредок:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = Алатки за стратегијата
plan-print = Приказ за печатење
plan-export = Преземи го акцискиот план (CSV)
plan-present = Моментално на страницата:
plan-timeline = Временска линија на акцискиот план
plan-timeline-caption = Секоја лента трае од почетокот на активноста до нејзиниот рок и е пополнета сразмерно на напредокот; црвената линија го означува денешниот ден.
plan-today = денес
plan-dates = Датуми
plan-activities = Активности
plan-no-activities = Сè уште ниедна активност не придонесува за овој стремеж.
plan-filter-aspiration = Стремеж
plan-filter-status = Статус
plan-filter-all = Сите
plan-filter-apply = Прикажи

## Активности
activity-status-planned = Планирано
activity-status-in-progress = Во тек
activity-status-done = Завршено
activity-status-blocked = Запрено
activity-status-cancelled = Откажано
activity-field-title = Активност
activity-field-description = Опис
activity-field-aspirations = Стремежи за кои придонесува
activity-field-owner = Носител
activity-field-contributors = Организации што учествуваат
activity-field-start_on = Почеток
activity-field-due_on = Рок
activity-field-status = Статус
activity-field-progress = Напредок (%)
activity-owner-none = Сè уште нема носител
activity-owner-members = Членови
activity-owner-organisations = Организации
activity-add-title = Додајте активност
activity-add = Додај ја активноста
activity-edit-title = Уредете ја активноста
activity-save = Зачувај ја активноста
activity-follow = Следи ја оваа активност
activity-unfollow = Престани да ја следиш оваа активност
activity-being-edited = Моментално уредуваат: { $names }
field-changed-live = { $name } штотуку го промени ова поле. Вашата вредност останува тука; при зачувување ќе се прикажат двете.
offline-kept = Нема интернет-врска: вашите промени се чуваат во овој прелистувач и ќе бидат испратени кога врската ќе се врати.

## Индикатори
indicators-title = Индикатори
indicators-none = Сè уште нема индикатори.
indicator-field-name = Индикатор
indicator-field-target = Целна вредност
indicator-field-actual = Остварена вредност
indicator-reached = { $name }: { $actual } од { $target }
indicator-edit = Индикатор: { $name }
indicator-save = Зачувај
indicator-add = Додај го индикаторот

## Промени направени во меѓувреме
conflict-title = Некој го промени ова во меѓувреме
conflict-lead = Другите ваши промени се зачувани. Овие полиња ги променил некој друг откако го отворивте формуларот: ништо не е пребришано. Изберете за секое од нив.
conflict-changed-by = Променето од { $name } во { $at } (UTC).
conflict-theirs = Нивната вредност (зачувана)
conflict-mine = Вашата вредност (незачувана)
conflict-keep = Задржи ја нивната
conflict-replace = Замени ја со мојата
conflict-merge-label = Споен текст
conflict-merge = Зачувај го спојниот текст
error-changed-meanwhile = Ова поле е променето откако е отворена страницата. Вчитајте ја страницата повторно и обидете се пак.

## Историја и верзии
history-title = Историја на промените
revision-created = Создадено
revision-restore = Врати ја оваа вредност
revision-restores = (ја враќа промената бр. { $number })
strategy-versions = Верзии
versions-none = Сè уште нема зачувана верзија: верзија се зачувува кога ќе се затвори круг на консултации и кога стратегијата ќе се усвои.
version-now = Тековна верзија
version-number = Верзија { $number }
version-reason-round = по круг на консултации
version-reason-adopted = усвоена
diff-from = Од
diff-to = До
diff-compare = Спореди
diff-title = Од { $from } до { $to }
diff-unchanged = (непроменето)

## Кругови на консултации
comments-title = Коментари
comment-title = Коментирајте го нацртот
comment-about = Се однесува на
comment-on-strategy = Стратегијата во целина
comment-body = Вашиот коментар
comment-send = Испрати го коментарот
comment-taken-up = Прифатен
comment-declined = Неприфатен
comment-resolution = Одлука
comment-reason = Образложение
comment-resolve = Одлучи

## Известувања
strategy-created = Изработката на стратегијата е започната. Напишете ги нејзината визија, мисија и стремежи.
strategy-saved = Зачувано.
aspiration-added = Стремежот е додаден.
activity-added = Активноста е додадена. Определете ѝ носител, датуми и индикатори.
activity-saved = Активноста е зачувана.
indicator-added = Индикаторот е додаден.
value-restored = Претходната вредност е вратена, како нова промена.
stage-open = Кругот на консултации е отворен: членовите на мрежата можат да коментираат.
stage-close = Кругот на консултации е затворен и оваа верзија е зачувана.
stage-adopt = Стратегијата е усвоена и оваа верзија е зачувана.
stage-reopen = Стратегијата повторно е нацрт.
comment-posted = Вашиот коментар е испратен до фасилитаторите.
comment-resolved = Одлуката за коментарот е донесена.
followed = Сега го следите ова: ќе бидете известени кога ќе се промени статус, носител или датум.
unfollowed = Повеќе не го следите ова.

## Известувања за активностите што ги следите
plan-notification-status = { $name } го промени статусот на активноста
plan-notification-owner = { $name } го промени носителот на активноста
plan-notification-start_on = { $name } го промени датумот на почеток на активноста
plan-notification-due_on = { $name } го промени рокот на активноста

## Одбивања
error-date-invalid = Внесете го датумот како календарски датум (година, месец, ден).
error-dates-reversed = Датумот на завршување е пред датумот на почеток.
error-number-invalid = Внесете цел број во дозволениот опсег.
error-aspiration-missing = Секоја активност мора да придонесува за барем еден стремеж.
error-wrong-stage = Стратегијата не е во фазата што е потребна за ова (на пример, нема отворен круг на консултации).
plan-notifications-title = Активности што ги следите
aspiration-follow = Следи го овој стремеж
aspiration-unfollow = Престани да го следиш овој стремеж
