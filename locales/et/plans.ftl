# Strateegia ja tegevuskavad

plans-none = Ükski võrgustik ei ole veel strateegiat avaldanud.
plans-back = Kõik strateegiad
plan-activity-count = { $count ->
    [one] { $count } tegevus
   *[other] { $count } tegevust
}
strategy-create-title = Uue strateegia alustamine
strategy-network = Võrgustik
strategy-create = Alusta strateegiat

## Strateegia etapid
strategy-status-draft = Kavand
strategy-status-feedback = Kommenteerimisel
strategy-status-adopted = Vastu võetud
strategy-stage = Etapp
strategy-adopt = Võta strateegia vastu
strategy-reopen = Muuda uuesti kavandiks
round-open = Ava kommenteerimisvoor
round-close = Lõpeta kommenteerimisvoor
round-opens = Alates
round-closes = Kuni
round-open-notice = Kommenteerimisvoor on avatud alates { $from } kuni { $to }.
round-comment-link = Kommenteeri kavandit

## Strateegia väljad
strategy-edit = Muuda strateegiat
strategy-fields = Visioon ja missioon
strategy-field-title = Pealkiri
strategy-field-period = Periood (aastad)
strategy-field-vision = Visioon
strategy-field-mission = Missioon
strategy-field-status = Etapp
strategy-aspirations = Eesmärgid
strategy-save = Salvesta strateegia
aspiration-field-title = Eesmärk
aspiration-field-description = Kirjeldus
aspiration-save = Salvesta eesmärk
aspiration-add-title = Eesmärgi lisamine
aspiration-add = Lisa eesmärk

## Tegevuskava
plan-progress = Edenemine:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = Strateegia tööriistad
plan-print = Prindivaade
plan-export = Laadi tegevuskava alla (CSV)
plan-present = Lehte vaatavad praegu:
plan-timeline = Tegevuskava ajatelg
plan-timeline-caption = Iga riba ulatub tegevuse alguskuupäevast tähtajani ja on täidetud vastavalt tegevuse edenemisele; punane joon tähistab tänast päeva.
plan-today = täna
plan-dates = Kuupäevad
plan-activities = Tegevused
plan-no-activities = Seda eesmärki ei toeta veel ükski tegevus.
plan-filter-aspiration = Eesmärk
plan-filter-status = Olek
plan-filter-all = Kõik
plan-filter-apply = Näita

## Tegevused
activity-status-planned = Kavandatud
activity-status-in-progress = Käimas
activity-status-done = Tehtud
activity-status-blocked = Takistatud
activity-status-cancelled = Tühistatud
activity-field-title = Tegevus
activity-field-description = Kirjeldus
activity-field-aspirations = Eesmärgid, mida tegevus toetab
activity-field-owner = Vastutaja
activity-field-contributors = Osalevad organisatsioonid
activity-field-start_on = Algus
activity-field-due_on = Tähtaeg
activity-field-status = Olek
activity-field-progress = Edenemine (%)
activity-owner-none = Vastutajat veel ei ole
activity-owner-members = Liikmed
activity-owner-organisations = Organisatsioonid
activity-add-title = Tegevuse lisamine
activity-add = Lisa tegevus
activity-edit-title = Tegevuse muutmine
activity-save = Salvesta tegevus
activity-follow = Jälgi seda tegevust
activity-unfollow = Lõpeta selle tegevuse jälgimine
activity-being-edited = Praegu muutmas: { $names }
field-changed-live = { $name } muutis just seda välja. Teie väärtus jääb siia alles; salvestamisel näidatakse mõlemat.
offline-kept = Ühendus puudub: teie muudatusi hoitakse selles brauseris ja need saadetakse ära, kui ühendus taastub.

## Mõõdikud
indicators-title = Mõõdikud
indicators-none = Mõõdikuid veel ei ole.
indicator-field-name = Mõõdik
indicator-field-target = Sihttase
indicator-field-actual = Saavutatud
indicator-reached = { $name }: { $actual }/{ $target }
indicator-edit = Mõõdik { $name }
indicator-save = Salvesta
indicator-add = Lisa mõõdik

## Vahepeal tehtud muudatused
conflict-title = Keegi muutis seda vahepeal
conflict-lead = Teie ülejäänud muudatused on salvestatud. Neid välju muutis keegi teine pärast seda, kui te vormi avasite; midagi ei kirjutatud üle. Valige iga välja puhul, mida teha.
conflict-changed-by = Muutja: { $name }, { $at } (UTC).
conflict-theirs = Teise inimese väärtus (salvestatud)
conflict-mine = Teie väärtus (salvestamata)
conflict-keep = Jäta teise inimese väärtus
conflict-replace = Asenda minu omaga
conflict-merge-label = Ühendatud tekst
conflict-merge = Salvesta ühendatud tekst
error-changed-meanwhile = Seda välja on pärast lehe avamist muudetud. Laadige leht uuesti ja proovige siis veel kord.

## Ajalugu ja versioonid
history-title = Muudatuste ajalugu
revision-created = Loodud
revision-restore = Taasta see väärtus
revision-restores = (taastab muudatuse { $number })
strategy-versions = Versioonid
versions-none = Ühtegi versiooni ei ole veel salvestatud. Versioon salvestatakse kommenteerimisvooru lõppemisel ja strateegia vastuvõtmisel.
version-now = Praegune strateegia
version-number = Versioon { $number }
version-reason-round = pärast kommenteerimisvooru
version-reason-adopted = vastu võetud
diff-from = Lähteversioon
diff-to = Võrreldav versioon
diff-compare = Võrdle
diff-title = Võrdlus: { $from } → { $to }
diff-unchanged = (muutmata)

## Kommenteerimisvoorud
comments-title = Kommentaarid
comment-title = Kommentaar kavandi kohta
comment-about = Mille kohta
comment-on-strategy = Strateegia tervikuna
comment-body = Teie kommentaar
comment-send = Saada kommentaar
comment-taken-up = Arvestatud
comment-declined = Mitte arvestatud
comment-resolution = Otsus
comment-reason = Põhjendus
comment-resolve = Otsusta

## Teated
strategy-created = Strateegia koostamist on alustatud. Kirjutage selle visioon, missioon ja eesmärgid.
strategy-saved = Salvestatud.
aspiration-added = Eesmärk on lisatud.
activity-added = Tegevus on lisatud. Määrake sellele vastutaja, kuupäevad ja mõõdikud.
activity-saved = Tegevus on salvestatud.
indicator-added = Mõõdik on lisatud.
value-restored = Varasem väärtus on taastatud uue muudatusena.
stage-open = Kommenteerimisvoor on avatud: võrgustiku liikmed saavad kommenteerida.
stage-close = Kommenteerimisvoor on lõppenud ja see versioon on salvestatud.
stage-adopt = Strateegia on vastu võetud ja see versioon on salvestatud.
stage-reopen = Strateegia on taas kavand.
comment-posted = Teie kommentaar on saadetud võrgustiku koordinaatoritele.
comment-resolved = Kommentaari kohta on otsus tehtud.
followed = Jälgite nüüd seda: saate teate, kui muutub mõni olek, vastutaja või kuupäev.
unfollowed = Te ei jälgi seda enam.

## Teavitused jälgitavate tegevuste kohta
plan-notification-status = { $name } muutis olekut tegevuses
plan-notification-owner = { $name } muutis vastutajat tegevuses
plan-notification-start_on = { $name } muutis alguskuupäeva tegevuses
plan-notification-due_on = { $name } muutis tähtaega tegevuses

## Keeldumised
error-date-invalid = Sisestage kuupäev kalendrikuupäevana (aasta, kuu, päev).
error-dates-reversed = Lõppkuupäev on enne alguskuupäeva.
error-number-invalid = Sisestage lubatud vahemikus täisarv.
error-aspiration-missing = Tegevus peab toetama vähemalt ühte eesmärki.
error-wrong-stage = Strateegia ei ole selleks vajalikus etapis (näiteks ei ole ükski kommenteerimisvoor avatud).
plan-notifications-title = Tegevused, mida jälgite
aspiration-follow = Jälgi seda eesmärki
aspiration-unfollow = Lõpeta selle eesmärgi jälgimine
