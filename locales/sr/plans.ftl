# Стратегија и акциони планови

plans-none = Ниједна мрежа још није објавила стратегију.
plans-back = Све стратегије
plan-activity-count = { $count ->
    [one] { $count } активност
    [few] { $count } активности
   *[other] { $count } активности
}
strategy-create-title = Покрените израду стратегије
strategy-network = Мрежа
strategy-create = Покрени израду стратегије

## Фазе стратегије
strategy-status-draft = Нацрт
strategy-status-feedback = На консултацијама
strategy-status-adopted = Усвојена
strategy-stage = Фаза
strategy-adopt = Усвоји стратегију
strategy-reopen = Врати у нацрт
round-open = Отвори круг консултација
round-close = Затвори круг консултација
round-opens = Од
round-closes = До
round-open-notice = Круг консултација је отворен од { $from } до { $to }.
round-comment-link = Коментаришите нацрт

## Поља стратегије
strategy-edit = Измени стратегију
strategy-fields = Визија и мисија
strategy-field-title = Назив
strategy-field-period = Период (године)
strategy-field-vision = Визија
strategy-field-mission = Изјава о мисији
strategy-field-status = Фаза
strategy-aspirations = Тежње
strategy-save = Сачувај стратегију
aspiration-field-title = Тежња
aspiration-field-description = Опис
aspiration-save = Сачувај тежњу
aspiration-add-title = Додајте тежњу
aspiration-add = Додај тежњу

## Акциони план
plan-progress = Напредак:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = Алати за стратегију
plan-print = Приказ за штампу
plan-export = Преузми акциони план (CSV)
plan-present = Тренутно на страници:
plan-timeline = Временска линија акционог плана
plan-timeline-caption = Свака трака траје од почетка активности до њеног рока и попуњена је сразмерно напретку; црвена линија означава данашњи дан.
plan-today = данас
plan-dates = Датуми
plan-activities = Активности
plan-no-activities = Још ниједна активност не доприноси овој тежњи.
plan-filter-aspiration = Тежња
plan-filter-status = Статус
plan-filter-all = Све
plan-filter-apply = Прикажи

## Активности
activity-status-planned = Планирано
activity-status-in-progress = У току
activity-status-done = Завршено
activity-status-blocked = Заустављено
activity-status-cancelled = Отказано
activity-field-title = Активност
activity-field-description = Опис
activity-field-aspirations = Тежње којима доприноси
activity-field-owner = Носилац
activity-field-contributors = Организације које учествују
activity-field-start_on = Почетак
activity-field-due_on = Рок
activity-field-status = Статус
activity-field-progress = Напредак (%)
activity-owner-none = Још нема носиоца
activity-owner-members = Чланови
activity-owner-organisations = Организације
activity-add-title = Додајте активност
activity-add = Додај активност
activity-edit-title = Измените активност
activity-save = Сачувај активност
activity-follow = Прати ову активност
activity-unfollow = Не прати више ову активност
activity-being-edited = Тренутно уређују: { $names }
field-changed-live = { $name }: ово поље је управо измењено. Ваша вредност остаје овде; када сачувате, биће приказане обе.
offline-kept = Нема интернет везе: ваше измене чувају се у овом прегледачу и биће послате када се веза поново успостави.

## Показатељи
indicators-title = Показатељи
indicators-none = Још нема показатеља.
indicator-field-name = Показатељ
indicator-field-target = Циљна вредност
indicator-field-actual = Остварена вредност
indicator-reached = { $name }: { $actual } од { $target }
indicator-edit = Показатељ: { $name }
indicator-save = Сачувај
indicator-add = Додај показатељ

## Измене у међувремену
conflict-title = Неко је у међувремену изменио ово
conflict-lead = Остале ваше измене су сачуване. Ова поља је неко други изменио након што сте отворили образац: ништа није замењено. Изаберите шта желите за свако од њих.
conflict-changed-by = Аутор измене: { $name }, { $at } (UTC).
conflict-theirs = Њихова вредност (сачувана)
conflict-mine = Ваша вредност (није сачувана)
conflict-keep = Задржи њихову
conflict-replace = Замени мојом
conflict-merge-label = Спојени текст
conflict-merge = Сачувај спојени текст
error-changed-meanwhile = Ово поље је измењено откако је страница отворена. Поново учитајте страницу и покушајте поново.

## Историја и верзије
history-title = Историја измена
revision-created = Направљено
revision-restore = Врати ову вредност
revision-restores = (враћа измену бр. { $number })
strategy-versions = Верзије
versions-none = Још нема сачуваних верзија: верзија се чува када се затвори круг консултација и када се стратегија усвоји.
version-now = Тренутна верзија
version-number = Верзија { $number }
version-reason-round = после круга консултација
version-reason-adopted = усвојена
diff-from = Од
diff-to = До
diff-compare = Упореди
diff-title = Промене: { $from } → { $to }
diff-unchanged = (непромењено)

## Кругови консултација
comments-title = Коментари
comment-title = Коментаришите нацрт
comment-about = Односи се на
comment-on-strategy = Стратегија у целини
comment-body = Ваш коментар
comment-send = Пошаљи коментар
comment-taken-up = Прихваћен
comment-declined = Није прихваћен
comment-resolution = Одлука
comment-reason = Образложење
comment-resolve = Одлучи

## Обавештења
strategy-created = Израда стратегије је покренута. Напишите њену визију, мисију и тежње.
strategy-saved = Сачувано.
aspiration-added = Тежња је додата.
activity-added = Активност је додата. Одредите јој носиоца, датуме и показатеље.
activity-saved = Активност је сачувана.
indicator-added = Показатељ је додат.
value-restored = Ранија вредност је враћена, као нова измена.
stage-open = Круг консултација је отворен: чланови мреже могу да остављају коментаре.
stage-close = Круг консултација је затворен и ова верзија је сачувана.
stage-adopt = Стратегија је усвојена и ова верзија је сачувана.
stage-reopen = Стратегија је поново нацрт.
comment-posted = Ваш коментар је послат фасилитаторима.
comment-resolved = Одлука о коментару је донета.
followed = Сада ово пратите: добићете обавештење када се промени статус, носилац или датум.
unfollowed = Више ово не пратите.

## Обавештења о активностима које пратите
plan-notification-status = { $name } мења статус активности
plan-notification-owner = { $name } мења носиоца активности
plan-notification-start_on = { $name } мења датум почетка активности
plan-notification-due_on = { $name } мења рок активности

## Одбијања
error-date-invalid = Унесите датум у облику календарског датума (година, месец, дан).
error-dates-reversed = Датум завршетка је пре датума почетка.
error-number-invalid = Унесите цео број у дозвољеном опсегу.
error-aspiration-missing = Активност мора да доприноси бар једној тежњи.
error-wrong-stage = Стратегија није у фази која је за ово потребна (на пример, ниједан круг консултација није отворен).
plan-notifications-title = Активности које пратите
aspiration-follow = Прати ову тежњу
aspiration-unfollow = Не прати више ову тежњу
