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
