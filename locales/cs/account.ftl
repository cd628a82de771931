## Účty: přihlášení, pozvánky, obnovení hesla, vlastní účet člena

nav-sign-in = Přihlásit se
nav-account = Můj účet
sign-out = Odhlásit se

sign-in-title = Přihlášení
sign-in-submit = Přihlásit se
sign-in-forgot = Zapomněli jste heslo?
sign-in-no-account = Ještě nemáte účet? Otevřete v adresáři stránku své sítě a požádejte o připojení.
field-email = E-mailová adresa
field-password = Heslo
field-new-password = Nové heslo
field-current-password = Současné heslo
field-given-name = Jméno
field-family-name = Příjmení
field-job-title = Pracovní pozice ve vaší organizaci
field-locale = Jazyk rozhraní a e-mailů
field-invitation-locale = Jazyk pozvánky
field-languages = Jazyky, kterými mluvíte
field-organisation = Organizace
field-role = Role na platformě
field-message = Zpráva koordinátorům sítě (nepovinné)
field-new-email = Nová e-mailová adresa
password-rules = Alespoň 8 znaků. Velmi běžná hesla nejsou povolena.

reset-title = Obnovení hesla
reset-intro = Zadejte e-mailovou adresu svého účtu. Pošleme vám odkaz, pomocí kterého si zvolíte nové heslo.
reset-submit = Odeslat odkaz
reset-sent = Pokud adresu { $email } používá některý účet, posíláme na ni odkaz pro obnovení hesla. Odkaz platí jednu hodinu.
reset-new-title = Zvolte nové heslo
reset-new-submit = Uložit nové heslo
reset-done = Heslo bylo změněno. Přihlaste se novým heslem.

invitation-title = Přijetí pozvánky
invitation-intro = Máte pozvánku na platformu { site-name } pro adresu { $email }: { $role } v organizaci { $organisation }.
invitation-submit = Vytvořit účet

role-member = člen
role-facilitator = koordinátor sítě
role-coordinator = koordinátor platformy
role-facilitator-of = Koordinátor sítě { $network }
role-coordinator-held = Koordinátor platformy

account-title = Můj účet
account-profile = Profil
account-organisation = Organizace
account-roles = Role na platformě
account-save = Uložit profil
account-saved = Profil byl uložen.
account-password = Heslo
account-password-submit = Změnit heslo
account-password-changed = Heslo bylo změněno. Všechna ostatní přihlášení k vašemu účtu byla ukončena.
account-email = E-mailová adresa
account-email-current = Vaše současná adresa je { $email }.
account-email-submit = Odeslat potvrzovací odkaz
account-email-sent = Pokud lze adresu { $email } použít, posíláme na ni potvrzovací odkaz. Adresa se změní, jakmile odkaz otevřete.
account-data = Vaše údaje
account-export = Stáhnout všechny moje údaje (JSON)
account-delete = Smazat můj účet
account-delete-explain = Smazáním účtu se okamžitě odstraní váš profil, vaše jazyky a vaše role a ukončí se všechna vaše přihlášení. Tento krok nelze vrátit zpět. Vlákna, odpovědi a komentáře, které jste napsali, zůstanou ostatním viditelné s podpisem „bývalý člen“. Protokol zabezpečení uchová číslovaný záznam o tom, že byl účet smazán.
account-delete-submit = Trvale smazat můj účet
account-deleted = Váš účet byl smazán.
account-audit = Protokol zabezpečení

email-confirm-title = Potvrďte novou e-mailovou adresu
email-confirm-intro = Váš účet bude od této chvíle používat adresu { $email }.
email-confirm-submit = Potvrdit novou adresu
email-confirmed = Vaše e-mailová adresa byla změněna.

join-title = Požádat o připojení k této síti
join-intro = Představte se koordinátorům sítě. Pokud žádost schválí, obdržíte e-mailem pozvánku.
join-submit = Odeslat žádost
join-sent = Žádost byla odeslána. Koordinátoři sítě vám odpoví e-mailem.
invite-title = Pozvat osobu
invite-intro = Pozvaná osoba obdrží e-mail s odkazem na vytvoření účtu, který platí 7 dní.
invite-submit = Odeslat pozvánku
invite-sent = Pozvánka na adresu { $email } je na cestě.
requests-title = Žádosti o připojení
requests-none = Žádné žádosti nečekají na vyřízení.
request-from = { $name } ({ $email }) z organizace { $organisation }
request-approve = Schválit
request-decline = Zamítnout
request-approved = Schváleno: na adresu { $email } bude odeslána pozvánka.
request-declined = Žádost byla zamítnuta.

audit-title = Protokol zabezpečení
audit-when = Kdy
audit-event = Událost
audit-actor = Kdo
audit-subject = Účet
audit-ip = IP adresa
audit-detail = Podrobnosti
audit-older = Starší události
audit-sign-in = Přihlášení
audit-sign-in-failed = Neúspěšné přihlášení
audit-sign-out = Odhlášení
audit-invitation-sent = Odeslání pozvánky
audit-invitation-accepted = Přijetí pozvánky
audit-reset-requested = Žádost o obnovení hesla
audit-password-reset = Obnovení hesla
audit-password-changed = Změna hesla
audit-email-changed = Změna e-mailové adresy
audit-role-granted = Přidělení role
audit-join-requested = Žádost o připojení
audit-join-approved = Schválení žádosti o připojení
audit-join-declined = Zamítnutí žádosti o připojení
audit-account-deleted = Smazání účtu

error-email-invalid = Zadejte e-mailovou adresu ve tvaru jmeno@example.org.
error-name-missing = Zadejte své jméno a příjmení.
error-password-too-short = Zvolte heslo o délce alespoň 8 znaků.
error-password-too-long = Zvolte heslo o délce nejvýše 256 znaků.
error-password-common = Toto heslo patří k nejběžnějším a dá se snadno uhodnout. Zvolte jiné.
error-ticket-invalid = Tento odkaz už nelze použít: byl již použit, nebo vypršela jeho platnost. Požádejte o nový.
error-wrong-credentials = Nesprávná e-mailová adresa nebo heslo.
error-current-password-wrong = Vaše současné heslo není správné.
error-already-decided = O této žádosti už bylo rozhodnuto.
error-organisation-not-in-network = Vyberte členskou organizaci této sítě.
error-locale-unsupported = Vyberte jeden z jazyků v seznamu.
error-text-too-long = Tento text je příliš dlouhý.
error-forbidden = K této akci nemáte oprávnění.
error-sign-in-required = Pro tuto akci se musíte přihlásit.
error-cross-site = Tento požadavek přišel z jiného webu, a proto byl odmítnut. Nic nebylo změněno.
error-too-many = { $seconds ->
    [one] Příliš mnoho pokusů. Zkuste to znovu za { $seconds } sekundu.
    [few] Příliš mnoho pokusů. Zkuste to znovu za { $seconds } sekundy.
    [many] Příliš mnoho pokusů. Zkuste to znovu za { $seconds } sekundy.
   *[other] Příliš mnoho pokusů. Zkuste to znovu za { $seconds } sekund.
}

mail-invitation-subject = Pozvánka na platformu { site-name }
mail-invitation-body = { $inviter } vás zve na platformu { site-name }: { $role } v organizaci { $organisation }.
    
    Účet si vytvoříte pomocí tohoto odkazu, který platí 7 dní:
    { $link }
    
    Pokud jste tuto pozvánku nečekali, můžete tento e-mail ignorovat.
mail-role-subject = Nová role na platformě { site-name }
mail-role-body = { $inviter } přidělil(a) vašemu účtu na platformě { site-name } novou roli: { $role }.
    
    Přihlaste se a začněte ji používat:
    { $link }
mail-reset-subject = Obnovení hesla na platformě { site-name }
mail-reset-body = Někdo požádal o obnovení hesla k vašemu účtu na platformě { site-name }. Nové heslo si zvolíte pomocí tohoto odkazu, který platí jednu hodinu:
    { $link }
    
    Pokud jste to nebyli vy, tento e-mail ignorujte: vaše heslo zůstane beze změny.
mail-email-subject = Potvrďte novou e-mailovou adresu na platformě { site-name }
mail-email-body = Pomocí tohoto odkazu, který platí 24 hodin, potvrďte, že { $email } je nová adresa vašeho účtu na platformě { site-name }:
    { $link }
    
    Pokud jste o tuto změnu nežádali, tento e-mail ignorujte.
