## Редактиране на указателя: организации, търсене на партньори, членове, мрежи, импортиране.

organisations-export = Изтегляне на този списък като CSV
filter-offers = Предлага партньорство
filter-seeks = Търси партньорство

organisation-edit = Редактиране на тази организация
organisation-edit-title = Редактиране на организацията
organisation-edit-back = Обратно към организацията
organisation-edit-not-allowed = Организацията може да бъде редактирана само от нейните членове и от координаторите на платформата.
organisation-save = Запазване на организацията
organisation-saved = Организацията е запазена.
field-organisation-name = Име на организацията
field-city = Град
field-description = Описание
field-description-language = Език на описанието
field-topics = Области на експертиза

partnerships-page-title = Търсене на партньори
partnerships-lead = Какво предлагат и какво търсят организациите от мрежите. Филтрирайте по вид партньорство, тема и държава.
partnerships-title = Предложения и потребности
partnerships-none-here = Тази организация все още не е посочила предложения или потребности.
partnerships-none = Няма предложения или потребности, които да отговарят на тези филтри.
partnerships-found = { $count ->
    [one] { $count } предложение или потребност
   *[other] { $count } предложения и потребности
}
partnership-add = Добавяне на предложение или потребност
partnership-add-submit = Добавяне
partnership-added = Добавихте предложение или потребност.
partnership-withdraw = Оттегляне
partnership-removed = Оттеглихте предложението или потребността.
partnership-any-country = Приемат се партньори от всички държави
partnership-open-to = Приемат се партньори от: { $countries }
field-direction = Предложение или потребност
field-partnership-kind = Вид партньорство
field-open-to = Приемат се партньори от
field-open-to-hint = Не избирайте нито една държава, за да приемате партньори от всички държави; задръжте Ctrl (или ⌘), за да изберете няколко.
suggestions-title = Възможни партньори
suggestions-intro = Предложения на други организации, които отговарят на потребностите на тази организация: същият вид партньорство и поне една обща тема.
suggestions-mine = Възможни партньори за Вашата организация
suggestion-for = Отговаря на потребността: { $kind }

memberships-title = Членство в мрежи
memberships-intro = Мрежите, на които сте фасилитатор: добавете тази организация, променете нивото ѝ на членство или я премахнете.
membership-add = Добавяне към мрежата
membership-save = Промяна на нивото
membership-remove = Премахване от мрежата
membership-saved = Членството е запазено.
membership-removed = Организацията е премахната от мрежата.
field-level = Ниво на членство
field-network = Мрежа

network-facilitators = Фасилитатори
field-expertise = Експертиза
member-no-expertise = Все още не е посочена експертиза.

network-create = Създаване на мрежа
network-create-submit = Създаване на мрежата
network-created = Мрежата е създадена.
field-network-name = Име на мрежата
field-network-kind = Вид мрежа
field-network-parent = Член на мрежата
network-no-parent = Няма (мрежа на най-горно ниво)
network-no-country = Няма (международна или тематична мрежа)
network-country-hint = За националните и регионалните мрежи трябва да се посочи държава.

import-title = Импортиране на организации
import-lead = Добавете наведнъж много организации към мрежа от CSV файл. Преди да бъде импортирано каквото и да е, ще видите резултата от проверката на всеки ред.
import-not-allowed = Само фасилитаторите на дадена мрежа и координаторите на платформата могат да импортират организации.
import-columns = Първият ред на файла съдържа имената на колоните: { $required } (задължителни) и { $optional } (незадължителни). Колоните може да са в произволен ред, разделени със запетаи или с точки и запетаи.
import-lists-hint = Секторите, темите и езиците приемат по няколко стойности, разделени с точка и запетая, със същите ключове като в експортиран списък; нивото е „core“, „member“ или „associate“ („member“, ако полето е празно).
import-network = Мрежа, към която се присъединяват организациите
import-file = CSV файл (UTF-8)
import-upload = Проверка на файла
import-preview-title = Преглед преди импортиране
import-preview-heading = Импортиране на { $file } в мрежата { $network }
import-summary = { $ready ->
    [one] { $ready } организация е готова за импортиране
   *[other] { $ready } организации са готови за импортиране
}, { $problems ->
    [one] { $problems } проблем
   *[other] { $problems } проблема
}.
import-problems = Редове с проблеми
import-fix-and-upload = Нищо не се импортира, докато има ред с проблем. Коригирайте файла и го качете отново.
import-ready = Редове, готови за импортиране
import-line = Ред
import-column = Колона
import-problem = Проблем
import-value = Стойност във файла
import-apply = { $count ->
    [one] Импортиране на { $count } организация
   *[other] Импортиране на { $count } организации
}
import-applied = Организациите са импортирани.
import-done = { $count ->
    [one] Импортирана е { $count } организация.
   *[other] Импортирани са { $count } организации.
}
import-another = Импортиране на друг файл

error-text-missing = Попълнете това поле.
error-choice-unknown = Изберете една от предложените стойности.
error-website-invalid = Въведете уеб адрес, който започва с https:// или http://.
error-topic-missing = Изберете поне една тема.
error-already-member = Тази организация вече е член на мрежата.
error-organisation-exists = В този град вече има организация с това име.
error-import-unreadable = Файлът не можа да бъде прочетен като таблица с организации. Проверете дали това е CSV файл с кодиране UTF-8, чийто първи ред съдържа имената на задължителните колони.
error-import-empty = Във файла няма организации.
error-import-too-large = Файлът е твърде голям: допускат се най-много 5 MB и 20 000 организации.
error-import-has-errors = Някои редове имат проблеми, затова нищо не е импортирано.
error-import-applied = Този файл вече е импортиран.
error-limit-reached = Достигнат е лимитът: премахнете един запис, преди да добавите нов.
