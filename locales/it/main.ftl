## La cornice di ogni pagina

site-name = EuroVET Commons
skip-to-content = Vai al contenuto
nav-label = Navigazione principale
nav-directory = Elenco
nav-counselling = Consulenza tra pari
nav-plans = Strategia e piani
footer-tagline = La casa comune delle reti europee di enti di istruzione e formazione professionale (IFP).
search-button = Cerca
error-load = Impossibile caricare il contenuto. Riprovi tra qualche istante.

not-found-title = Pagina non trovata
not-found-body = A questo indirizzo non c’è nulla. La pagina potrebbe essere stata spostata oppure il link potrebbe contenere un errore.
not-found-home = Vai alla pagina iniziale

## Paese e lingua

language-link = Paese e lingua
language-title = Scelga il Paese e la lingua
language-lead = Scelga il Suo Paese, poi una delle sue lingue. Ogni pagina segue la Sua scelta e questo dispositivo la ricorda.
language-current = Sta consultando la piattaforma in { $language }.
language-countries = Paesi membri e relative lingue

## Pagina iniziale

home-title = Gli enti di IFP d’Europa, uniti in un’unica rete
home-lead = Trovi partner in tutte le reti aderenti, chieda consiglio ai colleghi e costruisca insieme a loro la strategia della rete.
home-figures = La rete in cifre
home-parts = Che cosa può fare qui
home-directory = Reti, organizzazioni e membri in tutti i paesi aderenti, e partner per il Suo prossimo progetto.
home-counselling = Chieda ai colleghi che hanno già risolto lo stesso problema e risponda nella Sua lingua.
home-plans = La visione, gli obiettivi e le attività di ciascuna rete, monitorati insieme dai suoi facilitatori.
figure-networks = { $count ->
    [one] rete
    [many] reti
   *[other] reti
}
figure-organisations = { $count ->
    [one] organizzazione
    [many] organizzazioni
   *[other] organizzazioni
}
figure-members = { $count ->
    [one] membro
    [many] membri
   *[other] membri
}
figure-countries = { $count ->
    [one] paese
    [many] paesi
   *[other] paesi
}

## Elenco

directory-title = Elenco dei membri
directory-lead = Le reti della piattaforma: dalla rete internazionale alle reti nazionali, regionali e tematiche che ne fanno parte.
directory-search-label = Cerca reti per nome o città
directory-tree-label = Le reti e le relative reti aderenti
directory-no-match = Nessuna rete corrisponde a «{ $query }».
organisation-count = { $count ->
    [0] nessuna organizzazione aderente
    [one] { $count } organizzazione aderente
    [many] { $count } organizzazioni aderenti
   *[other] { $count } organizzazioni aderenti
}
directory-organisations-link = Sfoglia tutte le organizzazioni
map-link = Mappa dei Paesi membri

organisations-title = Organizzazioni
organisations-lead = Tutte le organizzazioni aderenti alla piattaforma. Cerchi per nome, città o descrizione e restringa l’elenco con i filtri.
organisations-search-label = Nome, città o descrizione
organisations-found = { $count ->
    [0] Nessuna organizzazione trovata
    [one] { $count } organizzazione trovata
    [many] { $count } di organizzazioni trovate
   *[other] { $count } organizzazioni trovate
}
organisations-none = Nessuna organizzazione corrisponde a questi filtri. Rimuova un filtro o cerchi con meno parole.
filter-any = Tutti
filter-country = Paese
filter-type = Tipo di organizzazione
filter-sector = Settore
filter-topic = Ambito di competenza
filter-language = Lingua parlata
sort-label = Ordina per
sort-relevance = Pertinenza
sort-name = Nome
sort-newest = Più recenti prima
sort-country = Paese
page-navigation = Pagine
page-previous = Pagina precedente
page-next = Pagina successiva
page-position = Pagina { $page } di { $pages }

organisation-back = Torna alle organizzazioni
organisation-description = Informazioni sull’organizzazione
organisation-languages = Lingue parlate
organisation-website = Sito web
organisation-networks = Reti
organisation-members = Membri
organisation-contact-private = I recapiti sono visibili solo ai membri che hanno effettuato l’accesso.

network-back = Torna all’elenco dei membri
network-parent = Aderisce a
network-figures = La rete in cifre
network-description = Informazioni sulla rete
network-member-networks = Reti aderenti
network-organisations = Organizzazioni aderenti
network-all-organisations = { $count ->
    [one] Mostra l’organizzazione aderente nell’elenco delle organizzazioni ({ $count })
    [many] Mostra tutti i { $count } di organizzazioni aderenti nell’elenco delle organizzazioni
   *[other] Mostra tutte le { $count } organizzazioni aderenti nell’elenco delle organizzazioni
}

map-title = I Paesi membri sulla mappa
map-lead = Ogni Paese membro è colorato in base al numero delle sue organizzazioni aderenti. Selezioni un Paese per vederne le organizzazioni.
map-table = Organizzazioni aderenti per Paese

## Consulenza tra pari

counselling-title = Consulenza tra pari
counselling-lead = Chieda ai membri che si sono trovati davanti alla stessa domanda e condivida ciò che ha funzionato per Lei.

## Strategia e piani

plans-title = Strategia e piani d’azione
plans-lead = La strategia quinquennale di ciascuna rete, i suoi obiettivi e le attività del suo piano d’azione.
