# Библиотеката: материјали што ги споделуваат мрежите, на повеќе јазици.

nav-library = Библиотека
library-title = Библиотека
library-lead = Водичи, прирачници, шаблони, видеа и алатки од членовите на мрежите, секој на јазиците на кои е преведен.
library-add = Додајте материјал
library-add-lead = Споделете документ, ePub, видео, презентација, шаблон или врска. Внесете ги насловот и резимето на јазикот на кој е напишан материјалот; преводите може да се додадат подоцна.
library-add-send = Додај го материјалот
library-sign-in-to-add = Најавете се за да додадете материјал
library-found = { $count ->
    [one] { $count } материјал
   *[other] { $count } материјали
}
library-none = Ниеден материјал не одговара на ова пребарување.
library-search-label = Пребарувајте ги насловите, резимеата и текстот на датотеките
library-sort = Редослед
library-sort-relevance = Најдобро совпаѓање
library-sort-newest = Најнови прво
library-file = Датотека
library-file-hint = Најмногу { $size } MB (за видео: { $video } MB) или внесете врска до местото каде што е објавена датотеката. PDF, ePub, канцелариски документи (OpenDocument, Word, Excel, PowerPoint), видеа, аудиозаписи, слики и обичен текст.

resource-kind = Вид
resource-kind-document = Документ
resource-kind-epub = ePub
resource-kind-video = Видео
resource-kind-presentation = Презентација
resource-kind-template = Шаблон или алатка
resource-kind-website = Веб-страница
resource-kind-dataset = Збир на податоци

resource-audience = Наменето за
audience-trainers = Наставници и обучувачи
audience-learners = Учесници и чираци
audience-managers = Раководители на даватели на стручно образование и обука
audience-companies = Компании и обучувачи во компаниите
audience-guidance = Советници за кариерно насочување
audience-policymakers = Креатори на политики

resource-licence = Лиценца
licence-cc-by = Наведи извор (CC BY 4.0)
licence-cc-by-sa = Наведи извор – Сподели под исти услови (CC BY-SA 4.0)
licence-cc-by-nc = Наведи извор – Некомерцијално (CC BY-NC 4.0)
licence-cc-by-nc-sa = Наведи извор – Некомерцијално – Сподели под исти услови (CC BY-NC-SA 4.0)
licence-cc-by-nd = Наведи извор – Без адаптирани дела (CC BY-ND 4.0)
licence-cc-by-nc-nd = Наведи извор – Некомерцијално – Без адаптирани дела (CC BY-NC-ND 4.0)
licence-cc0 = Јавна сопственост (CC0 1.0)
licence-all-rights-reserved = Сите права се задржани
resource-attribution = „{ $title }“, автор: { $author }, под лиценцата { $licence }.
resource-licence-deed = Што дозволува лиценцата
resource-rights-reserved = © { $author }. Сите права се задржани: пред повторно да го користите, обратете се до авторите.

resource-visibility = Кој може да го види
visibility-everyone = Сите
visibility-members = Најавени членови
visibility-network = Членовите на неговата мрежа

resource-status-draft = Нацрт
resource-status-submitted = Чека преглед
resource-status-published = Објавено
resource-draft-hint = додека не биде објавен, го гледате само вие и фасилитаторите на мрежата.
resource-submitted-hint = фасилитаторите на мрежата го прегледуваат пред да стане јавен.
resource-hidden = Модератор го скри овој материјал

resource-field-title = Наслов
resource-field-summary = Резиме
resource-field-author = Автори (како што се наведуваат при наведувањето на изворот)
resource-field-link = Врска (веб-страница или местото каде што е објавено видеото)
resource-field-draft = Засега задржи го како нацрт
resource-language = Јазик
resource-topics = Теми
resource-sectors = Сектори
resource-countries = Земји
resource-network = Мрежа
resource-network-none = Целата платформа
resource-organisation = Организација
resource-added-by = Додадено од
resource-updated = Ажурирано
resource-about = За овој материјал
resource-original = оригинал
resource-other-languages = На други јазици
resource-not-in-your-language = Сè уште не е достапно на { $language } јазик: прикажано е на { $shown } јазик, на кој е напишано.
resource-open-pdf = Отвори PDF
resource-download = Преземи
resource-open-link = Оди до материјалот
resource-files = Датотеки
resource-file-name = Датотека
resource-file-size = Големина
resource-file-uploaded = Прикачено
resource-file-current = тековна
resource-pages = { $count ->
    [one] { $count } страница
   *[other] { $count } страници
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Прикачи нова датотека ({ $language })
resource-new-file-hint = Новата датотека станува тековна; претходните датотеки остануваат во списокот и сè уште може да се преземат.
resource-new-file-send = Прикачи ја датотеката
resource-add-translation = Додајте превод
resource-add-translation-send = Додај го преводот
resource-review = Преглед
resource-review-publish = Објави
resource-review-return = Врати му го на авторот како нацрт
resource-publish = Објави

resource-added = Материјалот е додаден.
resource-version-added = Преводот е додаден.
resource-file-added = Новата датотека е прикачена; претходната е сè уште во списокот.
resource-published = Материјалот е објавен.
resource-submitted = Материјалот е поднесен на преглед: фасилитаторите на мрежата го прегледуваат пред да стане јавен.
resource-returned = Материјалот е вратен кај авторот како нацрт.

upload-progress = Прикачување: { $percent }%
upload-failed = Прикачувањето не успеа. Обидете се повторно.

error-file-too-large = Датотеката е поголема од дозволеното за овој вид материјал. Наместо тоа, споделете врска до местото каде што е објавена.
error-file-missing = Изберете датотека или внесете врска.
error-upload-incomplete = Прикачувањето прекина пред да пристигне целата датотека. Ништо не е зачувано; обидете се повторно.
error-file-type-refused = Библиотеката не прифаќа ваков вид датотеки. Програмите и архивите се одбиваат; датотеките ePub, OpenDocument и Office се прифаќаат.
error-file-type-mismatch = Содржината на датотеката не одговара на нејзиното име: датотека со наставка .pdf мора да биде PDF.
error-file-name-invalid = Името на датотеката содржи знаци што не се дозволени во име на датотека или е предолго (најмногу 200 знаци).
error-file-unreadable = Датотеката не може да се прочита: оштетена е или по распакувањето би била многу поголема отколку што е.
error-file-duplicate = Токму оваа датотека веќе е тековната датотека на оваа верзија.
error-link-invalid = Врската мора да биде веб-адреса што започнува со https:// или http://.
error-version-exists = Материјалот веќе има верзија на овој јазик.
error-not-a-form = Ова барање не е формулар што библиотеката може да го прочита.
error-back-to-form = Назад кон формуларот

## Алатници (збирки материјали)

collections-title = Алатници
collections-lead = Збирки материјали што ги составиле фасилитаторите на мрежите за одредена тема или мрежа, секој материјал со белешка зошто е вклучен.
collections-none = Сè уште нема ниеден алатник.
collection-count = { $count ->
    [one] { $count } материјал
   *[other] { $count } материјали
}
collection-new = Нов алатник
collection-new-lead = Алатникот ги собира материјалите од библиотеката по редоследот што ќе го изберете. Материјалите ги додавате од нивните сопствени страници.
collection-description = За што служи алатникот
collection-create = Создај го алатникот
collection-curator = Составено од
collection-empty = Овој алатник сè уште не содржи ниеден материјал.
collection-unseen = { $count ->
    [one] Уште { $count } материјал од овој алатник е достапен само за членовите или само за една мрежа.
   *[other] Уште { $count } материјали од овој алатник се достапни само за членовите или само за една мрежа.
}
collection-add-hint = За да додадете материјал, отворете го во библиотеката и изберете „Додајте во алатник“.
collection-item-up = Помести нагоре
collection-item-down = Помести надолу
collection-item-remove = Отстрани од алатникот
collection-item-note = Белешка
collection-item-note-save = Зачувај ја белешката
collection-note = Зошто е во алатникот (незадолжително)
collection-add-to = Додајте во алатник
collection-which = Алатник
collection-add-send = Додај во алатникот
collection-created = Алатникот е создаден. Додавајте материјали во него од нивните страници.
collection-saved = Алатникот е зачуван.
collection-item-added = Материјалот е додаден во алатникот.

## Каде се користи материјалот и прикачување материјали

used-in-title = Каде се користи
used-in-collection = Алатник
used-in-thread = Советување меѓу колеги
used-in-activity = Акциски план
attached-title = Материјали од библиотеката
attached-add = Прикачете материјал
attached-resource = Материјал
attached-resource-hint = Адресата на неговата страница во библиотеката или неговиот број.
attached-add-send = Прикачи
attached-remove = Отстрани
resource-attached = Материјалот е прикачен.
resource-detached = Материјалот е отстранет.
activity-resources = Материјали
activity-resources-none = На оваа активност не е прикачен ниеден материјал од библиотеката.
error-resource-unknown = Во библиотеката нема материјал со оваа адреса или број до кој имате пристап.
error-already-listed = Овој материјал веќе е тука.

## Уредување, пријави и преглед

resource-edit = Уреди
resource-edit-lead = Изменете го описот на материјалот, како и насловот, резимето и врската на една од неговите јазични верзии. Датотеките се додаваат на страницата на материјалот; претходните се зачувуваат.
resource-edit-version = Верзија на јазик: { $language }
resource-edit-other-versions = Уреди друга јазична верзија
resource-edit-save = Зачувај ги измените
resource-saved = Измените се зачувани.
resource-flag = Пријави
resource-flagged = Ви благодариме: рецензентите на библиотеката ќе го погледнат овој материјал.
resource-moderation-hide = Скриј го материјалот
resource-moderation-restore = Прикажи го материјалот повторно
resource-moderation-dismiss = Задржи го материјалот каков што е
library-review-title = Преглед на библиотеката
library-review-waiting = Чекаат одлука
library-review-none = Ниеден материјал не чека преглед ниту е пријавен.
library-review-resource = Материјал
