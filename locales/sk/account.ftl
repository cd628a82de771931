## Účty: prihlásenie, pozvánky, obnovenie hesla, vlastný účet člena

nav-sign-in = Prihlásiť sa
nav-account = Môj účet
sign-out = Odhlásiť sa

sign-in-title = Prihlásenie
sign-in-submit = Prihlásiť sa
sign-in-forgot = Zabudli ste heslo?
sign-in-no-account = Ešte nemáte účet? Otvorte v adresári stránku svojej siete a požiadajte o pripojenie.
field-email = E-mailová adresa
field-password = Heslo
field-new-password = Nové heslo
field-current-password = Súčasné heslo
field-given-name = Meno
field-family-name = Priezvisko
field-job-title = Pracovná pozícia vo vašej organizácii
field-locale = Jazyk rozhrania a e-mailov
field-invitation-locale = Jazyk pozvánky
field-languages = Jazyky, ktorými hovoríte
field-organisation = Organizácia
field-role = Rola
field-message = Správa koordinátorom siete (nepovinné)
field-new-email = Nová e-mailová adresa
password-rules = Aspoň 8 znakov. Veľmi bežné heslá nie sú povolené.

reset-title = Obnovenie hesla
reset-intro = Zadajte e-mailovú adresu svojho účtu. Pošleme vám odkaz, pomocou ktorého si zvolíte nové heslo.
reset-submit = Odoslať odkaz
reset-sent = Ak adresu { $email } používa niektorý účet, posielame na ňu odkaz na obnovenie hesla. Odkaz platí jednu hodinu.
reset-new-title = Zvoľte si nové heslo
reset-new-submit = Uložiť nové heslo
reset-done = Heslo bolo zmenené. Prihláste sa novým heslom.

invitation-title = Prijatie pozvánky
invitation-intro = Máte pozvánku na platformu { site-name } pre adresu { $email }: { $role } v organizácii { $organisation }.
invitation-submit = Vytvoriť účet

role-member = člen
role-facilitator = koordinátor siete
role-coordinator = koordinátor platformy
role-facilitator-of = Koordinátor siete { $network }
role-coordinator-held = Koordinátor platformy

account-title = Môj účet
account-profile = Profil
account-organisation = Organizácia
account-roles = Roly
account-save = Uložiť profil
account-saved = Profil bol uložený.
account-password = Heslo
account-password-submit = Zmeniť heslo
account-password-changed = Heslo bolo zmenené. Všetky ostatné prihlásenia k vášmu účtu boli ukončené.
account-email = E-mailová adresa
account-email-current = Vaša súčasná adresa je { $email }.
account-email-submit = Odoslať potvrdzovací odkaz
account-email-sent = Ak sa adresa { $email } dá použiť, posielame na ňu potvrdzovací odkaz. Adresa sa zmení, keď tento odkaz otvoríte.
account-data = Vaše údaje
account-export = Stiahnuť všetky moje údaje (JSON)
account-delete = Vymazať môj účet
account-delete-explain = Vymazaním účtu sa okamžite odstránia váš profil, vaše jazyky a vaše roly a ukončia sa všetky vaše prihlásenia. Tento krok sa nedá vrátiť späť. Vlákna, odpovede a komentáre, ktoré ste napísali, zostanú ostatným viditeľné s podpisom „bývalý člen“. Bezpečnostný denník uchová očíslovaný záznam o tom, že bol účet vymazaný.
account-delete-submit = Natrvalo vymazať môj účet
account-deleted = Váš účet bol vymazaný.
account-audit = Bezpečnostný denník

email-confirm-title = Potvrďte novú e-mailovú adresu
email-confirm-intro = Váš účet bude odteraz používať adresu { $email }.
email-confirm-submit = Potvrdiť novú adresu
email-confirmed = Vaša e-mailová adresa bola zmenená.

join-title = Požiadať o pripojenie k tejto sieti
join-intro = Predstavte sa koordinátorom siete. Ak žiadosť schvália, dostanete e-mailom pozvánku.
join-submit = Odoslať žiadosť
join-sent = Žiadosť bola odoslaná. Koordinátori siete vám odpovedia e-mailom.
invite-title = Pozvať osobu
invite-intro = Pozvaná osoba dostane e-mail s odkazom na vytvorenie účtu, ktorý platí 7 dní.
invite-submit = Odoslať pozvánku
invite-sent = Pozvánka na adresu { $email } je na ceste.
requests-title = Žiadosti o pripojenie
requests-none = Žiadne žiadosti nečakajú na vybavenie.
request-from = { $name } ({ $email }) z organizácie { $organisation }
request-approve = Schváliť
request-decline = Zamietnuť
request-approved = Schválené: na adresu { $email } sa odošle pozvánka.
request-declined = Žiadosť bola zamietnutá.

audit-title = Bezpečnostný denník
audit-when = Kedy
audit-event = Udalosť
audit-actor = Kto
audit-subject = Účet
audit-ip = IP adresa
audit-detail = Podrobnosti
audit-older = Staršie udalosti
audit-sign-in = Prihlásenie
audit-sign-in-failed = Neúspešné prihlásenie
audit-sign-out = Odhlásenie
audit-invitation-sent = Odoslanie pozvánky
audit-invitation-accepted = Prijatie pozvánky
audit-reset-requested = Žiadosť o obnovenie hesla
audit-password-reset = Obnovenie hesla
audit-password-changed = Zmena hesla
audit-email-changed = Zmena e-mailovej adresy
audit-role-granted = Pridelenie roly
audit-join-requested = Žiadosť o pripojenie
audit-join-approved = Schválenie žiadosti o pripojenie
audit-join-declined = Zamietnutie žiadosti o pripojenie
audit-account-deleted = Vymazanie účtu

error-email-invalid = Zadajte e-mailovú adresu v tvare meno@example.org.
error-name-missing = Zadajte svoje meno a priezvisko.
error-password-too-short = Zvoľte heslo s dĺžkou aspoň 8 znakov.
error-password-too-long = Zvoľte heslo s dĺžkou najviac 256 znakov.
error-password-common = Toto heslo patrí medzi najbežnejšie a dá sa ľahko uhádnuť. Zvoľte iné.
error-ticket-invalid = Tento odkaz už nemožno použiť: buď už bol použitý, alebo uplynula jeho platnosť. Požiadajte o nový.
error-wrong-credentials = Nesprávna e-mailová adresa alebo heslo.
error-current-password-wrong = Vaše súčasné heslo nie je správne.
error-already-decided = O tejto žiadosti už bolo rozhodnuté.
error-organisation-not-in-network = Vyberte členskú organizáciu tejto siete.
error-locale-unsupported = Vyberte jeden z jazykov v zozname.
error-text-too-long = Tento text je príliš dlhý.
error-forbidden = Na túto akciu nemáte oprávnenie.
error-sign-in-required = Na túto akciu sa musíte prihlásiť.
error-cross-site = Táto požiadavka prišla z inej webovej stránky, a preto bola odmietnutá. Nič sa nezmenilo.
error-too-many = { $seconds ->
    [one] Príliš veľa pokusov. Skúste to znova o { $seconds } sekundu.
    [few] Príliš veľa pokusov. Skúste to znova o { $seconds } sekundy.
    [many] Príliš veľa pokusov. Skúste to znova o { $seconds } sekundy.
   *[other] Príliš veľa pokusov. Skúste to znova o { $seconds } sekúnd.
}

mail-invitation-subject = Pozvánka na platformu { site-name }
mail-invitation-body = { $inviter } vás pozýva na platformu { site-name }: { $role } v organizácii { $organisation }.
    
    Účet si vytvoríte pomocou tohto odkazu, ktorý platí 7 dní:
    { $link }
    
    Ak ste túto pozvánku nečakali, môžete tento e-mail ignorovať.
mail-role-subject = Nová rola na platforme { site-name }
mail-role-body = { $inviter } pridelil(a) vášmu účtu na platforme { site-name } novú rolu: { $role }.
    
    Prihláste sa a začnite ju používať:
    { $link }
mail-reset-subject = Obnovenie hesla na platforme { site-name }
mail-reset-body = Niekto požiadal o obnovenie hesla k vášmu účtu na platforme { site-name }. Nové heslo si zvolíte pomocou tohto odkazu, ktorý platí jednu hodinu:
    { $link }
    
    Ak ste to neboli vy, tento e-mail ignorujte: vaše heslo zostane nezmenené.
mail-email-subject = Potvrďte novú e-mailovú adresu na platforme { site-name }
mail-email-body = Pomocou tohto odkazu, ktorý platí 24 hodín, potvrďte, že { $email } je nová adresa vášho účtu na platforme { site-name }:
    { $link }
    
    Ak ste o túto zmenu nežiadali, tento e-mail ignorujte.
