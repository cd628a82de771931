## Radne grupe: lista.

groups-title = Radne grupe
groups-lead = Tematske grupe koje određeno vrijeme zajedno rade na ostvarenju zajedničkog cilja, a vode ih članovi koji se u vođenju smjenjuju kako rad napreduje.
groups-none = Još nema radnih grupa.
groups-found-new = Osnujte radnu grupu
group-members-count = { $count ->
    [one] { $count } član
    [few] { $count } člana
   *[other] { $count } članova
}
group-archived = Arhivirana

## Prostor grupe.

group-purpose = Svrha
group-deliverables = Rezultati
group-mandate = Mandat
group-mandate-dates = Od { $from } do { $until }
group-mandate-open = Od { $from }, bez datuma završetka
group-joining = Pridruživanje
group-seen-by = Ko je vidi
group-leaders = Voditelji
group-leader-since = od { $since }
group-former-leaders = Bivši voditelji
group-leader-term = od { $since } do { $until }
group-members = Članovi
group-events = Događaji grupe
group-no-events = Grupa još nema događaja.
group-join = Pridruži se grupi
group-ask = Zatraži pridruživanje
group-accept-invitation = Prihvati poziv
group-leave = Napusti grupu
group-you-member = Član ste ove grupe.
group-you-asked = Vaš zahtjev čeka odluku voditelja.
group-you-invited = Pozvani ste u ovu grupu.
group-archived-note = Mandat ove grupe je istekao: njen rad ovdje ostaje dostupan za čitanje.
group-sign-in-to-join = Prijavite se da biste se pridružili
group-requests = Zahtjevi za pridruživanje
group-appoint = Imenuj za voditelja
group-step-down = Povuci se s mjesta voditelja
group-calendar = Javni kalendar grupe (.ics)

## Obrazac za novu grupu.

group-new-title = Osnujte radnu grupu
group-new-lead = Odredite pravila rada grupe: čemu služi, šta će isporučiti i koliko dugo traje. Vi postajete njen prvi voditelj.
group-field-network = Mreža
group-network-none = Cijela platforma
group-field-title = Naziv grupe
group-field-topic = Oblast
group-topic-none = Bez posebne oblasti
group-field-lang = Radni jezik
group-field-purpose = Svrha
group-field-deliverables = Rezultati
group-field-starts = Početak mandata
group-field-ends = Kraj mandata (nije obavezno)
group-field-admission = Pridruživanje
group-field-visibility = Ko je vidi
group-found = Osnuj grupu

## Obavještenja nakon slanja obrasca.

group-founded = Radna grupa je osnovana. Vi ste njen prvi voditelj.
group-joined = Član ste grupe.
group-requested = Vaš zahtjev je poslan voditeljima grupe.
group-left = Napustili ste grupu.
group-decided = Vaša odluka je sačuvana.
group-leader-appointed = Novi voditelj je imenovan.
group-stepped-down = Povukli ste se s mjesta voditelja.
group-standing-requested = Traži pristup
group-standing-invited = Pozvan
