## Renginiai: kodėl atmetamas laikas, vietų skaičius ar registracija.

error-time-zone-unknown = Pasirinkite laiko juostą iš sąrašo.
error-wall-time-skipped = Šią dieną šioje laiko juostoje tokio laiko nėra: laikrodžiai pasukami viena valanda į priekį. Pasirinkite kitą laiką.
error-wall-time-repeated = Šią dieną šioje laiko juostoje šis laikas būna du kartus: laikrodžiai pasukami viena valanda atgal. Pasirinkite kitą laiką.
error-capacity-invalid = Vietų skaičius turi būti sveikasis skaičius, ne mažesnis kaip 1; jei apribojimo nėra, palikite lauką tuščią.
error-already-registered = Jūs jau užsiregistravote į šį renginį.
error-event-past = Šis renginys jau įvyko.
error-event-cancelled = Šis renginys atšauktas.
error-invitation-only = Vietos šiame renginyje suteikiamos tik gavus kvietimą. Jei norite dalyvauti, kreipkitės į organizatorius.
error-group-archived = Šios darbo grupės įgaliojimai baigėsi: ji suarchyvuota ir jos nebegalima keisti.
error-last-leader = Darbo grupė turi turėti bent vieną vadovą. Prieš atsistatydindami paskirkite kitą vadovą.
error-place-missing = Nurodykite vaizdo konferencijos nuorodą, vietą arba abu.
error-series-too-long = Cikle gali būti ne daugiau kaip 150 susitikimų. Pasirinkite ankstesnę pabaigos datą.
error-event-unknown = Šiuo adresu renginio nėra arba jis jums neprieinamas.
error-group-unknown = Šiuo adresu darbo grupės nėra arba ji jums neprieinama.
error-calendar-address-revoked = Šis kalendoriaus adresas atšauktas. Nukopijuokite naują adresą iš savo kalendoriaus puslapio.
error-not-registered = Į šį renginį nesate užsiregistravę.

## Renginių rūšys.

event-kind-peer-learning = Tarpusavio mokymosi susitikimas
event-kind-webinar = Internetinis seminaras
event-kind-e-conference = Nuotolinė konferencija
event-kind-workshop = Praktinis seminaras
event-kind-study-visit = Studijų vizitas
event-kind-annual-meeting = Metinis susirinkimas

## Kaip gauti vietą renginyje arba įstoti į darbo grupę.

admission-open = Atvira visiems
admission-request = Pagal prašymą, organizatoriams pritarus
admission-invitation = Tik gavus kvietimą

## Nario padėtis renginio atžvilgiu.

attendance-registered = Užsiregistravęs
attendance-waiting = Laukiančiųjų sąraše
attendance-requested = Prašymas išsiųstas
attendance-invited = Pakviestas
attendance-cancelled = Registracija atšaukta
attendance-declined = Prašymas atmestas

## Kaip kartojasi renginių ciklas.

recurrence-weekly = Kas savaitę
recurrence-monthly = Kas mėnesį, tą pačią savaitės dieną

## Kas mato darbo grupę.

group-visibility-public = Vieša
group-visibility-members = Prisijungę nariai
group-visibility-hidden = Tik grupės nariai

## Renginių sąrašas.

events-title = Renginiai
events-lead = Tinklų ir jų darbo grupų tarpusavio mokymosi susitikimai, internetiniai seminarai, konferencijos, praktiniai seminarai, studijų vizitai ir metiniai susirinkimai.
events-upcoming = Artėjantys
events-past = Įvykę renginiai
events-found = { $count ->
    [one] { $count } renginys
    [few] { $count } renginiai
    [many] { $count } renginio
   *[other] { $count } renginių
}
events-none = Jūsų pasirinkimus atitinkančių renginių nėra.
events-organise = Organizuoti renginį
events-your-calendar = Jūsų kalendorius
events-filter-kind = Renginio rūšis
events-filter-network = Tinklas
events-show = Rodyti
event-your-time = Jūsų laikas: { $time }
event-online = Nuotoliniu būdu
event-places-left = { $count ->
    [one] Liko { $count } vieta
    [few] Liko { $count } vietos
    [many] Liko { $count } vietos
   *[other] Liko { $count } vietų
}
event-full = Vietų nebėra: galima įsirašyti į laukiančiųjų sąrašą
event-recorded = Yra įrašas
event-cancelled-badge = Atšauktas
event-in-series = Ciklo dalis

## Renginio puslapis.

event-when = Kada
event-where = Kur
event-languages = Renginio kalbos
event-organised-by = Organizatorius
event-admission = Dalyvavimas
event-places = Vietos
event-places-taken = Užimta vietų: { $registered } iš { $capacity }
event-places-unlimited = Užsiregistravo: { $registered }; vietų skaičius neribojamas
event-waiting-count = { $count ->
    [one] Laukiančiųjų sąraše { $count } asmuo
    [few] Laukiančiųjų sąraše { $count } asmenys
    [many] Laukiančiųjų sąraše { $count } asmens
   *[other] Laukiančiųjų sąraše { $count } asmenų
}
event-your-standing = Jūsų registracija
event-register = Registruotis
event-request = Prašyti vietos
event-join-waiting-list = Įsirašyti į laukiančiųjų sąrašą
event-access-needs = Prieinamumo poreikiai (neprivaloma)
event-access-needs-hint = Tai mato tik organizatoriai: patekimas be laiptų, vertimas į gestų kalbą, mitybos poreikiai ar kita, kas padėtų jums dalyvauti.
event-withdraw = Atšaukti mano registraciją
event-sign-in-to-register = Prisijunkite, kad galėtumėte užsiregistruoti
event-meeting-link = Susitikimo nuoroda
event-meeting-link-hint = Susitikimo nuoroda čia rodoma dalyviams, kai jie gauna vietą.
event-add-to-calendar = Įtraukti į savo kalendorių
event-calendar-file = Šis renginys (.ics failas)
event-series-file = Visas ciklas (.ics failas)
event-agenda = Darbotvarkė
event-materials = Medžiaga
event-recording = Įrašas
event-watch-recording = Žiūrėti įrašą
event-questions = Klausimai ir atsakymai
event-conclusions = Išvados
event-taken-place = Šis renginys jau įvyko.

## Ką organizatoriai daro renginio puslapyje.

event-organisers = Organizatoriams
event-participants = Dalyviai
event-participants-csv = Atsisiųsti dalyvių sąrašą (CSV)
event-no-participants = Dar niekas neužsiregistravo.
event-cancel = Atšaukti šį renginį
event-cancel-confirm = Taip, atšaukti: dalyvių kalendoriai bus informuoti.
event-add-session = Įtraukti sesiją į darbotvarkę
event-session-starts = Pradžia
event-session-ends = Pabaiga
event-session-title = Pavadinimas
event-session-speakers = Pranešėjai
event-add-material = Pridėti medžiagą
event-material-title = Pavadinimas
event-material-link = Nuoroda arba bibliotekos ištekliaus numeris ar adresas
event-recording-link = Įrašo nuoroda
event-save = Išsaugoti

## Naujo renginio forma.

event-new-title = Organizuoti renginį
event-new-lead = Praneškite nariams apie renginį. Laikas įvedamas pagal jūsų pasirinktos laiko juostos laikrodį; visi jį mato tiek toje laiko juostoje, tiek savojoje.
event-field-organiser = Organizatorius
event-organiser-platform = Visa platforma
event-field-kind = Renginio rūšis
event-field-title = Pavadinimas
event-field-lang = Šio pranešimo kalba
event-field-languages = Renginyje vartojamos kalbos
event-field-description = Aprašymas
event-field-time-zone = Laiko juosta
event-field-starts = Pradžia
event-field-ends = Pabaiga
event-field-online-url = Susitikimo nuoroda (nuotoliniam renginiui)
event-field-venue = Vieta (renginiui vietoje)
event-field-address = Adresas
event-field-country = Šalis
event-field-visibility = Kas gali matyti
event-field-admission = Dalyvavimas
event-field-capacity = Vietų skaičius
event-field-capacity-hint = Jei vietų skaičius neribojamas, palikite tuščią. Kai visos vietos užimtos, atveriamas laukiančiųjų sąrašas.
event-field-repeat = Kartojimas
event-repeat-none = Nesikartoja
event-field-until = Paskutinė ciklo data
event-create = Paskelbti renginį

## Pranešimai pateikus formą.

event-registered = Jūs užsiregistravote. Susitikimo nuoroda ir kalendoriaus failas yra šiame puslapyje.
event-waiting = Visos vietos užimtos: esate laukiančiųjų sąraše ir gausite vietą, kai tik kuri nors atsilaisvins.
event-requested = Jūsų prašymas išsiųstas organizatoriams.
event-withdrawn = Jūsų registracija atšaukta.
event-created = Renginys paskelbtas.
event-cancelled = Renginys atšauktas.
event-decided = Jūsų sprendimas išsaugotas.
event-session-added = Sesija įtraukta į darbotvarkę.
event-material-added = Medžiaga pridėta.
event-recording-saved = Įrašo nuoroda išsaugota.

## Nario kalendoriaus adresas.

calendar-title = Jūsų kalendorius
calendar-lead = Užsisakykite savo asmeninį kalendoriaus adresą kalendoriaus programoje (Outlook, Apple Calendar, Thunderbird, Google Calendar): renginiai, į kuriuos užsiregistravote, bus rodomi ten ir visada atnaujinti.
calendar-address-label = Jūsų kalendoriaus adresas
calendar-address-once = Nukopijuokite jį dabar: jis rodomas tik šį vienintelį kartą. Kiekvienas, žinantis šį adresą, gali matyti jūsų renginius, todėl niekam jo neatskleiskite.
calendar-has-address = Jūs turite kalendoriaus adresą. Jei jį pametėte arba jį gali žinoti kas nors kitas, sukurkite naują: senasis nebeveiks.
calendar-no-address = Kalendoriaus adreso dar neturite.
calendar-make = Sukurti mano kalendoriaus adresą
calendar-make-new = Sukurti naują adresą
calendar-revoke = Atšaukti mano adresą
calendar-public-feeds = Vieši kalendoriai
calendar-public-feeds-lead = Kiekvieno tinklo ir kiekvienos viešos darbo grupės visiems atviri renginiai, kuriuos galima užsisakyti neprisijungus.
calendar-address-made = Jūsų naujas kalendoriaus adresas paruoštas.
calendar-address-revoked = Jūsų kalendoriaus adresas atšauktas: kalendoriaus programos iš jo nebegaus nieko.
event-participant = Dalyvis
error-cancel-unconfirmed = Pažymėkite langelį, kad patvirtintumėte renginio atšaukimą.
event-country-none = Nenurodyta

## Laiškai apie vietą renginyje.

mail-event-place-subject = Jūsų vieta: { $title }
mail-event-place-body = Sveiki, { $name },

    jums skirta vieta renginyje „{ $title }“, { $time }.

    Renginys pridėtas prie šio laiško: jūsų kalendoriaus programa jį įtrauks ir atnaujins, jei jis pasikeis. Renginio puslapis, kuriame nuotolinio renginio atveju rasite ir susitikimo nuorodą:
    { $link }
mail-event-cancelled-subject = Pašalinta iš jūsų kalendoriaus: { $title }
mail-event-cancelled-body = Sveiki, { $name },

    renginys „{ $title }“, { $time }, šalinamas iš jūsų kalendoriaus: atšauktas renginys arba jūsų registracija.

    Pridėtas pranešimas leis jūsų kalendoriaus programai jį pašalinti. Renginio puslapis:
    { $link }
mail-event-reminder-subject = Netrukus prasidės: { $title }
mail-event-reminder-body = Sveiki, { $name },

    primename: renginys „{ $title }“ prasidės { $time }.

    Renginio puslapis, kuriame nuotolinio renginio atveju rasite ir susitikimo nuorodą:
    { $link }

event-add-question = Užduokite klausimą diskusijų grupėms
event-question-text = Klausimas
event-record-answer = Įrašykite grupės atsakymą
event-answer-group = Diskusijų grupė
event-answer-text = Grupės atsakymas
event-question-added = Klausimas pridėtas.
event-answer-recorded = Grupės atsakymas įrašytas.

event-edit = Keisti šį renginį
event-edit-save = Išsaugoti pakeitimus
event-saved = Renginys išsaugotas. Vietą turintys dalyviai gaus pakeitimą į savo kalendorius.

## Organizatoriai kviečia narius.

error-member-unknown = Nario su tokiu el. pašto adresu nėra.
event-invite = Pakviesti narį
event-invite-email = Nario el. pašto adresas
event-invited = Kvietimas išsiųstas.
mail-event-invited-subject = Esate pakviesti: { $title }
mail-event-invited-body = Sveiki, { $name },

    organizatoriai kviečia jus į renginį „{ $title }“, { $time }.

    Užsitikrinkite vietą renginio puslapyje:
    { $link }
