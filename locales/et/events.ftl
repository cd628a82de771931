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

## Ürituste loend.

events-title = Üritused
events-lead = Võrgustike ja nende töörühmade vastastikuse õppimise kohtumised, veebiseminarid, konverentsid, õpitoad, õppevisiidid ja aastakoosolekud.
events-upcoming = Tulemas
events-past = Toimunud üritused
events-found = { $count ->
    [one] { $count } üritus
   *[other] { $count } üritust
}
events-none = Teie valikutele ei vasta ükski üritus.
events-organise = Korralda üritus
events-your-calendar = Teie kalender
events-filter-kind = Ürituse liik
events-filter-network = Võrgustik
events-show = Näita
event-your-time = Teie aeg: { $time }
event-online = Veebis
event-places-left = { $count ->
    [one] Jäänud { $count } koht
   *[other] Jäänud { $count } kohta
}
event-full = Kohad täis: ootenimekiri on avatud
event-recorded = Salvestis on saadaval
event-cancelled-badge = Tühistatud
event-in-series = Osa sarjast

## Ürituse leht.

event-when = Millal
event-where = Kus
event-languages = Ürituse keeled
event-organised-by = Korraldaja
event-admission = Osalemine
event-places = Kohad
event-places-taken = { $capacity } kohast on täidetud { $registered }
event-places-unlimited = Registreerunud { $registered }, kohtade arv ei ole piiratud
event-waiting-count = { $count ->
    [one] Ootenimekirjas on { $count } inimene
   *[other] Ootenimekirjas on { $count } inimest
}
event-your-standing = Teie registreerimine
event-register = Registreeru
event-request = Taotle kohta
event-join-waiting-list = Lisa mind ootenimekirja
event-access-needs = Ligipääsuvajadused (valikuline)
event-access-needs-hint = Seda näevad ainult korraldajad: trepivaba juurdepääs, viipekeele tõlge, toitumisvajadused või muu, mis aitab teil osaleda.
event-withdraw = Tühista minu registreerimine
event-sign-in-to-register = Registreerumiseks logige sisse
event-meeting-link = Koosoleku link
event-meeting-link-hint = Koosoleku link kuvatakse siin osalejatele siis, kui nad on koha saanud.
event-add-to-calendar = Lisage oma kalendrisse
event-calendar-file = See üritus (.ics-fail)
event-series-file = Kogu sari (.ics-fail)
event-agenda = Päevakava
event-materials = Materjalid
event-recording = Salvestis
event-watch-recording = Vaata salvestist
event-questions = Küsimused ja vastused
event-conclusions = Järeldused
event-taken-place = See üritus on toimunud.

## Mida korraldajad ürituse lehel teevad.

event-organisers = Korraldajatele
event-participants = Osalejad
event-participants-csv = Laadi alla osalejate nimekiri (CSV)
event-no-participants = Keegi ei ole veel registreerunud.
event-cancel = Tühista see üritus
event-cancel-confirm = Jah, tühista: osalejate kalendreid teavitatakse.
event-add-session = Lisa päevakavasse sessioon
event-session-starts = Algus
event-session-ends = Lõpp
event-session-title = Pealkiri
event-session-speakers = Esinejad
event-add-material = Lisa materjal
event-material-title = Pealkiri
event-material-link = Link või raamatukogu materjali number või aadress
event-recording-link = Salvestise link
event-save = Salvesta

## Uue ürituse vorm.

event-new-title = Korraldage üritus
event-new-lead = Teatage liikmetele üritusest. Kellaajad sisestatakse teie valitud ajavööndi järgi; kõik näevad neid nii selles ajavööndis kui ka oma ajavööndis.
event-field-organiser = Korraldaja
event-organiser-platform = Kogu platvorm
event-field-kind = Ürituse liik
event-field-title = Pealkiri
event-field-lang = Selle teadaande keel
event-field-languages = Üritusel kasutatavad keeled
event-field-description = Kirjeldus
event-field-time-zone = Ajavöönd
event-field-starts = Algus
event-field-ends = Lõpp
event-field-online-url = Koosoleku link (veebiürituse puhul)
event-field-venue = Toimumiskoht (kohapealse ürituse puhul)
event-field-address = Aadress
event-field-country = Riik
event-field-visibility = Kes üritust näevad
event-field-admission = Osalemine
event-field-capacity = Kohtade arv
event-field-capacity-hint = Kui kohtade arv ei ole piiratud, jätke väli tühjaks. Kui kohad on täis, avatakse ootenimekiri.
event-field-repeat = Kordumine
event-repeat-none = Ei kordu
event-field-until = Sarja viimane kuupäev
event-create = Avalda üritus

## Teated pärast vormi saatmist.

event-registered = Olete registreerunud. Koosoleku link ja kalendrifail on sellel lehel.
event-waiting = Kohad on täis: olete ootenimekirjas ja saate koha kohe, kui mõni vabaneb.
event-requested = Teie taotlus on korraldajatele saadetud.
event-withdrawn = Teie registreerimine on tühistatud.
event-created = Üritus on avaldatud.
event-cancelled = Üritus on tühistatud.
event-decided = Teie otsus on salvestatud.
event-session-added = Sessioon on päevakavas.
event-material-added = Materjal on lisatud.
event-recording-saved = Salvestise link on salvestatud.

## Liikme kalendriaadress.

calendar-title = Teie kalender
calendar-lead = Tellige oma kalendriprogrammis (Outlook, Apple Calendar, Thunderbird, Google Calendar) oma isiklik kalendriaadress: üritused, millele olete registreerunud, ilmuvad sinna ja on alati ajakohased.
calendar-address-label = Teie kalendriaadress
calendar-address-once = Kopeerige see kohe: seda näidatakse ainult see üks kord. Igaüks, kellel on see aadress, näeb teie üritusi, seega hoidke see enda teada.
calendar-has-address = Teil on kalendriaadress. Kui olete selle kaotanud või keegi teine võib seda teada, looge uus: vana lakkab töötamast.
calendar-no-address = Teil ei ole veel kalendriaadressi.
calendar-make = Loo minu kalendriaadress
calendar-make-new = Loo uus aadress
calendar-revoke = Tühista minu aadress
calendar-public-feeds = Avalikud kalendrid
calendar-public-feeds-lead = Iga võrgustiku ja iga avaliku töörühma kõigile avatud üritused, mida saab tellida ilma sisse logimata.
calendar-address-made = Teie uus kalendriaadress on valmis.
calendar-address-revoked = Teie kalendriaadress on tühistatud: kalendriprogrammid ei saa selle kaudu enam midagi.
event-participant = Osaleja
error-cancel-unconfirmed = Märkige ruut, et kinnitada ürituse tühistamist.
event-country-none = Pole märgitud

## E-kirjad üritusel saadud koha kohta.

mail-event-place-subject = Teie koht: { $title }
mail-event-place-body = Tere, { $name }!

    Teil on koht üritusel „{ $title }“, { $time }.

    Üritus on selle e-kirja manuses: teie kalendriprogramm lisab selle ja uuendab seda, kui see muutub. Ürituse leht, kus veebiürituse puhul on ka koosoleku link:
    { $link }
mail-event-cancelled-subject = Teie kalendrist eemaldatud: { $title }
mail-event-cancelled-body = Tere, { $name }!

    „{ $title }“, { $time }, eemaldatakse teie kalendrist: üritus või teie registreerimine on tühistatud.

    Manuses oleva sõnumi abil eemaldab teie kalendriprogramm selle. Ürituse leht:
    { $link }
mail-event-reminder-subject = Peagi algab: { $title }
mail-event-reminder-body = Tere, { $name }!

    Tuletame meelde: üritus „{ $title }“ algab { $time }.

    Ürituse leht, kus veebiürituse puhul on ka koosoleku link:
    { $link }

event-add-question = Esita arutelurühmadele küsimus
event-question-text = Küsimus
event-record-answer = Salvesta rühma vastus
event-answer-group = Arutelurühm
event-answer-text = Rühma vastus
event-question-added = Küsimus on lisatud.
event-answer-recorded = Rühma vastus on salvestatud.

event-edit = Muuda üritust
event-edit-save = Salvesta muudatused
event-saved = Üritus on salvestatud. Kohaga osalejad saavad muudatuse oma kalendrisse.

## Korraldajad kutsuvad liikmeid.

error-member-unknown = Selle e-posti aadressiga liiget ei ole.
event-invite = Kutsu liige
event-invite-email = Liikme e-posti aadress
event-invited = Kutse on saadetud.
mail-event-invited-subject = Teid on kutsutud: { $title }
mail-event-invited-body = Tere, { $name }!

    Korraldajad kutsuvad teid üritusele „{ $title }“, { $time }.

    Kinnitage oma koht ürituse lehel:
    { $link }
