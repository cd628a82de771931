## Viðburðir: hvers vegna tíma, fjölda sæta eða skráningu er hafnað.

error-time-zone-unknown = Veldu tímabelti af listanum.
error-wall-time-skipped = Þessi tími er ekki til á því tímabelti þann dag: klukkunni er flýtt um eina klukkustund. Veldu annan tíma.
error-wall-time-repeated = Þessi tími kemur tvisvar fyrir á því tímabelti þann dag: klukkunni er seinkað um eina klukkustund. Veldu annan tíma.
error-capacity-invalid = Fjöldi sæta verður að vera heil tala, að minnsta kosti 1. Skildu reitinn eftir auðan ef fjöldinn er ótakmarkaður.
error-already-registered = Þú hefur þegar skráð þig á þennan viðburð.
error-event-past = Þessi viðburður hefur þegar farið fram.
error-event-cancelled = Þessi viðburður hefur verið felldur niður.
