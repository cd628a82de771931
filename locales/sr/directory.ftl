## Уређивање именика: организације, тражење партнера, чланови, мреже, увоз.

organisations-export = Преузми ову листу као CSV
filter-offers = Нуди партнерство
filter-seeks = Тражи партнерство

organisation-edit = Измени ову организацију
organisation-edit-title = Измена организације
organisation-edit-back = Назад на организацију
organisation-edit-not-allowed = Организацију могу да мењају само њени чланови и координатори платформе.
organisation-save = Сачувај организацију
organisation-saved = Организација је сачувана.
field-organisation-name = Назив организације
field-city = Град
field-description = Опис
field-description-language = Језик описа
field-topics = Области стручности

partnerships-page-title = Тражење партнера
partnerships-lead = Шта организације из мрежа нуде и шта траже. Филтрирајте по врсти партнерства, области и земљи.
partnerships-title = Понуде и потребе
partnerships-none-here = Ова организација још није навела ниједну понуду ни потребу.
partnerships-none = Ниједна понуда ни потреба не одговара овим филтерима.
partnerships-found = { $count ->
    [one] { $count } понуда или потреба
    [few] { $count } понуде и потребе
   *[other] { $count } понуда и потреба
}
partnership-add = Додајте понуду или потребу
partnership-add-submit = Додај
partnership-added = Понуда или потреба је додата.
partnership-withdraw = Повуци
partnership-removed = Понуда или потреба је повучена.
partnership-any-country = Отворено за партнере из свих земаља
partnership-open-to = Отворено за партнере из земаља: { $countries }
field-direction = Понуда или потреба
field-partnership-kind = Врста партнерства
field-open-to = Отворено за партнере из земаља
field-open-to-hint = Ако не изаберете ниједну земљу, прихватају се партнери из свих земаља; да бисте изабрали више земаља, држите притиснут тастер Ctrl (или ⌘).
suggestions-title = Могући партнери
suggestions-intro = Понуде других организација које одговарају потребама ове организације: иста врста партнерства и бар једна заједничка област.
suggestions-mine = Могући партнери за вашу организацију
suggestion-for = Одговара на потребу: { $kind }

memberships-title = Чланство у мрежама
memberships-intro = Мреже чији сте фасилитатор: додајте ову организацију, промените ниво њеног чланства или је уклоните.
membership-add = Додај у мрежу
membership-save = Промени ниво
membership-remove = Уклони из мреже
membership-saved = Чланство је сачувано.
membership-removed = Организација је уклоњена из мреже.
field-level = Ниво чланства
field-network = Мрежа

network-facilitators = Фасилитатори мреже
field-expertise = Стручност
member-no-expertise = Стручност још није наведена.

network-create = Направите мрежу
network-create-submit = Направи мрежу
network-created = Мрежа је направљена.
field-network-name = Назив мреже
field-network-kind = Врста мреже
field-network-parent = Чланица мреже
network-no-parent = Ниједна (мрежа највишег нивоа)
network-no-country = Ниједна (међународна или тематска мрежа)
network-country-hint = За националне и регионалне мреже потребно је изабрати земљу.

import-title = Увоз организација
import-lead = Додајте одједном много организација у мрежу из CSV датотеке. Пре увоза видећете проверу сваког реда.
import-not-allowed = Организације могу да увозе само фасилитатори мреже и координатори платформе.
import-columns = Први ред датотеке садржи називе колона: { $required } (обавезне) и { $optional } (необавезне). Колоне могу бити поређане било којим редоследом, а одвајају се зарезом или тачком и зарезом.
import-lists-hint = Сектори, области и језици могу имати више вредности одвојених тачком и зарезом, са истим кључевима као у извезеној листи; ниво чланства је „core“, „member“ или „associate“ (ако је празно, „member“).
import-network = Мрежа којој се организације придружују
import-file = CSV датотека (UTF-8)
import-upload = Провери датотеку
import-preview-title = Преглед увоза
import-preview-heading = Увоз датотеке { $file } у мрежу { $network }
import-summary = { $ready ->
    [one] { $ready } организација спремна за увоз
    [few] { $ready } организације спремне за увоз
   *[other] { $ready } организација спремно за увоз
}, { $problems ->
    [one] { $problems } проблем
    [few] { $problems } проблема
   *[other] { $problems } проблема
}.
import-problems = Редови са проблемима
import-fix-and-upload = Ништа се не увози док неки ред има проблем. Исправите датотеку и поново је отпремите.
import-ready = Редови спремни за увоз
import-line = Ред
import-column = Колона
import-problem = Проблем
import-value = Вредност у датотеци
import-apply = { $count ->
    [one] Увези { $count } организацију
    [few] Увези { $count } организације
   *[other] Увези { $count } организација
}
import-applied = Организације су увезене.
import-done = { $count ->
    [one] Увезена је { $count } организација.
    [few] Увезене су { $count } организације.
   *[other] Увезено је { $count } организација.
}
import-another = Увези другу датотеку

error-text-missing = Попуните ово поље.
error-choice-unknown = Изаберите једну од понуђених вредности.
error-website-invalid = Унесите веб-адресу која почиње са https:// или http://.
error-topic-missing = Изаберите бар једну област.
error-already-member = Ова организација је већ чланица мреже.
error-organisation-exists = Организација са овим називом већ постоји у овом граду.
error-import-unreadable = Датотека није могла да се прочита као табела организација. Проверите да ли је то CSV датотека у кодирању UTF-8 чији први ред садржи називе обавезних колона.
error-import-empty = Датотека не садржи ниједну организацију.
error-import-too-large = Датотека је превелика: највише 5 MB и 20.000 организација.
error-import-has-errors = Неки редови имају проблеме, па ништа није увезено.
error-import-applied = Ова датотека је већ увезена.
error-limit-reached = Достигнуто је ограничење: уклоните један унос пре него што додате нови.
