## Редагування довідника: організації, пошук партнерів, учасники, мережі, імпорт.

organisations-export = Завантажити цей список у форматі CSV
filter-offers = Пропонує партнерство
filter-seeks = Шукає партнерства

organisation-edit = Редагувати цю організацію
organisation-edit-title = Редагування організації
organisation-edit-back = Назад до організації
organisation-edit-not-allowed = Редагувати організацію можуть лише її власні учасники та координатори платформи.
organisation-save = Зберегти організацію
organisation-saved = Організацію збережено.
field-organisation-name = Назва організації
field-city = Місто
field-description = Опис
field-description-language = Мова опису
field-topics = Сфери експертизи

partnerships-page-title = Пошук партнерів
partnerships-lead = Що пропонують і чого шукають організації мереж. Фільтруйте за видом партнерства, темою та країною.
partnerships-title = Пропозиції та потреби
partnerships-none-here = Ця організація ще не зазначила жодних пропозицій чи потреб.
partnerships-none = Жодна пропозиція чи потреба не відповідає цим фільтрам.
partnerships-found = { $count ->
    [one] { $count } пропозиція або потреба
    [few] { $count } пропозиції та потреби
    [many] { $count } пропозицій та потреб
   *[other] { $count } пропозиції та потреби
}
partnership-add = Додати пропозицію або потребу
partnership-add-submit = Додати
partnership-added = Пропозицію або потребу додано.
partnership-withdraw = Відкликати
partnership-removed = Пропозицію або потребу відкликано.
partnership-any-country = Відкрито для партнерів з будь-якої країни
partnership-open-to = Відкрито для партнерів із країн: { $countries }
field-direction = Пропозиція або потреба
field-partnership-kind = Вид партнерства
field-open-to = Відкрито для партнерів із країн
field-open-to-hint = Не обирайте жодної країни, щоб приймати партнерів з усіх країн; утримуйте Ctrl (або ⌘), щоб обрати кілька.
suggestions-title = Можливі партнери
suggestions-intro = Пропозиції інших організацій, що відповідають потребам цієї організації: той самий вид партнерства і принаймні одна спільна тема.
suggestions-mine = Можливі партнери для вашої організації
suggestion-for = Відповідає потребі: { $kind }

memberships-title = Участь у мережах
memberships-intro = Мережі, у яких ви є фасилітатором: додайте цю організацію, змініть її статус учасника або вилучіть її.
membership-add = Додати до мережі
membership-save = Змінити статус
membership-remove = Вилучити з мережі
membership-saved = Участь у мережі збережено.
membership-removed = Організацію вилучено з мережі.
field-level = Статус учасника
field-network = Мережа

network-facilitators = Фасилітатори
field-expertise = Експертиза
member-no-expertise = Експертизу ще не зазначено.

network-create = Створити мережу
network-create-submit = Створити мережу
network-created = Мережу створено.
field-network-name = Назва мережі
field-network-kind = Вид мережі
field-network-parent = Входить до мережі
network-no-parent = Немає (мережа найвищого рівня)
network-no-country = Немає (міжнародна або тематична мережа)
network-country-hint = Для національних і регіональних мереж потрібно вказати країну.

import-title = Імпорт організацій
import-lead = Додайте одразу багато організацій до мережі з файлу CSV. Перш ніж щось буде імпортовано, ви побачите результат перевірки кожного рядка.
import-not-allowed = Імпортувати організації можуть лише фасилітатори мережі та координатори платформи.
import-columns = Перший рядок файлу містить назви стовпців: { $required } (обов’язкові) і { $optional } (необов’язкові). Стовпці можуть іти в будь-якому порядку й розділятися комами або крапками з комою.
import-lists-hint = Галузі, теми та мови можуть мати кілька значень, розділених крапкою з комою, з тими самими ключами, що й в експортованому списку; статус учасника — «core», «member» або «associate» (якщо поле порожнє — «member»).
import-network = Мережа, до якої приєднуються організації
import-file = Файл CSV (UTF-8)
import-upload = Перевірити файл
import-preview-title = Попередній перегляд імпорту
import-preview-heading = Імпорт файлу { $file } до мережі { $network }
import-summary = { $ready ->
    [one] { $ready } організація готова до імпорту
    [few] { $ready } організації готові до імпорту
    [many] { $ready } організацій готові до імпорту
   *[other] { $ready } організації готові до імпорту
}, { $problems ->
    [one] { $problems } проблема
    [few] { $problems } проблеми
    [many] { $problems } проблем
   *[other] { $problems } проблеми
}.
import-problems = Рядки з проблемами
import-fix-and-upload = Нічого не імпортується, доки хоча б один рядок має проблему. Виправте файл і завантажте його знову.
import-ready = Рядки, готові до імпорту
import-line = Рядок
import-column = Стовпець
import-problem = Проблема
import-value = Значення у файлі
import-apply = { $count ->
    [one] Імпортувати { $count } організацію
    [few] Імпортувати { $count } організації
    [many] Імпортувати { $count } організацій
   *[other] Імпортувати { $count } організації
}
import-applied = Організації імпортовано.
import-done = { $count ->
    [one] Імпортовано { $count } організацію.
    [few] Імпортовано { $count } організації.
    [many] Імпортовано { $count } організацій.
   *[other] Імпортовано { $count } організації.
}
import-another = Імпортувати інший файл

error-text-missing = Заповніть це поле.
error-choice-unknown = Оберіть одне із запропонованих значень.
error-website-invalid = Введіть вебадресу, що починається з https:// або http://.
error-topic-missing = Оберіть принаймні одну тему.
error-already-member = Ця організація вже є учасницею мережі.
error-organisation-exists = Організація з такою назвою вже існує в цьому місті.
error-import-unreadable = Не вдалося прочитати файл як таблицю організацій. Перевірте, чи це файл CSV у кодуванні UTF-8, перший рядок якого містить назви обов’язкових стовпців.
error-import-empty = У файлі немає жодної організації.
error-import-too-large = Файл завеликий: допускається щонайбільше 5 МБ і 20 000 організацій.
error-import-has-errors = Деякі рядки мають проблеми, тому нічого не імпортовано.
error-import-applied = Цей файл уже імпортовано.
error-limit-reached = Досягнуто ліміту: вилучіть один запис, перш ніж додавати інший.
