# Бібліотека: ресурси, якими діляться мережі, кількома мовами.

nav-library = Бібліотека
library-title = Бібліотека
library-lead = Посібники, довідники, шаблони, відео та інструменти від учасників мереж — кожен ресурс доступний мовами, якими його перекладено.
library-add = Додати ресурс
library-add-lead = Поділіться документом, ePub, відео, презентацією, шаблоном або посиланням. Вкажіть назву й анотацію мовою, якою написано ресурс; переклади можна додати пізніше.
library-add-send = Додати ресурс
library-sign-in-to-add = Увійдіть, щоб додати ресурс
library-found = { $count ->
    [one] { $count } ресурс
    [few] { $count } ресурси
    [many] { $count } ресурсів
   *[other] { $count } ресурсу
}
library-none = Жоден ресурс не відповідає цьому запиту.
library-search-label = Пошук у назвах, анотаціях і тексті файлів
library-sort = Сортування
library-sort-relevance = За відповідністю
library-sort-newest = Спочатку нові
library-file = Файл
library-file-hint = Щонайбільше { $size } МБ (для відео — { $video } МБ), або вкажіть посилання на місце, де розміщено файл. PDF, ePub, офісні документи (OpenDocument, Word, Excel, PowerPoint), відео, аудіо, зображення та простий текст.

resource-kind = Тип
resource-kind-document = Документ
resource-kind-epub = ePub
resource-kind-video = Відео
resource-kind-presentation = Презентація
resource-kind-template = Шаблон або інструмент
resource-kind-website = Вебсайт
resource-kind-dataset = Набір даних

resource-audience = Для кого
audience-trainers = Викладачі та майстри виробничого навчання
audience-learners = Здобувачі освіти та учні
audience-managers = Керівники закладів професійної освіти
audience-companies = Підприємства та наставники на виробництві
audience-guidance = Фахівці з профорієнтації
audience-policymakers = Розробники освітньої політики

resource-licence = Ліцензія
licence-cc-by = Зазначення Авторства (CC BY 4.0)
licence-cc-by-sa = Зазначення Авторства – Поширення На Тих Самих Умовах (CC BY-SA 4.0)
licence-cc-by-nc = Зазначення Авторства – Некомерційна (CC BY-NC 4.0)
licence-cc-by-nc-sa = Зазначення Авторства – Некомерційна – Поширення На Тих Самих Умовах (CC BY-NC-SA 4.0)
licence-cc-by-nd = Зазначення Авторства – Без Похідних (CC BY-ND 4.0)
licence-cc-by-nc-nd = Зазначення Авторства – Некомерційна – Без Похідних (CC BY-NC-ND 4.0)
licence-cc0 = Суспільне надбання (CC0 1.0)
licence-all-rights-reserved = Усі права захищено
resource-attribution = «{ $title }», автори: { $author }; поширюється за ліцензією { $licence }.
resource-licence-deed = Що дозволяє ліцензія
resource-rights-reserved = © { $author }. Усі права захищено: перш ніж використовувати цей ресурс повторно, попросіть дозволу в авторів.

resource-visibility = Хто може бачити
visibility-everyone = Усі
visibility-members = Учасники, які увійшли в систему
visibility-network = Учасники мережі, до якої належить ресурс

resource-status-draft = Чернетка
resource-status-submitted = Очікує на перевірку
resource-status-published = Опубліковано
resource-draft-hint = до публікації ресурс бачите лише ви та фасилітатори мережі.
resource-submitted-hint = фасилітатори мережі перевіряють ресурс, перш ніж він стане загальнодоступним.
resource-hidden = Приховано модератором

resource-field-title = Назва
resource-field-summary = Анотація
resource-field-author = Автори (так, як їх зазначено в атрибуції)
resource-field-link = Посилання (вебсайт або місце, де розміщено відео)
resource-field-draft = Поки що зберегти як чернетку
resource-language = Мова
resource-topics = Теми
resource-sectors = Галузі
resource-countries = Країни
resource-network = Мережа
resource-network-none = Уся платформа
resource-organisation = Організація
resource-added-by = Хто додав
resource-updated = Оновлено
resource-about = Про цей ресурс
resource-original = оригінал
resource-other-languages = Іншими мовами
resource-not-in-your-language = Перекладу ще немає (мова: { $language }): ресурс показано мовою оригіналу — { $shown }.
resource-open-pdf = Відкрити PDF
resource-download = Завантажити
resource-open-link = Перейти до ресурсу
resource-files = Файли
resource-file-name = Файл
resource-file-size = Розмір
resource-file-uploaded = Завантажено
resource-file-current = поточний
resource-pages = { $count ->
    [one] { $count } сторінка
    [few] { $count } сторінки
    [many] { $count } сторінок
   *[other] { $count } сторінки
}
file-size-kb = { $size } КБ
file-size-mb = { $size } МБ

resource-new-file = Завантажити новий файл ({ $language })
resource-new-file-hint = Новий файл стає поточним; попередні файли залишаються в списку, і їх досі можна завантажити.
resource-new-file-send = Завантажити файл
resource-add-translation = Додати переклад
resource-add-translation-send = Додати переклад
resource-review = Перевірка
resource-review-publish = Опублікувати
resource-review-return = Повернути авторові як чернетку
resource-publish = Опублікувати

resource-added = Ресурс додано.
resource-version-added = Переклад додано.
resource-file-added = Новий файл завантажено; попередній залишається в списку.
resource-published = Ресурс опубліковано.
resource-submitted = Ресурс надіслано: фасилітатори мережі перевірять його, перш ніж він стане загальнодоступним.
resource-returned = Ресурс повернуто авторові як чернетку.

upload-progress = Завантаження: { $percent }%
upload-failed = Не вдалося завантажити файл. Спробуйте ще раз.

error-file-too-large = Файл перевищує ліміт для цього типу ресурсу. Натомість поділіться посиланням на місце, де його розміщено.
error-file-missing = Оберіть файл або вкажіть посилання.
error-upload-incomplete = Завантаження перервалося до того, як надійшов увесь файл. Нічого не збережено; спробуйте ще раз.
error-file-type-refused = Бібліотека не приймає файли цього типу. Програми й архіви відхиляються; файли ePub, OpenDocument і Office приймаються.
error-file-type-mismatch = Вміст файлу не відповідає його назві: файл із розширенням .pdf має бути у форматі PDF.
error-file-name-invalid = Назва файлу містить символи, неприпустимі в назві файлу, або задовга (щонайбільше 200 символів).
error-file-unreadable = Файл неможливо прочитати: він пошкоджений або після розпакування займає в багато разів більше місця, ніж сам файл.
error-file-duplicate = Саме цей файл уже є поточним файлом цієї версії.
error-link-invalid = Посилання має бути вебадресою, що починається з https:// або http://.
error-version-exists = Ресурс уже має версію цією мовою.
error-not-a-form = Цей запит не є формою, яку може прочитати бібліотека.
error-back-to-form = Назад до форми

## Добірки (набори інструментів)

collections-title = Набори інструментів
collections-lead = Добірки ресурсів, які фасилітатори мереж уклали на певну тему або для певної мережі; до кожного ресурсу додано примітку про те, чому його включено.
collections-none = Наборів інструментів ще немає.
collection-count = { $count ->
    [one] { $count } ресурс
    [few] { $count } ресурси
    [many] { $count } ресурсів
   *[other] { $count } ресурсу
}
collection-new = Новий набір інструментів
collection-new-lead = Набір інструментів об’єднує ресурси бібліотеки в порядку, який ви оберете. Додавайте до нього ресурси з їхніх сторінок.
collection-description = Для чого призначений набір
collection-create = Створити набір інструментів
collection-curator = Хто уклав
collection-empty = У цьому наборі інструментів ще немає жодного ресурсу.
collection-unseen = { $count ->
    [one] Ще { $count } ресурс цього набору доступний лише для учасників або лише для однієї мережі.
    [few] Ще { $count } ресурси цього набору доступні лише для учасників або лише для однієї мережі.
    [many] Ще { $count } ресурсів цього набору доступні лише для учасників або лише для однієї мережі.
   *[other] Ще { $count } ресурсу цього набору доступні лише для учасників або лише для однієї мережі.
}
collection-add-hint = Щоб додати ресурс, відкрийте його в бібліотеці й оберіть «Додати до набору інструментів».
collection-item-up = Перемістити вище
collection-item-down = Перемістити нижче
collection-item-remove = Вилучити з набору
collection-item-note = Примітка
collection-item-note-save = Зберегти примітку
collection-note = Чому ресурс у наборі (необов’язково)
collection-add-to = Додати до набору інструментів
collection-which = Набір інструментів
collection-add-send = Додати до набору
collection-created = Набір інструментів створено. Додавайте до нього ресурси з їхніх сторінок.
collection-saved = Набір інструментів збережено.
collection-item-added = Ресурс додано до набору інструментів.

## Де використовується ресурс і як його прикріпити

used-in-title = Де використовується
used-in-collection = Набір інструментів
used-in-thread = Взаємне консультування
used-in-activity = План дій
attached-title = Ресурси з бібліотеки
attached-add = Прикріпити ресурс
attached-resource = Ресурс
attached-resource-hint = Адреса його сторінки в бібліотеці або його номер.
attached-add-send = Прикріпити
attached-remove = Вилучити
resource-attached = Ресурс прикріплено.
resource-detached = Ресурс вилучено.
activity-resources = Ресурси
activity-resources-none = До цього заходу не прикріплено жодного ресурсу бібліотеки.
error-resource-unknown = У бібліотеці немає доступного вам ресурсу з такою адресою або номером.
error-already-listed = Цей ресурс уже тут є.

## Редагування, скарги та перевірка

resource-edit = Редагувати
resource-edit-lead = Змініть опис ресурсу, а також назву, анотацію й посилання однієї з його мовних версій. Файли додаються на сторінці ресурсу; попередні файли зберігаються.
resource-edit-version = Мовна версія: { $language }
resource-edit-other-versions = Редагувати іншу мовну версію
resource-edit-save = Зберегти зміни
resource-saved = Зміни збережено.
resource-flag = Поскаржитися
resource-flagged = Дякуємо: рецензенти бібліотеки переглянуть цей ресурс.
resource-moderation-hide = Приховати ресурс
resource-moderation-restore = Знову показати ресурс
resource-moderation-dismiss = Залишити ресурс без змін
library-review-title = Перевірка ресурсів бібліотеки
library-review-waiting = Очікують на рішення
library-review-none = Жоден ресурс не очікує на перевірку і не має скарг.
library-review-resource = Ресурс
