## Gruppi ta’ ħidma: il-lista.

groups-title = Gruppi ta’ ħidma
groups-lead = Gruppi tematiċi li jaħdmu flimkien għal żmien stabbilit lejn għan komuni, immexxija minn membri li jieħdu d-dawra tagħhom hekk kif jimxi x-xogħol.
groups-none = Għad m’hemm l-ebda grupp ta’ ħidma.
groups-found-new = Waqqaf grupp ta’ ħidma
group-members-count = { $count ->
    [one] { $count } membru
    [two] { $count } membri
    [few] { $count } membri
    [many] { $count } membru
   *[other] { $count } membru
}
group-archived = Arkivjat

## L-ispazju ta’ grupp.

group-purpose = Għan
group-deliverables = Riżultati mistennija
group-mandate = Mandat
group-mandate-dates = Minn { $from } sa { $until }
group-mandate-open = Minn { $from }, mingħajr data tat-tmiem
group-joining = Sħubija
group-seen-by = Jidher għal
group-leaders = Mexxejja
group-leader-since = minn { $since }
group-former-leaders = Mexxejja preċedenti
group-leader-term = { $since } sa { $until }
group-members = Membri
group-events = L-avvenimenti tal-grupp
group-no-events = Il-grupp għad m’għandu l-ebda avveniment.
group-join = Issieħeb fil-grupp
group-ask = Itlob biex tissieħeb
group-accept-invitation = Aċċetta l-invit
group-leave = Oħroġ mill-grupp
group-you-member = Int membru ta’ dan il-grupp.
group-you-asked = It-talba tiegħek qed tistenna d-deċiżjoni tal-mexxejja.
group-you-invited = Ġejt mistieden f’dan il-grupp.
group-archived-note = Il-mandat ta’ dan il-grupp intemm: ix-xogħol tiegħu jinżamm hawn biex jinqara.
group-sign-in-to-join = Idħol fil-kont biex tissieħeb
group-requests = Talbiet għal sħubija
group-appoint = Aħtar bħala mexxej
group-step-down = Irtira minn mexxej
group-calendar = Il-kalendarju pubbliku tal-grupp (.ics)

## Il-formola għal grupp ġdid.

group-new-title = Waqqaf grupp ta’ ħidma
group-new-lead = Agħti lill-grupp il-karta tiegħu: għal xiex inhu, x’se jwassal u għal kemm żmien. Int issir l-ewwel mexxej tiegħu.
group-field-network = Netwerk
group-network-none = Il-pjattaforma kollha
group-field-title = Isem il-grupp
group-field-topic = Suġġett
group-topic-none = L-ebda suġġett partikolari
group-field-lang = Lingwa tax-xogħol
group-field-purpose = Għan
group-field-deliverables = Riżultati mistennija
group-field-starts = Bidu tal-mandat
group-field-ends = Tmiem il-mandat (mhux obbligatorju)
group-field-admission = Sħubija
group-field-visibility = Jidher għal
group-found = Waqqaf il-grupp

## Avviżi wara formola.

group-founded = Il-grupp ta’ ħidma twaqqaf. Int l-ewwel mexxej tiegħu.
group-joined = Issa int membru tal-grupp.
group-requested = It-talba tiegħek intbagħtet lill-mexxejja tal-grupp.
group-left = Ħriġt mill-grupp.
group-decided = Id-deċiżjoni tiegħek ġiet salvata.
group-leader-appointed = Il-mexxej il-ġdid inħatar.
group-stepped-down = Irtirajt minn mexxej.
group-standing-requested = Qed jitlob li jissieħeb
group-standing-invited = Mistieden
