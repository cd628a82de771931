## Podujatia: prečo sa odmietne čas, počet miest alebo registrácia.

error-time-zone-unknown = Vyberte časové pásmo zo zoznamu.
error-wall-time-skipped = Tento čas v danom časovom pásme v ten deň neexistuje: hodiny sa posúvajú o hodinu dopredu (prechod na letný čas). Vyberte iný čas.
error-wall-time-repeated = Tento čas sa v danom časovom pásme v ten deň vyskytuje dvakrát: hodiny sa posúvajú o hodinu dozadu (koniec letného času). Vyberte iný čas.
error-capacity-invalid = Počet miest musí byť celé číslo, najmenej 1. Ak nechcete počet miest obmedziť, nechajte pole prázdne.
error-already-registered = Na toto podujatie ste sa už zaregistrovali.
error-event-past = Toto podujatie sa už konalo.
error-event-cancelled = Toto podujatie bolo zrušené.
error-invitation-only = Miesta na tomto podujatí sa prideľujú len na pozvanie. Ak sa chcete zúčastniť, obráťte sa na organizátorov.
error-group-archived = Mandát tejto pracovnej skupiny sa skončil: skupina je archivovaná a už ju nemožno meniť.
error-last-leader = Pracovná skupina musí mať aspoň jedného vedúceho. Skôr než sa funkcie vzdáte, vymenujte iného vedúceho.
error-place-missing = Uveďte odkaz na pripojenie k stretnutiu, miesto konania alebo oboje.
error-series-too-long = Séria môže mať najviac 150 termínov. Vyberte skorší dátum posledného termínu.
error-event-unknown = Na tejto adrese nie je žiadne podujatie alebo k nemu nemáte prístup.
error-group-unknown = Na tejto adrese nie je žiadna pracovná skupina alebo k nej nemáte prístup.
error-calendar-address-revoked = Táto adresa kalendára bola zrušená. Novú adresu si skopírujte zo stránky svojho kalendára.
error-not-registered = Na toto podujatie nie ste zaregistrovaní.

## Druhy podujatí.

event-kind-peer-learning = Stretnutie kolegiálneho učenia sa
event-kind-webinar = Webinár
event-kind-e-conference = E-konferencia
event-kind-workshop = Tvorivá dielňa
event-kind-study-visit = Študijná návšteva
event-kind-annual-meeting = Výročné stretnutie

## Ako získať miesto na podujatí alebo v pracovnej skupine.

admission-open = Otvorené pre všetkých
admission-request = Na žiadosť, so schválením organizátorov
admission-invitation = Len na pozvanie

## Stav člena vo vzťahu k podujatiu.

attendance-registered = Zaregistrovaný
attendance-waiting = Na čakacej listine
attendance-requested = Žiadosť odoslaná
attendance-invited = Pozvaný
attendance-cancelled = Registrácia zrušená
attendance-declined = Žiadosť zamietnutá

## Ako sa opakuje séria podujatí.

recurrence-weekly = Každý týždeň
recurrence-monthly = Každý mesiac v ten istý deň v týždni

## Kto vidí pracovnú skupinu.

group-visibility-public = Verejná
group-visibility-members = Prihlásení členovia
group-visibility-hidden = Len členovia skupiny

## Zoznam podujatí.

events-title = Podujatia
events-lead = Stretnutia kolegiálneho učenia sa, webináre, konferencie, tvorivé dielne, študijné návštevy a výročné stretnutia sietí a ich pracovných skupín.
events-upcoming = Nadchádzajúce
events-past = Minulé podujatia
events-found = { $count ->
    [one] Jedno podujatie
    [few] { $count } podujatia
    [many] { $count } podujatia
   *[other] { $count } podujatí
}
events-none = Zvoleným kritériám nezodpovedá žiadne podujatie.
events-organise = Zorganizovať podujatie
events-your-calendar = Môj kalendár
events-filter-kind = Druh podujatia
events-filter-network = Sieť
events-show = Zobraziť
event-your-time = Váš čas: { $time }
event-online = Virtuálne podujatie
event-places-left = { $count ->
    [one] Zostáva jedno miesto
    [few] Zostávajú { $count } miesta
    [many] Zostáva { $count } miesta
   *[other] Zostáva { $count } miest
}
event-full = Obsadené: čakacia listina je otvorená
event-recorded = K dispozícii je záznam
event-cancelled-badge = Zrušené
event-in-series = Súčasť série

## Stránka podujatia.

event-when = Kedy
event-where = Kde
event-languages = Rokovacie jazyky
event-organised-by = Organizátor
event-admission = Prístup
event-places = Miesta
event-places-taken = Obsadené miesta: { $registered } z { $capacity }
event-places-unlimited = Zaregistrovaní: { $registered }, počet miest nie je obmedzený
event-waiting-count = { $count ->
    [one] Jedna osoba na čakacej listine
    [few] { $count } osoby na čakacej listine
    [many] { $count } osoby na čakacej listine
   *[other] { $count } osôb na čakacej listine
}
event-your-standing = Vaša registrácia
event-register = Zaregistrovať sa
event-request = Požiadať o miesto
event-join-waiting-list = Zapísať sa na čakaciu listinu
event-access-needs = Potreby v oblasti prístupnosti (nepovinné)
event-access-needs-hint = Uvidia to len organizátori: bezbariérový prístup, tlmočenie do posunkového jazyka, stravovacie požiadavky – čokoľvek, čo vám uľahčí účasť.
event-withdraw = Zrušiť moju registráciu
event-sign-in-to-register = Prihláste sa, aby ste sa mohli zaregistrovať
event-meeting-link = Odkaz na pripojenie k stretnutiu
event-meeting-link-hint = Odkaz na pripojenie k stretnutiu sa tu účastníkom zobrazí, len čo získajú miesto.
event-add-to-calendar = Pridať do kalendára
event-calendar-file = Toto podujatie (súbor .ics)
event-series-file = Celá séria (súbor .ics)
event-agenda = Program
event-materials = Materiály
event-recording = Záznam
event-watch-recording = Pozrieť si záznam
event-questions = Otázky a odpovede
event-conclusions = Závery
event-taken-place = Toto podujatie sa už konalo.

## Čo robia organizátori na stránke podujatia.

event-organisers = Pre organizátorov
event-participants = Účastníci
event-participants-csv = Stiahnuť zoznam účastníkov (CSV)
event-no-participants = Zatiaľ sa nikto nezaregistroval.
event-cancel = Zrušiť toto podujatie
event-cancel-confirm = Áno, zrušiť ho: zmena sa prejaví v kalendároch účastníkov.
event-add-session = Pridať bod programu
event-session-starts = Začiatok
event-session-ends = Koniec
event-session-title = Názov
event-session-speakers = Rečníci
event-add-material = Pridať materiál
event-material-title = Názov
event-material-link = Odkaz alebo číslo či adresa materiálu v knižnici
event-recording-link = Odkaz na záznam
event-save = Uložiť

## Formulár nového podujatia.

event-new-title = Zorganizovať podujatie
event-new-lead = Oznámte podujatie členom. Časy sa zadávajú podľa hodín zvoleného časového pásma; každý ich uvidí v tomto pásme aj vo svojom vlastnom.
event-field-organiser = Organizátor
event-organiser-platform = Celá platforma
event-field-kind = Druh podujatia
event-field-title = Názov
event-field-lang = Jazyk tohto oznámenia
event-field-languages = Jazyky, ktorými sa na podujatí hovorí
event-field-description = Opis
event-field-time-zone = Časové pásmo
event-field-starts = Začiatok
event-field-ends = Koniec
event-field-online-url = Odkaz na pripojenie k stretnutiu (pri virtuálnom podujatí)
event-field-venue = Miesto konania (pri prezenčnom podujatí)
event-field-address = Adresa
event-field-country = Krajina
event-field-visibility = Kto ho môže vidieť
event-field-admission = Prístup
event-field-capacity = Počet miest
event-field-capacity-hint = Ak nechcete počet miest obmedziť, nechajte pole prázdne. Keď sa všetky miesta obsadia, otvorí sa čakacia listina.
event-field-repeat = Opakovanie
event-repeat-none = Neopakuje sa
event-field-until = Posledný termín série
event-create = Oznámiť podujatie

## Oznámenia po odoslaní formulára.

event-registered = Ste zaregistrovaní. Odkaz na pripojenie k stretnutiu a súbor kalendára nájdete na tejto stránke.
event-waiting = Miesta sú obsadené: ste na čakacej listine a miesto získate, len čo sa nejaké uvoľní.
event-requested = Vaša žiadosť bola odoslaná organizátorom.
event-withdrawn = Vaša registrácia bola zrušená.
event-created = Podujatie bolo oznámené.
event-cancelled = Podujatie bolo zrušené.
event-decided = Vaše rozhodnutie bolo uložené.
event-session-added = Bod bol pridaný do programu.
event-material-added = Materiál bol pridaný.
event-recording-saved = Odkaz na záznam bol uložený.

## Adresa kalendára člena.

calendar-title = Môj kalendár
calendar-lead = Prihláste sa vo svojom kalendárovom programe (Outlook, Apple Calendar, Thunderbird, Google Calendar) na odber svojej vlastnej adresy kalendára: zobrazia sa v ňom podujatia, na ktoré ste sa zaregistrovali, a budú stále aktuálne.
calendar-address-label = Adresa vášho kalendára
calendar-address-once = Skopírujte si ju hneď: zobrazuje sa len tentoraz. Ktokoľvek, kto túto adresu pozná, vidí vaše podujatia, preto si ju nechajte pre seba.
calendar-has-address = Adresu kalendára už máte. Ak ste ju stratili alebo ju môže poznať niekto iný, vytvorte si novú: stará prestane fungovať.
calendar-no-address = Zatiaľ nemáte adresu kalendára.
calendar-make = Vytvoriť adresu môjho kalendára
calendar-make-new = Vytvoriť novú adresu
calendar-revoke = Zrušiť moju adresu
calendar-public-feeds = Verejné kalendáre
calendar-public-feeds-lead = Podujatia otvorené pre všetkých, ktoré organizujú jednotlivé siete a verejné pracovné skupiny, na odber bez prihlásenia.
calendar-address-made = Nová adresa vášho kalendára je pripravená.
calendar-address-revoked = Adresa vášho kalendára bola zrušená: kalendárové programy z nej už nič nedostanú.
event-participant = Účastník
error-cancel-unconfirmed = Začiarknutím políčka potvrďte, že sa podujatie ruší.
event-country-none = Neuvedená

## E-maily o mieste na podujatí.

mail-event-place-subject = Vaše miesto: { $title }
mail-event-place-body = Dobrý deň, { $name },

    máte miesto na podujatí „{ $title }“, { $time }.

    Podujatie je priložené k tomuto e-mailu: váš kalendárový program ho pridá a v prípade zmeny ho aktualizuje. Stránka podujatia, pri virtuálnom podujatí aj s odkazom na pripojenie k stretnutiu:
    { $link }
mail-event-cancelled-subject = Odstránené z kalendára: { $title }
mail-event-cancelled-body = Dobrý deň, { $name },

    podujatie „{ $title }“, { $time }, zmizne z vášho kalendára: zrušené bolo buď podujatie, alebo vaša registrácia.

    Vďaka priloženej správe ho váš kalendárový program odstráni. Stránka podujatia:
    { $link }
mail-event-reminder-subject = Čoskoro: { $title }
mail-event-reminder-body = Dobrý deň, { $name },

    pripomíname, že podujatie „{ $title }“ sa čoskoro začína: { $time }.

    Stránka podujatia, pri virtuálnom podujatí aj s odkazom na pripojenie k stretnutiu:
    { $link }

event-add-question = Položiť otázku diskusným skupinám
event-question-text = Otázka
event-record-answer = Zapísať odpoveď skupiny
event-answer-group = Diskusná skupina
event-answer-text = Odpoveď skupiny
event-question-added = Otázka bola pridaná.
event-answer-recorded = Odpoveď skupiny bola zapísaná.

event-edit = Upraviť toto podujatie
event-edit-save = Uložiť zmeny
event-saved = Podujatie je uložené. Tí, ktorí majú miesto, dostanú zmenu do svojich kalendárov.

## Organizátori pozývajú členov.

error-member-unknown = Túto e-mailovú adresu nemá žiadny člen.
event-invite = Pozvať člena
event-invite-email = E-mailová adresa člena
event-invited = Pozvánka bola odoslaná.
mail-event-invited-subject = Pozvánka: { $title }
mail-event-invited-body = Dobrý deň, { $name },

    organizátori vás pozývajú na podujatie „{ $title }“, { $time }.

    Svoje miesto si potvrďte na stránke podujatia:
    { $link }
