## Konta: logowanie, zaproszenia, resetowanie hasła, własne konto członka

nav-sign-in = Zaloguj się
nav-account = Moje konto
sign-out = Wyloguj się

sign-in-title = Logowanie
sign-in-submit = Zaloguj się
sign-in-forgot = Nie pamiętają Państwo hasła?
sign-in-no-account = Nie mają Państwo jeszcze konta? Prosimy otworzyć w katalogu stronę swojej sieci i poprosić o dołączenie.
field-email = Adres e-mail
field-password = Hasło
field-new-password = Nowe hasło
field-current-password = Obecne hasło
field-given-name = Imię
field-family-name = Nazwisko
field-job-title = Stanowisko w organizacji
field-locale = Język interfejsu i wiadomości e-mail
field-invitation-locale = Język zaproszenia
field-languages = Języki, którymi Państwo mówią
field-organisation = Organizacja
field-role = Rola
field-message = Wiadomość do koordynatorów sieci (opcjonalnie)
field-new-email = Nowy adres e-mail
password-rules = Co najmniej 8 znaków. Bardzo popularne hasła są odrzucane.

reset-title = Resetowanie hasła
reset-intro = Prosimy podać adres e-mail przypisany do konta. Wyślemy na niego link, za pomocą którego ustawią Państwo nowe hasło.
reset-submit = Wyślij link
reset-sent = Jeśli adres { $email } jest przypisany do konta, wysłaliśmy na niego link do zresetowania hasła. Link jest ważny przez godzinę.
reset-new-title = Ustawianie nowego hasła
reset-new-submit = Zapisz nowe hasło
reset-done = Hasło zostało zmienione. Prosimy zalogować się przy użyciu nowego hasła.

invitation-title = Przyjęcie zaproszenia
invitation-intro = Otrzymali Państwo zaproszenie do platformy { site-name } na adres { $email }: { $role } w organizacji { $organisation }.
invitation-submit = Utwórz moje konto

role-member = członek
role-facilitator = koordynator sieci
role-coordinator = koordynator platformy
role-facilitator-of = Koordynator sieci { $network }
role-coordinator-held = Koordynator platformy

account-title = Moje konto
account-profile = Profil
account-organisation = Organizacja
account-roles = Role
account-save = Zapisz profil
account-saved = Profil został zapisany.
account-password = Hasło
account-password-submit = Zmień hasło
account-password-changed = Hasło zostało zmienione. Wszystkie pozostałe sesje Państwa konta zostały zakończone.
account-email = Adres e-mail
account-email-current = Obecny adres to { $email }.
account-email-submit = Wyślij link potwierdzający
account-email-sent = Jeśli adresu { $email } można użyć, wysłaliśmy na niego link potwierdzający. Adres zmieni się dopiero po otwarciu tego linku.
account-data = Moje dane
account-export = Pobierz wszystkie moje dane (JSON)
account-delete = Usuń moje konto
account-delete-explain = Usunięcie konta od razu usuwa Państwa profil, języki, role i wszystkie sesje. Tej operacji nie można cofnąć. Napisane przez Państwa wątki, odpowiedzi i komentarze pozostaną widoczne dla innych z podpisem „były członek”. W dzienniku bezpieczeństwa pozostanie numerowany wpis o usunięciu konta.
account-delete-submit = Usuń moje konto na stałe
account-deleted = Konto zostało usunięte.
account-audit = Dziennik bezpieczeństwa

email-confirm-title = Potwierdzenie nowego adresu e-mail
email-confirm-intro = Od teraz Państwa konto będzie używać adresu { $email }.
email-confirm-submit = Potwierdź nowy adres
email-confirmed = Adres e-mail został zmieniony.

join-title = Prośba o dołączenie do tej sieci
join-intro = Prosimy napisać koordynatorom sieci, kim Państwo są. Jeśli zaakceptują prośbę, otrzymają Państwo zaproszenie e-mailem.
join-submit = Wyślij prośbę
join-sent = Prośba została wysłana. Koordynatorzy sieci odpowiedzą e-mailem.
invite-title = Zaproś osobę
invite-intro = Zaproszona osoba otrzyma e-mail z linkiem do utworzenia konta, ważnym przez 7 dni.
invite-submit = Wyślij zaproszenie
invite-sent = Zaproszenie zostało wysłane na adres { $email }.
requests-title = Prośby o dołączenie
requests-none = Brak oczekujących próśb.
request-from = { $name } ({ $email }) z organizacji { $organisation }
request-approve = Zaakceptuj
request-decline = Odrzuć
request-approved = Zaakceptowano: na adres { $email } zostanie wysłane zaproszenie.
request-declined = Prośba została odrzucona.

audit-title = Dziennik bezpieczeństwa
audit-when = Kiedy
audit-event = Zdarzenie
audit-actor = Kto
audit-subject = Konto
audit-ip = Adres IP
audit-detail = Szczegóły
audit-older = Starsze zdarzenia
audit-sign-in = Logowanie
audit-sign-in-failed = Nieudane logowanie
audit-sign-out = Wylogowanie
audit-invitation-sent = Wysłanie zaproszenia
audit-invitation-accepted = Przyjęcie zaproszenia
audit-reset-requested = Prośba o zresetowanie hasła
audit-password-reset = Zresetowanie hasła
audit-password-changed = Zmiana hasła
audit-email-changed = Zmiana adresu e-mail
audit-role-granted = Nadanie roli
audit-join-requested = Prośba o dołączenie
audit-join-approved = Zaakceptowanie prośby o dołączenie
audit-join-declined = Odrzucenie prośby o dołączenie
audit-account-deleted = Usunięcie konta

error-email-invalid = Prosimy podać adres e-mail w formacie nazwa@example.org.
error-name-missing = Prosimy podać imię i nazwisko.
error-password-too-short = Hasło musi mieć co najmniej 8 znaków.
error-password-too-long = Hasło może mieć najwyżej 256 znaków.
error-password-common = To hasło należy do najczęściej używanych i łatwo je odgadnąć. Prosimy wybrać inne.
error-ticket-invalid = Tego linku nie można już użyć: został już wykorzystany lub wygasł. Można poprosić o nowy.
error-wrong-credentials = Nieprawidłowy adres e-mail lub hasło.
error-current-password-wrong = Obecne hasło jest nieprawidłowe.
error-already-decided = Ta prośba została już rozpatrzona.
error-organisation-not-in-network = Prosimy wybrać organizację członkowską tej sieci.
error-locale-unsupported = Prosimy wybrać jeden z języków z listy.
error-text-too-long = Ten tekst jest zbyt długi.
error-forbidden = Nie mają Państwo uprawnień do wykonania tej czynności.
error-sign-in-required = Aby to zrobić, należy się zalogować.
error-cross-site = To żądanie pochodziło z innej witryny i zostało odrzucone. Niczego nie zmieniono.
error-too-many = { $seconds ->
    [one] Zbyt wiele prób. Prosimy spróbować ponownie za { $seconds } sekundę.
    [few] Zbyt wiele prób. Prosimy spróbować ponownie za { $seconds } sekundy.
    [many] Zbyt wiele prób. Prosimy spróbować ponownie za { $seconds } sekund.
   *[other] Zbyt wiele prób. Prosimy spróbować ponownie za { $seconds } sekundy.
}

mail-invitation-subject = Zaproszenie do platformy { site-name }
mail-invitation-body = { $inviter } zaprasza Państwa do platformy { site-name }: { $role } w organizacji { $organisation }.
    
    Konto można utworzyć za pomocą tego linku, ważnego przez 7 dni:
    { $link }
    
    Jeśli nie spodziewali się Państwo tego zaproszenia, można zignorować tę wiadomość.
mail-role-subject = Nowa rola na platformie { site-name }
mail-role-body = { $inviter } nadaje Państwa kontu nową rolę na platformie { site-name }: { $role }.
    
    Aby z niej korzystać, prosimy się zalogować:
    { $link }
mail-reset-subject = Resetowanie hasła na platformie { site-name }
mail-reset-body = Ktoś poprosił o zresetowanie hasła do Państwa konta na platformie { site-name }. Nowe hasło można ustawić za pomocą tego linku, ważnego przez godzinę:
    { $link }
    
    Jeśli prośba nie pochodziła od Państwa, prosimy zignorować tę wiadomość – hasło pozostanie bez zmian.
mail-email-subject = Potwierdzenie nowego adresu e-mail na platformie { site-name }
mail-email-body = Aby potwierdzić, że { $email } jest nowym adresem Państwa konta na platformie { site-name }, prosimy otworzyć ten link, ważny przez 24 godziny:
    { $link }
    
    Jeśli nie prosili Państwo o tę zmianę, prosimy zignorować tę wiadomość.
