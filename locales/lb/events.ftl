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
