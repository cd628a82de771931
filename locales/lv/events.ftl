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
