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

## Seznam akcí.

events-title = Akce
events-lead = Setkání vzájemného učení, webináře, konference, pracovní dílny, studijní návštěvy a výroční setkání sítí a jejich pracovních skupin.
events-upcoming = Nadcházející
events-past = Proběhlé akce
events-found = { $count ->
    [one] Jedna akce
    [few] { $count } akce
    [many] { $count } akce
   *[other] { $count } akcí
}
events-none = Zvoleným kritériím neodpovídá žádná akce.
events-organise = Uspořádat akci
events-your-calendar = Můj kalendář
events-filter-kind = Druh akce
events-filter-network = Síť
events-show = Zobrazit
event-your-time = Váš čas: { $time }
event-online = Online akce
event-places-left = { $count ->
    [one] Zbývá jedno místo
    [few] Zbývají { $count } místa
    [many] Zbývá { $count } místa
   *[other] Zbývá { $count } míst
}
event-full = Obsazeno: čekací listina je otevřena
event-recorded = K dispozici je záznam
event-cancelled-badge = Zrušeno
event-in-series = Součást řady

## Stránka akce.

event-when = Kdy
event-where = Kde
event-languages = Jednací jazyky
event-organised-by = Pořadatel
event-admission = Přístup
event-places = Místa
event-places-taken = Obsazeno { $registered } z { $capacity } míst
event-places-unlimited = Přihlášeno: { $registered }, počet míst není omezen
event-waiting-count = { $count ->
    [one] Jedna osoba na čekací listině
    [few] { $count } osoby na čekací listině
    [many] { $count } osoby na čekací listině
   *[other] { $count } osob na čekací listině
}
event-your-standing = Vaše přihláška
event-register = Přihlásit se na akci
event-request = Požádat o místo
event-join-waiting-list = Zapsat se na čekací listinu
event-access-needs = Potřeby v oblasti přístupnosti (nepovinné)
event-access-needs-hint = Uvidí to jen organizátoři: bezbariérový přístup, tlumočení do znakového jazyka, stravovací požadavky – cokoli, co vám usnadní účast.
event-withdraw = Zrušit moji přihlášku
event-sign-in-to-register = Chcete-li se na akci přihlásit, přihlaste se ke svému účtu
event-meeting-link = Odkaz na videokonferenci
event-meeting-link-hint = Odkaz na videokonferenci se zde účastníkům zobrazí, jakmile získají místo.
event-add-to-calendar = Přidat do kalendáře
event-calendar-file = Tato akce (soubor .ics)
event-series-file = Celá řada (soubor .ics)
event-agenda = Program
event-materials = Materiály
event-recording = Záznam
event-watch-recording = Přehrát záznam
event-questions = Otázky a odpovědi
event-conclusions = Závěry
event-taken-place = Tato akce se již konala.

## Co dělají organizátoři na stránce akce.

event-organisers = Pro organizátory
event-participants = Účastníci
event-participants-csv = Stáhnout seznam účastníků (CSV)
event-no-participants = Zatím se nikdo nepřihlásil.
event-cancel = Zrušit tuto akci
event-cancel-confirm = Ano, zrušit ji: změna se promítne do kalendářů účastníků.
event-add-session = Přidat bod programu
event-session-starts = Začátek
event-session-ends = Konec
event-session-title = Název
event-session-speakers = Řečníci
event-add-material = Přidat materiál
event-material-title = Název
event-material-link = Odkaz, nebo číslo či adresa materiálu v knihovně
event-recording-link = Odkaz na záznam
event-save = Uložit

## Formulář nové akce.

event-new-title = Uspořádat akci
event-new-lead = Oznamte akci členům. Časy se zadávají podle hodin zvoleného časového pásma; každý je uvidí v tomto pásmu i ve svém vlastním.
event-field-organiser = Pořadatel
event-organiser-platform = Celá platforma
event-field-kind = Druh akce
event-field-title = Název
event-field-lang = Jazyk tohoto oznámení
event-field-languages = Jazyky, kterými se na akci mluví
event-field-description = Popis
event-field-time-zone = Časové pásmo
event-field-starts = Začátek
event-field-ends = Konec
event-field-online-url = Odkaz na videokonferenci (u online akce)
event-field-venue = Místo konání (u prezenční akce)
event-field-address = Adresa
event-field-country = Země
event-field-visibility = Kdo ji může vidět
event-field-admission = Přístup
event-field-capacity = Počet míst
event-field-capacity-hint = Pokud počet míst není omezen, ponechte pole prázdné. Jakmile jsou všechna místa obsazena, otevře se čekací listina.
event-field-repeat = Opakování
event-repeat-none = Neopakuje se
event-field-until = Poslední termín řady
event-create = Oznámit akci

## Oznámení po odeslání formuláře.

event-registered = Jste přihlášeni. Odkaz na videokonferenci a soubor kalendáře najdete na této stránce.
event-waiting = Místa jsou obsazena: jste na čekací listině a místo získáte, jakmile se nějaké uvolní.
event-requested = Vaše žádost byla odeslána organizátorům.
event-withdrawn = Vaše přihláška byla zrušena.
event-created = Akce byla oznámena.
event-cancelled = Akce byla zrušena.
event-decided = Vaše rozhodnutí bylo uloženo.
event-session-added = Bod byl přidán do programu.
event-material-added = Materiál byl přidán.
event-recording-saved = Odkaz na záznam byl uložen.

## Adresa kalendáře člena.

calendar-title = Můj kalendář
calendar-lead = Přihlaste si ve svém kalendářovém programu (Outlook, Apple Calendar, Thunderbird, Google Calendar) odběr své vlastní adresy kalendáře: zobrazí se v něm akce, na které jste přihlášeni, a budou stále aktuální.
calendar-address-label = Adresa vašeho kalendáře
calendar-address-once = Zkopírujte si ji hned: zobrazuje se pouze tentokrát. Kdokoli, kdo tuto adresu zná, vidí vaše akce, proto si ji nechte pro sebe.
calendar-has-address = Adresu kalendáře už máte. Pokud jste ji ztratili nebo ji může znát někdo jiný, vytvořte si novou: stará přestane fungovat.
calendar-no-address = Zatím nemáte adresu kalendáře.
calendar-make = Vytvořit adresu mého kalendáře
calendar-make-new = Vytvořit novou adresu
calendar-revoke = Zrušit moji adresu
calendar-public-feeds = Veřejné kalendáře
calendar-public-feeds-lead = Akce otevřené všem, pořádané jednotlivými sítěmi a veřejnými pracovními skupinami, k odběru bez přihlášení.
calendar-address-made = Nová adresa vašeho kalendáře je připravena.
calendar-address-revoked = Adresa vašeho kalendáře byla zrušena: kalendářové programy z ní už nic nedostanou.
event-participant = Účastník
error-cancel-unconfirmed = Zaškrtnutím políčka potvrďte, že se akce ruší.
event-country-none = Neuvedena

## E-maily o místě na akci.

mail-event-place-subject = Vaše místo: { $title }
mail-event-place-body = Dobrý den, { $name },

    máte místo na akci „{ $title }“, { $time }.

    Akce je přiložena k tomuto e-mailu: váš kalendářový program ji přidá a v případě změny ji aktualizuje. Stránka akce, u online akce i s odkazem na videokonferenci:
    { $link }
mail-event-cancelled-subject = Odstraněno z kalendáře: { $title }
mail-event-cancelled-body = Dobrý den, { $name },

    akce „{ $title }“, { $time }, zmizí z vašeho kalendáře: byla zrušena buď akce, nebo vaše přihláška.

    Díky přiložené zprávě ji váš kalendářový program odstraní. Stránka akce:
    { $link }
mail-event-reminder-subject = Již brzy: { $title }
mail-event-reminder-body = Dobrý den, { $name },

    připomínáme, že akce „{ $title }“ brzy začíná: { $time }.

    Stránka akce, u online akce i s odkazem na videokonferenci:
    { $link }

event-add-question = Položit otázku diskusním skupinám
event-question-text = Otázka
event-record-answer = Zapsat odpověď skupiny
event-answer-group = Diskusní skupina
event-answer-text = Odpověď skupiny
event-question-added = Otázka byla přidána.
event-answer-recorded = Odpověď skupiny byla zapsána.

event-edit = Upravit tuto akci
event-edit-save = Uložit změny
event-saved = Akce je uložena. Ti, kdo mají místo, dostanou změnu do svých kalendářů.

## Organizátoři zvou členy.

error-member-unknown = Tuto e-mailovou adresu nemá žádný člen.
event-invite = Pozvat člena
event-invite-email = E-mailová adresa člena
event-invited = Pozvánka byla odeslána.
mail-event-invited-subject = Pozvánka: { $title }
mail-event-invited-body = Dobrý den, { $name },

    organizátoři vás zvou na akci „{ $title }“, { $time }.

    Své místo si potvrďte na stránce akce:
    { $link }
