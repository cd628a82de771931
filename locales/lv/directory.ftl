## Kataloga rediģēšana: organizācijas, partneru meklēšana, dalībnieki, tīkli, importēšana.

organisations-export = Lejupielādēt šo sarakstu CSV formātā
filter-offers = Piedāvā partnerību
filter-seeks = Meklē partnerību

organisation-edit = Rediģēt šo organizāciju
organisation-edit-title = Organizācijas rediģēšana
organisation-edit-back = Atpakaļ uz organizācijas lapu
organisation-edit-not-allowed = Organizāciju drīkst rediģēt tikai tās dalībnieki un platformas koordinatori.
organisation-save = Saglabāt organizāciju
organisation-saved = Organizācija ir saglabāta.
field-organisation-name = Organizācijas nosaukums
field-city = Pilsēta
field-description = Apraksts
field-description-language = Apraksta valoda
field-topics = Kompetences jomas

partnerships-page-title = Partneru meklēšana
partnerships-lead = Ko tīklu organizācijas piedāvā un ko tās meklē. Filtrējiet pēc partnerības veida, tēmas un valsts.
partnerships-title = Piedāvājumi un vajadzības
partnerships-none-here = Šī organizācija vēl nav norādījusi nevienu piedāvājumu vai vajadzību.
partnerships-none = Šiem filtriem neatbilst neviens piedāvājums vai vajadzība.
partnerships-found = { $count ->
    [zero] { $count } piedāvājumi un vajadzības
    [one] { $count } piedāvājums vai vajadzība
   *[other] { $count } piedāvājumi un vajadzības
}
partnership-add = Pievienot piedāvājumu vai vajadzību
partnership-add-submit = Pievienot
partnership-added = Piedāvājums vai vajadzība ir pievienota.
partnership-withdraw = Atsaukt
partnership-removed = Piedāvājums vai vajadzība ir atsaukta.
partnership-any-country = Gaidīti partneri no jebkuras valsts
partnership-open-to = Gaidīti partneri no šādām valstīm: { $countries }
field-direction = Piedāvājums vai vajadzība
field-partnership-kind = Partnerības veids
field-open-to = Gaidīti partneri no šādām valstīm
field-open-to-hint = Lai gaidītu partnerus no visām valstīm, neizvēlieties nevienu; lai izvēlētos vairākas, turiet nospiestu Ctrl (vai ⌘).
suggestions-title = Iespējamie partneri
suggestions-intro = Citu organizāciju piedāvājumi, kas atbilst šīs organizācijas vajadzībām: tas pats partnerības veids un vismaz viena kopīga tēma.
suggestions-mine = Iespējamie partneri jūsu organizācijai
suggestion-for = Atbilst vajadzībai: { $kind }

memberships-title = Dalība tīklos
memberships-intro = Tīkli, kurus jūs koordinējat: pievienojiet šo organizāciju, mainiet tās dalības līmeni vai izslēdziet to.
membership-add = Pievienot tīklam
membership-save = Mainīt līmeni
membership-remove = Izslēgt no tīkla
membership-saved = Dalība ir saglabāta.
membership-removed = Organizācija ir izslēgta no tīkla.
field-level = Dalības līmenis
field-network = Tīkls

network-facilitators = Tīkla koordinatori
field-expertise = Specializētās zināšanas
member-no-expertise = Specializētās zināšanas vēl nav norādītas.

network-create = Izveidot tīklu
network-create-submit = Izveidot šo tīklu
network-created = Tīkls ir izveidots.
field-network-name = Tīkla nosaukums
field-network-kind = Tīkla veids
field-network-parent = Ietilpst tīklā
network-no-parent = Nevienā (augstākā līmeņa tīkls)
network-no-country = Nav (starptautisks vai tematisks tīkls)
network-country-hint = Nacionālajiem un reģionālajiem tīkliem jānorāda valsts.

import-title = Organizāciju importēšana
import-lead = Pievienojiet tīklam uzreiz daudz organizāciju no CSV faila. Pirms kaut kas tiek importēts, jūs redzēsiet katras rindas pārbaudes rezultātu.
import-not-allowed = Organizācijas drīkst importēt tikai tīkla koordinatori un platformas koordinatori.
import-columns = Faila pirmajā rindā ir norādīti kolonnu nosaukumi: { $required } (obligātās) un { $optional } (neobligātās). Kolonnas var būt jebkurā secībā, atdalītas ar komatiem vai semikoliem.
import-lists-hint = Nozarēm, tēmām un valodām var norādīt vairākas ar semikolu atdalītas vērtības, izmantojot tās pašas atslēgas kā eksportētajā sarakstā; līmenis ir „core”, „member” vai „associate” (ja tukšs – „member”).
import-network = Tīkls, kuram pievienojas organizācijas
import-file = CSV fails (UTF-8)
import-upload = Pārbaudīt failu
import-preview-title = Importēšanas priekšskatījums
import-preview-heading = Faila { $file } importēšana tīklā { $network }
import-summary = { $ready ->
    [zero] { $ready } organizācijas gatavas importēšanai
    [one] { $ready } organizācija gatava importēšanai
   *[other] { $ready } organizācijas gatavas importēšanai
}, { $problems ->
    [zero] { $problems } problēmas
    [one] { $problems } problēma
   *[other] { $problems } problēmas
}.
import-problems = Rindas ar problēmām
import-fix-and-upload = Kamēr kādā rindā ir problēma, nekas netiek importēts. Izlabojiet failu un augšupielādējiet to vēlreiz.
import-ready = Importēšanai gatavās rindas
import-line = Rinda
import-column = Kolonna
import-problem = Problēma
import-value = Vērtība failā
import-apply = { $count ->
    [zero] Importēt { $count } organizācijas
    [one] Importēt { $count } organizāciju
   *[other] Importēt { $count } organizācijas
}
import-applied = Organizācijas ir importētas.
import-done = { $count ->
    [zero] Importētas { $count } organizācijas.
    [one] Importēta { $count } organizācija.
   *[other] Importētas { $count } organizācijas.
}
import-another = Importēt citu failu

error-text-missing = Aizpildiet šo lauku.
error-choice-unknown = Izvēlieties kādu no piedāvātajām vērtībām.
error-website-invalid = Ievadiet tīmekļa adresi, kas sākas ar https:// vai http://.
error-topic-missing = Izvēlieties vismaz vienu tēmu.
error-already-member = Šī organizācija jau ir šī tīkla dalīborganizācija.
error-organisation-exists = Šajā pilsētā jau ir organizācija ar šādu nosaukumu.
error-import-unreadable = Failu neizdevās nolasīt kā organizāciju tabulu. Pārbaudiet, vai tas ir UTF-8 kodējuma CSV fails, kura pirmajā rindā ir norādītas obligātās kolonnas.
error-import-empty = Failā nav nevienas organizācijas.
error-import-too-large = Fails ir pārāk liels: ne vairāk kā 5 MB un 20 000 organizāciju.
error-import-has-errors = Dažās rindās ir problēmas, tāpēc nekas netika importēts.
error-import-applied = Šis fails jau ir importēts.
error-limit-reached = Sasniegts ierobežojums: pirms jauna ieraksta pievienošanas noņemiet kādu no esošajiem.
