## Üritused: miks kellaaega, kohtade arvu või registreerumist vastu ei võeta.

error-time-zone-unknown = Valige ajavöönd loendist.
error-wall-time-skipped = Seda kellaaega ei ole sel päeval selles ajavööndis olemas: kellad keeratakse tund aega edasi. Valige muu kellaaeg.
error-wall-time-repeated = See kellaaeg esineb sel päeval selles ajavööndis kaks korda: kellad keeratakse tund aega tagasi. Valige muu kellaaeg.
error-capacity-invalid = Kohtade arv peab olema täisarv, mis on vähemalt 1. Kui kohtade arv ei ole piiratud, jätke väli tühjaks.
error-already-registered = Olete sellele üritusele juba registreerunud.
error-event-past = See üritus on juba toimunud.
error-event-cancelled = See üritus on tühistatud.
error-invitation-only = Kohti sellele üritusele antakse ainult kutse alusel. Kui soovite osaleda, pöörduge korraldajate poole.
error-group-archived = Selle töörühma volitused on lõppenud: see on arhiveeritud ja seda ei saa enam muuta.
error-last-leader = Töörühmal peab olema vähemalt üks juht. Enne tagasiastumist määrake uus juht.
error-place-missing = Sisestage videokoosoleku link, toimumiskoht või mõlemad.
error-series-too-long = Sarjas võib olla kuni 150 kordust. Valige varasem lõppkuupäev.
error-event-unknown = Sellel aadressil ei ole üritust või see ei ole teile avatud.
error-group-unknown = Sellel aadressil ei ole töörühma või see ei ole teile avatud.
error-calendar-address-revoked = See kalendriaadress on tühistatud. Kopeerige oma uus aadress oma kalendri lehelt.
error-not-registered = Te ei ole sellele üritusele registreerunud.

## Ürituste liigid.

event-kind-peer-learning = Vastastikuse õppimise kohtumine
event-kind-webinar = Veebiseminar
event-kind-e-conference = Veebikonverents
event-kind-workshop = Õpituba
event-kind-study-visit = Õppevisiit
event-kind-annual-meeting = Aastakoosolek

## Kuidas saada üritusele koht või liituda töörühmaga.

admission-open = Avatud kõigile
admission-request = Taotluse alusel, korraldajate kinnitusel
admission-invitation = Ainult kutse alusel

## Liikme olek ürituse suhtes.

attendance-registered = Registreeritud
attendance-waiting = Ootenimekirjas
attendance-requested = Taotlus saadetud
attendance-invited = Kutsutud
attendance-cancelled = Registreerimine tühistatud
attendance-declined = Taotlus tagasi lükatud

## Kuidas üritusesari kordub.

recurrence-weekly = Iga nädal
recurrence-monthly = Iga kuu samal nädalapäeval

## Kes näeb töörühma.

group-visibility-public = Avalik
group-visibility-members = Sisseloginud liikmed
group-visibility-hidden = Ainult rühma liikmed
