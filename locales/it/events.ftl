## Eventi: perché un orario, un numero di posti o un’iscrizione vengono rifiutati.

error-time-zone-unknown = Scelga un fuso orario dall’elenco.
error-wall-time-skipped = In quel fuso orario, quel giorno, questo orario non esiste: gli orologi vanno avanti di un’ora. Scelga un altro orario.
error-wall-time-repeated = In quel fuso orario, quel giorno, questo orario si presenta due volte: gli orologi tornano indietro di un’ora. Scelga un altro orario.
error-capacity-invalid = Il numero di posti deve essere un numero intero uguale o superiore a 1; lasci il campo vuoto se non c’è un limite.
error-already-registered = La Sua iscrizione a questo evento è già registrata.
error-event-past = Questo evento si è già svolto.
error-event-cancelled = Questo evento è stato annullato.
