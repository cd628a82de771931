## Radne skupine: popis.

groups-title = Radne skupine
groups-lead = Tematske skupine koje određeno vrijeme zajednički rade na ostvarenju zajedničkog cilja, a vode ih članovi koji se u vođenju izmjenjuju kako rad napreduje.
groups-none = Još nema radnih skupina.
groups-found-new = Osnujte radnu skupinu
group-members-count = { $count ->
    [one] { $count } član
    [few] { $count } člana
   *[other] { $count } članova
}
group-archived = Arhivirana

## Prostor skupine.

group-purpose = Svrha
group-deliverables = Rezultati
group-mandate = Mandat
group-mandate-dates = Od { $from } do { $until }
group-mandate-open = Od { $from }, bez datuma završetka
group-joining = Pridruživanje
group-seen-by = Tko je vidi
group-leaders = Voditelji
group-leader-since = od { $since }
group-former-leaders = Bivši voditelji
group-leader-term = od { $since } do { $until }
group-members = Članovi
group-events = Događaji skupine
group-no-events = Skupina još nema događaja.
group-join = Pridruži se skupini
group-ask = Zatraži pridruživanje
group-accept-invitation = Prihvati poziv
group-leave = Napusti skupinu
group-you-member = Član ste ove skupine.
group-you-asked = Vaš zahtjev čeka odluku voditelja.
group-you-invited = Pozvani ste u ovu skupinu.
group-archived-note = Mandat ove skupine je istekao: njezin rad ovdje ostaje dostupan za čitanje.
group-sign-in-to-join = Prijavite se da biste se pridružili
group-requests = Zahtjevi za pridruživanje
group-appoint = Imenuj voditeljem
group-step-down = Povuci se s mjesta voditelja
group-calendar = Javni kalendar skupine (.ics)

## Obrazac za novu skupinu.

group-new-title = Osnujte radnu skupinu
group-new-lead = Odredite pravila rada skupine: čemu služi, što će isporučiti i koliko dugo traje. Vi postajete njezin prvi voditelj.
group-field-network = Mreža
group-network-none = Cijela platforma
group-field-title = Naziv skupine
group-field-topic = Tema
group-topic-none = Bez posebne teme
group-field-lang = Radni jezik
group-field-purpose = Svrha
group-field-deliverables = Rezultati
group-field-starts = Početak mandata
group-field-ends = Kraj mandata (nije obvezno)
group-field-admission = Pridruživanje
group-field-visibility = Tko je vidi
group-found = Osnuj skupinu

## Obavijesti nakon slanja obrasca.

group-founded = Radna skupina je osnovana. Vi ste njezin prvi voditelj.
group-joined = Član ste skupine.
group-requested = Vaš je zahtjev poslan voditeljima skupine.
group-left = Napustili ste skupinu.
group-decided = Vaša je odluka spremljena.
group-leader-appointed = Novi voditelj je imenovan.
group-stepped-down = Povukli ste se s mjesta voditelja.
group-standing-requested = Traži pristup
group-standing-invited = Pozvan
