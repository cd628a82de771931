# Strategia e piani d’azione

plans-none = Nessuna rete ha ancora pubblicato una strategia.
plans-back = Tutte le strategie
plan-activity-count = { $count ->
    [one] { $count } attività
    [many] { $count } di attività
   *[other] { $count } attività
}
strategy-create-title = Avvia una strategia
strategy-network = Rete
strategy-create = Avvia la strategia

## Fasi di una strategia
strategy-status-draft = Bozza
strategy-status-feedback = In consultazione
strategy-status-adopted = Adottata
strategy-stage = Fase
strategy-adopt = Adotta la strategia
strategy-reopen = Riporta in bozza
round-open = Apri una consultazione
round-close = Chiudi la consultazione
round-opens = Dal
round-closes = Al
round-open-notice = Consultazione aperta dal { $from } al { $to }.
round-comment-link = Commenta la bozza

## I campi della strategia
strategy-edit = Modifica la strategia
strategy-fields = Visione e missione
strategy-field-title = Titolo
strategy-field-period = Periodo (anni)
strategy-field-vision = Visione
strategy-field-mission = Missione
strategy-field-status = Fase
strategy-aspirations = Obiettivi
strategy-save = Salva la strategia
aspiration-field-title = Obiettivo
aspiration-field-description = Descrizione
aspiration-save = Salva l’obiettivo
aspiration-add-title = Aggiungi un obiettivo
aspiration-add = Aggiungi l’obiettivo

## Il piano d’azione
plan-progress = Avanzamento:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = Strumenti della strategia
plan-print = Versione stampabile
plan-export = Scarica il piano d’azione (CSV)
plan-present = Presenti ora:
plan-timeline = Cronoprogramma del piano d’azione
plan-timeline-caption = Ogni barra va dall’inizio di un’attività alla sua scadenza ed è riempita in base all’avanzamento; la linea rossa indica la data di oggi.
plan-today = oggi
plan-dates = Date
plan-activities = Attività
plan-no-activities = Nessuna attività contribuisce ancora a questo obiettivo.
plan-filter-aspiration = Obiettivo
plan-filter-status = Stato
plan-filter-all = Tutti
plan-filter-apply = Mostra

## Attività
activity-status-planned = Pianificata
activity-status-in-progress = In corso
activity-status-done = Completata
activity-status-blocked = Bloccata
activity-status-cancelled = Annullata
activity-field-title = Attività
activity-field-description = Descrizione
activity-field-aspirations = Obiettivi a cui contribuisce
activity-field-owner = Responsabile
activity-field-contributors = Organizzazioni coinvolte
activity-field-start_on = Inizio
activity-field-due_on = Scadenza
activity-field-status = Stato
activity-field-progress = Avanzamento (%)
activity-owner-none = Responsabile non ancora assegnato
activity-owner-members = Membri
activity-owner-organisations = Organizzazioni
activity-add-title = Aggiungi un’attività
activity-add = Aggiungi l’attività
activity-edit-title = Modifica l’attività
activity-save = Salva l’attività
activity-follow = Segui questa attività
activity-unfollow = Non seguire più questa attività
activity-being-edited = In modifica da: { $names }
field-changed-live = { $name } ha appena modificato questo campo. Il Suo valore resta qui; al salvataggio li vedrà entrambi.
offline-kept = Nessuna connessione: le Sue modifiche sono conservate in questo browser e saranno inviate quando la connessione tornerà disponibile.

## Indicatori
indicators-title = Indicatori
indicators-none = Ancora nessun indicatore.
indicator-field-name = Indicatore
indicator-field-target = Valore atteso
indicator-field-actual = Valore raggiunto
indicator-reached = { $name }: { $actual } su { $target }
indicator-edit = Indicatore { $name }
indicator-save = Salva
indicator-add = Aggiungi l’indicatore

## Modifiche apportate nel frattempo
conflict-title = Qualcuno ha apportato modifiche nel frattempo
conflict-lead = Le Sue altre modifiche sono state salvate. Questi campi sono stati modificati da un’altra persona dopo che Lei ha aperto il modulo: nulla è stato sovrascritto. Scelga che cosa fare per ciascuno.
conflict-changed-by = Modificato da { $name } il { $at } (UTC).
conflict-theirs = Valore dell’altra persona (salvato)
conflict-mine = Il Suo valore (non salvato)
conflict-keep = Mantieni il valore salvato
conflict-replace = Sostituisci con il mio
conflict-merge-label = Testo unito
conflict-merge = Salva il testo unito
error-changed-meanwhile = Questo campo è stato modificato dopo l’apertura della pagina. Ricarichi la pagina e riprovi.

## Cronologia e versioni
history-title = Cronologia
revision-created = Creazione
revision-restore = Ripristina questo valore
revision-restores = (ripristina la modifica { $number })
strategy-versions = Versioni
versions-none = Nessuna versione ancora conservata: se ne conserva una alla chiusura di ogni consultazione e all’adozione della strategia.
version-now = La strategia attuale
version-number = Versione { $number }
version-reason-round = dopo una consultazione
version-reason-adopted = adottata
diff-from = Da
diff-to = A
diff-compare = Confronta
diff-title = Da { $from } a { $to }
diff-unchanged = (invariato)

## Consultazioni
comments-title = Commenti
comment-title = Commenta la bozza
comment-about = Riferito a
comment-on-strategy = La strategia nel suo complesso
comment-body = Il Suo commento
comment-send = Invia il commento
comment-taken-up = Accolto
comment-declined = Non accolto
comment-resolution = Decisione
comment-reason = Motivazione
comment-resolve = Registra la decisione

## Avvisi
strategy-created = La strategia è stata avviata. Ne scriva la visione, la missione e gli obiettivi.
strategy-saved = Modifiche salvate.
aspiration-added = L’obiettivo è stato aggiunto.
activity-added = L’attività è stata aggiunta. Le assegni un responsabile, le date e gli indicatori.
activity-saved = L’attività è stata salvata.
indicator-added = L’indicatore è stato aggiunto.
value-restored = Il valore precedente è stato ripristinato come nuova modifica.
stage-open = La consultazione è aperta: i membri della rete possono inviare commenti.
stage-close = La consultazione è chiusa e questa versione è stata conservata.
stage-adopt = La strategia è stata adottata e questa versione è stata conservata.
stage-reopen = La strategia è tornata in bozza.
comment-posted = Il Suo commento è stato inviato ai facilitatori.
comment-resolved = La decisione sul commento è stata registrata.
followed = Ora segue questo elemento: riceverà un avviso quando cambia uno stato, un responsabile o una data.
unfollowed = Non segue più questo elemento.

## Notifiche delle attività seguite
plan-notification-status = { $name } ha modificato lo stato dell’attività
plan-notification-owner = { $name } ha modificato il responsabile dell’attività
plan-notification-start_on = { $name } ha modificato la data di inizio dell’attività
plan-notification-due_on = { $name } ha modificato la scadenza dell’attività

## Rifiuti
error-date-invalid = Inserisca una data valida (anno, mese, giorno).
error-dates-reversed = La data di fine precede quella di inizio.
error-number-invalid = Inserisca un numero intero compreso nell’intervallo consentito.
error-aspiration-missing = Un’attività deve contribuire ad almeno un obiettivo.
error-wrong-stage = La strategia non è nella fase richiesta per questa operazione (ad esempio, non è aperta alcuna consultazione).
plan-notifications-title = Attività che segue
aspiration-follow = Segui questo obiettivo
aspiration-unfollow = Non seguire più questo obiettivo
