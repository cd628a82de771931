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
