## Računi: prijava, pozivnice, resetovanje lozinke, lični račun člana

nav-sign-in = Prijava
nav-account = Moj račun
sign-out = Odjava

sign-in-title = Prijava
sign-in-submit = Prijavi se
sign-in-forgot = Zaboravili ste lozinku?
sign-in-no-account = Još nemate račun? Otvorite stranicu svoje mreže u imeniku i zatražite pridruživanje.
field-email = E-mail adresa
field-password = Lozinka
field-new-password = Nova lozinka
field-current-password = Trenutna lozinka
field-given-name = Ime
field-family-name = Prezime
field-job-title = Radno mjesto u vašoj organizaciji
field-locale = Jezik interfejsa i e-mail poruka koje primate
field-invitation-locale = Jezik pozivnice
field-languages = Jezici kojima govorite
field-organisation = Organizacija
field-role = Uloga
field-message = Poruka facilitatorima mreže (nije obavezno)
field-new-email = Nova e-mail adresa
password-rules = Najmanje 8 znakova. Veoma česte lozinke nisu dozvoljene.

reset-title = Resetovanje lozinke
reset-intro = Unesite e-mail adresu svog računa. Poslat ćemo vam link za odabir nove lozinke.
reset-submit = Pošalji link
reset-sent = Ako neki račun koristi adresu { $email }, na nju stiže link za resetovanje lozinke. Link važi jedan sat.
reset-new-title = Odaberite novu lozinku
reset-new-submit = Sačuvaj novu lozinku
reset-done = Lozinka je promijenjena. Prijavite se novom lozinkom.

invitation-title = Prihvatite pozivnicu
invitation-intro = Pozvani ste da se pridružite platformi { site-name } s adresom { $email }: { $role } u organizaciji { $organisation }.
invitation-submit = Kreiraj moj račun

role-member = član
role-facilitator = facilitator mreže
role-coordinator = koordinator platforme
role-facilitator-of = Facilitator mreže { $network }
role-coordinator-held = Koordinator platforme

account-title = Moj račun
account-profile = Profil
account-organisation = Organizacija
account-roles = Uloge
account-save = Sačuvaj profil
account-saved = Profil je sačuvan.
account-password = Lozinka
account-password-submit = Promijeni lozinku
account-password-changed = Lozinka je promijenjena. Sve ostale sesije vašeg računa su odjavljene.
account-email = E-mail adresa
account-email-current = Vaša trenutna adresa je { $email }.
account-email-submit = Pošalji link za potvrdu
account-email-sent = Ako se adresa { $email } može koristiti, na nju stiže link za potvrdu. Adresa će se promijeniti kada otvorite taj link.
account-data = Vaši podaci
account-export = Preuzmi sve moje podatke (JSON)
account-delete = Izbriši moj račun
account-delete-explain = Brisanjem računa odmah se uklanjaju vaš profil, vaši jezici, vaše uloge i sve vaše sesije, i to se ne može poništiti. Diskusije, odgovori i komentari koje ste napisali ostaju vidljivi drugima, s potpisom „bivši član“. Sigurnosni zapisnik čuva numerisani zapis o tome da je račun izbrisan.
account-delete-submit = Trajno izbriši moj račun
account-deleted = Vaš račun je izbrisan.
account-audit = Sigurnosni zapisnik

email-confirm-title = Potvrdite novu e-mail adresu
email-confirm-intro = Vaš račun će od sada koristiti adresu { $email }.
email-confirm-submit = Potvrdi novu adresu
email-confirmed = Vaša e-mail adresa je promijenjena.

join-title = Zatražite pridruživanje ovoj mreži
join-intro = Predstavite se facilitatorima mreže. Ako odobre vaš zahtjev, dobit ćete pozivnicu putem e-maila.
join-submit = Pošalji zahtjev
join-sent = Zahtjev je poslan. Facilitatori će vam odgovoriti putem e-maila.
invite-title = Pozovite osobu
invite-intro = Osoba će dobiti e-mail s linkom za kreiranje računa, koji važi 7 dana.
invite-submit = Pošalji pozivnicu
invite-sent = Pozivnica je poslana na adresu { $email }.
requests-title = Zahtjevi za pridruživanje
requests-none = Nema zahtjeva na čekanju.
request-from = { $name } ({ $email }) iz organizacije { $organisation }
request-approve = Odobri
request-decline = Odbij
request-approved = Zahtjev je odobren: na adresu { $email } šalje se pozivnica.
request-declined = Zahtjev je odbijen.

audit-title = Sigurnosni zapisnik
audit-when = Vrijeme
audit-event = Događaj
audit-actor = Izvršilac
audit-subject = Račun
audit-ip = IP adresa
audit-detail = Detalji
audit-older = Stariji događaji
audit-sign-in = Prijava
audit-sign-in-failed = Neuspješna prijava
audit-sign-out = Odjava
audit-invitation-sent = Pozivnica poslana
audit-invitation-accepted = Pozivnica prihvaćena
audit-reset-requested = Zatraženo resetovanje lozinke
audit-password-reset = Lozinka resetovana
audit-password-changed = Lozinka promijenjena
audit-email-changed = E-mail adresa promijenjena
audit-role-granted = Uloga dodijeljena
audit-join-requested = Zahtjev za pridruživanje
audit-join-approved = Zahtjev za pridruživanje odobren
audit-join-declined = Zahtjev za pridruživanje odbijen
audit-account-deleted = Račun izbrisan

error-email-invalid = Unesite e-mail adresu, npr. ime@example.org.
error-name-missing = Unesite svoje ime i prezime.
error-password-too-short = Odaberite lozinku od najmanje 8 znakova.
error-password-too-long = Odaberite lozinku od najviše 256 znakova.
error-password-common = Ova lozinka je među najčešćim i lako se pogađa. Odaberite neku drugu.
error-ticket-invalid = Ovaj link se više ne može koristiti: već je iskorišten ili je istekao. Zatražite novi.
error-wrong-credentials = E-mail adresa ili lozinka nije ispravna.
error-current-password-wrong = Trenutna lozinka nije ispravna.
error-already-decided = O ovom zahtjevu je već odlučeno.
error-organisation-not-in-network = Odaberite organizaciju koja je članica ove mreže.
error-locale-unsupported = Odaberite jedan od jezika s liste.
error-text-too-long = Ovaj tekst je predug.
error-forbidden = Nemate dozvolu za ovu radnju.
error-sign-in-required = Prijavite se da biste ovo mogli uraditi.
error-cross-site = Ovaj zahtjev je došao s druge web-stranice i odbijen je. Ništa nije promijenjeno.
error-too-many = { $seconds ->
    [one] Previše pokušaja. Pokušajte ponovo za { $seconds } sekundu.
    [few] Previše pokušaja. Pokušajte ponovo za { $seconds } sekunde.
   *[other] Previše pokušaja. Pokušajte ponovo za { $seconds } sekundi.
}

mail-invitation-subject = Pozivnica za platformu { site-name }
mail-invitation-body = { $inviter } vas poziva da se pridružite platformi { site-name }: { $role } u organizaciji { $organisation }.
    
    Kreirajte svoj račun putem ovog linka, koji važi 7 dana:
    { $link }
    
    Ako niste očekivali ovu pozivnicu, možete zanemariti ovaj e-mail.
mail-role-subject = Nova uloga na platformi { site-name }
mail-role-body = { $inviter } dodjeljuje vašem računu novu ulogu na platformi { site-name }: { $role }.
    
    Prijavite se da biste je mogli koristiti:
    { $link }
mail-reset-subject = Resetovanje lozinke na platformi { site-name }
mail-reset-body = Neko je zatražio resetovanje lozinke vašeg računa na platformi { site-name }. Novu lozinku odaberite putem ovog linka, koji važi jedan sat:
    { $link }
    
    Ako to niste bili vi, zanemarite ovaj e-mail: vaša lozinka ostaje nepromijenjena.
mail-email-subject = Potvrdite novu e-mail adresu na platformi { site-name }
mail-email-body = Putem ovog linka, koji važi 24 sata, potvrdite da je { $email } nova adresa vašeg računa na platformi { site-name }:
    { $link }
    
    Ako to niste zatražili, zanemarite ovaj e-mail.
