## Рамка кожної сторінки

site-name = EuroVET Commons
skip-to-content = Перейти до вмісту
nav-label = Головне меню
nav-directory = Довідник
nav-counselling = Взаємне консультування
nav-plans = Стратегія і плани
footer-tagline = Спільний дім європейських мереж закладів професійної освіти і навчання.
search-button = Шукати
error-load = Не вдалося завантажити вміст. Спробуйте ще раз за мить.

not-found-title = Сторінку не знайдено
not-found-body = За цією адресою нічого немає. Можливо, сторінку перенесено або посилання введено з помилкою.
not-found-home = Перейти на головну сторінку

## Країна і мова

language-link = Країна і мова
language-title = Оберіть свою країну і мову
language-lead = Оберіть свою країну, а потім одну з її мов. Кожна сторінка враховує ваш вибір, і цей пристрій його запам’ятовує.
language-current = Ви переглядаєте платформу мовою: { $language }.
language-countries = Країни-учасниці та їхні мови

## Головна сторінка

home-title = Заклади професійної освіти Європи, об’єднані в одну мережу
home-lead = Знаходьте партнерів у мережах-учасницях, звертайтеся по пораду до колег і разом розбудовуйте стратегію мережі.
home-figures = Мережа в цифрах
home-parts = Що тут можна зробити
home-directory = Мережі, організації та учасники в кожній країні-учасниці, а також партнери для вашого наступного проєкту.
home-counselling = Запитайте колег, які вже розв’язували подібну проблему, і відповідайте своєю мовою.
home-plans = Бачення, прагнення та заходи кожної мережі, які її фасилітатори відстежують спільно.
figure-networks = { $count ->
    [one] мережа
    [few] мережі
    [many] мереж
   *[other] мережі
}
figure-organisations = { $count ->
    [one] організація
    [few] організації
    [many] організацій
   *[other] організації
}
figure-members = { $count ->
    [one] учасник
    [few] учасники
    [many] учасників
   *[other] учасника
}
figure-countries = { $count ->
    [one] країна
    [few] країни
    [many] країн
   *[other] країни
}

## Довідник

directory-title = Довідник учасників
directory-lead = Мережі платформи: від міжнародної мережі до національних, регіональних і тематичних мереж, що до неї входять.
directory-search-label = Пошук мереж за назвою або містом
directory-tree-label = Мережі та їхні мережі-учасниці
directory-no-match = Жодна мережа не відповідає запиту «{ $query }».
organisation-count = { $count ->
    [0] немає організацій-учасниць
    [one] { $count } організація-учасниця
    [few] { $count } організації-учасниці
    [many] { $count } організацій-учасниць
   *[other] { $count } організації-учасниці
}
directory-organisations-link = Переглянути всі організації
map-link = Мапа країн-учасниць

organisations-title = Організації
organisations-lead = Усі організації-учасниці платформи. Шукайте за назвою, містом або описом і звужуйте список за допомогою фільтрів.
organisations-search-label = Назва, місто або опис
organisations-found = { $count ->
    [0] Організацій не знайдено
    [one] Знайдено { $count } організацію
    [few] Знайдено { $count } організації
    [many] Знайдено { $count } організацій
   *[other] Знайдено { $count } організації
}
organisations-none = Жодна організація не відповідає цим фільтрам. Зніміть один із фільтрів або скоротіть пошуковий запит.
filter-any = Усі
filter-country = Країна
filter-type = Тип організації
filter-sector = Галузь
filter-topic = Сфера експертизи
filter-language = Мова спілкування
sort-label = Сортування
sort-relevance = За відповідністю
sort-name = За назвою
sort-newest = Спочатку нові
sort-country = За країною
page-navigation = Сторінки
page-previous = Попередня сторінка
page-next = Наступна сторінка
page-position = Сторінка { $page } з { $pages }

organisation-back = Назад до організацій
organisation-description = Про організацію
organisation-languages = Мови спілкування
organisation-website = Вебсайт
organisation-networks = Мережі
organisation-members = Учасники
organisation-contact-private = Контактні дані бачать лише учасники, які увійшли в систему.

network-back = Назад до довідника учасників
network-parent = Входить до мережі
network-figures = Мережа в цифрах
network-description = Про мережу
network-member-networks = Мережі-учасниці
network-organisations = Організації-учасниці
network-all-organisations = { $count ->
    [one] Показати { $count } організацію-учасницю в списку організацій
    [few] Показати всі { $count } організації-учасниці в списку організацій
    [many] Показати всі { $count } організацій-учасниць у списку організацій
   *[other] Показати всі { $count } організації-учасниці в списку організацій
}

map-title = Країни-учасниці на мапі
map-lead = Кожну країну-учасницю зафарбовано відповідно до кількості її організацій-учасниць. Оберіть країну, щоб побачити її організації.
map-table = Організації-учасниці за країнами

## Взаємне консультування

counselling-title = Взаємне консультування
counselling-lead = Запитайте учасників, які стикалися з тим самим питанням, і поділіться тим, що спрацювало у вас.

## Стратегія і плани

plans-title = Стратегія і плани дій
plans-lead = П’ятирічна стратегія кожної мережі, її прагнення та заходи її плану дій.
