## Katalogo redagavimas: organizacijos, partnerių paieška, nariai, tinklai, importavimas.

organisations-export = Atsisiųsti šį sąrašą CSV formatu
filter-offers = Siūlo partnerystę
filter-seeks = Ieško partnerystės

organisation-edit = Redaguoti šią organizaciją
organisation-edit-title = Organizacijos redagavimas
organisation-edit-back = Grįžti į organizacijos puslapį
organisation-edit-not-allowed = Organizaciją redaguoti gali tik jos pačios nariai ir platformos koordinatoriai.
organisation-save = Išsaugoti organizaciją
organisation-saved = Organizacija išsaugota.
field-organisation-name = Organizacijos pavadinimas
field-city = Miestas
field-description = Aprašymas
field-description-language = Aprašymo kalba
field-topics = Kompetencijos sritys

partnerships-page-title = Partnerių paieška
partnerships-lead = Ką siūlo ir ko ieško tinklų organizacijos. Filtruokite pagal partnerystės rūšį, temą ir šalį.
partnerships-title = Pasiūlymai ir poreikiai
partnerships-none-here = Ši organizacija dar nenurodė jokių pasiūlymų ar poreikių.
partnerships-none = Šių filtrų neatitinka nė vienas pasiūlymas ar poreikis.
partnerships-found = { $count ->
    [one] { $count } pasiūlymas ar poreikis
    [few] { $count } pasiūlymai ir poreikiai
    [many] { $count } pasiūlymo ir poreikio
   *[other] { $count } pasiūlymų ir poreikių
}
partnership-add = Pridėti pasiūlymą ar poreikį
partnership-add-submit = Pridėti
partnership-added = Pasiūlymas ar poreikis pridėtas.
partnership-withdraw = Atšaukti
partnership-removed = Pasiūlymas ar poreikis atšauktas.
partnership-any-country = Laukiami partneriai iš bet kurios šalies
partnership-open-to = Laukiami partneriai iš šių šalių: { $countries }
field-direction = Pasiūlymas ar poreikis
field-partnership-kind = Partnerystės rūšis
field-open-to = Laukiami partneriai iš šių šalių
field-open-to-hint = Jei laukiate partnerių iš visų šalių, nepasirinkite nė vienos; norėdami pasirinkti kelias, laikykite nuspaudę Ctrl (arba ⌘).
suggestions-title = Galimi partneriai
suggestions-intro = Kitų organizacijų pasiūlymai, atitinkantys šios organizacijos poreikius: ta pati partnerystės rūšis ir bent viena bendra tema.
suggestions-mine = Galimi partneriai jūsų organizacijai
suggestion-for = Atitinka poreikį: { $kind }

memberships-title = Narystė tinkluose
memberships-intro = Tinklai, kuriuos koordinuojate: įtraukite šią organizaciją, pakeiskite jos narystės lygį arba ją pašalinkite.
membership-add = Įtraukti į tinklą
membership-save = Pakeisti lygį
membership-remove = Pašalinti iš tinklo
membership-saved = Narystė išsaugota.
membership-removed = Organizacija pašalinta iš tinklo.
field-level = Narystės lygis
field-network = Tinklas

network-facilitators = Tinklo koordinatoriai
field-expertise = Ekspertinės žinios
member-no-expertise = Ekspertinės žinios dar nenurodytos.

network-create = Sukurti tinklą
network-create-submit = Sukurti šį tinklą
network-created = Tinklas sukurtas.
field-network-name = Tinklo pavadinimas
field-network-kind = Tinklo rūšis
field-network-parent = Priklauso tinklui
network-no-parent = Nė vienam (aukščiausio lygmens tinklas)
network-no-country = Nenurodyta (tarptautinis arba teminis tinklas)
network-country-hint = Nacionaliniams ir regioniniams tinklams būtina nurodyti šalį.

import-title = Organizacijų importavimas
import-lead = Iš CSV failo vienu kartu įtraukite į tinklą daug organizacijų. Prieš ką nors importuojant, pamatysite kiekvienos eilutės patikrinimo rezultatus.
import-not-allowed = Organizacijas importuoti gali tik tinklo koordinatoriai ir platformos koordinatoriai.
import-columns = Pirmoje failo eilutėje nurodomi stulpelių pavadinimai: { $required } (privalomi) ir { $optional } (neprivalomi). Stulpeliai gali būti bet kokia tvarka, atskirti kableliais arba kabliataškiais.
import-lists-hint = Sektoriams, temoms ir kalboms galima nurodyti kelias kabliataškiais atskirtas reikšmes, naudojant tuos pačius raktus kaip eksportuotame sąraše; lygis – „core“, „member“ arba „associate“ (jei tuščia – „member“).
import-network = Tinklas, į kurį įtraukiamos organizacijos
import-file = CSV failas (UTF-8)
import-upload = Patikrinti failą
import-preview-title = Importavimo peržiūra
import-preview-heading = Failo { $file } importavimas į tinklą { $network }
import-summary = { $ready ->
    [one] { $ready } organizacija paruošta importuoti
    [few] { $ready } organizacijos paruoštos importuoti
    [many] { $ready } organizacijos paruošta importuoti
   *[other] { $ready } organizacijų paruošta importuoti
}, { $problems ->
    [one] { $problems } problema
    [few] { $problems } problemos
    [many] { $problems } problemos
   *[other] { $problems } problemų
}.
import-problems = Eilutės, kuriose yra problemų
import-fix-and-upload = Kol bent vienoje eilutėje yra problema, niekas neimportuojama. Pataisykite failą ir įkelkite jį dar kartą.
import-ready = Eilutės, paruoštos importuoti
import-line = Eilutė
import-column = Stulpelis
import-problem = Problema
import-value = Reikšmė faile
import-apply = { $count ->
    [one] Importuoti { $count } organizaciją
    [few] Importuoti { $count } organizacijas
    [many] Importuoti { $count } organizacijos
   *[other] Importuoti { $count } organizacijų
}
import-applied = Organizacijos importuotos.
import-done = { $count ->
    [one] Importuota { $count } organizacija.
    [few] Importuotos { $count } organizacijos.
    [many] Importuota { $count } organizacijos.
   *[other] Importuota { $count } organizacijų.
}
import-another = Importuoti kitą failą

error-text-missing = Užpildykite šį lauką.
error-choice-unknown = Pasirinkite vieną iš siūlomų reikšmių.
error-website-invalid = Įveskite interneto adresą, prasidedantį https:// arba http://.
error-topic-missing = Pasirinkite bent vieną temą.
error-already-member = Ši organizacija jau yra šio tinklo narė.
error-organisation-exists = Šiame mieste jau yra organizacija tokiu pavadinimu.
error-import-unreadable = Failo nepavyko nuskaityti kaip organizacijų lentelės. Patikrinkite, ar tai UTF-8 koduotės CSV failas, kurio pirmoje eilutėje nurodyti privalomi stulpeliai.
error-import-empty = Faile nėra organizacijų.
error-import-too-large = Failas per didelis: ne daugiau kaip 5 MB ir 20 000 organizacijų.
error-import-has-errors = Kai kuriose eilutėse yra problemų, todėl niekas nebuvo importuota.
error-import-applied = Šis failas jau importuotas.
error-limit-reached = Pasiektas limitas: prieš pridėdami naują įrašą, pašalinkite kurį nors esamą.
