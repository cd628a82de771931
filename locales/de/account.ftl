## Konten: Anmeldung, Einladungen, Zurücksetzen des Passworts, das eigene Konto des Mitglieds

nav-sign-in = Anmelden
nav-account = Mein Konto
sign-out = Abmelden

sign-in-title = Anmelden
sign-in-submit = Anmelden
sign-in-forgot = Passwort vergessen?
sign-in-no-account = Noch kein Konto? Öffnen Sie die Seite Ihres Netzwerks im Verzeichnis und beantragen Sie dort die Aufnahme.
field-email = E-Mail-Adresse
field-password = Passwort
field-new-password = Neues Passwort
field-current-password = Aktuelles Passwort
field-given-name = Vorname
field-family-name = Nachname
field-job-title = Funktion in Ihrer Organisation
field-locale = Sprache der Benutzeroberfläche und Ihrer E-Mails
field-invitation-locale = Sprache der Einladung
field-languages = Sprachen, die Sie sprechen
field-organisation = Mitgliedsorganisation
field-role = Rolle
field-message = Nachricht an die Moderatorinnen und Moderatoren (optional)
field-new-email = Neue E-Mail-Adresse
password-rules = Mindestens 8 Zeichen. Sehr häufig verwendete Passwörter werden abgelehnt.

reset-title = Passwort zurücksetzen
reset-intro = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort wählen können.
reset-submit = Link senden
reset-sent = Falls ein Konto die Adresse { $email } verwendet, ist ein Link zum Zurücksetzen des Passworts unterwegs. Der Link ist eine Stunde lang gültig.
reset-new-title = Neues Passwort wählen
reset-new-submit = Neues Passwort speichern
reset-done = Ihr Passwort wurde geändert. Melden Sie sich mit Ihrem neuen Passwort an.

invitation-title = Einladung annehmen
invitation-intro = Sie sind eingeladen, { site-name } mit der Adresse { $email } beizutreten. Ihre Rolle: { $role } bei { $organisation }.
invitation-submit = Mein Konto erstellen

role-member = Mitglied
role-facilitator = Moderation
role-coordinator = Koordination
role-facilitator-of = Moderation für { $network }
role-coordinator-held = Koordination der Plattform

account-title = Mein Konto
account-profile = Profil
account-organisation = Mitgliedsorganisation
account-roles = Rollen
account-save = Profil speichern
account-saved = Ihr Profil wurde gespeichert.
account-password = Passwort
account-password-submit = Passwort ändern
account-password-changed = Ihr Passwort wurde geändert. Alle anderen Sitzungen Ihres Kontos wurden abgemeldet.
account-email = E-Mail-Adresse
account-email-current = Ihre aktuelle Adresse ist { $email }.
account-email-submit = Bestätigungslink senden
account-email-sent = Falls { $email } verwendet werden kann, ist ein Bestätigungslink an diese Adresse unterwegs. Ihre Adresse ändert sich, sobald Sie diesen Link öffnen.
account-data = Ihre Daten
account-export = Alle meine Daten herunterladen (JSON)
account-delete = Mein Konto löschen
account-delete-explain = Wenn Sie Ihr Konto löschen, werden Ihr Profil, Ihre Sprachen, Ihre Rollen und alle Ihre Sitzungen sofort entfernt. Das lässt sich nicht rückgängig machen. Diskussionen, Antworten und Kommentare, die Sie geschrieben haben, bleiben für die anderen sichtbar, mit dem Vermerk „ehemaliges Mitglied“. Das Sicherheitsprotokoll bewahrt einen nummerierten Eintrag darüber auf, dass ein Konto gelöscht wurde.
account-delete-submit = Mein Konto endgültig löschen
account-deleted = Ihr Konto wurde gelöscht.
account-audit = Sicherheitsprotokoll

email-confirm-title = Neue E-Mail-Adresse bestätigen
email-confirm-intro = Ihr Konto verwendet ab jetzt die Adresse { $email }.
email-confirm-submit = Neue Adresse bestätigen
email-confirmed = Ihre E-Mail-Adresse wurde geändert.

join-title = Aufnahme in dieses Netzwerk beantragen
join-intro = Stellen Sie sich den Moderatorinnen und Moderatoren vor. Wenn sie zustimmen, erhalten Sie eine Einladung per E-Mail.
join-submit = Antrag senden
join-sent = Ihr Antrag wurde gesendet. Die Moderatorinnen und Moderatoren antworten Ihnen per E-Mail.
invite-title = Person einladen
invite-intro = Die Person erhält eine E-Mail mit einem Link zum Erstellen eines Kontos, der 7 Tage gültig ist.
invite-submit = Einladung senden
invite-sent = Eine Einladung an { $email } ist unterwegs.
requests-title = Aufnahmeanträge
requests-none = Es liegen keine offenen Anträge vor.
request-from = { $name } ({ $email }) – { $organisation }
request-approve = Annehmen
request-decline = Ablehnen
request-approved = Angenommen: { $email } erhält eine Einladung.
request-declined = Der Antrag wurde abgelehnt.

audit-title = Sicherheitsprotokoll
audit-when = Zeitpunkt
audit-event = Ereignis
audit-actor = Ausgeführt von
audit-subject = Betroffenes Konto
audit-ip = IP-Adresse
audit-detail = Details
audit-older = Ältere Ereignisse
audit-sign-in = Angemeldet
audit-sign-in-failed = Anmeldung fehlgeschlagen
audit-sign-out = Abgemeldet
audit-invitation-sent = Einladung gesendet
audit-invitation-accepted = Einladung angenommen
audit-reset-requested = Zurücksetzen des Passworts angefordert
audit-password-reset = Passwort zurückgesetzt
audit-password-changed = Passwort geändert
audit-email-changed = E-Mail-Adresse geändert
audit-role-granted = Rolle vergeben
audit-join-requested = Aufnahme beantragt
audit-join-approved = Aufnahmeantrag angenommen
audit-join-declined = Aufnahmeantrag abgelehnt
audit-account-deleted = Konto gelöscht

error-email-invalid = Geben Sie eine E-Mail-Adresse wie name@example.org ein.
error-name-missing = Geben Sie Ihren Vornamen und Ihren Nachnamen ein.
error-password-too-short = Wählen Sie ein Passwort mit mindestens 8 Zeichen.
error-password-too-long = Wählen Sie ein Passwort mit höchstens 256 Zeichen.
error-password-common = Dieses Passwort gehört zu den häufigsten und ist leicht zu erraten. Wählen Sie ein anderes.
error-ticket-invalid = Dieser Link kann nicht mehr verwendet werden: Er wurde bereits benutzt oder ist abgelaufen. Fordern Sie einen neuen an.
error-wrong-credentials = E-Mail-Adresse oder Passwort ist falsch.
error-current-password-wrong = Ihr aktuelles Passwort ist falsch.
error-already-decided = Über diesen Antrag wurde bereits entschieden.
error-organisation-not-in-network = Wählen Sie eine Organisation, die Mitglied dieses Netzwerks ist.
error-locale-unsupported = Wählen Sie eine der Sprachen aus der Liste.
error-text-too-long = Dieser Text ist zu lang.
error-forbidden = Dazu sind Sie nicht berechtigt.
error-sign-in-required = Melden Sie sich an, um dies zu tun.
error-cross-site = Diese Anfrage kam von einer anderen Internetseite und wurde abgelehnt. Es wurde nichts geändert.
error-too-many = { $seconds ->
    [one] Zu viele Versuche. Versuchen Sie es in { $seconds } Sekunde erneut.
   *[other] Zu viele Versuche. Versuchen Sie es in { $seconds } Sekunden erneut.
}

mail-invitation-subject = Ihre Einladung zu { site-name }
mail-invitation-body = { $inviter } lädt Sie ein, { site-name } beizutreten. Ihre Rolle: { $role } bei { $organisation }.
    
    Erstellen Sie Ihr Konto über diesen Link, der 7 Tage gültig ist:
    { $link }
    
    Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.
mail-role-subject = Eine neue Rolle auf { site-name }
mail-role-body = { $inviter } hat Ihrem Konto auf { site-name } eine neue Rolle gegeben: { $role }.
    
    Melden Sie sich an, um sie zu nutzen:
    { $link }
mail-reset-subject = Passwort für { site-name } zurücksetzen
mail-reset-body = Jemand hat angefordert, das Passwort Ihres Kontos auf { site-name } zurückzusetzen. Wählen Sie über diesen Link, der eine Stunde gültig ist, ein neues Passwort:
    { $link }
    
    Wenn Sie das nicht waren, ignorieren Sie diese E-Mail: Ihr Passwort bleibt unverändert.
mail-email-subject = Neue E-Mail-Adresse für { site-name } bestätigen
mail-email-body = Bestätigen Sie über diesen Link, der 24 Stunden gültig ist, dass { $email } die neue Adresse Ihres Kontos auf { site-name } ist:
    { $link }
    
    Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail.
