# La biblioteca: le risorse condivise dalle reti, in più lingue.

nav-library = Biblioteca
library-title = Biblioteca
library-lead = Guide, manuali, modelli, video e strumenti dei membri delle reti, ciascuno nelle lingue in cui è stato tradotto.
library-add = Aggiungi una risorsa
library-add-lead = Condivida un documento, un ePub, un video, una presentazione, un modello o un link. Ne indichi il titolo e il riassunto nella lingua in cui è scritto; le traduzioni potranno essere aggiunte in seguito.
library-add-send = Aggiungi la risorsa
library-sign-in-to-add = Acceda per aggiungere una risorsa
library-found = { $count ->
    [one] { $count } risorsa
    [many] { $count } di risorse
   *[other] { $count } risorse
}
library-none = Nessuna risorsa corrisponde a questa ricerca.
library-search-label = Cerca nei titoli, nei riassunti e nel testo dei file
library-sort = Ordina per
library-sort-relevance = Pertinenza
library-sort-newest = Più recenti prima
library-file = File
library-file-hint = Al massimo { $size } MB (per un video: { $video } MB), oppure indichi un link alla pagina in cui è ospitato. PDF, ePub, documenti di testo, fogli di calcolo e presentazioni (OpenDocument, Word, Excel, PowerPoint), video, audio, immagini e testo semplice.

resource-kind = Tipo
resource-kind-document = Documento
resource-kind-epub = ePub
resource-kind-video = Video
resource-kind-presentation = Presentazione
resource-kind-template = Modello o strumento
resource-kind-website = Sito web
resource-kind-dataset = Set di dati

resource-audience = Destinatari
audience-trainers = Docenti e formatori
audience-learners = Discenti e apprendisti
audience-managers = Dirigenti degli enti di IFP
audience-companies = Imprese e tutor aziendali
audience-guidance = Orientatori
audience-policymakers = Decisori politici

resource-licence = Licenza
licence-cc-by = Attribuzione (CC BY 4.0)
licence-cc-by-sa = Attribuzione – Condividi allo stesso modo (CC BY-SA 4.0)
licence-cc-by-nc = Attribuzione – Non commerciale (CC BY-NC 4.0)
licence-cc-by-nc-sa = Attribuzione – Non commerciale – Condividi allo stesso modo (CC BY-NC-SA 4.0)
licence-cc-by-nd = Attribuzione – Non opere derivate (CC BY-ND 4.0)
licence-cc-by-nc-nd = Attribuzione – Non commerciale – Non opere derivate (CC BY-NC-ND 4.0)
licence-cc0 = Pubblico dominio (CC0 1.0)
licence-all-rights-reserved = Tutti i diritti riservati
resource-attribution = «{ $title }» di { $author }, con licenza { $licence }.
resource-licence-deed = Che cosa consente la licenza
resource-rights-reserved = © { $author }. Tutti i diritti riservati: chieda il permesso agli autori prima di riutilizzarla.

resource-visibility = Chi può vederla
visibility-everyone = Tutti
visibility-members = Membri che hanno effettuato l’accesso
visibility-network = Membri della sua rete

resource-status-draft = Bozza
resource-status-submitted = In attesa di revisione
resource-status-published = Pubblicata
resource-draft-hint = solo Lei e i facilitatori della rete possono vederla finché non viene pubblicata.
resource-submitted-hint = i facilitatori della rete la esaminano prima che diventi pubblica.
resource-hidden = Nascosta da un moderatore

resource-field-title = Titolo
resource-field-summary = Riassunto
resource-field-author = Autori (come indicati nell’attribuzione)
resource-field-link = Link (un sito web o la pagina in cui è ospitato un video)
resource-field-draft = Per ora, conservare come bozza
resource-language = Lingua
resource-topics = Temi
resource-sectors = Settori
resource-countries = Paesi
resource-network = Rete
resource-network-none = Tutta la piattaforma
resource-organisation = Organizzazione
resource-added-by = Aggiunta da
resource-updated = Aggiornata
resource-about = Informazioni sulla risorsa
resource-original = originale
resource-other-languages = In altre lingue
resource-not-in-your-language = Non ancora disponibile in { $language }: è mostrata in { $shown }, la lingua in cui è stata scritta.
resource-open-pdf = Apri il PDF
resource-download = Scarica
resource-open-link = Vai alla risorsa
resource-files = File
resource-file-name = Nome del file
resource-file-size = Dimensione
resource-file-uploaded = Data di caricamento
resource-file-current = attuale
resource-pages = { $count ->
    [one] { $count } pagina
    [many] { $count } di pagine
   *[other] { $count } pagine
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Carica un nuovo file ({ $language })
resource-new-file-hint = Il nuovo file diventa quello attuale; i file precedenti restano nell’elenco e si possono ancora scaricare.
resource-new-file-send = Carica il file
resource-add-translation = Aggiungi una traduzione
resource-add-translation-send = Aggiungi la traduzione
resource-review = Revisione
resource-review-publish = Pubblica
resource-review-return = Restituisci all’autore come bozza
resource-publish = Pubblica

resource-added = La risorsa è stata aggiunta.
resource-version-added = La traduzione è stata aggiunta.
resource-file-added = Il nuovo file è stato caricato; quello precedente resta nell’elenco.
resource-published = La risorsa è stata pubblicata.
resource-submitted = La risorsa è stata inviata: i facilitatori della rete la esaminano prima che diventi pubblica.
resource-returned = La risorsa è stata restituita all’autore come bozza.

upload-progress = Caricamento: { $percent }%
upload-failed = Il caricamento non è riuscito. Riprovi.

error-file-too-large = Il file supera il limite previsto per questo tipo di risorsa. Condivida invece un link alla pagina in cui è ospitato.
error-file-missing = Scelga un file o indichi un link.
error-upload-incomplete = Il caricamento si è interrotto prima che arrivasse l’intero file. Non è stato conservato nulla; riprovi.
error-file-type-refused = La biblioteca non accetta questo tipo di file. Programmi e archivi compressi vengono rifiutati; i file ePub, OpenDocument e Office sono accettati.
error-file-type-mismatch = Il contenuto del file non corrisponde al suo nome: un file con estensione .pdf deve essere un PDF.
error-file-name-invalid = Il nome del file contiene caratteri non ammessi nei nomi di file, oppure è troppo lungo (al massimo 200 caratteri).
error-file-unreadable = Impossibile leggere il file: è danneggiato, oppure, una volta decompresso, produce molti più dati di quanti ne contenga.
error-file-duplicate = Questo stesso file è già il file attuale di questa versione.
error-link-invalid = Il link deve essere un indirizzo web che inizia con https:// o http://.
error-version-exists = La risorsa ha già una versione in questa lingua.
error-not-a-form = Questa richiesta non è un modulo che la biblioteca è in grado di leggere.
error-back-to-form = Torna al modulo

## Raccolte (cassette degli attrezzi)

collections-title = Cassette degli attrezzi
collections-lead = Raccolte di risorse curate dai facilitatori delle reti su un tema o per una rete, ciascuna accompagnata da una nota che spiega perché è stata inclusa.
collections-none = Non c’è ancora nessuna cassetta degli attrezzi.
collection-count = { $count ->
    [one] { $count } risorsa
    [many] { $count } di risorse
   *[other] { $count } risorse
}
collection-new = Nuova cassetta degli attrezzi
collection-new-lead = Una cassetta degli attrezzi riunisce risorse della biblioteca nell’ordine che Lei sceglie. Le risorse si aggiungono dalle rispettive pagine.
collection-description = A che cosa serve la cassetta degli attrezzi
collection-create = Crea la cassetta degli attrezzi
collection-curator = A cura di
collection-empty = Questa cassetta degli attrezzi non contiene ancora nessuna risorsa.
collection-unseen = { $count ->
    [one] { $count } altra risorsa di questa cassetta degli attrezzi è riservata ai membri che hanno effettuato l’accesso o ai membri di una rete.
    [many] { $count } di altre risorse di questa cassetta degli attrezzi sono riservate ai membri che hanno effettuato l’accesso o ai membri di una rete.
   *[other] { $count } altre risorse di questa cassetta degli attrezzi sono riservate ai membri che hanno effettuato l’accesso o ai membri di una rete.
}
collection-add-hint = Per aggiungere una risorsa, la apra nella biblioteca e scelga «Aggiungi a una cassetta degli attrezzi».
collection-item-up = Sposta su
collection-item-down = Sposta giù
collection-item-remove = Rimuovi dalla cassetta degli attrezzi
collection-item-note = Nota
collection-item-note-save = Salva la nota
collection-note = Perché si trova nella cassetta degli attrezzi (facoltativo)
collection-add-to = Aggiungi a una cassetta degli attrezzi
collection-which = Cassetta degli attrezzi
collection-add-send = Aggiungi alla cassetta degli attrezzi
collection-created = La cassetta degli attrezzi è stata creata. Aggiunga le risorse dalle rispettive pagine.
collection-saved = La cassetta degli attrezzi è stata salvata.
collection-item-added = La risorsa è stata aggiunta alla cassetta degli attrezzi.

## Dove è utilizzata una risorsa, e come allegarla

used-in-title = Utilizzata in
used-in-collection = Cassetta degli attrezzi
used-in-thread = Consulenza tra pari
used-in-activity = Piano d’azione
attached-title = Risorse della biblioteca
attached-add = Allega una risorsa
attached-resource = Risorsa
attached-resource-hint = L’indirizzo della sua pagina nella biblioteca, oppure il suo numero.
attached-add-send = Allega
attached-remove = Rimuovi
resource-attached = La risorsa è stata allegata.
resource-detached = La risorsa è stata rimossa.
activity-resources = Risorse
activity-resources-none = A questa attività non è allegata nessuna risorsa della biblioteca.
error-resource-unknown = Nessuna risorsa della biblioteca che Lei può consultare ha questo indirizzo o questo numero.
error-already-listed = Questa risorsa è già presente.

## Modifica, segnalazioni e revisione

resource-edit = Modifica
resource-edit-lead = Modifichi le informazioni che descrivono la risorsa e il titolo, il riassunto e il link di una delle sue versioni linguistiche. I file si aggiungono dalla pagina della risorsa; quelli precedenti vengono conservati.
resource-edit-version = Versione linguistica: { $language }
resource-edit-other-versions = Modifica un’altra versione linguistica
resource-edit-save = Salva le modifiche
resource-saved = Le modifiche sono state salvate.
resource-flag = Segnala
resource-flagged = Grazie: i revisori della biblioteca esamineranno questa risorsa.
resource-moderation-hide = Nascondi la risorsa
resource-moderation-restore = Mostra di nuovo la risorsa
resource-moderation-dismiss = Lascia la risorsa com’è
library-review-title = Revisione delle risorse della biblioteca
library-review-waiting = In attesa di una decisione
library-review-none = Nessuna risorsa è in attesa di revisione o è stata segnalata.
library-review-resource = Risorsa
