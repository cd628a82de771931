## Consulenza tra pari: l’elenco delle discussioni

counselling-sign-in-to-ask = Acceda per porre una domanda ai colleghi o per rispondere alle loro.
threads-search-label = Cerca nelle domande e nelle risposte
thread-topic = Tema
threads-language = Lingua
threads-network = Rete
threads-state = Stato
threads-unsolved = Non ancora risolta
threads-solved = Risolta
threads-show = Mostra
threads-followed = Discussioni che seguo
threads-mine = Le mie domande
threads-found = { $count ->
    [one] { $count } discussione
    [many] { $count } di discussioni
   *[other] { $count } discussioni
}
threads-none = Nessuna discussione corrisponde ai criteri. Provi con meno filtri oppure ponga Lei la domanda.
thread-unread = Nuova
thread-solved = Risolta
thread-hidden-badge = Nascosta
thread-asked-by = domanda di { $name }
thread-replies = { $count ->
    [one] { $count } risposta
    [many] { $count } di risposte
   *[other] { $count } risposte
}
notifications-link = Notifiche
notifications-unread = { $count ->
    [one] { $count } non letta
    [many] { $count } non lette
   *[other] { $count } non lette
}

## Una discussione

thread-back = Tutte le discussioni
thread-platform = Tutta la piattaforma
thread-hidden = I moderatori hanno nascosto questa domanda. È visibile solo a Lei e ai moderatori.
thread-follow = Segui questa discussione
thread-unfollow = Non seguire più
thread-sign-in-to-reply = Acceda per rispondere.
answer-accepted-title = Risposta accettata
answer-accepted-badge = Risposta accettata
answer-accept = Accetta come risposta
answer-unaccept = Annulla l’accettazione
post-edited-link = modificato (vedi le versioni)
post-hidden = Nascosto dai moderatori: { $reason }
post-quote = Cita
post-edit = Modifica
post-flag = Segnala ai moderatori
flag-reason = Perché i moderatori dovrebbero esaminare questo messaggio?
flag-send = Invia la segnalazione
post-language = Lingua del testo
reply-title = La Sua risposta
reply-body = Risposta
reply-send = Pubblica la risposta
markdown-help = Può formattare il testo con Markdown: **grassetto**, *corsivo*, elenchi che iniziano con -, link nella forma [testo](https://…).
markdown-preview = Anteprima

## Porre una domanda

ask-title = Chieda ai colleghi
ask-lead = Descriva la Sua situazione e che cosa ha già provato. I membri delle reti che possono vedere la Sua domanda potranno rispondere.
ask-field-title = La Sua domanda in una frase
ask-field-body = Dettagli
ask-field-audience = Chi può vederla
ask-send = Pubblica la domanda

## Modifiche e versioni

post-edit-title = Modifichi il Suo messaggio
post-edit-body = Testo
post-edit-save = Salva la nuova versione
post-history-title = Versioni di un messaggio
post-history-current = Versione attuale
post-history-earlier = Versione precedente
post-history-back = Torna alla discussione

## Notifiche e riepilogo via e-mail

notifications-title = Notifiche
notifications-none = Nessuna novità. Segua una discussione o un tema per ricevere un avviso quando succede qualcosa.
notifications-mark-read = Segna tutte come lette
notification-reply = { $name } ha risposto in
notification-topic = { $name } ha posto una domanda in un tema che Lei segue:
notification-accepted = { $name } ha accettato la Sua risposta come soluzione in
digest-title = Riepilogo via e-mail
digest-legend = Desidero ricevere un riepilogo delle notifiche non lette
digest-immediate = Appena succede qualcosa
digest-daily = Una volta al giorno
digest-weekly = Una volta alla settimana
digest-never = Mai (le leggo qui)
digest-save = Salva la scelta
topics-followed-title = Temi che seguo
topics-followed-lead = Riceve un avviso per ogni nuova domanda nei temi che segue.
topic-follow = Segui
topic-unfollow = Non seguire più

## Moderazione

moderation-title = Moderazione
moderation-queue-title = Messaggi segnalati
moderation-queue-empty = Nessun messaggio è in attesa di una decisione.
moderation-flags = Segnalazioni
moderation-decide = Modera
moderation-reason = Motivo
moderation-hide = Nascondi il messaggio
moderation-restore = Mostra di nuovo il messaggio
moderation-dismiss = Lascia il messaggio com’è
moderation-log-title = Decisioni
moderation-log-empty = Non è ancora stata presa alcuna decisione.
moderation-log-when = Data e ora
moderation-log-who = Moderatore
moderation-log-what = Decisione
moderation-log-thread = Discussione
moderation-action-hide = Nascosto
moderation-action-restore = Mostrato di nuovo
moderation-action-dismiss = Segnalazioni archiviate

## Conferme e rifiuti

thread-asked = La Sua domanda è stata pubblicata. Riceverà un avviso per ogni risposta.
reply-posted = La Sua risposta è stata pubblicata.
post-edited = Il Suo messaggio è stato salvato; la versione precedente resta visibile nella cronologia.
answer-accepted = La risposta è stata contrassegnata come risposta accettata.
answer-unaccepted = La risposta non è più contrassegnata come risposta accettata.
thread-followed = Ora segue questa discussione.
thread-unfollowed = Non segue più questa discussione.
topics-saved = I Suoi temi sono stati salvati.
post-flagged = Grazie: i moderatori esamineranno questo messaggio.
moderation-saved = La decisione è stata salvata.
notifications-read = Tutte le notifiche sono state segnate come lette.
digest-saved = La Sua scelta è stata salvata.
error-already-flagged = Ha già effettuato questa segnalazione; i moderatori la esamineranno.
error-not-an-answer = Solo una risposta visibile può essere la risposta accettata.

## E-mail

mail-digest-subject = Novità nella Consulenza tra pari
mail-digest-body = Buongiorno,

    { $count ->
        [one] c’è { $count } nuova notifica per Lei nella Consulenza tra pari:
        [many] ci sono { $count } di nuove notifiche per Lei nella Consulenza tra pari:
       *[other] ci sono { $count } nuove notifiche per Lei nella Consulenza tra pari:
    }

    { $items }
    Tutte le Sue notifiche e la frequenza con cui riceve questo riepilogo: { $link }
