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

## Listi yfir viðburði.

events-title = Viðburðir
events-lead = Jafningjanámsfundir, vefmálstofur, ráðstefnur, vinnustofur, kynnisferðir og ársfundir tengslanetanna og vinnuhópa þeirra.
events-upcoming = Á döfinni
events-past = Liðnir viðburðir
events-found = { $count ->
    [one] { $count } viðburður
   *[other] { $count } viðburðir
}
events-none = Engir viðburðir passa við þetta val.
events-organise = Skipuleggja viðburð
events-your-calendar = Dagatalið þitt
events-filter-kind = Tegund viðburðar
events-filter-network = Tengslanet
events-show = Sýna
event-your-time = Þinn tími: { $time }
event-online = Á netinu
event-places-left = { $count ->
    [one] { $count } sæti laust
   *[other] { $count } sæti laus
}
event-full = Fullbókað: biðlisti opinn
event-recorded = Upptaka aðgengileg
event-cancelled-badge = Fellt niður
event-in-series = Hluti af viðburðaröð

## Síða viðburðar.

event-when = Hvenær
event-where = Hvar
event-languages = Töluð tungumál
event-organised-by = Skipuleggjandi
event-admission = Aðgangur
event-places = Sæti
event-places-taken = Búið er að ráðstafa { $registered } af { $capacity } sætum
event-places-unlimited = Skráðir: { $registered }; fjöldi sæta er ótakmarkaður
event-waiting-count = { $count ->
    [one] { $count } einstaklingur á biðlistanum
   *[other] { $count } einstaklingar á biðlistanum
}
event-your-standing = Skráningin þín
event-register = Skrá mig
event-request = Óska eftir sæti
event-join-waiting-list = Fara á biðlistann
event-access-needs = Þarfir varðandi aðgengi (valfrjálst)
event-access-needs-hint = Aðeins skipuleggjendur sjá þetta: þrepalaust aðgengi, táknmálstúlkun, sérþarfir í mataræði – allt sem auðveldar þér að taka þátt.
event-withdraw = Afturkalla skráninguna mína
event-sign-in-to-register = Skráðu þig inn til að geta skráð þig
event-meeting-link = Fundartengill
event-meeting-link-hint = Fundartengillinn birtist hér þátttakendum þegar þeir hafa fengið sæti.
event-add-to-calendar = Bæta við dagatalið þitt
event-calendar-file = Þessi viðburður (.ics-skrá)
event-series-file = Öll viðburðaröðin (.ics-skrá)
event-agenda = Dagskrá
event-materials = Gögn
event-recording = Upptaka
event-watch-recording = Horfa á upptökuna
event-questions = Spurningar og svör
event-conclusions = Niðurstöður
event-taken-place = Þessi viðburður hefur farið fram.

## Það sem skipuleggjendur gera á síðu viðburðar.

event-organisers = Fyrir skipuleggjendur
event-participants = Þátttakendur
event-participants-csv = Sækja þátttakendalistann (CSV)
event-no-participants = Enginn hefur skráð sig enn.
event-cancel = Fella þennan viðburð niður
event-cancel-confirm = Já, fella hann niður: dagatöl þátttakenda fá tilkynningu um það.
event-add-session = Bæta dagskrárlið við dagskrána
event-session-starts = Hefst
event-session-ends = Lýkur
event-session-title = Titill
event-session-speakers = Fyrirlesarar
event-add-material = Bæta við gögnum
event-material-title = Titill
event-material-link = Tengill, eða númer eða vistfang efnis í efnissafninu
event-recording-link = Tengill á upptökuna
event-save = Vista

## Eyðublað fyrir nýjan viðburð.

event-new-title = Skipuleggja viðburð
event-new-lead = Kynntu viðburð fyrir félögunum. Tímar eru slegnir inn samkvæmt klukkunni á tímabeltinu sem þú velur; allir sjá þá á því tímabelti og á sínu eigin.
event-field-organiser = Skipuleggjandi
event-organiser-platform = Allur vettvangurinn
event-field-kind = Tegund viðburðar
event-field-title = Titill
event-field-lang = Tungumál þessarar tilkynningar
event-field-languages = Tungumál sem töluð eru á viðburðinum
event-field-description = Lýsing
event-field-time-zone = Tímabelti
event-field-starts = Hefst
event-field-ends = Lýkur
event-field-online-url = Fundartengill (fyrir viðburð á netinu)
event-field-venue = Fundarstaður (fyrir viðburð á staðnum)
event-field-address = Heimilisfang
event-field-country = Land
event-field-visibility = Hverjir geta séð hann
event-field-admission = Aðgangur
event-field-capacity = Fjöldi sæta
event-field-capacity-hint = Skildu reitinn eftir auðan ef fjöldinn er ótakmarkaður. Þegar öll sæti eru skipuð opnast biðlisti.
event-field-repeat = Endurtekning
event-repeat-none = Endurtekst ekki
event-field-until = Síðasta dagsetning viðburðaraðarinnar
event-create = Birta viðburðinn

## Tilkynningar eftir eyðublað.

event-registered = Skráning þín er staðfest. Fundartengillinn og dagatalsskráin eru á þessari síðu.
event-waiting = Öll sæti eru skipuð: þú ert á biðlistanum og færð sæti um leið og eitt losnar.
event-requested = Beiðni þín hefur verið send skipuleggjendum.
event-withdrawn = Skráning þín hefur verið afturkölluð.
event-created = Viðburðurinn hefur verið birtur.
event-cancelled = Viðburðurinn hefur verið felldur niður.
event-decided = Ákvörðun þín hefur verið vistuð.
event-session-added = Dagskrárliðnum hefur verið bætt við dagskrána.
event-material-added = Gögnunum hefur verið bætt við.
event-recording-saved = Tengillinn á upptökuna hefur verið vistaður.

## Dagatalsvistfang félaga.

calendar-title = Dagatalið þitt
calendar-lead = Gerstu áskrifandi að þínu eigin dagatalsvistfangi í dagatalsforritinu þínu (Outlook, Apple Calendar, Thunderbird, Google Calendar): viðburðirnir sem þú hefur skráð þig á birtast þar og haldast uppfærðir.
calendar-address-label = Dagatalsvistfangið þitt
calendar-address-once = Afritaðu það núna: það birtist aðeins í þetta eina skipti. Allir sem hafa þetta vistfang geta séð viðburðina þína, svo haltu því fyrir þig.
calendar-has-address = Þú ert með dagatalsvistfang. Ef þú hefur týnt því, eða ef einhver annar gæti þekkt það, skaltu búa til nýtt: það gamla hættir þá að virka.
calendar-no-address = Þú ert ekki enn með dagatalsvistfang.
calendar-make = Búa til dagatalsvistfangið mitt
calendar-make-new = Búa til nýtt vistfang
calendar-revoke = Afturkalla vistfangið mitt
calendar-public-feeds = Opinber dagatöl
calendar-public-feeds-lead = Viðburðir hvers tengslanets og hvers opinbers vinnuhóps sem eru opnir öllum; hægt er að gerast áskrifandi að þeim án þess að skrá sig inn.
calendar-address-made = Nýja dagatalsvistfangið þitt er tilbúið.
calendar-address-revoked = Dagatalsvistfangið þitt hefur verið afturkallað: dagatalsforrit fá ekkert meira frá því.
event-participant = Þátttakandi
error-cancel-unconfirmed = Hakaðu í reitinn til að staðfesta að viðburðinum sé aflýst.
event-country-none = Ekki tilgreint

## Tölvupóstar um sæti á viðburði.

mail-event-place-subject = Sætið þitt: { $title }
mail-event-place-body = Góðan dag, { $name },

    Þú hefur fengið sæti á viðburðinum „{ $title }“, { $time }.

    Viðburðurinn fylgir þessum tölvupósti í viðhengi: dagatalsforritið þitt bætir honum við og uppfærir hann ef hann breytist. Síða viðburðarins, með fundartenglinum ef viðburðurinn er á netinu:
    { $link }
mail-event-cancelled-subject = Fjarlægt úr dagatalinu þínu: { $title }
mail-event-cancelled-body = Góðan dag, { $name },

    Viðburðurinn „{ $title }“, { $time }, hefur verið fjarlægður úr dagatalinu þínu: hann var felldur niður eða skráning þín var afturkölluð.

    Skilaboðin í viðhenginu gera dagatalsforritinu þínu kleift að fjarlægja hann. Síða viðburðarins:
    { $link }
mail-event-reminder-subject = Hefst brátt: { $title }
mail-event-reminder-body = Góðan dag, { $name },

    Áminning: viðburðurinn „{ $title }“, { $time }, hefst brátt.

    Síða viðburðarins, með fundartenglinum ef viðburðurinn er á netinu:
    { $link }

event-add-question = Leggðu spurningu fyrir umræðuhópana
event-question-text = Spurning
event-record-answer = Skráðu svar hóps
event-answer-group = Umræðuhópur
event-answer-text = Svar hópsins
event-question-added = Spurningunni hefur verið bætt við.
event-answer-recorded = Svar hópsins hefur verið skráð.

event-edit = Breyta þessum viðburði
event-edit-save = Vista breytingarnar
event-saved = Viðburðurinn hefur verið vistaður. Þau sem eiga sæti fá breytinguna í dagatalið sitt.

## Skipuleggjendur bjóða félögum á viðburði.

error-member-unknown = Enginn félagi er skráður með þetta netfang.
event-invite = Bjóða félaga
event-invite-email = Netfang félagans
event-invited = Boðið hefur verið sent.
mail-event-invited-subject = Þér er boðið: { $title }
mail-event-invited-body = Góðan dag, { $name },

    Skipuleggjendur bjóða þér á viðburðinn „{ $title }“, { $time }.

    Þiggðu sætið þitt á síðu viðburðarins:
    { $link }
