## Рамката на секоја страница

site-name = EuroVET Commons
skip-to-content = Премини на содржината
nav-label = Главно мени
nav-directory = Именик
nav-counselling = Советување меѓу колеги
nav-plans = Стратегија и планови
footer-tagline = Заедничкиот дом на европските мрежи на даватели на стручно образование и обука.
search-button = Пребарај
error-load = Содржината не можеше да се вчита. Обидете се повторно за момент.

not-found-title = Страницата не е пронајдена
not-found-body = На оваа адреса нема ништо. Страницата можеби е преместена или врската е погрешно напишана.
not-found-home = Оди на почетната страница

## Земја и јазик

language-link = Земја и јазик
language-title = Изберете ја вашата земја и јазик
language-lead = Изберете ја вашата земја, а потоа еден од нејзините јазици. Секоја страница го следи вашиот избор, а овој уред го памети.
language-current = Платформата ја читате на { $language } јазик.
language-countries = Земји-членки и нивните јазици

## Почетна страница

home-title = Европските даватели на стручно образование и обука, обединети во една мрежа
home-lead = Најдете партнери во мрежите-членки, побарајте совет од колеги и заедно градете ја стратегијата на мрежата.
home-figures = Мрежата во бројки
home-parts = Што можете да правите тука
home-directory = Мрежи, организации и членови во секоја земја-членка, и партнери за вашиот следен проект.
home-counselling = Прашајте колеги што веќе го решиле истиот проблем и одговарајте на својот јазик.
home-plans = Визијата, стремежите и активностите на секоја мрежа, кои заеднички ги следат нејзините фасилитатори.
figure-networks = { $count ->
    [one] мрежа
   *[other] мрежи
}
figure-organisations = { $count ->
    [one] организација
   *[other] организации
}
figure-members = { $count ->
    [one] член
   *[other] члена
}
figure-countries = { $count ->
    [one] земја
   *[other] земји
}

## Именик

directory-title = Именик на членови
directory-lead = Мрежите на платформата, од меѓународната мрежа до националните, регионалните и тематските мрежи што припаѓаат на неа.
directory-search-label = Пребарувајте мрежи по име или град
directory-tree-label = Мрежи и нивните мрежи-членки
directory-no-match = Ниедна мрежа не одговара на „{ $query }“.
organisation-count = { $count ->
    [0] нема организации-членки
    [one] { $count } организација-членка
   *[other] { $count } организации-членки
}
directory-organisations-link = Прегледајте ги сите организации
map-link = Карта на земјите-членки

organisations-title = Организации
organisations-lead = Сите организации-членки на платформата. Пребарувајте по име, град или опис и стеснете го списокот со филтрите.
organisations-search-label = Име, град или опис
organisations-found = { $count ->
    [0] Не се пронајдени организации
    [one] Пронајдена е { $count } организација
   *[other] Пронајдени се { $count } организации
}
organisations-none = Ниедна организација не одговара на овие филтри. Отстранете еден филтер или пребарувајте со помалку зборови.
filter-any = Сите
filter-country = Земја
filter-type = Вид на организација
filter-sector = Сектор
filter-topic = Област на експертиза
filter-language = Јазик што се зборува
sort-label = Подреди по
sort-relevance = Најдобро совпаѓање
sort-name = Име
sort-newest = Најнови прво
sort-country = Земја
page-navigation = Страници
page-previous = Претходна страница
page-next = Следна страница
page-position = Страница { $page } од { $pages }

organisation-back = Назад кон организациите
organisation-description = За организацијата
organisation-languages = Јазици што се зборуваат
organisation-website = Веб-страница
organisation-networks = Мрежи
organisation-members = Членови
organisation-contact-private = Податоците за контакт се прикажуваат само на најавени членови.

network-back = Назад кон именикот на членови
network-parent = Членка на
network-figures = Мрежата во бројки
network-description = За мрежата
network-member-networks = Мрежи-членки
network-organisations = Организации-членки
network-all-organisations = { $count ->
    [one] Прикажи { $count } организација-членка во списокот на организации
   *[other] Прикажи ги сите { $count } организации-членки во списокот на организации
}

map-title = Земјите-членки на картата
map-lead = Секоја земја-членка е обоена според бројот на нејзините организации-членки. Изберете земја за да ги видите нејзините организации.
map-table = Организации-членки по земја

## Советување меѓу колеги

counselling-title = Советување меѓу колеги
counselling-lead = Прашајте членови што се соочиле со истото прашање и споделете што функционирало кај вас.

## Стратегија и планови

plans-title = Стратегија и акциски планови
plans-lead = Петгодишната стратегија на секоја мрежа, нејзините стремежи и активностите од нејзиниот акциски план.
