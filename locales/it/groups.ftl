## Gruppi di lavoro: l’elenco.

groups-title = Gruppi di lavoro
groups-lead = Gruppi tematici che lavorano insieme per un periodo definito verso un obiettivo comune, guidati da membri che si alternano nel corso dei lavori.
groups-none = Non ci sono ancora gruppi di lavoro.
groups-found-new = Fonda un gruppo di lavoro
group-members-count = { $count ->
    [one] { $count } membro
    [many] { $count } di membri
   *[other] { $count } membri
}
group-archived = Archiviato

## Lo spazio di un gruppo.

group-purpose = Obiettivo
group-deliverables = Risultati attesi
group-mandate = Mandato
group-mandate-dates = Dal { $from } al { $until }
group-mandate-open = Dal { $from }, senza data di fine
group-joining = Adesione
group-seen-by = Visibile a
group-leaders = Responsabili
group-leader-since = dal { $since }
group-former-leaders = Ex responsabili
group-leader-term = Dal { $since } al { $until }
group-members = Membri
group-events = Gli eventi del gruppo
group-no-events = Il gruppo non ha ancora eventi.
group-join = Aderisci al gruppo
group-ask = Chiedi di aderire
group-accept-invitation = Accetta l’invito
group-leave = Lascia il gruppo
group-you-member = È membro di questo gruppo.
group-you-asked = La Sua richiesta è in attesa della decisione dei responsabili.
group-you-invited = È stato invitato a far parte di questo gruppo.
group-archived-note = Il mandato di questo gruppo è terminato: i suoi lavori restano consultabili qui.
group-sign-in-to-join = Acceda per aderire
group-requests = Richieste di adesione
group-appoint = Nomina responsabile
group-step-down = Lascia l’incarico di responsabile
group-calendar = Il calendario pubblico del gruppo (.ics)

## Il modulo per un nuovo gruppo.

group-new-title = Fonda un gruppo di lavoro
group-new-lead = Definisca lo statuto del gruppo: a che cosa serve, che cosa produrrà e per quanto tempo. Lei ne diventa il primo responsabile.
group-field-network = Rete
group-network-none = Tutta la piattaforma
group-field-title = Nome del gruppo
group-field-topic = Tema
group-topic-none = Nessun tema specifico
group-field-lang = Lingua di lavoro
group-field-purpose = Obiettivo
group-field-deliverables = Risultati attesi
group-field-starts = Inizio del mandato
group-field-ends = Fine del mandato (facoltativo)
group-field-admission = Adesione
group-field-visibility = Visibile a
group-found = Fonda il gruppo

## Avvisi dopo l’invio di un modulo.

group-founded = Il gruppo di lavoro è stato fondato. Lei ne è il primo responsabile.
group-joined = È membro del gruppo.
group-requested = La Sua richiesta è stata inviata ai responsabili del gruppo.
group-left = Ha lasciato il gruppo.
group-decided = La Sua decisione è stata salvata.
group-leader-appointed = Il nuovo responsabile è stato nominato.
group-stepped-down = Ha lasciato l’incarico di responsabile.
group-standing-requested = Chiede di aderire
group-standing-invited = Invitato
