## Avvenimenti: għaliex ħin, numru ta’ postijiet jew reġistrazzjoni ma jiġux aċċettati.

error-time-zone-unknown = Agħżel żona tal-ħin mil-lista.
error-wall-time-skipped = Dan il-ħin ma jeżistix f’dik iż-żona tal-ħin f’dak il-jum: l-arloġġi jimxu siegħa ’il quddiem. Agħżel ħin ieħor.
error-wall-time-repeated = Dan il-ħin jiġi darbtejn f’dik iż-żona tal-ħin f’dak il-jum: l-arloġġi jmorru siegħa lura. Agħżel ħin ieħor.
error-capacity-invalid = In-numru ta’ postijiet irid ikun numru sħiħ ta’ 1 jew aktar; ħalli l-qasam vojt jekk m’hemmx limitu.
error-already-registered = Diġà rreġistrajt għal dan l-avveniment.
error-event-past = Dan l-avveniment diġà sar.
error-event-cancelled = Dan l-avveniment ġie kkanċellat.
error-invitation-only = Il-postijiet f’dan l-avveniment jingħataw biss b’invit. Ikkuntattja lill-organizzaturi jekk tixtieq tipparteċipa.
error-group-archived = Il-mandat ta’ dan il-grupp ta’ ħidma ntemm: ġie arkivjat u ma jistax jinbidel aktar.
error-last-leader = Grupp ta’ ħidma jeħtieġ mexxej wieħed tal-inqas. Aħtar mexxej ieħor qabel ma tirtira.
error-place-missing = Agħti ħolqa għall-vidjokonferenza, post, jew it-tnejn.
error-series-too-long = Serje tista’ jkollha l-aktar 150 laqgħa. Agħżel data tat-tmiem aktar kmieni.
error-event-unknown = M’hemm l-ebda avveniment f’dan l-indirizz, jew mhuwiex miftuħ għalik.
error-group-unknown = M’hemm l-ebda grupp ta’ ħidma f’dan l-indirizz, jew mhuwiex miftuħ għalik.
error-calendar-address-revoked = Dan l-indirizz tal-kalendarju ġie revokat. Ikkopja l-indirizz il-ġdid tiegħek mill-paġna tal-kalendarju tiegħek.
error-not-registered = M’intix irreġistrat għal dan l-avveniment.

## It-tipi ta’ avvenimenti.

event-kind-peer-learning = Sessjoni ta’ tagħlim bejn il-pari
event-kind-webinar = Seminar onlajn
event-kind-e-conference = Konferenza onlajn
event-kind-workshop = Sessjoni ta’ ħidma
event-kind-study-visit = Żjara ta’ studju
event-kind-annual-meeting = Laqgħa annwali

## Kif wieħed jikseb post f’avveniment jew jidħol fi grupp ta’ ħidma.

admission-open = Miftuħ għal kulħadd
admission-request = Fuq talba, approvata mill-organizzaturi
admission-invitation = B’invit biss

## Fejn jinsab membru fir-rigward ta’ avveniment.

attendance-registered = Irreġistrat
attendance-waiting = Fil-lista ta’ stennija
attendance-requested = Talba mibgħuta
attendance-invited = Mistieden
attendance-cancelled = Reġistrazzjoni kkanċellata
attendance-declined = Talba miċħuda

## Kif tirrepeti ruħha serje ta’ avvenimenti.

recurrence-weekly = Kull ġimgħa
recurrence-monthly = Kull xahar, fl-istess jum tal-ġimgħa

## Min jara grupp ta’ ħidma.

group-visibility-public = Pubbliku
group-visibility-members = Membri li daħlu
group-visibility-hidden = Il-membri tal-grupp biss

## Il-lista tal-avvenimenti.

events-title = Avvenimenti
events-lead = Sessjonijiet ta’ tagħlim bejn il-pari, seminarji onlajn, konferenzi, sessjonijiet ta’ ħidma, żjarat ta’ studju u laqgħat annwali tan-netwerks u tal-gruppi ta’ ħidma tagħhom.
events-upcoming = Li ġejjin
events-past = Avvenimenti li għaddew
events-found = { $count ->
    [one] { $count } avveniment
    [two] { $count } avvenimenti
    [few] { $count } avvenimenti
    [many] { $count } avveniment
   *[other] { $count } avveniment
}
events-none = L-ebda avveniment ma jaqbel ma’ dawn l-għażliet.
events-organise = Organizza avveniment
events-your-calendar = Il-kalendarju tiegħek
events-filter-kind = Tip ta’ avveniment
events-filter-network = Netwerk
events-show = Uri
event-your-time = Il-ħin tiegħek: { $time }
event-online = Onlajn
event-places-left = { $count ->
    [one] Fadal { $count } post
    [two] Fadal { $count } postijiet
    [few] Fadal { $count } postijiet
    [many] Fadal { $count } post
   *[other] Fadal { $count } post
}
event-full = Mimli: il-lista ta’ stennija hija miftuħa
event-recorded = Ir-reġistrazzjoni awdjoviżiva hija disponibbli
event-cancelled-badge = Ikkanċellat
event-in-series = Parti minn serje

## Il-paġna ta’ avveniment.

event-when = Meta
event-where = Fejn
event-languages = Lingwi mitkellma
event-organised-by = Organizzat minn
event-admission = Ammissjoni
event-places = Postijiet
event-places-taken = { $registered } minn { $capacity } postijiet meħuda
event-places-unlimited = { $registered } irreġistrati, l-ebda limitu fuq il-postijiet
event-waiting-count = { $count ->
    [one] { $count } persuna fil-lista ta’ stennija
    [two] { $count } persuni fil-lista ta’ stennija
    [few] { $count } persuni fil-lista ta’ stennija
    [many] { $count } persuna fil-lista ta’ stennija
   *[other] { $count } persuna fil-lista ta’ stennija
}
event-your-standing = Ir-reġistrazzjoni tiegħek
event-register = Irreġistra
event-request = Itlob post
event-join-waiting-list = Daħħal ismek fil-lista ta’ stennija
event-access-needs = Ħtiġijiet ta’ aċċessibbiltà (mhux obbligatorju)
event-access-needs-hint = L-organizzaturi biss jaraw dan: aċċess mingħajr taraġ, interpretazzjoni bil-lingwa tas-sinjali, ħtiġijiet tad-dieta, kull ħaġa li tgħinek tipparteċipa.
event-withdraw = Ikkanċella r-reġistrazzjoni tiegħi
event-sign-in-to-register = Idħol fil-kont biex tirreġistra
event-meeting-link = Ħolqa tal-laqgħa
event-meeting-link-hint = Il-ħolqa tal-laqgħa tidher hawn lill-parteċipanti malli jkollhom post.
event-add-to-calendar = Żid mal-kalendarju tiegħek
event-calendar-file = Dan l-avveniment (fajl .ics)
event-series-file = Is-serje kollha (fajl .ics)
event-agenda = Aġenda
event-materials = Materjali
event-recording = Reġistrazzjoni awdjoviżiva
event-watch-recording = Ara r-reġistrazzjoni
event-questions = Mistoqsijiet u tweġibiet
event-conclusions = Konklużjonijiet
event-taken-place = Dan l-avveniment diġà sar.

## X’jagħmlu l-organizzaturi fil-paġna ta’ avveniment.

event-organisers = Għall-organizzaturi
event-participants = Parteċipanti
event-participants-csv = Niżżel il-lista tal-parteċipanti (CSV)
event-no-participants = Għadu ħadd ma rreġistra.
event-cancel = Ikkanċella dan l-avveniment
event-cancel-confirm = Iva, ikkanċellah: il-kalendarji tal-parteċipanti jiġu infurmati.
event-add-session = Żid sessjoni mal-aġenda
event-session-starts = Tibda
event-session-ends = Tispiċċa
event-session-title = Titolu
event-session-speakers = Kelliema
event-add-material = Żid materjal
event-material-title = Titolu
event-material-link = Ħolqa, jew in-numru jew l-indirizz ta’ riżorsa tal-librerija
event-recording-link = Ħolqa għar-reġistrazzjoni
event-save = Salva

## Il-formola għal avveniment ġdid.

event-new-title = Organizza avveniment
event-new-lead = Ħabbar avveniment lill-membri. Il-ħinijiet jiddaħħlu skont l-arloġġi taż-żona tal-ħin li tagħżel; kulħadd jarahom f’dik iż-żona u f’dik tiegħu.
event-field-organiser = Organizzat minn
event-organiser-platform = Il-pjattaforma kollha
event-field-kind = Tip ta’ avveniment
event-field-title = Titolu
event-field-lang = Lingwa ta’ dan l-avviż
event-field-languages = Lingwi mitkellma fl-avveniment
event-field-description = Deskrizzjoni
event-field-time-zone = Żona tal-ħin
event-field-starts = Jibda
event-field-ends = Jispiċċa
event-field-online-url = Ħolqa tal-laqgħa (għal avveniment onlajn)
event-field-venue = Post (għal avveniment bil-preżenza fiżika)
event-field-address = Indirizz
event-field-country = Pajjiż
event-field-visibility = Min jista’ jarah
event-field-admission = Ammissjoni
event-field-capacity = Numru ta’ postijiet
event-field-capacity-hint = Ħallih vojt jekk m’hemmx limitu. Meta l-postijiet jimtlew, tinfetaħ lista ta’ stennija.
event-field-repeat = Jirrepeti ruħu
event-repeat-none = Ma jirrepetix ruħu
event-field-until = L-aħħar data tas-serje
event-create = Ħabbar l-avveniment

## Avviżi wara formola.

event-registered = Irreġistrajt. Il-ħolqa tal-laqgħa u l-fajl tal-kalendarju jinsabu f’din il-paġna.
event-waiting = Il-postijiet imtlew: int fil-lista ta’ stennija u tieħu post hekk kif jinħeles wieħed.
event-requested = It-talba tiegħek intbagħtet lill-organizzaturi.
event-withdrawn = Ir-reġistrazzjoni tiegħek ġiet ikkanċellata.
event-created = L-avveniment tħabbar.
event-cancelled = L-avveniment ġie kkanċellat.
event-decided = Id-deċiżjoni tiegħek ġiet salvata.
event-session-added = Is-sessjoni ddaħħlet fl-aġenda.
event-material-added = Il-materjal ġie miżjud.
event-recording-saved = Il-ħolqa tar-reġistrazzjoni ġiet salvata.

## L-indirizz tal-kalendarju ta’ membru.

calendar-title = Il-kalendarju tiegħek
calendar-lead = Abbona għall-indirizz tal-kalendarju personali tiegħek fil-programm tal-kalendarju tiegħek (Outlook, Apple Calendar, Thunderbird, Google Calendar): l-avvenimenti li rreġistrajt għalihom jidhru hemm u jibqgħu aġġornati.
calendar-address-label = L-indirizz tal-kalendarju tiegħek
calendar-address-once = Ikkopjah issa: jidher din id-darba biss. Kull min ikollu dan l-indirizz jista’ jara l-avvenimenti tiegħek, għalhekk żommu għalik.
calendar-has-address = Għandek indirizz tal-kalendarju. Jekk tliftu, jew jekk xi ħadd ieħor jista’ jkun jafu, oħloq wieħed ġdid: il-qadim jieqaf jaħdem.
calendar-no-address = Għad m’għandekx indirizz tal-kalendarju.
calendar-make = Oħloq l-indirizz tal-kalendarju tiegħi
calendar-make-new = Oħloq indirizz ġdid
calendar-revoke = Irrevoka l-indirizz tiegħi
calendar-public-feeds = Kalendarji pubbliċi
calendar-public-feeds-lead = L-avvenimenti miftuħa għal kulħadd ta’ kull netwerk u ta’ kull grupp ta’ ħidma pubbliku, biex tabbona għalihom mingħajr ma tidħol fil-kont.
calendar-address-made = L-indirizz il-ġdid tal-kalendarju tiegħek huwa lest.
calendar-address-revoked = L-indirizz tal-kalendarju tiegħek ġie revokat: il-programmi tal-kalendarju ma jirċievu xejn aktar minnu.
event-participant = Parteċipant
error-cancel-unconfirmed = Immarka l-kaxxa biex tikkonferma li l-avveniment qed jiġi kkanċellat.
event-country-none = Mhux indikat

## Messaġġi tal-email dwar post f’avveniment.

mail-event-place-subject = Il-post tiegħek: { $title }
mail-event-place-body = Bonġu { $name },

    għandek post fl-avveniment “{ $title }”, { $time }.

    L-avveniment huwa mehmuż ma’ din l-email: il-programm tal-kalendarju tiegħek iżidu, u jaġġornah jekk jinbidel. Il-paġna tiegħu, bil-ħolqa tal-laqgħa għal avveniment onlajn:
    { $link }
mail-event-cancelled-subject = Tneħħa mill-kalendarju tiegħek: { $title }
mail-event-cancelled-body = Bonġu { $name },

    l-avveniment “{ $title }”, { $time }, tneħħa mill-kalendarju tiegħek: l-avveniment ġie kkanċellat, jew ir-reġistrazzjoni tiegħek ġiet ikkanċellata.

    Il-messaġġ mehmuż jippermetti lill-programm tal-kalendarju tiegħek ineħħih. Il-paġna tal-avveniment:
    { $link }
mail-event-reminder-subject = Jibda dalwaqt: { $title }
mail-event-reminder-body = Bonġu { $name },

    tfakkira: l-avveniment “{ $title }”, { $time }, jibda dalwaqt.

    Il-paġna tal-avveniment, bil-ħolqa tal-laqgħa għal avveniment onlajn:
    { $link }

event-add-question = Agħmel mistoqsija lill-gruppi ta’ diskussjoni
event-question-text = Mistoqsija
event-record-answer = Irreġistra t-tweġiba ta’ grupp
event-answer-group = Grupp ta’ diskussjoni
event-answer-text = It-tweġiba tal-grupp
event-question-added = Il-mistoqsija ġiet miżjuda.
event-answer-recorded = It-tweġiba tal-grupp ġiet irreġistrata.

event-edit = Ibdel dan l-avveniment
event-edit-save = Issejvja l-bidliet
event-saved = L-avveniment ġie ssejvjat. Min għandu post jirċievi l-bidla fil-kalendarju tiegħu.

## L-organizzaturi jistiednu lill-membri.

error-member-unknown = L-ebda membru m’għandu dan l-indirizz tal-email.
event-invite = Stieden membru
event-invite-email = L-indirizz tal-email tal-membru
event-invited = L-istedina ntbagħtet.
mail-event-invited-subject = Int mistieden: { $title }
mail-event-invited-body = Bonġu { $name },

    l-organizzaturi qed jistednuk għall-avveniment “{ $title }”, { $time }.

    Irriżerva postok fil-paġna tal-avveniment:
    { $link }
