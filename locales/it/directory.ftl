## Modifica dell’elenco: organizzazioni, ricerca partner, membri, reti, importazioni

organisations-export = Scarica questo elenco in formato CSV
filter-offers = Offre partenariato
filter-seeks = Cerca partenariato

organisation-edit = Modifica questa organizzazione
organisation-edit-title = Modifica dell’organizzazione
organisation-edit-back = Torna all’organizzazione
organisation-edit-not-allowed = Solo i membri dell’organizzazione stessa e i coordinatori della piattaforma possono modificarla.
organisation-save = Salva l’organizzazione
organisation-saved = L’organizzazione è stata salvata.
field-organisation-name = Nome dell’organizzazione
field-city = Città
field-description = Descrizione
field-description-language = Lingua della descrizione
field-topics = Ambiti di competenza

partnerships-page-title = Ricerca partner
partnerships-lead = Che cosa offrono e che cosa cercano le organizzazioni delle reti. Può filtrare per tipo di partenariato, ambito di competenza e Paese.
partnerships-title = Offerte e richieste
partnerships-none-here = Questa organizzazione non ha ancora indicato offerte né richieste.
partnerships-none = Nessuna offerta o richiesta corrisponde a questi filtri.
partnerships-found = { $count ->
    [one] { $count } offerta o richiesta
    [many] { $count } di offerte e richieste
   *[other] { $count } offerte e richieste
}
partnership-add = Aggiungi un’offerta o una richiesta
partnership-add-submit = Aggiungi
partnership-added = L’offerta o la richiesta è stata aggiunta.
partnership-withdraw = Ritira
partnership-removed = L’offerta o la richiesta è stata ritirata.
partnership-any-country = Aperta a partner di tutti i Paesi
partnership-open-to = Aperta a partner dei seguenti Paesi: { $countries }
field-direction = Offerta o richiesta
field-partnership-kind = Tipo di partenariato
field-open-to = Aperta a partner dei seguenti Paesi
field-open-to-hint = Non selezioni alcun Paese per accettare partner da tutti i Paesi; tenga premuto Ctrl (o ⌘) per selezionarne più di uno.
suggestions-title = Possibili partner
suggestions-intro = Offerte di altre organizzazioni che rispondono alle richieste di questa organizzazione: stesso tipo di partenariato e almeno un ambito di competenza in comune.
suggestions-mine = Possibili partner per la Sua organizzazione
suggestion-for = Risponde alla richiesta: { $kind }

memberships-title = Adesioni alle reti
memberships-intro = Le reti di cui è facilitatore: aggiunga questa organizzazione, ne modifichi il livello di adesione o la rimuova.
membership-add = Aggiungi alla rete
membership-save = Modifica il livello
membership-remove = Rimuovi dalla rete
membership-saved = L’adesione è stata salvata.
membership-removed = L’organizzazione è stata rimossa dalla rete.
field-level = Livello di adesione
field-network = Rete

network-facilitators = Facilitatori
field-expertise = Competenze
member-no-expertise = Nessuna competenza indicata finora.

network-create = Crea una rete
network-create-submit = Crea la rete
network-created = La rete è stata creata.
field-network-name = Nome della rete
field-network-kind = Tipo di rete
field-network-parent = Aderisce alla rete
network-no-parent = Nessuna (rete di primo livello)
network-no-country = Nessuno (rete internazionale o tematica)
network-country-hint = Le reti nazionali e regionali devono essere associate a un Paese.

import-title = Importa organizzazioni
import-lead = Aggiunga molte organizzazioni a una rete in una sola volta partendo da un file CSV. Vedrà ogni riga verificata prima che venga importato qualsiasi dato.
import-not-allowed = Solo i facilitatori di una rete e i coordinatori della piattaforma possono importare organizzazioni.
import-columns = La prima riga del file indica i nomi delle colonne: { $required } (obbligatorie) e { $optional } (facoltative). Le colonne possono comparire in qualsiasi ordine, separate da virgole o da punti e virgola.
import-lists-hint = Settori, ambiti di competenza e lingue accettano più valori separati da punti e virgola, con gli stessi codici di un elenco esportato; il livello è «core», «member» o «associate» («member» se il campo è vuoto).
import-network = Rete a cui aderiscono le organizzazioni
import-file = File CSV (UTF-8)
import-upload = Verifica il file
import-preview-title = Anteprima dell’importazione
import-preview-heading = Importazione di { $file } in { $network }
import-summary = { $ready ->
    [one] { $ready } organizzazione pronta per l’importazione
    [many] { $ready } di organizzazioni pronte per l’importazione
   *[other] { $ready } organizzazioni pronte per l’importazione
}, { $problems ->
    [one] { $problems } problema
    [many] { $problems } di problemi
   *[other] { $problems } problemi
}.
import-problems = Righe con problemi
import-fix-and-upload = Finché una riga presenta un problema, non viene importato nulla. Corregga il file e lo carichi di nuovo.
import-ready = Righe pronte per l’importazione
import-line = Riga
import-column = Colonna
import-problem = Problema
import-value = Valore nel file
import-apply = { $count ->
    [one] Importa { $count } organizzazione
    [many] Importa { $count } di organizzazioni
   *[other] Importa { $count } organizzazioni
}
import-applied = Le organizzazioni sono state importate.
import-done = { $count ->
    [one] È stata importata { $count } organizzazione.
    [many] Sono state importate { $count } di organizzazioni.
   *[other] Sono state importate { $count } organizzazioni.
}
import-another = Importa un altro file

error-text-missing = Compili questo campo.
error-choice-unknown = Scelga uno dei valori proposti.
error-website-invalid = Inserisca un indirizzo web che inizi con https:// o http://.
error-topic-missing = Scelga almeno un ambito di competenza.
error-already-member = Questa organizzazione aderisce già alla rete.
error-organisation-exists = In questa città esiste già un’organizzazione con questo nome.
error-import-unreadable = Non è stato possibile leggere il file come tabella di organizzazioni. Verifichi che sia un file CSV in UTF-8 la cui prima riga indichi le colonne obbligatorie.
error-import-empty = Il file non contiene alcuna organizzazione.
error-import-too-large = Il file è troppo grande: al massimo 5 MB e 20.000 organizzazioni.
error-import-has-errors = Alcune righe presentano problemi, quindi non è stato importato nulla.
error-import-applied = Questo file è già stato importato.
error-limit-reached = È stato raggiunto il limite: rimuova una voce prima di aggiungerne un’altra.
