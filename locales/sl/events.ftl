## Dogodki: razlogi za zavrnitev časa, števila mest ali prijave.

error-time-zone-unknown = Izberite časovni pas s seznama.
error-wall-time-skipped = Ta čas na ta dan v tem časovnem pasu ne obstaja: ure se premaknejo za eno uro naprej (prehod na poletni čas). Izberite drug čas.
error-wall-time-repeated = Ta čas se na ta dan v tem časovnem pasu pojavi dvakrat: ure se premaknejo za eno uro nazaj (prehod na zimski čas). Izberite drug čas.
error-capacity-invalid = Število mest mora biti celo število, najmanj 1. Če števila mest ne želite omejiti, pustite polje prazno.
error-already-registered = Na ta dogodek ste že prijavljeni.
error-event-past = Ta dogodek je že potekal.
error-event-cancelled = Ta dogodek je bil odpovedan.
