## Догађаји: зашто се одбија време, број места или пријава.

error-time-zone-unknown = Изаберите временску зону са листе.
error-wall-time-skipped = Ово време тог дана не постоји у тој временској зони: сатови се померају за један сат унапред (прелазак на летње рачунање времена). Изаберите друго време.
error-wall-time-repeated = Ово време се тог дана у тој временској зони јавља два пута: сатови се померају за један сат уназад (прелазак на зимско рачунање времена). Изаберите друго време.
error-capacity-invalid = Број места мора бити цео број, најмање 1. Оставите поље празно ако нема ограничења.
error-already-registered = Већ сте пријављени за овај догађај.
error-event-past = Овај догађај је већ одржан.
error-event-cancelled = Овај догађај је отказан.
error-invitation-only = Места на овом догађају додељују се само по позиву. Ако желите да учествујете, обратите се организаторима.
error-group-archived = Мандат ове радне групе је истекао: група је архивирана и више не може да се мења.
error-last-leader = Радна група мора да има бар једног руководиоца. Пре него што се повучете, именујте другог руководиоца.
error-place-missing = Наведите линк за састанак, место одржавања или и једно и друго.
error-series-too-long = Серија може да има највише 150 термина. Изаберите ранији датум последњег термина.
error-event-unknown = На овој адреси нема догађаја или вам није доступан.
error-group-unknown = На овој адреси нема радне групе или вам није доступна.
error-calendar-address-revoked = Ова адреса календара је опозвана. Нову адресу копирајте са странице свог календара.
error-not-registered = Нисте пријављени за овај догађај.

## Врсте догађаја.

event-kind-peer-learning = Сесија учења међу колегама
event-kind-webinar = Вебинар
event-kind-e-conference = Е-конференција
event-kind-workshop = Радионица
event-kind-study-visit = Студијска посета
event-kind-annual-meeting = Годишњи састанак

## Како се добија место на догађају или у радној групи.

admission-open = Отворено за све
admission-request = На захтев, уз одобрење организатора
admission-invitation = Само по позиву

## Статус члана у вези са догађајем.

attendance-registered = Пријављен
attendance-waiting = На листи чекања
attendance-requested = Захтев послат
attendance-invited = Позван
attendance-cancelled = Пријава отказана
attendance-declined = Захтев одбијен

## Како се понавља серија догађаја.

recurrence-weekly = Сваке недеље
recurrence-monthly = Сваког месеца, истог дана у недељи

## Ко види радну групу.

group-visibility-public = Јавна
group-visibility-members = Пријављени чланови
group-visibility-hidden = Само чланови групе

## Листа догађаја.

events-title = Догађаји
events-lead = Сесије учења међу колегама, вебинари, конференције, радионице, студијске посете и годишњи састанци мрежа и њихових радних група.
events-upcoming = Предстојећи догађаји
events-past = Одржани догађаји
events-found = { $count ->
    [one] { $count } догађај
    [few] { $count } догађаја
   *[other] { $count } догађаја
}
events-none = Ниједан догађај не одговара овом избору.
events-organise = Организујте догађај
events-your-calendar = Ваш календар
events-filter-kind = Врста догађаја
events-filter-network = Мрежа
events-show = Прикажи
event-your-time = Ваше време: { $time }
event-online = Путем интернета
event-places-left = { $count ->
    [one] Преостало је још { $count } место
    [few] Преостала су још { $count } места
   *[other] Преостало је још { $count } места
}
event-full = Попуњено: листа чекања је отворена
event-recorded = Снимак је доступан
event-cancelled-badge = Отказано
event-in-series = Део серије

## Страница догађаја.

event-when = Када
event-where = Где
event-languages = Језици који се говоре
event-organised-by = Организатор
event-admission = Приступ
event-places = Број места
event-places-taken = Заузета места: { $registered } од { $capacity }
event-places-unlimited = Пријављених: { $registered }, број места није ограничен
event-waiting-count = { $count ->
    [one] { $count } особа на листи чекања
    [few] { $count } особе на листи чекања
   *[other] { $count } особа на листи чекања
}
event-your-standing = Ваша пријава
event-register = Пријави се за догађај
event-request = Затражи место
event-join-waiting-list = Упиши ме на листу чекања
event-access-needs = Потребе у вези са приступачношћу (није обавезно)
event-access-needs-hint = Ово виде само организатори: приступ без степеника, превођење на знаковни језик, посебна исхрана, све што вам помаже да учествујете.
event-withdraw = Откажи моју пријаву
event-sign-in-to-register = За пријаву на догађај пријавите се на свој налог
event-meeting-link = Линк за састанак
event-meeting-link-hint = Учесници овде виде линк за састанак чим добију место.
event-add-to-calendar = Додајте у свој календар
event-calendar-file = Овај догађај (датотека .ics)
event-series-file = Цела серија (датотека .ics)
event-agenda = Програм
event-materials = Материјали
event-recording = Снимак
event-watch-recording = Погледајте снимак
event-questions = Питања и одговори
event-conclusions = Закључци
event-taken-place = Овај догађај је одржан.

## Шта организатори раде на страници догађаја.

event-organisers = За организаторе
event-participants = Учесници
event-participants-csv = Преузми листу учесника (CSV)
event-no-participants = Још се нико није пријавио.
event-cancel = Откажи овај догађај
event-cancel-confirm = Да, откажи га: календари учесника ће бити обавештени.
event-add-session = Додајте тачку у програм
event-session-starts = Почетак
event-session-ends = Завршетак
event-session-title = Наслов
event-session-speakers = Говорници
event-add-material = Додајте материјал
event-material-title = Наслов
event-material-link = Линк или број односно адреса материјала из библиотеке
event-recording-link = Линк за снимак
event-save = Сачувај

## Образац за нови догађај.

event-new-title = Организујте догађај
event-new-lead = Најавите догађај члановима. Времена се уносе према сату временске зоне коју изаберете; сви их виде у тој зони и у својој.
event-field-organiser = Организатор
event-organiser-platform = Цела платформа
event-field-kind = Врста догађаја
event-field-title = Наслов
event-field-lang = Језик ове најаве
event-field-languages = Језици који се говоре на догађају
event-field-description = Опис
event-field-time-zone = Временска зона
event-field-starts = Почетак
event-field-ends = Завршетак
event-field-online-url = Линк за састанак (за догађај путем интернета)
event-field-venue = Место одржавања (за догађај уживо)
event-field-address = Адреса
event-field-country = Земља
event-field-visibility = Ко може да га види
event-field-admission = Приступ
event-field-capacity = Број места
event-field-capacity-hint = Оставите празно ако број места није ограничен. Када се сва места попуне, отвара се листа чекања.
event-field-repeat = Понављање
event-repeat-none = Не понавља се
event-field-until = Последњи датум серије
event-create = Најави догађај

## Обавештења после слања обрасца.

event-registered = Пријављени сте. Линк за састанак и датотека календара налазе се на овој страници.
event-waiting = Сва места су заузета: на листи сте чекања и добићете место чим се неко ослободи.
event-requested = Ваш захтев је послат организаторима.
event-withdrawn = Ваша пријава је отказана.
event-created = Догађај је најављен.
event-cancelled = Догађај је отказан.
event-decided = Ваша одлука је сачувана.
event-session-added = Тачка је додата у програм.
event-material-added = Материјал је додат.
event-recording-saved = Линк за снимак је сачуван.

## Адреса календара члана.

calendar-title = Ваш календар
calendar-lead = Претплатите се на адресу свог календара у свом календарском програму (Outlook, Apple Calendar, Thunderbird, Google Calendar): тамо ће се приказивати догађаји за које сте се пријавили, увек ажурни.
calendar-address-label = Адреса вашег календара
calendar-address-once = Копирајте је одмах: приказује се само овај пут. Свако ко има ову адресу може да види ваше догађаје, зато је никоме не дајте.
calendar-has-address = Имате адресу календара. Ако сте је изгубили или је можда зна неко други, направите нову: стара ће престати да важи.
calendar-no-address = Још немате адресу календара.
calendar-make = Направи адресу мог календара
calendar-make-new = Направи нову адресу
calendar-revoke = Опозови моју адресу
calendar-public-feeds = Јавни календари
calendar-public-feeds-lead = Догађаји отворени за све, за сваку мрежу и сваку јавну радну групу, на које можете да се претплатите без пријаве.
calendar-address-made = Нова адреса вашег календара је спремна.
calendar-address-revoked = Адреса вашег календара је опозвана: календарски програми са ње више ништа не добијају.
event-participant = Учесник
error-cancel-unconfirmed = Означите поље да потврдите да се догађај отказује.
event-country-none = Није наведена

## Поруке е-поште о месту на догађају.

mail-event-place-subject = Ваше место: { $title }
mail-event-place-body = Добар дан, { $name },

    имате место на догађају „{ $title }“, { $time }.

    Догађај се налази у прилогу ове поруке: ваш календарски програм ће га додати и ажурирати ако се промени. Страница догађаја, са линком за састанак ако се догађај одржава путем интернета:
    { $link }
mail-event-cancelled-subject = Уклоњено из календара: { $title }
mail-event-cancelled-body = Добар дан, { $name },

    догађај „{ $title }“, { $time }, уклања се из вашег календара: догађај је отказан или је отказана ваша пријава.

    Приложена порука омогућава вашем календарском програму да га уклони. Страница догађаја:
    { $link }
mail-event-reminder-subject = Ускоро: { $title }
mail-event-reminder-body = Добар дан, { $name },

    подсећамо вас да догађај „{ $title }“ ускоро почиње: { $time }.

    Страница догађаја, са линком за састанак ако се догађај одржава путем интернета:
    { $link }

event-add-question = Поставите питање групама за дискусију
event-question-text = Питање
event-record-answer = Унесите одговор групе
event-answer-group = Група за дискусију
event-answer-text = Одговор групе
event-question-added = Питање је додато.
event-answer-recorded = Одговор групе је унет.

event-edit = Измените овај догађај
event-edit-save = Сачувај измене
event-saved = Догађај је сачуван. Они који имају место добијају измену у своје календаре.

## Организатори позивају чланове.

error-member-unknown = Ниједан члан нема ову адресу е-поште.
event-invite = Позови члана
event-invite-email = Адреса е-поште члана
event-invited = Позив је послат.
mail-event-invited-subject = Позив: { $title }
mail-event-invited-body = Добар дан, { $name },

    организатори вас позивају на догађај „{ $title }“, { $time }.

    Своје место потврдите на страници догађаја:
    { $link }
