## Avvenimenti: għaliex ħin, numru ta’ postijiet jew reġistrazzjoni ma jiġux aċċettati.

error-time-zone-unknown = Agħżel żona tal-ħin mil-lista.
error-wall-time-skipped = Dan il-ħin ma jeżistix f’dik iż-żona tal-ħin f’dak il-jum: l-arloġġi jimxu siegħa ’il quddiem. Agħżel ħin ieħor.
error-wall-time-repeated = Dan il-ħin jiġi darbtejn f’dik iż-żona tal-ħin f’dak il-jum: l-arloġġi jmorru siegħa lura. Agħżel ħin ieħor.
error-capacity-invalid = In-numru ta’ postijiet irid ikun numru sħiħ ta’ 1 jew aktar; ħalli l-qasam vojt jekk m’hemmx limitu.
error-already-registered = Diġà rreġistrajt għal dan l-avveniment.
error-event-past = Dan l-avveniment diġà sar.
error-event-cancelled = Dan l-avveniment ġie kkanċellat.
