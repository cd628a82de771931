# Библиотеката: ресурси, споделени от мрежите, на няколко езика.

nav-library = Библиотека
library-title = Библиотека
library-lead = Ръководства, наръчници, шаблони, видеоклипове и инструменти от членовете на мрежите – всеки на езиците, на които е преведен.
library-add = Добавяне на ресурс
library-add-lead = Споделете документ, ePub, видео, презентация, шаблон или връзка. Въведете заглавието и резюмето на езика, на който е написан ресурсът; преводи могат да бъдат добавени по-късно.
library-add-send = Добавяне на ресурса
library-sign-in-to-add = Влезте в профила си, за да добавите ресурс
library-found = { $count ->
    [one] { $count } ресурс
   *[other] { $count } ресурса
}
library-none = Няма ресурс, който да отговаря на това търсене.
library-search-label = Търсене в заглавията, резюметата и текста на файловете
library-sort = Подреждане
library-sort-relevance = Най-добро съвпадение
library-sort-newest = Първо най-новите
library-file = Файл
library-file-hint = До { $size } МБ (за видео: { $video } МБ) или посочете връзка към мястото, където е публикуван. PDF, ePub, офис документи (OpenDocument, Word, Excel, PowerPoint), видеоклипове, аудиозаписи, изображения и обикновен текст.

resource-kind = Вид
resource-kind-document = Документ
resource-kind-epub = ePub
resource-kind-video = Видео
resource-kind-presentation = Презентация
resource-kind-template = Шаблон или инструмент
resource-kind-website = Уебсайт
resource-kind-dataset = Набор от данни

resource-audience = Предназначен за
audience-trainers = Учители и обучители
audience-learners = Учащи и чираци
audience-managers = Ръководители на доставчици на ПОО
audience-companies = Предприятия и обучители в предприятията
audience-guidance = Кариерни консултанти
audience-policymakers = Създатели на политики

resource-licence = Лиценз
licence-cc-by = Признание (CC BY 4.0)
licence-cc-by-sa = Признание – Споделяне на споделеното (CC BY-SA 4.0)
licence-cc-by-nc = Признание – Некомерсиално (CC BY-NC 4.0)
licence-cc-by-nc-sa = Признание – Некомерсиално – Споделяне на споделеното (CC BY-NC-SA 4.0)
licence-cc-by-nd = Признание – Без производни (CC BY-ND 4.0)
licence-cc-by-nc-nd = Признание – Некомерсиално – Без производни (CC BY-NC-ND 4.0)
licence-cc0 = Обществено достояние (CC0 1.0)
licence-all-rights-reserved = Всички права запазени
resource-attribution = „{ $title }“ от { $author } се разпространява под лиценз { $licence }.
resource-licence-deed = Какво позволява лицензът
resource-rights-reserved = © { $author }. Всички права запазени: поискайте разрешение от авторите, преди да използвате ресурса повторно.

resource-visibility = Кой може да го вижда
visibility-everyone = Всички
visibility-members = Влезли в профила си членове
visibility-network = Членовете на неговата мрежа

resource-status-draft = Чернова
resource-status-submitted = Очаква преглед
resource-status-published = Публикуван
resource-draft-hint = само Вие и фасилитаторите на мрежата го виждате, докато не бъде публикуван.
resource-submitted-hint = фасилитаторите на мрежата го преглеждат, преди да стане публичен.
resource-hidden = Скрит от модератор

resource-field-title = Заглавие
resource-field-summary = Резюме
resource-field-author = Автори (както се посочват при признаване на авторството)
resource-field-link = Връзка (уебсайт или мястото, където е публикувано видеото)
resource-field-draft = Засега запазване като чернова
resource-language = Език
resource-topics = Тематични области
resource-sectors = Сектори
resource-countries = Държави
resource-network = Мрежа
resource-network-none = Цялата платформа
resource-organisation = Организация
resource-added-by = Добавен от
resource-updated = Актуализиран
resource-about = За този ресурс
resource-original = оригинал
resource-other-languages = На други езици
resource-not-in-your-language = Все още няма версия на { $language } език: показва се на { $shown } – езика, на който е написан.
resource-open-pdf = Отваряне на PDF файла
resource-download = Изтегляне
resource-open-link = Към ресурса
resource-files = Файлове
resource-file-name = Файл
resource-file-size = Размер
resource-file-uploaded = Качен
resource-file-current = текущ
resource-pages = { $count ->
    [one] { $count } страница
   *[other] { $count } страници
}
file-size-kb = { $size } КБ
file-size-mb = { $size } МБ

resource-new-file = Качване на нов файл ({ $language })
resource-new-file-hint = Новият файл става текущ; предишните файлове остават в списъка и все още могат да бъдат изтеглени.
resource-new-file-send = Качване на файла
resource-add-translation = Добавяне на превод
resource-add-translation-send = Добавяне на превода
resource-review = Преглед
resource-review-publish = Публикуване
resource-review-return = Връщане на автора като чернова
resource-publish = Публикуване

resource-added = Ресурсът е добавен.
resource-version-added = Преводът е добавен.
resource-file-added = Новият файл е качен; предишният остава в списъка.
resource-published = Ресурсът е публикуван.
resource-submitted = Ресурсът е изпратен: фасилитаторите на мрежата ще го прегледат, преди да стане публичен.
resource-returned = Ресурсът е върнат на автора си като чернова.

upload-progress = Качване: { $percent } %
upload-failed = Качването не беше успешно. Моля, опитайте отново.

error-file-too-large = Файлът надвишава ограничението за този вид ресурс. Вместо това споделете връзка към мястото, където е публикуван.
error-file-missing = Изберете файл или посочете връзка.
error-upload-incomplete = Качването прекъсна, преди да бъде получен целият файл. Нищо не е запазено; моля, опитайте отново.
error-file-type-refused = Библиотеката не приема този вид файлове. Програми и архиви не се приемат; файлове ePub, OpenDocument и Office се приемат.
error-file-type-mismatch = Съдържанието на файла не съответства на името му: файл с разширение .pdf трябва да бъде PDF.
error-file-name-invalid = Името на файла съдържа знаци, които не са допустими в име на файл, или е твърде дълго (най-много 200 знака).
error-file-unreadable = Файлът не може да бъде прочетен: повреден е или след разархивиране заема много повече място от собствения си размер.
error-file-duplicate = Точно този файл вече е текущият файл на тази версия.
error-link-invalid = Връзката трябва да бъде уеб адрес, започващ с https:// или http://.
error-version-exists = Ресурсът вече има версия на този език.
error-not-a-form = Тази заявка не е формуляр, който библиотеката може да прочете.
error-back-to-form = Обратно към формуляра

## Инструментариуми (колекции от ресурси)

collections-title = Инструментариуми
collections-lead = Колекции от ресурси, съставени от фасилитаторите на мрежите по дадена тема или за дадена мрежа – към всеки ресурс има бележка защо е включен.
collections-none = Все още няма инструментариум.
collection-count = { $count ->
    [one] { $count } ресурс
   *[other] { $count } ресурса
}
collection-new = Нов инструментариум
collection-new-lead = Инструментариумът събира ресурси от библиотеката в реда, който изберете. Добавяйте ресурси в него от собствените им страници.
collection-description = За какво служи инструментариумът
collection-create = Създаване на инструментариума
collection-curator = Съставен от
collection-empty = Този инструментариум все още не съдържа ресурси.
collection-unseen = { $count ->
    [one] Още { $count } ресурс от този инструментариум е достъпен само за членове или само за дадена мрежа.
   *[other] Още { $count } ресурса от този инструментариум са достъпни само за членове или само за дадена мрежа.
}
collection-add-hint = За да добавите ресурс, отворете го в библиотеката и изберете „Добавяне към инструментариум“.
collection-item-up = Преместване нагоре
collection-item-down = Преместване надолу
collection-item-remove = Премахване от инструментариума
collection-item-note = Бележка
collection-item-note-save = Запазване на бележката
collection-note = Защо е включен в инструментариума (по избор)
collection-add-to = Добавяне към инструментариум
collection-which = Инструментариум
collection-add-send = Добавяне към инструментариума
collection-created = Инструментариумът е създаден. Добавяйте ресурси в него от техните страници.
collection-saved = Инструментариумът е запазен.
collection-item-added = Ресурсът е добавен към инструментариума.

## Къде се използва ресурсът и прикачването му

used-in-title = Къде се използва
used-in-collection = Инструментариум
used-in-thread = Консултиране между колеги
used-in-activity = План за действие
attached-title = Ресурси от библиотеката
attached-add = Прикачване на ресурс
attached-resource = Ресурс
attached-resource-hint = Адресът на страницата му в библиотеката или номерът му.
attached-add-send = Прикачване
attached-remove = Премахване
resource-attached = Ресурсът е прикачен.
resource-detached = Ресурсът е премахнат.
activity-resources = Ресурси
activity-resources-none = Към тази дейност не е прикачен ресурс от библиотеката.
error-resource-unknown = В библиотеката няма ресурс с този адрес или номер, до който да имате достъп.
error-already-listed = Този ресурс вече е тук.

## Редактиране, сигнали и преглед

resource-edit = Редактиране
resource-edit-lead = Променете описанието на ресурса, както и заглавието, резюмето и връзката на една от езиковите му версии. Файловете се добавят от страницата на ресурса; предишните се запазват.
resource-edit-version = Езикова версия: { $language }
resource-edit-other-versions = Редактиране на друга езикова версия
resource-edit-save = Запазване на промените
resource-saved = Промените са запазени.
resource-flag = Подаване на сигнал
resource-flagged = Благодарим Ви: проверяващите в библиотеката ще прегледат този ресурс.
resource-moderation-hide = Скриване на ресурса
resource-moderation-restore = Повторно показване на ресурса
resource-moderation-dismiss = Запазване на ресурса без промяна
library-review-title = Преглед на библиотеката
library-review-waiting = Очакват решение
library-review-none = Няма ресурси, които очакват преглед или за които е подаден сигнал.
library-review-resource = Ресурс
