## Fiókok: bejelentkezés, meghívások, jelszó-visszaállítás és a tag saját fiókja

nav-sign-in = Bejelentkezés
nav-account = Saját fiók
sign-out = Kijelentkezés

sign-in-title = Bejelentkezés
sign-in-submit = Belépés
sign-in-forgot = Elfelejtette a jelszavát?
sign-in-no-account = Még nincs fiókja? Nyissa meg hálózata oldalát a tagjegyzékben, és kérje felvételét.
field-email = E-mail-cím
field-password = Jelszó
field-new-password = Új jelszó
field-current-password = Jelenlegi jelszó
field-given-name = Utónév
field-family-name = Vezetéknév
field-job-title = Beosztása a szervezetében
field-locale = A felület és az Önnek küldött e-mailek nyelve
field-invitation-locale = A meghívó nyelve
field-languages = Az Ön által beszélt nyelvek
field-organisation = Szervezet
field-role = Szerepkör
field-message = Üzenet a hálózat koordinátorainak (nem kötelező)
field-new-email = Új e-mail-cím
password-rules = Legalább 8 karakter. A nagyon gyakori jelszavakat a rendszer nem fogadja el.

reset-title = Jelszó visszaállítása
reset-intro = Adja meg fiókja e-mail-címét. Küldünk Önnek egy hivatkozást, amellyel új jelszót választhat.
reset-submit = Hivatkozás küldése
reset-sent = Ha tartozik fiók a(z) { $email } címhez, hamarosan megérkezik rá a jelszó visszaállítására szolgáló hivatkozás. A hivatkozás egy óráig érvényes.
reset-new-title = Új jelszó választása
reset-new-submit = Új jelszó mentése
reset-done = Jelszava megváltozott. Jelentkezzen be az új jelszavával.

invitation-title = Meghívás elfogadása
invitation-intro = Meghívást kapott, hogy a(z) { $email } címmel csatlakozzon a(z) { site-name } platformhoz – szerepkör: { $role }, szervezet: { $organisation }.
invitation-submit = Fiók létrehozása

role-member = tag
role-facilitator = hálózati koordinátor
role-coordinator = platformkoordinátor
role-facilitator-of = A(z) { $network } hálózat koordinátora
role-coordinator-held = A platform koordinátora

account-title = Saját fiók
account-profile = Profil
account-organisation = Szervezet
account-roles = Szerepkörök
account-save = Profil mentése
account-saved = Profilját elmentettük.
account-password = Jelszó
account-password-submit = Jelszó módosítása
account-password-changed = Jelszava megváltozott. Fiókja minden más munkamenetéből kijelentkeztettük.
account-email = E-mail-cím
account-email-current = Jelenlegi címe: { $email }.
account-email-submit = Megerősítő hivatkozás küldése
account-email-sent = Ha a(z) { $email } cím használható, hamarosan megérkezik rá egy megerősítő hivatkozás. A címe akkor változik meg, amikor megnyitja a hivatkozást.
account-data = Az Ön adatai
account-export = Összes adatom letöltése (JSON)
account-delete = Fiókom törlése
account-delete-explain = Fiókja törlésével egyszerre törlődik a profilja, a nyelvei, a szerepkörei és az összes munkamenete, és ez nem vonható vissza. Az Ön által írt témák, válaszok és hozzászólások továbbra is láthatók maradnak a többiek számára „volt tag” aláírással. A biztonsági napló számozott bejegyzésben rögzíti, hogy egy fiókot töröltek.
account-delete-submit = Fiókom végleges törlése
account-deleted = Fiókját töröltük.
account-audit = Biztonsági napló

email-confirm-title = Új e-mail-címének megerősítése
email-confirm-intro = Fiókja mostantól a(z) { $email } címet használja.
email-confirm-submit = Új cím megerősítése
email-confirmed = E-mail-címe megváltozott.

join-title = Csatlakozás kérése ehhez a hálózathoz
join-intro = Mutatkozzon be a hálózat koordinátorainak. Ha jóváhagyják kérelmét, e-mailben meghívót kap.
join-submit = Kérelem elküldése
join-sent = Kérelmét elküldtük. A hálózat koordinátorai e-mailben válaszolnak.
invite-title = Személy meghívása
invite-intro = A meghívott személy e-mailt kap egy 7 napig érvényes hivatkozással, amellyel fiókot hozhat létre.
invite-submit = Meghívó küldése
invite-sent = A meghívót elküldtük a(z) { $email } címre.
requests-title = Csatlakozási kérelmek
requests-none = Nincs függőben lévő kérelem.
request-from = { $name } ({ $email }), szervezet: { $organisation }
request-approve = Jóváhagyás
request-decline = Elutasítás
request-approved = Jóváhagyva: a(z) { $email } címre meghívót küldünk.
request-declined = A kérelem elutasítva.

audit-title = Biztonsági napló
audit-when = Időpont
audit-event = Esemény
audit-actor = Végrehajtó
audit-subject = Fiók
audit-ip = IP-cím
audit-detail = Részletek
audit-older = Korábbi események
audit-sign-in = Bejelentkezés
audit-sign-in-failed = Sikertelen bejelentkezés
audit-sign-out = Kijelentkezés
audit-invitation-sent = Meghívó elküldve
audit-invitation-accepted = Meghívás elfogadva
audit-reset-requested = Jelszó-visszaállítás kérése
audit-password-reset = Jelszó visszaállítva
audit-password-changed = Jelszó módosítva
audit-email-changed = E-mail-cím módosítva
audit-role-granted = Szerepkör kiosztva
audit-join-requested = Csatlakozási kérelem
audit-join-approved = Csatlakozási kérelem jóváhagyva
audit-join-declined = Csatlakozási kérelem elutasítva
audit-account-deleted = Fiók törölve

error-email-invalid = Adjon meg egy e-mail-címet, például: nev@example.org.
error-name-missing = Adja meg utónevét és vezetéknevét.
error-password-too-short = Legalább 8 karakterből álló jelszót válasszon.
error-password-too-long = Legfeljebb 256 karakterből álló jelszót válasszon.
error-password-common = Ez a jelszó a leggyakoribbak közé tartozik, és könnyen kitalálható. Válasszon másikat.
error-ticket-invalid = Ez a hivatkozás már nem használható: vagy már felhasználták, vagy lejárt. Kérjen újat.
error-wrong-credentials = Hibás az e-mail-cím vagy a jelszó.
error-current-password-wrong = A jelenlegi jelszava hibás.
error-already-decided = Erről a kérelemről már döntöttek.
error-organisation-not-in-network = Olyan szervezetet válasszon, amely tagja ennek a hálózatnak.
error-locale-unsupported = Válasszon egy nyelvet a listából.
error-text-too-long = Ez a szöveg túl hosszú.
error-forbidden = Ehhez nincs jogosultsága.
error-sign-in-required = Ehhez jelentkezzen be.
error-cross-site = Ez a kérés egy másik webhelyről érkezett, ezért elutasítottuk. Semmi sem változott.
error-too-many = { $seconds ->
    [one] Túl sok próbálkozás. Próbálja újra { $seconds } másodperc múlva.
   *[other] Túl sok próbálkozás. Próbálja újra { $seconds } másodperc múlva.
}

mail-invitation-subject = Meghívó a(z) { site-name } platformra
mail-invitation-body = { $inviter } meghívja Önt a(z) { site-name } platformra – szerepkör: { $role }, szervezet: { $organisation }.
    
    Fiókját ezzel a 7 napig érvényes hivatkozással hozhatja létre:
    { $link }
    
    Ha nem számított erre a meghívásra, nyugodtan figyelmen kívül hagyhatja ezt az e-mailt.
mail-role-subject = Új szerepkör a(z) { site-name } platformon
mail-role-body = { $inviter } új szerepkört adott fiókjának a(z) { site-name } platformon: { $role }.
    
    A használatához jelentkezzen be:
    { $link }
mail-reset-subject = Jelszava visszaállítása a(z) { site-name } platformon
mail-reset-body = Valaki kérte a(z) { site-name } platformon lévő fiókja jelszavának visszaállítását. Új jelszót ezzel az egy óráig érvényes hivatkozással választhat:
    { $link }
    
    Ha nem Ön kérte, hagyja figyelmen kívül ezt az e-mailt: jelszava változatlan marad.
mail-email-subject = Új e-mail-címének megerősítése a(z) { site-name } platformon
mail-email-body = Erősítse meg, hogy a(z) { site-name } platformon lévő fiókjának új címe mostantól a(z) { $email }. Ehhez használja ezt a 24 óráig érvényes hivatkozást:
    { $link }
    
    Ha nem Ön kérte, hagyja figyelmen kívül ezt az e-mailt.
