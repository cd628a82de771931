## Eventi: perché un orario, un numero di posti o un’iscrizione vengono rifiutati.

error-time-zone-unknown = Scelga un fuso orario dall’elenco.
error-wall-time-skipped = In quel fuso orario, quel giorno, questo orario non esiste: gli orologi vanno avanti di un’ora. Scelga un altro orario.
error-wall-time-repeated = In quel fuso orario, quel giorno, questo orario si presenta due volte: gli orologi tornano indietro di un’ora. Scelga un altro orario.
error-capacity-invalid = Il numero di posti deve essere un numero intero uguale o superiore a 1; lasci il campo vuoto se non c’è un limite.
error-already-registered = La Sua iscrizione a questo evento è già registrata.
error-event-past = Questo evento si è già svolto.
error-event-cancelled = Questo evento è stato annullato.
error-invitation-only = I posti per questo evento sono assegnati solo su invito. Se desidera partecipare, si rivolga agli organizzatori.
error-group-archived = Il mandato di questo gruppo di lavoro è terminato: il gruppo è archiviato e non può più essere modificato.
error-last-leader = Un gruppo di lavoro deve avere almeno un responsabile. Nomini un altro responsabile prima di lasciare l’incarico.
error-place-missing = Indichi un link alla riunione, una sede o entrambi.
error-series-too-long = Una serie può comprendere al massimo 150 appuntamenti. Scelga una data finale precedente.
error-event-unknown = A questo indirizzo non c’è alcun evento, oppure non Le è accessibile.
error-group-unknown = A questo indirizzo non c’è alcun gruppo di lavoro, oppure non Le è accessibile.
error-calendar-address-revoked = Questo indirizzo del calendario è stato revocato. Copi il nuovo indirizzo dalla pagina del Suo calendario.
error-not-registered = Non risulta alcuna Sua iscrizione a questo evento.

## Tipi di eventi.

event-kind-peer-learning = Sessione di apprendimento tra pari
event-kind-webinar = Seminario web
event-kind-e-conference = Conferenza online
event-kind-workshop = Laboratorio
event-kind-study-visit = Visita di studio
event-kind-annual-meeting = Riunione annuale

## Come si ottiene un posto a un evento o si entra in un gruppo di lavoro.

admission-open = Aperto a tutti
admission-request = Su richiesta, con l’approvazione degli organizzatori
admission-invitation = Solo su invito

## La posizione di un membro rispetto a un evento.

attendance-registered = Iscrizione confermata
attendance-waiting = In lista d’attesa
attendance-requested = Richiesta inviata
attendance-invited = Invito ricevuto
attendance-cancelled = Iscrizione annullata
attendance-declined = Richiesta respinta

## Come si ripete una serie di eventi.

recurrence-weekly = Ogni settimana
recurrence-monthly = Ogni mese, nello stesso giorno della settimana

## Chi vede un gruppo di lavoro.

group-visibility-public = Pubblico
group-visibility-members = Membri che hanno effettuato l’accesso
group-visibility-hidden = Solo i membri del gruppo

## L’elenco degli eventi.

events-title = Eventi
events-lead = Sessioni di apprendimento tra pari, seminari web, conferenze, laboratori, visite di studio e riunioni annuali delle reti e dei loro gruppi di lavoro.
events-upcoming = Prossimi eventi
events-past = Eventi passati
events-found = { $count ->
    [one] { $count } evento
    [many] { $count } di eventi
   *[other] { $count } eventi
}
events-none = Nessun evento corrisponde a questi criteri.
events-organise = Organizza un evento
events-your-calendar = Il mio calendario
events-filter-kind = Tipo di evento
events-filter-network = Rete
events-show = Mostra
event-your-time = Nel Suo orario: { $time }
event-online = Evento online
event-places-left = { $count ->
    [one] { $count } posto disponibile
    [many] { $count } di posti disponibili
   *[other] { $count } posti disponibili
}
event-full = Posti esauriti: lista d’attesa aperta
event-recorded = Registrazione disponibile
event-cancelled-badge = Annullato
event-in-series = Fa parte di una serie

## La pagina di un evento.

event-when = Quando
event-where = Dove
event-languages = Lingue di lavoro
event-organised-by = Organizzato da
event-admission = Modalità di partecipazione
event-places = Posti
event-places-taken = { $registered } posti occupati su { $capacity }
event-places-unlimited = { $registered } iscritti, nessun limite di posti
event-waiting-count = { $count ->
    [one] { $count } persona in lista d’attesa
    [many] { $count } di persone in lista d’attesa
   *[other] { $count } persone in lista d’attesa
}
event-your-standing = La Sua iscrizione
event-register = Iscriviti
event-request = Richiedi un posto
event-join-waiting-list = Entra in lista d’attesa
event-access-needs = Esigenze di accessibilità (facoltativo)
event-access-needs-hint = Solo gli organizzatori vedono queste informazioni: accesso senza barriere architettoniche, interpretariato in lingua dei segni, esigenze alimentari, tutto ciò che può facilitare la Sua partecipazione.
event-withdraw = Annulla la mia iscrizione
event-sign-in-to-register = Acceda per iscriversi
event-meeting-link = Link alla riunione
event-meeting-link-hint = Il link alla riunione viene mostrato qui ai partecipanti non appena hanno ottenuto un posto.
event-add-to-calendar = Aggiungi al Suo calendario
event-calendar-file = Questo evento (file .ics)
event-series-file = L’intera serie (file .ics)
event-agenda = Programma
event-materials = Materiali
event-recording = Registrazione
event-watch-recording = Guarda la registrazione
event-questions = Domande e risposte
event-conclusions = Conclusioni
event-taken-place = Questo evento si è svolto.

## Le operazioni degli organizzatori sulla pagina di un evento.

event-organisers = Per gli organizzatori
event-participants = Partecipanti
event-participants-csv = Scarica l’elenco dei partecipanti (CSV)
event-no-participants = Non si è ancora iscritto nessuno.
event-cancel = Annulla questo evento
event-cancel-confirm = Sì, annulla l’evento: i calendari dei partecipanti verranno aggiornati.
event-add-session = Aggiungi una sessione al programma
event-session-starts = Inizio
event-session-ends = Fine
event-session-title = Titolo
event-session-speakers = Relatori
event-add-material = Aggiungi materiale
event-material-title = Titolo
event-material-link = Un link, oppure il numero o l’indirizzo di una risorsa della biblioteca
event-recording-link = Link alla registrazione
event-save = Salva

## Il modulo per un nuovo evento.

event-new-title = Organizza un evento
event-new-lead = Annunci un evento ai membri. Gli orari si inseriscono secondo il fuso orario scelto; ognuno li vede in quel fuso e nel proprio.
event-field-organiser = Organizzato da
event-organiser-platform = Tutta la piattaforma
event-field-kind = Tipo di evento
event-field-title = Titolo
event-field-lang = Lingua di questo annuncio
event-field-languages = Lingue di lavoro dell’evento
event-field-description = Descrizione
event-field-time-zone = Fuso orario
event-field-starts = Inizio
event-field-ends = Fine
event-field-online-url = Link alla riunione (per un evento online)
event-field-venue = Sede (per un evento in presenza)
event-field-address = Indirizzo
event-field-country = Paese
event-field-visibility = Chi può vederlo
event-field-admission = Modalità di partecipazione
event-field-capacity = Numero di posti
event-field-capacity-hint = Lasci vuoto se non c’è un limite. Quando i posti sono esauriti, si apre una lista d’attesa.
event-field-repeat = Ripetizione
event-repeat-none = Non si ripete
event-field-until = Ultima data della serie
event-create = Pubblica l’annuncio

## Avvisi dopo l’invio di un modulo.

event-registered = La Sua iscrizione è confermata. Il link alla riunione e il file del calendario si trovano in questa pagina.
event-waiting = I posti sono esauriti: è in lista d’attesa e otterrà un posto non appena se ne libera uno.
event-requested = La Sua richiesta è stata inviata agli organizzatori.
event-withdrawn = La Sua iscrizione è stata annullata.
event-created = L’evento è stato annunciato.
event-cancelled = L’evento è stato annullato.
event-decided = La Sua decisione è stata salvata.
event-session-added = La sessione è stata aggiunta al programma.
event-material-added = Il materiale è stato aggiunto.
event-recording-saved = Il link alla registrazione è stato salvato.

## L’indirizzo del calendario di un membro.

calendar-title = Il mio calendario
calendar-lead = Si abboni al Suo indirizzo personale del calendario nel Suo programma di calendario (Outlook, Apple Calendar, Thunderbird, Google Calendar): gli eventi a cui è iscritto vi compaiono e restano sempre aggiornati.
calendar-address-label = Il Suo indirizzo del calendario
calendar-address-once = Lo copi ora: viene mostrato solo questa volta. Chiunque abbia questo indirizzo può vedere i Suoi eventi, quindi non lo condivida con nessuno.
calendar-has-address = Ha già un indirizzo del calendario. Se lo ha perso, o se qualcun altro potrebbe conoscerlo, ne crei uno nuovo: quello vecchio smetterà di funzionare.
calendar-no-address = Non ha ancora un indirizzo del calendario.
calendar-make = Crea il mio indirizzo del calendario
calendar-make-new = Crea un nuovo indirizzo
calendar-revoke = Revoca il mio indirizzo
calendar-public-feeds = Calendari pubblici
calendar-public-feeds-lead = Gli eventi aperti a tutti di ciascuna rete e di ciascun gruppo di lavoro pubblico, a cui abbonarsi senza effettuare l’accesso.
calendar-address-made = Il Suo nuovo indirizzo del calendario è pronto.
calendar-address-revoked = Il Suo indirizzo del calendario è stato revocato: i programmi di calendario non ricevono più nulla da esso.
event-participant = Partecipante
error-cancel-unconfirmed = Spunti la casella per confermare l’annullamento dell’evento.
event-country-none = Non indicato

## E-mail relative a un posto a un evento.

mail-event-place-subject = Il Suo posto: { $title }
mail-event-place-body = Buongiorno { $name },

    ha un posto per «{ $title }», { $time }.

    L’evento è allegato a questa e-mail: il Suo programma di calendario lo aggiunge e lo aggiorna in caso di modifiche. La pagina dell’evento, con il link alla riunione se si svolge online:
    { $link }
mail-event-cancelled-subject = Rimosso dal Suo calendario: { $title }
mail-event-cancelled-body = Buongiorno { $name },

    «{ $title }», { $time }, viene rimosso dal Suo calendario: l’evento è stato annullato, oppure è stata annullata la Sua iscrizione.

    Il messaggio allegato consente al Suo programma di calendario di eliminarlo. La pagina dell’evento:
    { $link }
mail-event-reminder-subject = A breve: { $title }
mail-event-reminder-body = Buongiorno { $name },

    Le ricordiamo che «{ $title }», { $time }, inizia a breve.

    La pagina dell’evento, con il link alla riunione se si svolge online:
    { $link }

event-add-question = Porre una domanda ai gruppi di discussione
event-question-text = Domanda
event-record-answer = Registrare la risposta di un gruppo
event-answer-group = Gruppo di discussione
event-answer-text = Risposta del gruppo
event-question-added = La domanda è stata aggiunta.
event-answer-recorded = La risposta del gruppo è stata registrata.

event-edit = Modifica questo evento
event-edit-save = Salva le modifiche
event-saved = L’evento è stato salvato. Chi ha un posto riceve la modifica nel proprio calendario.

## Gli organizzatori invitano i membri.

error-member-unknown = Nessun membro ha questo indirizzo e-mail.
event-invite = Invita un membro
event-invite-email = Indirizzo e-mail del membro
event-invited = L’invito è stato inviato.
mail-event-invited-subject = Il Suo invito: { $title }
mail-event-invited-body = Buongiorno { $name },

    gli organizzatori La invitano a «{ $title }», { $time }.

    Prenoti il Suo posto nella pagina dell’evento:
    { $link }
