# Библиотека: материјали које мреже деле, на више језика.

nav-library = Библиотека
library-title = Библиотека
library-lead = Водичи, приручници, шаблони, видео-снимци и алати чланова мрежа, сваки на језицима на које је преведен.
library-add = Додајте материјал
library-add-lead = Поделите документ, ePub, видео-снимак, презентацију, шаблон или везу. Наслов и сажетак унесите на језику на којем је материјал написан; преводи могу да се додају касније.
library-add-send = Додај материјал
library-sign-in-to-add = Пријавите се да бисте додали материјал
library-found = { $count ->
    [one] { $count } материјал
    [few] { $count } материјала
   *[other] { $count } материјала
}
library-none = Ниједан материјал не одговара овој претрази.
library-search-label = Претражите наслове, сажетке и текст датотека
library-sort = Редослед
library-sort-relevance = Најбоље подударање
library-sort-newest = Најновије прво
library-file = Датотека
library-file-hint = Највише { $size } MB (видео-снимак: { $video } MB) или унесите везу до места где је датотека објављена. PDF, ePub, канцеларијски документи (OpenDocument, Word, Excel, PowerPoint), видео-снимци, аудио-снимци, слике и обичан текст.

resource-kind = Врста
resource-kind-document = Документ
resource-kind-epub = ePub
resource-kind-video = Видео-снимак
resource-kind-presentation = Презентација
resource-kind-template = Шаблон или алат
resource-kind-website = Веб-сајт
resource-kind-dataset = Скуп података

resource-audience = Коме је намењено
audience-trainers = Наставници и инструктори
audience-learners = Ученици и полазници дуалног образовања
audience-managers = Руководиоци пружалаца стручног образовања и обуке
audience-companies = Предузећа и инструктори у предузећима
audience-guidance = Саветници за каријерно вођење
audience-policymakers = Креатори политика

resource-licence = Лиценца
licence-cc-by = Ауторство (CC BY 4.0)
licence-cc-by-sa = Ауторство – Делити под истим условима (CC BY-SA 4.0)
licence-cc-by-nc = Ауторство – Некомерцијално (CC BY-NC 4.0)
licence-cc-by-nc-sa = Ауторство – Некомерцијално – Делити под истим условима (CC BY-NC-SA 4.0)
licence-cc-by-nd = Ауторство – Без прерада (CC BY-ND 4.0)
licence-cc-by-nc-nd = Ауторство – Некомерцијално – Без прерада (CC BY-NC-ND 4.0)
licence-cc0 = Јавни домен (CC0 1.0)
licence-all-rights-reserved = Сва права задржана
resource-attribution = „{ $title }“, аутор: { $author }, под лиценцом { $licence }.
resource-licence-deed = Шта лиценца дозвољава
resource-rights-reserved = © { $author }. Сва права задржана: пре поновне употребе обратите се ауторима.

resource-visibility = Ко може да га види
visibility-everyone = Сви
visibility-members = Пријављени чланови
visibility-network = Чланови његове мреже

resource-status-draft = Нацрт
resource-status-submitted = Чека преглед
resource-status-published = Објављено
resource-draft-hint = док не буде објављен, видите га само ви и фасилитатори мреже.
resource-submitted-hint = фасилитатори мреже га прегледају пре него што постане јаван.
resource-hidden = Модератор је сакрио овај материјал

resource-field-title = Наслов
resource-field-summary = Сажетак
resource-field-author = Аутори (како се наводе при признавању ауторства)
resource-field-link = Веза (веб-сајт или место где је видео-снимак објављен)
resource-field-draft = Засад задржи као нацрт
resource-language = Језик
resource-topics = Области
resource-sectors = Сектори
resource-countries = Земље
resource-network = Мрежа
resource-network-none = Цела платформа
resource-organisation = Организација
resource-added-by = Додао/ла
resource-updated = Ажурирано
resource-about = О овом материјалу
resource-original = оригинал
resource-other-languages = На другим језицима
resource-not-in-your-language = Још није доступно на језику: { $language }. Приказано је на језику на којем је написано: { $shown }.
resource-open-pdf = Отвори PDF
resource-download = Преузми
resource-open-link = Иди на материјал
resource-files = Датотеке
resource-file-name = Датотека
resource-file-size = Величина
resource-file-uploaded = Отпремљено
resource-file-current = тренутна
resource-pages = { $count ->
    [one] { $count } страница
    [few] { $count } странице
   *[other] { $count } страница
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Отпреми нову датотеку ({ $language })
resource-new-file-hint = Нова датотека постаје тренутна; раније датотеке остају на листи и и даље могу да се преузму.
resource-new-file-send = Отпреми датотеку
resource-add-translation = Додајте превод
resource-add-translation-send = Додај превод
resource-review = Преглед
resource-review-publish = Објави
resource-review-return = Врати аутору као нацрт
resource-publish = Објави

resource-added = Материјал је додат.
resource-version-added = Превод је додат.
resource-file-added = Нова датотека је отпремљена; претходна је и даље на листи.
resource-published = Материјал је објављен.
resource-submitted = Материјал је послат на преглед: фасилитатори мреже га прегледају пре него што постане јаван.
resource-returned = Материјал је враћен аутору као нацрт.

upload-progress = Отпремање: { $percent }%
upload-failed = Отпремање није успело. Покушајте поново.

error-file-too-large = Датотека прелази ограничење за ову врсту материјала. Уместо тога поделите везу до места где је објављена.
error-file-missing = Изаберите датотеку или унесите везу.
error-upload-incomplete = Отпремање је прекинуто пре него што је стигла цела датотека. Ништа није сачувано; покушајте поново.
error-file-type-refused = Библиотека не прихвата ову врсту датотеке. Програми и архиве се одбијају; прихватају се датотеке ePub, OpenDocument и Office.
error-file-type-mismatch = Садржај датотеке не одговара њеном називу: датотека са наставком .pdf мора бити PDF.
error-file-name-invalid = Назив датотеке садржи знакове који нису дозвољени у називу датотеке или је предугачак (највише 200 знакова).
error-file-unreadable = Датотека не може да се прочита: оштећена је или би након распакивања била далеко већа него што јесте.
error-file-duplicate = Управо ова датотека је већ тренутна датотека ове верзије.
error-link-invalid = Веза мора бити веб-адреса која почиње са https:// или http://.
error-version-exists = Материјал већ има верзију на овом језику.
error-not-a-form = Овај захтев није образац који библиотека може да прочита.
error-back-to-form = Назад на образац

## Збирке (пакети алата)

collections-title = Пакети алата
collections-lead = Збирке материјала које су фасилитатори мрежа саставили за одређену област или мрежу; уз сваки материјал стоји белешка о томе зашто је уврштен.
collections-none = Још нема ниједног пакета алата.
collection-count = { $count ->
    [one] { $count } материјал
    [few] { $count } материјала
   *[other] { $count } материјала
}
collection-new = Нови пакет алата
collection-new-lead = Пакет алата окупља материјале из библиотеке редоследом који сами изаберете. Материјале у њега додајете са њихових страница.
collection-description = Чему служи пакет алата
collection-create = Направи пакет алата
collection-curator = Саставио/ла
collection-empty = Овај пакет алата још не садржи ниједан материјал.
collection-unseen = { $count ->
    [one] Још { $count } материјал из овог пакета алата могу да виде само пријављени чланови или чланови једне мреже.
    [few] Још { $count } материјала из овог пакета алата могу да виде само пријављени чланови или чланови једне мреже.
   *[other] Још { $count } материјала из овог пакета алата могу да виде само пријављени чланови или чланови једне мреже.
}
collection-add-hint = Да бисте додали материјал, отворите га у библиотеци и изаберите „Додајте у пакет алата“.
collection-item-up = Помери нагоре
collection-item-down = Помери надоле
collection-item-remove = Уклони из пакета алата
collection-item-note = Белешка
collection-item-note-save = Сачувај белешку
collection-note = Зашто је у пакету алата (није обавезно)
collection-add-to = Додајте у пакет алата
collection-which = Пакет алата
collection-add-send = Додај у пакет алата
collection-created = Пакет алата је направљен. Материјале у њега додајте са њихових страница.
collection-saved = Пакет алата је сачуван.
collection-item-added = Материјал је додат у пакет алата.

## Где се материјал користи и прилагање материјала

used-in-title = Где се користи
used-in-collection = Пакет алата
used-in-thread = Саветовање међу колегама
used-in-activity = Акциони план
attached-title = Материјали из библиотеке
attached-add = Приложите материјал
attached-resource = Материјал
attached-resource-hint = Адреса његове странице у библиотеци или његов број.
attached-add-send = Приложи
attached-remove = Уклони
resource-attached = Материјал је приложен.
resource-detached = Материјал је уклоњен.
activity-resources = Материјали
activity-resources-none = Овој активности није приложен ниједан материјал из библиотеке.
error-resource-unknown = У библиотеци нема материјала са том адресом или бројем коме имате приступ.
error-already-listed = Овај материјал је већ овде.

## Измене, пријаве и преглед

resource-edit = Измени
resource-edit-lead = Измените податке који описују материјал, као и наслов, сажетак и везу једне од његових језичких верзија. Датотеке се додају на страници материјала; раније датотеке се задржавају.
resource-edit-version = Верзија на језику: { $language }
resource-edit-other-versions = Измени другу језичку верзију
resource-edit-save = Сачувај измене
resource-saved = Измене су сачуване.
resource-flag = Пријави
resource-flagged = Хвала: рецензенти библиотеке ће погледати овај материјал.
resource-moderation-hide = Сакриј материјал
resource-moderation-restore = Поново прикажи материјал
resource-moderation-dismiss = Задржи материјал какав јесте
library-review-title = Преглед материјала библиотеке
library-review-waiting = Чекају одлуку
library-review-none = Ниједан материјал не чека преглед нити је пријављен.
library-review-resource = Материјал
