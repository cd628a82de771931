## Töörühmad: loend.

groups-title = Töörühmad
groups-lead = Temaatilised rühmad, mis töötavad kindla aja jooksul koos ühise eesmärgi nimel ja mida juhivad liikmed, kes töö käigus üksteist vahetavad.
groups-none = Töörühmi ei ole veel.
groups-found-new = Asuta töörühm
group-members-count = { $count ->
    [one] { $count } liige
   *[other] { $count } liiget
}
group-archived = Arhiveeritud

## Rühma tööruum.

group-purpose = Eesmärk
group-deliverables = Tulemused
group-mandate = Volitused
group-mandate-dates = { $from } kuni { $until }
group-mandate-open = Alates { $from }, lõppkuupäevata
group-joining = Liitumine
group-seen-by = Kes näevad
group-leaders = Juhid
group-leader-since = alates { $since }
group-former-leaders = Endised juhid
group-leader-term = { $since } kuni { $until }
group-members = Liikmed
group-events = Rühma üritused
group-no-events = Rühmal ei ole veel üritusi.
group-join = Liitu rühmaga
group-ask = Taotle liitumist
group-accept-invitation = Võta kutse vastu
group-leave = Lahku rühmast
group-you-member = Olete selle rühma liige.
group-you-asked = Teie taotlus ootab juhtide otsust.
group-you-invited = Teid on sellesse rühma kutsutud.
group-archived-note = Selle rühma volitused on lõppenud: selle töö on siin lugemiseks alles hoitud.
group-sign-in-to-join = Liitumiseks logige sisse
group-requests = Liitumistaotlused
group-appoint = Määra juhiks
group-step-down = Astu juhi kohalt tagasi
group-calendar = Rühma avalik kalender (.ics)

## Uue rühma vorm.

group-new-title = Asutage töörühm
group-new-lead = Koostage rühmale põhikiri: milleks see on, mida see loob ja kui kauaks. Teist saab rühma esimene juht.
group-field-network = Võrgustik
group-network-none = Kogu platvorm
group-field-title = Rühma nimi
group-field-topic = Teema
group-topic-none = Kindel teema puudub
group-field-lang = Töökeel
group-field-purpose = Eesmärk
group-field-deliverables = Tulemused
group-field-starts = Volituste algus
group-field-ends = Volituste lõpp (valikuline)
group-field-admission = Liitumine
group-field-visibility = Kes näevad
group-found = Asuta rühm

## Teated pärast vormi saatmist.

group-founded = Töörühm on asutatud. Olete selle esimene juht.
group-joined = Olete rühma liige.
group-requested = Teie taotlus on rühma juhtidele saadetud.
group-left = Olete rühmast lahkunud.
group-decided = Teie otsus on salvestatud.
group-leader-appointed = Uus juht on määratud.
group-stepped-down = Olete juhi kohalt tagasi astunud.
group-standing-requested = Soovib liituda
group-standing-invited = Kutsutud
