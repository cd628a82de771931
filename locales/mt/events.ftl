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
