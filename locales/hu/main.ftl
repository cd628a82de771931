## Minden oldal kerete

site-name = EuroVET Commons
skip-to-content = Ugrás a tartalomra
nav-label = Főmenü
nav-directory = Tagjegyzék
nav-counselling = Kollegiális tanácsadás
nav-plans = Stratégia és tervek
footer-tagline = A szakképzést nyújtó intézmények európai hálózatainak közös otthona.
loading = Betöltés…
search-button = Keresés
error-load = A tartalmat nem sikerült betölteni. Kérjük, próbálja újra néhány pillanat múlva.

not-found-title = Az oldal nem található
not-found-body = Ezen a címen nincs semmi. Lehet, hogy az oldal máshová került, vagy elírás van a hivatkozásban.
not-found-home = Ugrás a kezdőlapra

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

## Kollegiális tanácsadás

counselling-title = Kollegiális tanácsadás
counselling-lead = Kérdezze azokat a tagokat, akik ugyanezzel a kérdéssel szembesültek, és ossza meg, mi vált be Önnél.
counselling-topics = Témák és az azokban jártas szervezetek
expertise-count = { $count ->
    [one] { $count } szakértelemmel rendelkező szervezet
   *[other] { $count } szakértelemmel rendelkező szervezet
}

## Stratégia és tervek

plans-title = Stratégia és cselekvési tervek
plans-lead = Az egyes hálózatok ötéves stratégiája, céljai és cselekvési tervük tevékenységei.
