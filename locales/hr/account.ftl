## Korisnički računi: prijava, pozivnice, ponovno postavljanje lozinke, vlastiti račun člana

nav-sign-in = Prijava
nav-account = Moj račun
sign-out = Odjava

sign-in-title = Prijava
sign-in-submit = Prijavi se
sign-in-forgot = Zaboravili ste lozinku?
sign-in-no-account = Još nemate račun? Otvorite stranicu svoje mreže u imeniku i zatražite pridruživanje.
field-email = Adresa e-pošte
field-password = Lozinka
field-new-password = Nova lozinka
field-current-password = Trenutačna lozinka
field-given-name = Ime
field-family-name = Prezime
field-job-title = Radno mjesto u vašoj organizaciji
field-locale = Jezik sučelja i poruka e-pošte koje primate
field-invitation-locale = Jezik pozivnice
field-languages = Jezici kojima govorite
field-organisation = Organizacija
field-role = Uloga
field-message = Poruka koordinatorima mreže (nije obavezno)
field-new-email = Nova adresa e-pošte
password-rules = Najmanje 8 znakova. Vrlo česte lozinke nisu dopuštene.

reset-title = Ponovno postavljanje lozinke
reset-intro = Unesite adresu e-pošte svojeg računa. Poslat ćemo vam poveznicu za odabir nove lozinke.
reset-submit = Pošalji poveznicu
reset-sent = Ako neki račun koristi adresu { $email }, na nju stiže poveznica za ponovno postavljanje lozinke. Poveznica vrijedi jedan sat.
reset-new-title = Odaberite novu lozinku
reset-new-submit = Spremi novu lozinku
reset-done = Lozinka je promijenjena. Prijavite se novom lozinkom.

invitation-title = Prihvatite pozivnicu
invitation-intro = Pozvani ste da se pridružite platformi { site-name } s adresom { $email }: { $role } u organizaciji { $organisation }.
invitation-submit = Izradi moj račun

role-member = član
role-facilitator = koordinator mreže
role-coordinator = koordinator platforme
role-facilitator-of = Koordinator mreže { $network }
role-coordinator-held = Koordinator platforme

account-title = Moj račun
account-profile = Profil
account-organisation = Organizacija
account-roles = Uloge
account-save = Spremi profil
account-saved = Profil je spremljen.
account-password = Lozinka
account-password-submit = Promijeni lozinku
account-password-changed = Lozinka je promijenjena. Sve ostale sesije vašeg računa odjavljene su.
account-email = Adresa e-pošte
account-email-current = Vaša je trenutačna adresa { $email }.
account-email-submit = Pošalji poveznicu za potvrdu
account-email-sent = Ako se adresa { $email } može upotrijebiti, na nju stiže poveznica za potvrdu. Adresa će se promijeniti kada otvorite tu poveznicu.
account-data = Vaši podaci
account-export = Preuzmi sve moje podatke (JSON)
account-delete = Izbriši moj račun
account-delete-explain = Brisanjem računa odmah se uklanjaju vaš profil, vaši jezici, vaše uloge i sve vaše sesije, a brisanje nije moguće poništiti. Rasprave, odgovori i komentari koje ste napisali ostaju vidljivi ostalima, s potpisom „bivši član“. Sigurnosni zapisnik čuva numerirani zapis o tome da je račun izbrisan.
account-delete-submit = Trajno izbriši moj račun
account-deleted = Vaš je račun izbrisan.
account-audit = Sigurnosni zapisnik

email-confirm-title = Potvrdite novu adresu e-pošte
email-confirm-intro = Vaš će račun od sada koristiti adresu { $email }.
email-confirm-submit = Potvrdi novu adresu
email-confirmed = Vaša je adresa e-pošte promijenjena.

join-title = Zatražite pridruživanje ovoj mreži
join-intro = Predstavite se koordinatorima mreže. Ako odobre vaš zahtjev, pozivnicu ćete primiti e-poštom.
join-submit = Pošalji zahtjev
join-sent = Zahtjev je poslan. Koordinatori mreže odgovorit će vam e-poštom.
invite-title = Pozovite osobu
invite-intro = Osoba će primiti poruku e-pošte s poveznicom za izradu računa, koja vrijedi 7 dana.
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
audit-actor = Izvršitelj
audit-subject = Račun
audit-ip = IP adresa
audit-detail = Pojedinosti
audit-older = Stariji događaji
audit-sign-in = Prijava
audit-sign-in-failed = Neuspjela prijava
audit-sign-out = Odjava
audit-invitation-sent = Pozivnica poslana
audit-invitation-accepted = Pozivnica prihvaćena
audit-reset-requested = Zatraženo ponovno postavljanje lozinke
audit-password-reset = Lozinka ponovno postavljena
audit-password-changed = Lozinka promijenjena
audit-email-changed = Adresa e-pošte promijenjena
audit-role-granted = Uloga dodijeljena
audit-join-requested = Zahtjev za pridruživanje
audit-join-approved = Zahtjev za pridruživanje odobren
audit-join-declined = Zahtjev za pridruživanje odbijen
audit-account-deleted = Račun izbrisan

error-email-invalid = Unesite adresu e-pošte, npr. ime@example.org.
error-name-missing = Unesite svoje ime i prezime.
error-password-too-short = Odaberite lozinku od najmanje 8 znakova.
error-password-too-long = Odaberite lozinku od najviše 256 znakova.
error-password-common = Ova je lozinka među najčešćima i lako ju je pogoditi. Odaberite neku drugu.
error-ticket-invalid = Ova se poveznica više ne može upotrijebiti: već je iskorištena ili je istekla. Zatražite novu.
error-wrong-credentials = Adresa e-pošte ili lozinka nije ispravna.
error-current-password-wrong = Trenutačna lozinka nije ispravna.
error-already-decided = O ovom je zahtjevu već odlučeno.
error-organisation-not-in-network = Odaberite organizaciju koja je članica ove mreže.
error-locale-unsupported = Odaberite jedan od jezika s popisa.
error-text-too-long = Ovaj je tekst predugačak.
error-forbidden = Nemate ovlasti za ovu radnju.
error-sign-in-required = Prijavite se da biste to mogli učiniti.
error-cross-site = Ovaj je zahtjev stigao s druge mrežne stranice i odbijen je. Ništa nije promijenjeno.
error-too-many = { $seconds ->
    [one] Previše pokušaja. Pokušajte ponovno za { $seconds } sekundu.
    [few] Previše pokušaja. Pokušajte ponovno za { $seconds } sekunde.
   *[other] Previše pokušaja. Pokušajte ponovno za { $seconds } sekundi.
}

mail-invitation-subject = Pozivnica za platformu { site-name }
mail-invitation-body = { $inviter } vas poziva da se pridružite platformi { site-name }: { $role } u organizaciji { $organisation }.
    
    Izradite svoj račun putem ove poveznice, koja vrijedi 7 dana:
    { $link }
    
    Ako niste očekivali ovu pozivnicu, možete zanemariti ovu poruku.
mail-role-subject = Nova uloga na platformi { site-name }
mail-role-body = { $inviter } dodjeljuje vašem računu novu ulogu na platformi { site-name }: { $role }.
    
    Prijavite se da biste je mogli koristiti:
    { $link }
mail-reset-subject = Ponovno postavljanje lozinke na platformi { site-name }
mail-reset-body = Netko je zatražio ponovno postavljanje lozinke vašeg računa na platformi { site-name }. Novu lozinku odaberite putem ove poveznice, koja vrijedi jedan sat:
    { $link }
    
    Ako to niste bili vi, zanemarite ovu poruku: vaša lozinka ostaje nepromijenjena.
mail-email-subject = Potvrdite novu adresu e-pošte na platformi { site-name }
mail-email-body = Putem ove poveznice, koja vrijedi 24 sata, potvrdite da je { $email } nova adresa vašeg računa na platformi { site-name }:
    { $link }
    
    Ako to niste zatražili, zanemarite ovu poruku.
