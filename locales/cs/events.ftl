## Akce: proč je odmítnut čas, počet míst nebo přihláška.

error-time-zone-unknown = Vyberte časové pásmo ze seznamu.
error-wall-time-skipped = Tento čas v daném časovém pásmu v ten den neexistuje: hodiny se posouvají o hodinu dopředu. Zvolte jiný čas.
error-wall-time-repeated = Tento čas nastává v daném časovém pásmu v ten den dvakrát: hodiny se posouvají o hodinu zpět. Zvolte jiný čas.
error-capacity-invalid = Počet míst musí být celé číslo alespoň 1. Pokud počet míst není omezen, ponechte pole prázdné.
error-already-registered = Na tuto akci jste již přihlášeni.
error-event-past = Tato akce se již konala.
error-event-cancelled = Tato akce byla zrušena.
error-invitation-only = Místa na této akci se přidělují pouze na pozvání. Pokud se chcete zúčastnit, obraťte se na organizátory.
error-group-archived = Mandát této pracovní skupiny skončil: je archivována a už ji nelze měnit.
error-last-leader = Pracovní skupina potřebuje alespoň jednoho vedoucího. Než odstoupíte, jmenujte dalšího vedoucího.
error-place-missing = Uveďte odkaz na videokonferenci, místo konání nebo obojí.
error-series-too-long = Řada může mít nejvýše 150 termínů. Zvolte dřívější datum konce.
error-event-unknown = Na této adrese není žádná akce, nebo vám není přístupná.
error-group-unknown = Na této adrese není žádná pracovní skupina, nebo vám není přístupná.
error-calendar-address-revoked = Tato adresa kalendáře byla zrušena. Zkopírujte si novou adresu ze stránky svého kalendáře.
error-not-registered = Na tuto akci nejste přihlášeni.

## Druhy akcí.

event-kind-peer-learning = Setkání vzájemného učení
event-kind-webinar = Webinář
event-kind-e-conference = Online konference
event-kind-workshop = Pracovní dílna
event-kind-study-visit = Studijní návštěva
event-kind-annual-meeting = Výroční setkání

## Jak získat místo na akci nebo vstoupit do pracovní skupiny.

admission-open = Otevřeno všem
admission-request = Na žádost, se souhlasem organizátorů
admission-invitation = Pouze na pozvání

## Jak je na tom člen s akcí.

attendance-registered = Přihlášen
attendance-waiting = Na čekací listině
attendance-requested = Žádost odeslána
attendance-invited = Pozván
attendance-cancelled = Přihláška zrušena
attendance-declined = Žádost zamítnuta

## Jak se opakuje řada akcí.

recurrence-weekly = Každý týden
recurrence-monthly = Každý měsíc, ve stejný den v týdnu

## Kdo vidí pracovní skupinu.

group-visibility-public = Veřejná
group-visibility-members = Přihlášení členové
group-visibility-hidden = Pouze členové skupiny
