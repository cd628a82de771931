## Viðburðir: hvers vegna tíma, fjölda sæta eða skráningu er hafnað.

error-time-zone-unknown = Veldu tímabelti af listanum.
error-wall-time-skipped = Þessi tími er ekki til á því tímabelti þann dag: klukkunni er flýtt um eina klukkustund. Veldu annan tíma.
error-wall-time-repeated = Þessi tími kemur tvisvar fyrir á því tímabelti þann dag: klukkunni er seinkað um eina klukkustund. Veldu annan tíma.
error-capacity-invalid = Fjöldi sæta verður að vera heil tala, að minnsta kosti 1. Skildu reitinn eftir auðan ef fjöldinn er ótakmarkaður.
error-already-registered = Þú hefur þegar skráð þig á þennan viðburð.
error-event-past = Þessi viðburður hefur þegar farið fram.
error-event-cancelled = Þessi viðburður hefur verið felldur niður.
error-invitation-only = Sæti á þessum viðburði eru aðeins veitt gegn boði. Hafðu samband við skipuleggjendur ef þú vilt taka þátt.
error-group-archived = Umboð þessa vinnuhóps er runnið út: hann hefur verið færður í geymslu og ekki er lengur hægt að breyta honum.
error-last-leader = Vinnuhópur þarf að hafa að minnsta kosti einn hópstjóra. Skipaðu annan hópstjóra áður en þú lætur af því hlutverki.
error-place-missing = Gefðu upp fundartengil, fundarstað eða hvort tveggja.
error-series-too-long = Í viðburðaröð geta í mesta lagi verið 150 viðburðir. Veldu fyrri lokadagsetningu.
error-event-unknown = Enginn viðburður er á þessu vistfangi eða þú hefur ekki aðgang að honum.
error-group-unknown = Enginn vinnuhópur er á þessu vistfangi eða þú hefur ekki aðgang að honum.
error-calendar-address-revoked = Þetta dagatalsvistfang hefur verið afturkallað. Afritaðu nýja vistfangið þitt af dagatalssíðunni þinni.
error-not-registered = Þú hefur ekki skráð þig á þennan viðburð.

## Tegundir viðburða.

event-kind-peer-learning = Jafningjanámsfundur
event-kind-webinar = Vefmálstofa
event-kind-e-conference = Rafræn ráðstefna
event-kind-workshop = Vinnustofa
event-kind-study-visit = Kynnisferð
event-kind-annual-meeting = Ársfundur

## Hvernig fá má sæti á viðburði eða komast í vinnuhóp.

admission-open = Opið öllum
admission-request = Samkvæmt beiðni, með samþykki skipuleggjenda
admission-invitation = Aðeins gegn boði

## Staða félaga gagnvart viðburði.

attendance-registered = Skráning staðfest
attendance-waiting = Á biðlista
attendance-requested = Beiðni send
attendance-invited = Boð móttekið
attendance-cancelled = Skráning afturkölluð
attendance-declined = Beiðni hafnað

## Hvernig viðburðaröð endurtekur sig.

recurrence-weekly = Vikulega
recurrence-monthly = Mánaðarlega, á sama vikudegi

## Hverjir sjá vinnuhóp.

group-visibility-public = Opinber
group-visibility-members = Innskráðir félagar
group-visibility-hidden = Aðeins félagar í hópnum
