## Evenementer: firwat eng Zäit, eng Zuel vu Plazen oder eng Umeldung net ugeholl gëtt.

error-time-zone-unknown = Wielt eng Zäitzon aus der Lëscht.
error-wall-time-skipped = Dës Zäit gëtt et an där Zäitzon un deem Dag net: d'Auere ginn eng Stonn virgestallt. Wielt eng aner Zäit.
error-wall-time-repeated = Dës Zäit kënnt an där Zäitzon un deem Dag zweemol vir: d'Auere ginn eng Stonn zréckgestallt. Wielt eng aner Zäit.
error-capacity-invalid = D'Zuel vun de Plaze muss eng ganz Zuel vun 1 oder méi sinn; loosst d'Feld eidel, wann et keng Limit gëtt.
error-already-registered = Dir sidd fir dëst Evenement schonn ugemellt.
error-event-past = Dëst Evenement huet scho stattfonnt.
error-event-cancelled = Dëst Evenement gouf ofgesot.
error-invitation-only = D'Plaze fir dëst Evenement ginn nëmmen op Invitatioun vergi. Kontaktéiert d'Organisateuren, wann Dir wëllt deelhuelen.
error-group-archived = D'Mandat vun dëser Aarbechtsgrupp ass ofgelaf: si ass archivéiert a kann net méi geännert ginn.
error-last-leader = Eng Aarbechtsgrupp brauch op d'mannst eng Leedung. Nennt eng aner Leedung, ier Dir Är Funktioun ofgitt.
error-place-missing = Gitt e Link fir d'Videokonferenz, en Uert oder béides un.
error-series-too-long = Eng Serie ka maximal 150 Terminer hunn. Wielt e méi fréien Enndatum.
error-event-unknown = Op dëser Adress gëtt et keen Evenement, oder et ass fir Iech net zougänglech.
error-group-unknown = Op dëser Adress gëtt et keng Aarbechtsgrupp, oder si ass fir Iech net zougänglech.
error-calendar-address-revoked = Dës Kalenneradress gouf zréckgezunn. Kopéiert Är nei Adress vun Ärer Kalennersäit.
error-not-registered = Dir sidd fir dëst Evenement net ugemellt.

## D'Aarte vun Evenementer.

event-kind-peer-learning = Peer-Learning-Treffen
event-kind-webinar = Online-Seminar
event-kind-e-conference = Online-Konferenz
event-kind-workshop = Atelier
event-kind-study-visit = Studiebesuch
event-kind-annual-meeting = Joresversammlung

## Wéi een eng Plaz op engem Evenement kritt oder an eng Aarbechtsgrupp kënnt.

admission-open = Fir jiddereen op
admission-request = Op Ufro, mat der Zoustëmmung vun den Organisateuren
admission-invitation = Nëmmen op Invitatioun

## Wou e Member bei engem Evenement steet.

attendance-registered = Ugemellt
attendance-waiting = Op der Waardelëscht
attendance-requested = Ufro geschéckt
attendance-invited = Invitéiert
attendance-cancelled = Umeldung annuléiert
attendance-declined = Ufro ofgeleent

## Wéi eng Serie vun Evenementer sech widderhëlt.

recurrence-weekly = All Woch
recurrence-monthly = All Mount, um selwechten Dag vun der Woch

## Wien eng Aarbechtsgrupp gesäit.

group-visibility-public = Ëffentlech
group-visibility-members = Ageloggte Memberen
group-visibility-hidden = Nëmmen d'Membere vun der Grupp

## D'Lëscht vun den Evenementer.

events-title = Evenementer
events-lead = Peer-Learning-Treffen, Online-Seminaren, Konferenzen, Ateliers, Studiebesich a Joresversammlunge vun den Netzwierker an hiren Aarbechtsgruppen.
events-upcoming = Kommend Evenementer
events-past = Vergaangen Evenementer
events-found = { $count ->
    [one] Een Evenement
   *[other] { $count } Evenementer
}
events-none = Keen Evenement entsprécht dëser Auswiel.
events-organise = En Evenement organiséieren
events-your-calendar = Äre Kalenner
events-filter-kind = Aart vun Evenement
events-filter-network = Netzwierk
events-show = Weisen
event-your-time = Är Zäit: { $time }
event-online = Online-Evenement
event-places-left = { $count ->
    [one] Nach eng Plaz fräi
   *[other] Nach { $count } Plaze fräi
}
event-full = Komplett: Waardelëscht op
event-recorded = Opzeechnung disponibel
event-cancelled-badge = Ofgesot
event-in-series = Deel vun enger Serie

## D'Säit vun engem Evenement.

event-when = Wéini
event-where = Wou
event-languages = Geschwate Sproochen
event-organised-by = Organiséiert vun
event-admission = Deelnam
event-places = Plazen
event-places-taken = { $registered } vun { $capacity } Plaze besat
event-places-unlimited = { $registered } ugemellt, keng Limit fir d'Plazen
event-waiting-count = { $count ->
    [one] Eng Persoun op der Waardelëscht
   *[other] { $count } Persounen op der Waardelëscht
}
event-your-standing = Är Umeldung
event-register = Umellen
event-request = Eng Plaz ufroen
event-join-waiting-list = Op d'Waardelëscht setzen
event-access-needs = Accessibilitéit a besonnesch Bedierfnisser (fakultativ)
event-access-needs-hint = Nëmmen d'Organisateure gesinn dat: Zougang ouni Trapen, Dolmetschen an d'Gebäerdesprooch, Ernärungsbedierfnisser, alles, wat Iech hëlleft deelzehuelen.
event-withdraw = Meng Umeldung annuléieren
event-sign-in-to-register = Mellt Iech un, fir deelzehuelen
event-meeting-link = Link fir d'Videokonferenz
event-meeting-link-hint = De Link fir d'Videokonferenz gëtt den Deelnemer hei gewisen, soubal si eng Plaz hunn.
event-add-to-calendar = An Äre Kalenner derbäisetzen
event-calendar-file = Dëst Evenement (.ics-Datei)
event-series-file = Déi ganz Serie (.ics-Datei)
event-agenda = Programm
event-materials = Materialien
event-recording = Opzeechnung
event-watch-recording = D'Opzeechnung kucken
event-questions = Froen an Äntwerten
event-conclusions = Conclusiounen
event-taken-place = Dëst Evenement huet stattfonnt.

## Wat d'Organisateuren op der Säit vun engem Evenement maachen.

event-organisers = Fir d'Organisateuren
event-participants = Deelnemer
event-participants-csv = D'Lëscht vun den Deelnemer eroflueden (CSV)
event-no-participants = Et huet sech nach keen ugemellt.
event-cancel = Dëst Evenement ofsoen
event-cancel-confirm = Jo, ofsoen: d'Kalennere vun den Deelnemer ginn informéiert.
event-add-session = E Programmpunkt derbäisetzen
event-session-starts = Ufank
event-session-ends = Enn
event-session-title = Titel
event-session-speakers = Riedner
event-add-material = Material derbäisetzen
event-material-title = Titel
event-material-link = E Link, oder d'Nummer oder d'Adress vun enger Ressource aus der Bibliothéik
event-recording-link = Link op d'Opzeechnung
event-save = Späicheren

## De Formulaire fir en neit Evenement.

event-new-title = En Evenement organiséieren
event-new-lead = Kënnegt de Memberen en Evenement un. D'Zäite ginn an der Zäitzon agi, déi Dir wielt; jidderee gesäit se an där Zäitzon an a senger eegener.
event-field-organiser = Organiséiert vun
event-organiser-platform = Déi ganz Plattform
event-field-kind = Aart vun Evenement
event-field-title = Titel
event-field-lang = Sprooch vun dëser Ukënnegung
event-field-languages = Sproochen, déi um Evenement geschwat ginn
event-field-description = Beschreiwung
event-field-time-zone = Zäitzon
event-field-starts = Ufank
event-field-ends = Enn
event-field-online-url = Link fir d'Videokonferenz (fir en Online-Evenement)
event-field-venue = Uert (fir en Evenement mat physescher Präsenz)
event-field-address = Adress
event-field-country = Land
event-field-visibility = Wien et gesi kann
event-field-admission = Deelnam
event-field-capacity = Zuel vun de Plazen
event-field-capacity-hint = Eidel loossen, wann et keng Limit gëtt. Wann all d'Plaze besat sinn, gëtt eng Waardelëscht opgemaach.
event-field-repeat = Widderhuelung
event-repeat-none = Gëtt net widderholl
event-field-until = Leschten Datum vun der Serie
event-create = D'Evenement ukënnegen

## Hiweiser no engem Formulaire.

event-registered = Dir sidd ugemellt. De Link fir d'Videokonferenz an d'Kalennerdatei fannt Dir op dëser Säit.
event-waiting = D'Plaze si besat: Dir sidd op der Waardelëscht a kritt eng Plaz, soubal eng fräi gëtt.
event-requested = Är Ufro gouf un d'Organisateure geschéckt.
event-withdrawn = Är Umeldung ass annuléiert.
event-created = D'Evenement ass ugekënnegt.
event-cancelled = D'Evenement ass ofgesot.
event-decided = Är Entscheedung ass gespäichert.
event-session-added = De Programmpunkt steet um Programm.
event-material-added = D'Material ass derbäigesat.
event-recording-saved = De Link op d'Opzeechnung ass gespäichert.

## D'Kalenneradress vun engem Member.

calendar-title = Äre Kalenner
calendar-lead = Abonnéiert Är eege Kalenneradress an Ärem Kalennerprogramm (Outlook, Apple Calendar, Thunderbird, Google Calendar): d'Evenementer, fir déi Dir Iech ugemellt hutt, erschéngen do a bleiwen ëmmer aktuell.
calendar-address-label = Är Kalenneradress
calendar-address-once = Kopéiert se elo: si gëtt nëmmen dës eng Kéier gewisen. Jiddereen, deen dës Adress huet, ka Är Evenementer gesinn, also haalt se fir Iech.
calendar-has-address = Dir hutt eng Kalenneradress. Wann Dir se verluer hutt oder soss een se kenne kéint, maacht eng nei: déi al funktionéiert dann net méi.
calendar-no-address = Dir hutt nach keng Kalenneradress.
calendar-make = Meng Kalenneradress uleeën
calendar-make-new = Eng nei Adress uleeën
calendar-revoke = Meng Adress zréckzéien
calendar-public-feeds = Ëffentlech Kalenneren
calendar-public-feeds-lead = D'Evenementer vun all Netzwierk a vun all ëffentlecher Aarbechtsgrupp, déi fir jiddereen op sinn, fir ze abonnéieren, ouni Iech unzemellen.
calendar-address-made = Är nei Kalenneradress ass prett.
calendar-address-revoked = Är Kalenneradress ass zréckgezunn: Kalennerprogrammer kréien näischt méi driwwer.
event-participant = Deelhueler
error-cancel-unconfirmed = Kräizt d’Feld un, fir d’Ofso vun der Manifestatioun ze bestätegen.
event-country-none = Net uginn

## E-Mailen iwwer eng Plaz bei engem Evenement.

mail-event-place-subject = Är Plaz: { $title }
mail-event-place-body = Gudden Dag { $name },

    Dir hutt eng Plaz bei „{ $title }“, { $time }.

    D'Evenement fannt Dir am Unhang vun dëser E-Mail: Äre Kalennerprogramm dréit et an an aktualiséiert et, wann et sech ännert. D'Säit vum Evenement, bei engem Online-Evenement mam Link fir d'Videokonferenz:
    { $link }
mail-event-cancelled-subject = Aus Ärem Kalenner geläscht: { $title }
mail-event-cancelled-body = Gudden Dag { $name },

    „{ $title }“, { $time }, gëtt aus Ärem Kalenner geläscht: d'Evenement gouf ofgesot oder Är Umeldung annuléiert.

    Mat der Noriicht am Unhang kann Äre Kalennerprogramm et ewechhuelen. D'Säit vum Evenement:
    { $link }
mail-event-reminder-subject = Geschwënn: { $title }
mail-event-reminder-body = Gudden Dag { $name },

    zur Erënnerung: „{ $title }“, { $time }, fänkt geschwënn un.

    D'Säit vum Evenement, bei engem Online-Evenement mam Link fir d'Videokonferenz:
    { $link }

event-add-question = Den Diskussiounsgruppen eng Fro stellen
event-question-text = Fro
event-record-answer = D’Äntwert vun enger Grupp festhalen
event-answer-group = Diskussiounsgrupp
event-answer-text = D’Äntwert vun der Grupp
event-question-added = D’Fro ass derbäigesat.
event-answer-recorded = D’Äntwert vun der Grupp ass festgehalen.

event-edit = Dës Manifestatioun änneren
event-edit-save = Ännerunge späicheren
event-saved = D’Manifestatioun ass gespäichert. Wien eng Plaz huet, kritt d’Ännerung an säi Kalenner.

## D'Organisateuren invitéieren Memberen.

error-member-unknown = Et gëtt kee Member mat dëser E-Mail-Adress.
event-invite = E Member invitéieren
event-invite-email = D'E-Mail-Adress vum Member
event-invited = D'Invitatioun gouf geschéckt.
mail-event-invited-subject = Dir sidd invitéiert: { $title }
mail-event-invited-body = Gudden Dag { $name },

    d'Organisateuren invitéieren Iech op „{ $title }“, { $time }.

    Reservéiert Är Plaz op der Säit vum Evenement:
    { $link }
