# Strategie an Aktiounspläng

plans-none = Nach keen Netzwierk huet eng Strategie verëffentlecht.
plans-back = All d'Strategien
plan-activity-count = { $count ->
    [one] { $count } Aktivitéit
   *[other] { $count } Aktivitéiten
}
strategy-create-title = Eng Strategie ufänken
strategy-network = Netzwierk
strategy-create = D'Strategie ufänken

## D'Phase vun enger Strategie
strategy-status-draft = Entworf
strategy-status-feedback = Feedbackphas
strategy-status-adopted = Ugeholl
strategy-stage = Phas
strategy-adopt = D'Strategie unhuelen
strategy-reopen = Erëm zum Entworf maachen
round-open = Eng Feedbackronn opmaachen
round-close = D'Feedbackronn ofschléissen
round-opens = Vum
round-closes = Bis
round-open-notice = D'Feedbackronn ass op vum { $from } bis den { $to }.
round-comment-link = Den Entworf kommentéieren

## D'Felder vun der Strategie
strategy-edit = D'Strategie änneren
strategy-fields = Visioun a Missioun
strategy-field-title = Titel
strategy-field-period = Zäitraum (Joren)
strategy-field-vision = Visioun
strategy-field-mission = Leitbild
strategy-field-status = Phas
strategy-aspirations = Ziler
strategy-save = D'Strategie späicheren
aspiration-field-title = Zil
aspiration-field-description = Beschreiwung
aspiration-save = D'Zil späicheren
aspiration-add-title = E Zil derbäisetzen
aspiration-add = D'Zil derbäisetzen

## Den Aktiounsplang
plan-progress = Fortschrëtt:
plan-percent = { $value } %
plan-number = { $value }
plan-tools = Funktioune fir d'Strategie
plan-print = Drockusiicht
plan-export = Den Aktiounsplang eroflueden (CSV)
plan-present = Grad opgemaach vun:
plan-timeline = Zäitplang vum Aktiounsplang
plan-timeline-caption = All Balke geet vum Ufank vun enger Aktivitéit bis bei hir Frist a gëtt no hirem Fortschrëtt gefëllt; déi rout Linn ass haut.
plan-today = haut
plan-dates = Datumen
plan-activities = Aktivitéiten
plan-no-activities = Zu dësem Zil gëtt et nach keng Aktivitéit.
plan-filter-aspiration = Zil
plan-filter-status = Status
plan-filter-all = Alleguer
plan-filter-apply = Weisen

## Aktivitéiten
activity-status-planned = Geplangt
activity-status-in-progress = Am Gaang
activity-status-done = Ofgeschloss
activity-status-blocked = Blockéiert
activity-status-cancelled = Ofgesot
activity-field-title = Aktivitéit
activity-field-description = Beschreiwung
activity-field-aspirations = Ziler, zu deenen se bäidréit
activity-field-owner = Verantwortlech
activity-field-contributors = Bedeelegt Organisatiounen
activity-field-start_on = Ufank
activity-field-due_on = Frist
activity-field-status = Status
activity-field-progress = Fortschrëtt (%)
activity-owner-none = Nach kee Verantwortlechen
activity-owner-members = Memberen
activity-owner-organisations = Organisatiounen
activity-add-title = Eng Aktivitéit derbäisetzen
activity-add = D'Aktivitéit derbäisetzen
activity-edit-title = D'Aktivitéit änneren
activity-save = D'Aktivitéit späicheren
activity-follow = Dës Aktivitéit verfollegen
activity-unfollow = Dës Aktivitéit net méi verfollegen
activity-being-edited = Gëtt grad geännert vun: { $names }
field-changed-live = { $name } huet dëst Feld grad geännert. Äre Wäert bleift hei stoen; beim Späichere gesitt Dir allebéid.
offline-kept = Keng Verbindung: Är Ännerunge bleiwen an dësem Browser gespäichert a gi geschéckt, soubal d'Verbindung erëm do ass.

## Indikatoren
indicators-title = Indikatoren
indicators-none = Nach keen Indikator.
indicator-field-name = Indikator
indicator-field-target = Zilwäert
indicator-field-actual = Erreecht
indicator-reached = { $name }: { $actual } vun { $target }
indicator-edit = Indikator { $name }
indicator-save = Späicheren
indicator-add = Den Indikator derbäisetzen

## Zwëschenzäitlech Ännerungen
conflict-title = Een huet dat zwëschenzäitlech geännert
conflict-lead = Är aner Ännerunge si gespäichert. Dës Felder goufe vun engem anere geännert, nodeems Dir de Formulaire opgemaach hutt: Näischt gouf iwwerschriwwen. Entscheet fir all Feld.
conflict-changed-by = Geännert vun { $name } den { $at } (UTC).
conflict-theirs = Deen anere Wäert (gespäichert)
conflict-mine = Äre Wäert (net gespäichert)
conflict-keep = Deen anere Wäert behalen
conflict-replace = Duerch mäin ersetzen
conflict-merge-label = Zesummegefouerten Text
conflict-merge = Den zesummegefouerten Text späicheren
error-changed-meanwhile = Dëst Feld gouf geännert, zënter d'Säit opgemaach gouf. Luet d'Säit nei a probéiert et nach eng Kéier.

## Geschicht a Versiounen
history-title = Geschicht
revision-created = Ugeluecht
revision-restore = Dëse Wäert erëmhierstellen
revision-restores = (stellt d'Ännerung { $number } erëm hier)
strategy-versions = Versiounen
versions-none = Nach keng Versioun gespäichert: Eng Versioun gëtt gespäichert, wann eng Feedbackronn zougeet a wann d'Strategie ugeholl gëtt.
version-now = Aktuelle Stand
version-number = Versioun { $number }
version-reason-round = no enger Feedbackronn
version-reason-adopted = ugeholl
diff-from = Vun
diff-to = Bis
diff-compare = Vergläichen
diff-title = Ännerungen: { $from } → { $to }
diff-unchanged = (onverännert)

## Feedbackronnen
comments-title = Kommentarer
comment-title = Den Entworf kommentéieren
comment-about = Betrëfft
comment-on-strategy = D'Strategie am Ganzen
comment-body = Äre Kommentar
comment-send = De Kommentar schécken
comment-taken-up = Iwwerholl
comment-declined = Ofgeleent
comment-resolution = Entscheedung
comment-reason = Grond
comment-resolve = Entscheeden

## Hiweiser
strategy-created = D'Strategie ass ugeluecht. Schreift elo hir Visioun, hiert Leitbild an hir Ziler.
strategy-saved = Gespäichert.
aspiration-added = D'Zil ass derbäigesat.
activity-added = D'Aktivitéit ass derbäigesat. Leet fest, wien zoustänneg ass, a gitt Datumen an Indikatoren un.
activity-saved = D'Aktivitéit ass gespäichert.
indicator-added = Den Indikator ass derbäigesat.
value-restored = De fréiere Wäert ass erëm do, als nei Ännerung.
stage-open = D'Feedbackronn ass op: D'Membere vum Netzwierk kënne kommentéieren.
stage-close = D'Feedbackronn ass ofgeschloss, an dës Versioun ass gespäichert.
stage-adopt = D'Strategie ass ugeholl, an dës Versioun ass gespäichert.
stage-reopen = D'Strategie ass erëm en Entworf.
comment-posted = Äre Kommentar ass un d'Moderatorinnen a Moderatore geschéckt.
comment-resolved = Iwwer de Kommentar gouf entscheet.
followed = Dir verfollegt dat elo: Dir gitt informéiert, wann e Status, eng Verantwortung oder en Datum ännert.
unfollowed = Dir verfollegt dat net méi.

## Notifikatiounen zu Aktivitéiten, déi Dir verfollegt
plan-notification-status = { $name } huet de Status geännert vun
plan-notification-owner = { $name } huet d'Verantwortung geännert fir
plan-notification-start_on = { $name } huet den Ufank geännert vun
plan-notification-due_on = { $name } huet d'Frist geännert vun

## Oflehnungen
error-date-invalid = Gitt den Datum als Kalennerdatum un (Joer, Mount, Dag).
error-dates-reversed = D'Enn ass virum Ufank.
error-number-invalid = Gitt eng ganz Zuel am erlaabte Beräich un.
error-aspiration-missing = Eng Aktivitéit muss zu mindestens engem Zil bäidroen.
error-wrong-stage = D'Strategie ass net an der Phas, déi dofir néideg ass (zum Beispill ass keng Feedbackronn op).
plan-notifications-title = Aktivitéiten, déi Dir verfollegt
aspiration-follow = Dëst Zil verfollegen
aspiration-unfollow = Dëst Zil net méi verfollegen
