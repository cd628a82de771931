## Minden oldal kerete

site-name = EuroVET Commons
skip-to-content = Ugrás a tartalomra
nav-label = Főmenü
nav-directory = Tagjegyzék
nav-counselling = Kollegiális tanácsadás
nav-plans = Stratégia és tervek
footer-tagline = A szakképzést nyújtó intézmények európai hálózatainak közös otthona.
search-button = Keresés
error-load = A tartalmat nem sikerült betölteni. Kérjük, próbálja újra néhány pillanat múlva.

not-found-title = Az oldal nem található
not-found-body = Ezen a címen nincs semmi. Lehet, hogy az oldal máshová került, vagy elírás van a hivatkozásban.
not-found-home = Ugrás a kezdőlapra

## Ország és nyelv

language-link = Ország és nyelv
language-title = Válassza ki országát és nyelvét
language-lead = Válassza ki az országát, majd annak egyik nyelvét. Minden oldal követi a választását, és ez az eszköz megjegyzi azt.
language-current = A platformot a következő nyelven olvassa: { $language }.
language-countries = Tagországok és nyelveik

## Kezdőlap

home-title = Európa szakképző intézményei egyetlen hálózatban
home-lead = Találjon partnereket az összes taghálózatban, kérjen tanácsot a kollégáktól, és alakítsa ki velük közösen a hálózat stratégiáját.
home-figures = A hálózat számokban
home-parts = Amit itt megtehet
home-directory = Hálózatok, szervezetek és tagok minden tagországban – és partnerek a következő projektjéhez.
home-counselling = Kérdezze azokat a kollégákat, akik már megoldották a problémát, és válaszoljon a saját nyelvén.
home-plans = Az egyes hálózatok jövőképe, céljai és tevékenységei, amelyeket koordinátoraik közösen követnek nyomon.
figure-networks = { $count ->
    [one] hálózat
   *[other] hálózat
}
figure-organisations = { $count ->
    [one] szervezet
   *[other] szervezet
}
figure-members = { $count ->
    [one] tag
   *[other] tag
}
figure-countries = { $count ->
    [one] ország
   *[other] ország
}

## Tagjegyzék

directory-title = Tagjegyzék
directory-lead = A platform hálózatai: a nemzetközi hálózattól a hozzá tartozó nemzeti, regionális és tematikus hálózatokig.
directory-search-label = Hálózatok keresése név vagy település szerint
directory-tree-label = Hálózatok és taghálózataik
directory-no-match = Egyetlen hálózat sem felel meg a keresésnek: „{ $query }”.
organisation-count = { $count ->
    [0] nincs tagszervezet
    [one] { $count } tagszervezet
   *[other] { $count } tagszervezet
}
directory-organisations-link = Az összes szervezet böngészése
map-link = A tagországok térképe

organisations-title = Szervezetek
organisations-lead = A platform összes tagszervezete. Keressen név, település vagy leírás szerint, és szűkítse a listát a szűrőkkel.
organisations-search-label = Név, település vagy leírás
organisations-found = { $count ->
    [0] Nincs találat
    [one] { $count } szervezet található
   *[other] { $count } szervezet található
}
organisations-none = Egyetlen szervezet sem felel meg ezeknek a szűrőknek. Távolítson el egy szűrőt, vagy keressen kevesebb szóval.
filter-any = Mind
filter-country = Ország
filter-type = Szervezettípus
filter-sector = Ágazat
filter-topic = Szakterület
filter-language = Beszélt nyelv
sort-label = Rendezés
sort-relevance = Legjobb egyezés
sort-name = Név szerint
sort-newest = Legújabbak elöl
sort-country = Ország szerint
page-navigation = Oldalak
page-previous = Előző oldal
page-next = Következő oldal
page-position = { $page }. oldal / { $pages }

organisation-back = Vissza a szervezetekhez
organisation-description = A szervezetről
organisation-languages = Beszélt nyelvek
organisation-website = Weboldal
organisation-networks = Hálózatok
organisation-members = Tagok
organisation-contact-private = Az elérhetőségek csak a bejelentkezett tagok számára láthatók.

network-back = Vissza a tagjegyzékhez
network-parent = Tagja a következő hálózatnak:
network-figures = A hálózat számokban
network-description = A hálózatról
network-member-networks = Taghálózatok
network-organisations = Tagszervezetek
network-all-organisations = { $count ->
    [one] Az egyetlen tagszervezet megjelenítése a szervezetek listájában
   *[other] Mind a(z) { $count } tagszervezet megjelenítése a szervezetek listájában
}

map-title = A tagországok a térképen
map-lead = Minden tagország színezése a tagszervezetei számát mutatja. Válasszon egy országot a szervezetei megtekintéséhez.
map-table = Tagszervezetek országonként

## Kollegiális tanácsadás

counselling-title = Kollegiális tanácsadás
counselling-lead = Kérdezze azokat a tagokat, akik ugyanezzel a kérdéssel szembesültek, és ossza meg, mi vált be Önnél.

## Stratégia és tervek

plans-title = Stratégia és cselekvési tervek
plans-lead = Az egyes hálózatok ötéves stratégiája, céljai és cselekvési tervük tevékenységei.
