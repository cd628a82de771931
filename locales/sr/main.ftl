## Оквир сваке странице

site-name = EuroVET Commons
skip-to-content = Пређи на садржај
nav-label = Главни мени
nav-directory = Именик
nav-counselling = Саветовање међу колегама
nav-plans = Стратегија и планови
footer-tagline = Заједнички дом европских мрежа пружалаца стручног образовања и обуке.
search-button = Претражи
error-load = Садржај није могао да се учита. Покушајте поново за тренутак.

not-found-title = Страница није пронађена
not-found-body = На овој адреси нема ничега. Страница је можда премештена или је веза погрешно откуцана.
not-found-home = Иди на почетну страницу

## Земља и језик

language-link = Земља и језик
language-title = Изаберите своју земљу и језик
language-lead = Изаберите своју земљу, а затим један од њених језика. Свака страница прати ваш избор, а овај уређај га памти.
language-current = Платформу читате на језику: { $language }.
language-countries = Земље чланице и њихови језици

## Почетна страница

home-title = Европски пружаоци стручног образовања, уједињени у једну мрежу
home-lead = Пронађите партнере у мрежама чланицама, затражите савет од колега и заједно градите стратегију мреже.
home-figures = Мрежа у бројкама
home-parts = Шта овде можете да урадите
home-directory = Мреже, организације и чланови у свакој земљи чланици, и партнери за ваш следећи пројекат.
home-counselling = Питајте колеге који су већ решили исти проблем и одговорите на свом језику.
home-plans = Визија, тежње и активности сваке мреже, које њени фасилитатори заједно прате.
figure-networks = { $count ->
    [one] мрежа
    [few] мреже
   *[other] мрежа
}
figure-organisations = { $count ->
    [one] организација
    [few] организације
   *[other] организација
}
figure-members = { $count ->
    [one] члан
    [few] члана
   *[other] чланова
}
figure-countries = { $count ->
    [one] земља
    [few] земље
   *[other] земаља
}

## Именик

directory-title = Именик чланова
directory-lead = Мреже платформе, од међународне мреже до националних, регионалних и тематских мрежа које јој припадају.
directory-search-label = Претражите мреже по називу или граду
directory-tree-label = Мреже и њихове мреже чланице
directory-no-match = Ниједна мрежа не одговара упиту „{ $query }“.
organisation-count = { $count ->
    [0] нема организација чланица
    [one] { $count } организација чланица
    [few] { $count } организације чланице
   *[other] { $count } организација чланица
}
directory-organisations-link = Прегледајте све организације
map-link = Мапа земаља чланица

organisations-title = Организације
organisations-lead = Све организације чланице платформе. Претражујте по називу, граду или опису и сузите листу филтерима.
organisations-search-label = Назив, град или опис
organisations-found = { $count ->
    [0] Није пронађена ниједна организација
    [one] Пронађена је { $count } организација
    [few] Пронађене су { $count } организације
   *[other] Пронађено је { $count } организација
}
organisations-none = Ниједна организација не одговара овим филтерима. Уклоните неки филтер или унесите мање речи за претрагу.
filter-any = Све
filter-country = Земља
filter-type = Врста организације
filter-sector = Сектор
filter-topic = Област стручности
filter-language = Језик који се говори
sort-label = Поређај по
sort-relevance = Најбоље подударање
sort-name = Назив
sort-newest = Најновије прво
sort-country = Земља
page-navigation = Странице
page-previous = Претходна страница
page-next = Следећа страница
page-position = Страница { $page } од { $pages }

organisation-back = Назад на организације
organisation-description = О организацији
organisation-languages = Језици који се говоре
organisation-website = Веб-сајт
organisation-networks = Мреже
organisation-members = Чланови
organisation-contact-private = Подаци за контакт приказују се само пријављеним члановима.

network-back = Назад на именик чланова
network-parent = Чланица мреже
network-figures = Мрежа у бројкама
network-description = О мрежи
network-member-networks = Мреже чланице
network-organisations = Организације чланице
network-all-organisations = { $count ->
    [one] Прикажи { $count } организацију чланицу на листи организација
    [few] Прикажи све { $count } организације чланице на листи организација
   *[other] Прикажи свих { $count } организација чланица на листи организација
}

map-title = Земље чланице на мапи
map-lead = Свака земља чланица обојена је према броју својих организација чланица. Изаберите земљу да бисте видели њене организације.
map-table = Организације чланице по земљама

## Саветовање међу колегама

counselling-title = Саветовање међу колегама
counselling-lead = Питајте чланове који су се суочили са истим питањем и поделите оно што је вама успело.

## Стратегија и планови

plans-title = Стратегија и акциони планови
plans-lead = Петогодишња стратегија сваке мреже, њене тежње и активности њеног акционог плана.
