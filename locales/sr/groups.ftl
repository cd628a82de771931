## Радне групе: листа.

groups-title = Радне групе
groups-lead = Тематске групе које одређено време заједно раде на остварењу заједничког циља, а воде их чланови који се у руковођењу смењују како рад напредује.
groups-none = Још нема радних група.
groups-found-new = Оснујте радну групу
group-members-count = { $count ->
    [one] { $count } члан
    [few] { $count } члана
   *[other] { $count } чланова
}
group-archived = Архивирана

## Простор групе.

group-purpose = Сврха
group-deliverables = Резултати
group-mandate = Мандат
group-mandate-dates = Од { $from } до { $until }
group-mandate-open = Од { $from }, без датума завршетка
group-joining = Придруживање
group-seen-by = Ко је види
group-leaders = Руководиоци
group-leader-since = од { $since }
group-former-leaders = Бивши руководиоци
group-leader-term = од { $since } до { $until }
group-members = Чланови
group-events = Догађаји групе
group-no-events = Група још нема догађаја.
group-join = Придружи се групи
group-ask = Затражи придруживање
group-accept-invitation = Прихвати позив
group-leave = Напусти групу
group-you-member = Члан сте ове групе.
group-you-asked = Ваш захтев чека одлуку руководилаца.
group-you-invited = Позвани сте у ову групу.
group-archived-note = Мандат ове групе је истекао: њен рад овде остаје доступан за читање.
group-sign-in-to-join = Пријавите се да бисте се придружили
group-requests = Захтеви за придруживање
group-appoint = Именуј за руководиоца
group-step-down = Повуци се са места руководиоца
group-calendar = Јавни календар групе (.ics)

## Образац за нову групу.

group-new-title = Оснујте радну групу
group-new-lead = Одредите правила рада групе: чему служи, шта ће испоручити и колико дуго траје. Ви постајете њен први руководилац.
group-field-network = Мрежа
group-network-none = Цела платформа
group-field-title = Назив групе
group-field-topic = Област
group-topic-none = Без посебне области
group-field-lang = Радни језик
group-field-purpose = Сврха
group-field-deliverables = Резултати
group-field-starts = Почетак мандата
group-field-ends = Крај мандата (није обавезно)
group-field-admission = Придруживање
group-field-visibility = Ко је види
group-found = Оснуј групу

## Обавештења после слања обрасца.

group-founded = Радна група је основана. Ви сте њен први руководилац.
group-joined = Члан сте групе.
group-requested = Ваш захтев је послат руководиоцима групе.
group-left = Напустили сте групу.
group-decided = Ваша одлука је сачувана.
group-leader-appointed = Нови руководилац је именован.
group-stepped-down = Повукли сте се са места руководиоца.
group-standing-requested = Тражи приступ
group-standing-invited = Позван
