## Рамката на всяка страница

site-name = EuroVET Commons
skip-to-content = Към съдържанието
nav-label = Основна навигация
nav-directory = Указател
nav-counselling = Консултиране между колеги
nav-plans = Стратегия и планове
footer-tagline = Общият дом на европейските мрежи на доставчици на професионално образование и обучение (ПОО).
search-button = Търсене
error-load = Съдържанието не можа да бъде заредено. Моля, опитайте отново след малко.

not-found-title = Страницата не е намерена
not-found-body = На този адрес няма нищо. Възможно е страницата да е преместена или връзката да е въведена грешно.
not-found-home = Към началната страница

## Държава и език

language-link = Държава и език
language-title = Изберете своята държава и език
language-lead = Изберете своята държава, а след това един от нейните езици. Всяка страница следва избора Ви, а това устройство го запомня.
language-current = Четете платформата на { $language } език.
language-countries = Държави членки и техните езици

## Начало

home-title = Доставчиците на ПОО в Европа, обединени в една мрежа
home-lead = Намерете партньори във всички мрежи членки, потърсете съвет от колеги и изградете заедно стратегията на мрежата.
home-figures = Мрежата в цифри
home-parts = Какво можете да правите тук
home-directory = Мрежи, организации и членове във всяка държава членка – и партньори за следващия Ви проект.
home-counselling = Попитайте колеги, които вече са решили проблема, и отговаряйте на собствения си език.
home-plans = Визията, стремежите и дейностите на всяка мрежа, проследявани съвместно от нейните фасилитатори.
figure-networks = { $count ->
    [one] мрежа
   *[other] мрежи
}
figure-organisations = { $count ->
    [one] организация
   *[other] организации
}
figure-members = { $count ->
    [one] член
   *[other] членове
}
figure-countries = { $count ->
    [one] държава
   *[other] държави
}

## Указател

directory-title = Указател на членовете
directory-lead = Мрежите в платформата – от международната мрежа до националните, регионалните и тематичните мрежи, които са част от нея.
directory-search-label = Търсене на мрежи по име или град
directory-tree-label = Мрежите и техните мрежи членки
directory-no-match = Няма мрежа, която да отговаря на „{ $query }“.
organisation-count = { $count ->
    [0] няма организации членки
    [one] { $count } организация членка
   *[other] { $count } организации членки
}
directory-organisations-link = Разгледайте всички организации
map-link = Карта на държавите членки

organisations-title = Организации
organisations-lead = Всички организации членки на платформата. Търсете по име, град или описание и стеснете списъка с филтрите.
organisations-search-label = Име, град или описание
organisations-found = { $count ->
    [0] Няма намерени организации
    [one] Намерена е { $count } организация
   *[other] Намерени са { $count } организации
}
organisations-none = Няма организация, която да отговаря на тези филтри. Премахнете филтър или търсете с по-малко думи.
filter-any = Всички
filter-country = Държава
filter-type = Вид организация
filter-sector = Сектор
filter-topic = Област на експертиза
filter-language = Говорим език
sort-label = Подреждане по
sort-relevance = Най-добро съвпадение
sort-name = Име
sort-newest = Първо най-новите
sort-country = Държава
page-navigation = Страници
page-previous = Предишна страница
page-next = Следваща страница
page-position = Страница { $page } от { $pages }

organisation-back = Обратно към организациите
organisation-description = За организацията
organisation-languages = Говорими езици
organisation-website = Уебсайт
organisation-networks = Мрежи
organisation-members = Членове
organisation-contact-private = Данните за контакт се показват само на влезли в профила си членове.

network-back = Обратно към указателя на членовете
network-parent = Член на
network-figures = Мрежата в цифри
network-description = За мрежата
network-member-networks = Мрежи членки
network-organisations = Организации членки
network-all-organisations = { $count ->
    [one] Показване на { $count } организация членка в списъка с организации
   *[other] Показване на всички { $count } организации членки в списъка с организации
}

map-title = Държавите членки на картата
map-lead = Всяка държава членка е оцветена според броя на своите организации членки. Изберете държава, за да видите нейните организации.
map-table = Организации членки по държави

## Консултиране между колеги

counselling-title = Консултиране между колеги
counselling-lead = Попитайте членове, които са се сблъсквали със същия въпрос, и споделете какво е проработило при Вас.

## Стратегия и планове

plans-title = Стратегия и планове за действие
plans-lead = Петгодишната стратегия на всяка мрежа, нейните стремежи и дейностите по нейния план за действие.
