## Grupy robocze: lista.

groups-title = Grupy robocze
groups-lead = Grupy tematyczne, które przez określony czas pracują razem nad wspólnym celem; prowadzą je członkowie, którzy zmieniają się w tej roli w miarę postępu prac.
groups-none = Nie ma jeszcze żadnej grupy roboczej.
groups-found-new = Załóż grupę roboczą
group-members-count = { $count ->
    [one] Jeden członek
    [few] { $count } członkowie
    [many] { $count } członków
   *[other] { $count } członka
}
group-archived = Zarchiwizowana

## Przestrzeń grupy.

group-purpose = Cel
group-deliverables = Rezultaty
group-mandate = Mandat
group-mandate-dates = Od { $from } do { $until }
group-mandate-open = Od { $from }, bez daty zakończenia
group-joining = Dołączanie
group-seen-by = Widoczna dla
group-leaders = Osoby prowadzące
group-leader-since = od { $since }
group-former-leaders = Poprzednie osoby prowadzące
group-leader-term = od { $since } do { $until }
group-members = Członkowie
group-events = Wydarzenia grupy
group-no-events = Grupa nie ma jeszcze żadnych wydarzeń.
group-join = Dołącz do grupy
group-ask = Poproś o dołączenie
group-accept-invitation = Przyjmij zaproszenie
group-leave = Opuść grupę
group-you-member = Są Państwo członkiem tej grupy.
group-you-asked = Państwa prośba czeka na decyzję osób prowadzących.
group-you-invited = Otrzymali Państwo zaproszenie do tej grupy.
group-archived-note = Mandat tej grupy wygasł: jej dorobek jest tu przechowywany do wglądu.
group-sign-in-to-join = Prosimy się zalogować, aby dołączyć
group-requests = Prośby o dołączenie
group-appoint = Wyznacz na osobę prowadzącą
group-step-down = Zrezygnuj z prowadzenia grupy
group-calendar = Publiczny kalendarz grupy (.ics)

## Formularz nowej grupy.

group-new-title = Załóż grupę roboczą
group-new-lead = Prosimy nadać grupie statut: czemu służy, jakie rezultaty przyniesie i na jak długo powstaje. Zostaną Państwo jej pierwszą osobą prowadzącą.
group-field-network = Sieć
group-network-none = Cała platforma
group-field-title = Nazwa grupy
group-field-topic = Temat
group-topic-none = Bez określonego tematu
group-field-lang = Język roboczy
group-field-purpose = Cel
group-field-deliverables = Rezultaty
group-field-starts = Początek mandatu
group-field-ends = Koniec mandatu (opcjonalnie)
group-field-admission = Dołączanie
group-field-visibility = Widoczna dla
group-found = Załóż grupę

## Komunikaty po wysłaniu formularza.

group-founded = Grupa robocza została założona. Są Państwo jej pierwszą osobą prowadzącą.
group-joined = Są Państwo członkiem grupy.
group-requested = Państwa prośba została wysłana do osób prowadzących grupę.
group-left = Opuścili Państwo grupę.
group-decided = Państwa decyzja została zapisana.
group-leader-appointed = Nowa osoba prowadząca została wyznaczona.
group-stepped-down = Zrezygnowali Państwo z prowadzenia grupy.
group-standing-requested = Prosi o przyjęcie
group-standing-invited = Zaproszony
