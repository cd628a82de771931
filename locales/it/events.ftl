## Eventi: perché un orario, un numero di posti o un’iscrizione vengono rifiutati.

error-time-zone-unknown = Scelga un fuso orario dall’elenco.
error-wall-time-skipped = In quel fuso orario, quel giorno, questo orario non esiste: gli orologi vanno avanti di un’ora. Scelga un altro orario.
error-wall-time-repeated = In quel fuso orario, quel giorno, questo orario si presenta due volte: gli orologi tornano indietro di un’ora. Scelga un altro orario.
error-capacity-invalid = Il numero di posti deve essere un numero intero uguale o superiore a 1; lasci il campo vuoto se non c’è un limite.
error-already-registered = La Sua iscrizione a questo evento è già registrata.
error-event-past = Questo evento si è già svolto.
error-event-cancelled = Questo evento è stato annullato.
error-invitation-only = I posti per questo evento sono assegnati solo su invito. Si rivolga agli organizzatori se desidera partecipare.
error-group-archived = Il mandato di questo gruppo di lavoro è terminato: è archiviato e non può più essere modificato.
error-last-leader = Un gruppo di lavoro ha bisogno di almeno un responsabile. Nomini un altro responsabile prima di lasciare l’incarico.
error-place-missing = Indichi un link alla videoconferenza, una sede o entrambi.
error-series-too-long = Una serie può contare al massimo 150 appuntamenti. Scelga una data finale anteriore.
error-event-unknown = A questo indirizzo non c’è alcun evento, oppure non è accessibile per Lei.
error-group-unknown = A questo indirizzo non c’è alcun gruppo di lavoro, oppure non è accessibile per Lei.
error-calendar-address-revoked = Questo indirizzo del calendario è stato revocato. Copi il nuovo indirizzo dalla Sua pagina del calendario.
error-not-registered = Non risulta alcuna Sua iscrizione a questo evento.

## I tipi di eventi.

event-kind-peer-learning = Incontro di apprendimento tra pari
event-kind-webinar = Webinar
event-kind-e-conference = Conferenza online
event-kind-workshop = Laboratorio
event-kind-study-visit = Visita di studio
event-kind-annual-meeting = Assemblea annuale

## Come si ottiene un posto a un evento o si entra in un gruppo di lavoro.

admission-open = Aperto a tutti
admission-request = Su richiesta, approvata dagli organizzatori
admission-invitation = Solo su invito

## La situazione di un membro rispetto a un evento.

attendance-registered = Iscritto
attendance-waiting = In lista d’attesa
attendance-requested = Richiesta inviata
attendance-invited = Invitato
attendance-cancelled = Iscrizione annullata
attendance-declined = Richiesta respinta

## Come si ripete una serie di eventi.

recurrence-weekly = Ogni settimana
recurrence-monthly = Ogni mese, nello stesso giorno della settimana

## Chi vede un gruppo di lavoro.

group-visibility-public = Pubblico
group-visibility-members = Membri che hanno effettuato l’accesso
group-visibility-hidden = Solo i membri del gruppo
