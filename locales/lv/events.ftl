## Sarīkojumi: kāpēc netiek pieņemts laiks, vietu skaits vai reģistrācija.

error-time-zone-unknown = Izvēlieties laika joslu no saraksta.
error-wall-time-skipped = Šajā dienā šajā laika joslā šāda laika nav: pulksteņus pagriež vienu stundu uz priekšu. Izvēlieties citu laiku.
error-wall-time-repeated = Šajā dienā šajā laika joslā šis laiks atkārtojas divreiz: pulksteņus pagriež vienu stundu atpakaļ. Izvēlieties citu laiku.
error-capacity-invalid = Vietu skaitam jābūt veselam skaitlim, kas nav mazāks par 1; ja ierobežojuma nav, atstājiet lauku tukšu.
error-already-registered = Jūsu reģistrācija šim sarīkojumam jau ir veikta.
error-event-past = Šis sarīkojums jau ir noticis.
error-event-cancelled = Šis sarīkojums ir atcelts.
error-invitation-only = Vietas šajā sarīkojumā piešķir tikai pēc uzaicinājuma. Ja vēlaties piedalīties, sazinieties ar organizētājiem.
error-group-archived = Šīs darba grupas pilnvaras ir beigušās: tā ir arhivēta un to vairs nevar mainīt.
error-last-leader = Darba grupai jābūt vismaz vienam vadītājam. Pirms atkāpjaties, ieceliet citu vadītāju.
error-place-missing = Norādiet videokonferences saiti, norises vietu vai abus.
error-series-too-long = Ciklā var būt ne vairāk kā 150 tikšanās reižu. Izvēlieties agrāku beigu datumu.
error-event-unknown = Šajā adresē nav sarīkojuma, vai tas jums nav pieejams.
error-group-unknown = Šajā adresē nav darba grupas, vai tā jums nav pieejama.
error-calendar-address-revoked = Šī kalendāra adrese ir atsaukta. Nokopējiet savu jauno adresi no sava kalendāra lapas.
error-not-registered = Jūsu reģistrācija šim sarīkojumam nav veikta.

## Sarīkojumu veidi.

event-kind-peer-learning = Savstarpējās mācīšanās tikšanās
event-kind-webinar = Tīmekļseminārs
event-kind-e-conference = Tiešsaistes konference
event-kind-workshop = Darbnīca
event-kind-study-visit = Pieredzes apmaiņas vizīte
event-kind-annual-meeting = Gadskārtējā sanāksme

## Kā iegūt vietu sarīkojumā vai iestāties darba grupā.

admission-open = Atvērts visiem
admission-request = Pēc pieprasījuma, ar organizētāju apstiprinājumu
admission-invitation = Tikai pēc uzaicinājuma

## Biedra statuss attiecībā uz sarīkojumu.

attendance-registered = Reģistrēts
attendance-waiting = Gaidīšanas sarakstā
attendance-requested = Pieprasījums nosūtīts
attendance-invited = Uzaicināts
attendance-cancelled = Reģistrācija atcelta
attendance-declined = Pieprasījums noraidīts

## Kā atkārtojas sarīkojumu cikls.

recurrence-weekly = Katru nedēļu
recurrence-monthly = Katru mēnesi tajā pašā nedēļas dienā

## Kas redz darba grupu.

group-visibility-public = Publiska
group-visibility-members = Pieteikušies biedri
group-visibility-hidden = Tikai grupas dalībnieki

## Sarīkojumu saraksts.

events-title = Sarīkojumi
events-lead = Tīklu un to darba grupu savstarpējās mācīšanās tikšanās, tīmekļsemināri, konferences, darbnīcas, pieredzes apmaiņas vizītes un gadskārtējās sanāksmes.
events-upcoming = Gaidāmie
events-past = Notikušie sarīkojumi
events-found = { $count ->
    [zero] { $count } sarīkojumu
    [one] { $count } sarīkojums
   *[other] { $count } sarīkojumi
}
events-none = Jūsu izvēlei neatbilst neviens sarīkojums.
events-organise = Rīkot sarīkojumu
events-your-calendar = Jūsu kalendārs
events-filter-kind = Sarīkojuma veids
events-filter-network = Tīkls
events-show = Rādīt
event-your-time = Jūsu laiks: { $time }
event-online = Tiešsaistē
event-places-left = { $count ->
    [zero] { $count } brīvu vietu
    [one] { $count } brīva vieta
   *[other] { $count } brīvas vietas
}
event-full = Vietu nav: atvērts gaidīšanas saraksts
event-recorded = Pieejams ieraksts
event-cancelled-badge = Atcelts
event-in-series = Daļa no cikla

## Sarīkojuma lapa.

event-when = Kad
event-where = Kur
event-languages = Sarīkojuma valodas
event-organised-by = Organizētājs
event-admission = Dalība
event-places = Vietas
event-places-taken = Aizņemtas { $registered } no { $capacity } vietām
event-places-unlimited = Reģistrējušies: { $registered }; vietu skaits nav ierobežots
event-waiting-count = { $count ->
    [zero] Gaidīšanas sarakstā ir { $count } cilvēku
    [one] Gaidīšanas sarakstā ir { $count } cilvēks
   *[other] Gaidīšanas sarakstā ir { $count } cilvēki
}
event-your-standing = Jūsu reģistrācija
event-register = Reģistrēties
event-request = Pieprasīt vietu
event-join-waiting-list = Pieteikties gaidīšanas sarakstā
event-access-needs = Piekļūstamības vajadzības (nav obligāti)
event-access-needs-hint = To redz tikai organizētāji: piekļuve bez pakāpieniem, zīmju valodas tulkošana, uztura vajadzības — viss, kas palīdz jums piedalīties.
event-withdraw = Atcelt manu reģistrāciju
event-sign-in-to-register = Piesakieties, lai reģistrētos
event-meeting-link = Tikšanās saite
event-meeting-link-hint = Tikšanās saite šeit tiek parādīta dalībniekiem, tiklīdz viņi ir ieguvuši vietu.
event-add-to-calendar = Pievienot savam kalendāram
event-calendar-file = Šis sarīkojums (.ics datne)
event-series-file = Viss cikls (.ics datne)
event-agenda = Darba kārtība
event-materials = Materiāli
event-recording = Ieraksts
event-watch-recording = Skatīties ierakstu
event-questions = Jautājumi un atbildes
event-conclusions = Secinājumi
event-taken-place = Šis sarīkojums ir noticis.

## Ko organizētāji dara sarīkojuma lapā.

event-organisers = Organizētājiem
event-participants = Dalībnieki
event-participants-csv = Lejupielādēt dalībnieku sarakstu (CSV)
event-no-participants = Vēl neviens nav reģistrējies.
event-cancel = Atcelt šo sarīkojumu
event-cancel-confirm = Jā, atcelt: dalībnieku kalendāri tiks informēti.
event-add-session = Pievienot darba kārtībai sesiju
event-session-starts = Sākums
event-session-ends = Beigas
event-session-title = Nosaukums
event-session-speakers = Runātāji
event-add-material = Pievienot materiālu
event-material-title = Nosaukums
event-material-link = Saite vai bibliotēkas resursa numurs vai adrese
event-recording-link = Saite uz ierakstu
event-save = Saglabāt

## Jauna sarīkojuma veidlapa.

event-new-title = Rīkot sarīkojumu
event-new-lead = Paziņojiet dalībniekiem par sarīkojumu. Laiku ievada pēc jūsu izvēlētās laika joslas pulksteņa; visi to redz gan šajā laika joslā, gan savējā.
event-field-organiser = Organizētājs
event-organiser-platform = Visa platforma
event-field-kind = Sarīkojuma veids
event-field-title = Nosaukums
event-field-lang = Šī paziņojuma valoda
event-field-languages = Sarīkojumā lietotās valodas
event-field-description = Apraksts
event-field-time-zone = Laika josla
event-field-starts = Sākums
event-field-ends = Beigas
event-field-online-url = Tikšanās saite (tiešsaistes sarīkojumam)
event-field-venue = Norises vieta (klātienes sarīkojumam)
event-field-address = Adrese
event-field-country = Valsts
event-field-visibility = Kas to redz
event-field-admission = Dalība
event-field-capacity = Vietu skaits
event-field-capacity-hint = Ja vietu skaits nav ierobežots, atstājiet tukšu. Kad visas vietas ir aizņemtas, tiek atvērts gaidīšanas saraksts.
event-field-repeat = Atkārtošanās
event-repeat-none = Neatkārtojas
event-field-until = Cikla pēdējais datums
event-create = Izziņot sarīkojumu

## Paziņojumi pēc veidlapas iesniegšanas.

event-registered = Jūs esat reģistrējies. Tikšanās saite un kalendāra datne ir šajā lapā.
event-waiting = Visas vietas ir aizņemtas: jūs esat gaidīšanas sarakstā un saņemsiet vietu, tiklīdz kāda atbrīvosies.
event-requested = Jūsu pieprasījums ir nosūtīts organizētājiem.
event-withdrawn = Jūsu reģistrācija ir atcelta.
event-created = Sarīkojums ir izziņots.
event-cancelled = Sarīkojums ir atcelts.
event-decided = Jūsu lēmums ir saglabāts.
event-session-added = Sesija ir iekļauta darba kārtībā.
event-material-added = Materiāls ir pievienots.
event-recording-saved = Ieraksta saite ir saglabāta.

## Dalībnieka kalendāra adrese.

calendar-title = Jūsu kalendārs
calendar-lead = Abonējiet savu personīgo kalendāra adresi savā kalendāra programmā (Outlook, Apple Calendar, Thunderbird, Google Calendar): sarīkojumi, kuriem esat reģistrējies, parādīsies tur un vienmēr būs aktuāli.
calendar-address-label = Jūsu kalendāra adrese
calendar-address-once = Nokopējiet to tagad: tā tiek parādīta tikai šo vienu reizi. Ikviens, kam ir šī adrese, var redzēt jūsu sarīkojumus, tāpēc paturiet to pie sevis.
calendar-has-address = Jums ir kalendāra adrese. Ja esat to pazaudējis vai to var zināt kāds cits, izveidojiet jaunu: vecā pārstās darboties.
calendar-no-address = Jums vēl nav kalendāra adreses.
calendar-make = Izveidot manu kalendāra adresi
calendar-make-new = Izveidot jaunu adresi
calendar-revoke = Atsaukt manu adresi
calendar-public-feeds = Publiskie kalendāri
calendar-public-feeds-lead = Katra tīkla un katras publiskās darba grupas visiem atvērtie sarīkojumi, kurus var abonēt bez pieteikšanās.
calendar-address-made = Jūsu jaunā kalendāra adrese ir gatava.
calendar-address-revoked = Jūsu kalendāra adrese ir atsaukta: kalendāra programmas no tās vairs neko nesaņems.
event-participant = Dalībnieks
error-cancel-unconfirmed = Atzīmējiet lodziņu, lai apstiprinātu, ka pasākums tiek atcelts.
event-country-none = Nav norādīta

## E-pasta vēstules par vietu sarīkojumā.

mail-event-place-subject = Jūsu vieta: { $title }
mail-event-place-body = Labdien, { $name }!

    Jums ir vieta sarīkojumā „{ $title }”, { $time }.

    Sarīkojums ir šīs e-pasta vēstules pielikumā: jūsu kalendāra programma to pievienos kalendāram un atjauninās, ja tajā būs izmaiņas. Sarīkojuma lapa, kurā tiešsaistes sarīkojumam ir arī tikšanās saite:
    { $link }
mail-event-cancelled-subject = Izņemts no jūsu kalendāra: { $title }
mail-event-cancelled-body = Labdien, { $name }!

    Sarīkojums „{ $title }”, { $time }, tiek izņemts no jūsu kalendāra: ir atcelts vai nu pats sarīkojums, vai jūsu reģistrācija.

    Ar pielikumā esošo ziņojumu jūsu kalendāra programma to varēs izņemt. Sarīkojuma lapa:
    { $link }
mail-event-reminder-subject = Drīz sāksies: { $title }
mail-event-reminder-body = Labdien, { $name }!

    Atgādinām: sarīkojums „{ $title }” sāksies { $time }.

    Sarīkojuma lapa, kurā tiešsaistes sarīkojumam ir arī tikšanās saite:
    { $link }

event-add-question = Uzdot jautājumu diskusiju grupām
event-question-text = Jautājums
event-record-answer = Ierakstīt grupas atbildi
event-answer-group = Diskusiju grupa
event-answer-text = Grupas atbilde
event-question-added = Jautājums ir pievienots.
event-answer-recorded = Grupas atbilde ir ierakstīta.

event-edit = Mainīt šo pasākumu
event-edit-save = Saglabāt izmaiņas
event-saved = Pasākums ir saglabāts. Tie, kam ir vieta, saņem izmaiņas savos kalendāros.

## Organizētāji uzaicina dalībniekus.

error-member-unknown = Nav neviena dalībnieka ar šo e-pasta adresi.
event-invite = Uzaicināt dalībnieku
event-invite-email = Dalībnieka e-pasta adrese
event-invited = Uzaicinājums ir nosūtīts.
mail-event-invited-subject = Jums ir uzaicinājums: { $title }
mail-event-invited-body = Labdien, { $name }!

    Organizētāji uzaicina jūs uz sarīkojumu „{ $title }”, { $time }.

    Apstipriniet savu vietu sarīkojuma lapā:
    { $link }
