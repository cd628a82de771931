# Strateġija u pjanijiet ta’ azzjoni

plans-none = L-ebda netwerk għadu ma ppubblika strateġija.
plans-back = L-istrateġiji kollha
plan-activity-count = { $count ->
    [one] { $count } attività
    [two] { $count } attivitajiet
    [few] { $count } attivitajiet
    [many] { $count } attività
   *[other] { $count } attività
}
strategy-create-title = Ibda strateġija
strategy-network = Netwerk
strategy-create = Ibda l-istrateġija

## L-istadji ta’ strateġija
strategy-status-draft = Abbozz
strategy-status-feedback = F’konsultazzjoni
strategy-status-adopted = Adottata
strategy-stage = Stadju
strategy-adopt = Adotta l-istrateġija
strategy-reopen = Erġa’ agħmilha abbozz
round-open = Iftaħ rawnd ta’ konsultazzjoni
round-close = Agħlaq ir-rawnd ta’ konsultazzjoni
round-opens = Minn
round-closes = Sa
round-open-notice = Ir-rawnd ta’ konsultazzjoni huwa miftuħ minn { $from } sa { $to }.
round-comment-link = Ikkummenta dwar l-abbozz

## Il-kampi tal-istrateġija
strategy-edit = Editja l-istrateġija
strategy-fields = Viżjoni u missjoni
strategy-field-title = Titolu
strategy-field-period = Perjodu (snin)
strategy-field-vision = Viżjoni
strategy-field-mission = Dikjarazzjoni tal-missjoni
strategy-field-status = Stadju
strategy-aspirations = Aspirazzjonijiet
strategy-save = Salva l-istrateġija
aspiration-field-title = Aspirazzjoni
aspiration-field-description = Deskrizzjoni
aspiration-save = Salva l-aspirazzjoni
aspiration-add-title = Żid aspirazzjoni
aspiration-add = Żid l-aspirazzjoni

## Il-pjan ta’ azzjoni
plan-progress = Il-progress:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = Għodod tal-istrateġija
plan-print = Verżjoni għall-istampar
plan-export = Niżżel il-pjan ta’ azzjoni (CSV)
plan-present = Miftuħa issa minn:
plan-timeline = Il-kronoloġija tal-pjan ta’ azzjoni
plan-timeline-caption = Kull strixxa tibda mill-bidu ta’ attività u tasal sad-data ta’ skadenza tagħha, u hija mimlija skont il-progress tagħha; il-linja l-ħamra hija l-lum.
plan-today = illum
plan-dates = Dati
plan-activities = Attivitajiet
plan-no-activities = L-ebda attività għadha ma sservi din l-aspirazzjoni.
plan-filter-aspiration = Aspirazzjoni
plan-filter-status = L-istatus
plan-filter-all = Kollha
plan-filter-apply = Uri

## Attivitajiet
activity-status-planned = Ippjanata
activity-status-in-progress = Għaddejja
activity-status-done = Lesta
activity-status-blocked = Imblukkata
activity-status-cancelled = Ikkanċellata
activity-field-title = Attività
activity-field-description = Deskrizzjoni
activity-field-aspirations = L-aspirazzjonijiet li sservi
activity-field-owner = Responsabbli
activity-field-contributors = Organizzazzjonijiet li jikkontribwixxu
activity-field-start_on = Bidu
activity-field-due_on = Skadenza
activity-field-status = L-istatus
activity-field-progress = Il-progress (%)
activity-owner-none = Għad m’hemm ħadd responsabbli
activity-owner-members = Membri
activity-owner-organisations = Organizzazzjonijiet
activity-add-title = Żid attività
activity-add = Żid l-attività
activity-edit-title = Editja l-attività
activity-save = Salva l-attività
activity-follow = Segwi din l-attività
activity-unfollow = Tibqax issegwi din l-attività
activity-being-edited = Qed jeditjaw issa: { $names }
field-changed-live = { $name } għadu kemm biddel dan il-qasam. Il-valur tiegħek jibqa’ hawn; meta tissalva, jintwerew it-tnejn.
offline-kept = M’hemmx konnessjoni: il-bidliet tiegħek jinżammu f’dan il-brawżer u jintbagħtu meta terġa’ tiġi l-konnessjoni.

## Indikaturi
indicators-title = Indikaturi
indicators-none = Għad m’hemm l-ebda indikatur.
indicator-field-name = Indikatur
indicator-field-target = Mira
indicator-field-actual = Miksub
indicator-reached = { $name }: { $actual } minn { $target }
indicator-edit = Indikatur { $name }
indicator-save = Salva
indicator-add = Żid l-indikatur

## Bidliet li saru sadanittant
conflict-title = Xi ħadd biddel dan sadanittant
conflict-lead = Il-bidliet l-oħra tiegħek ġew salvati. Dawn il-kampi nbidlu minn xi ħadd ieħor wara li ftaħt il-formola: xejn ma nkiteb fuqu. Agħżel għal kull wieħed minnhom.
conflict-changed-by = Inbidel minn { $name }, { $at } (UTC).
conflict-theirs = Il-valur l-ieħor (salvat)
conflict-mine = Il-valur tiegħek (mhux salvat)
conflict-keep = Żomm il-valur l-ieħor
conflict-replace = Ibdlu b’tiegħi
conflict-merge-label = Test magħqud
conflict-merge = Salva t-test magħqud
error-changed-meanwhile = Dan il-qasam inbidel minn meta nfetħet il-paġna. Erġa’ tella’ l-paġna u erġa’ pprova.

## Storja u verżjonijiet
history-title = Storja
revision-created = Inħoloq
revision-restore = Erġa’ ġib dan il-valur
revision-restores = (jerġa’ jġib il-bidla { $number })
strategy-versions = Verżjonijiet
versions-none = Għad ma nżammet l-ebda verżjoni: tinżamm waħda meta jingħalaq rawnd ta’ konsultazzjoni u meta tiġi adottata l-istrateġija.
version-now = L-istrateġija kif inhi issa
version-number = Verżjoni { $number }
version-reason-round = wara rawnd ta’ konsultazzjoni
version-reason-adopted = adottata
diff-from = Minn
diff-to = Sa
diff-compare = Qabbel
diff-title = Minn { $from } sa { $to }
diff-unchanged = (ma nbidilx)

## Rawnds ta’ konsultazzjoni
comments-title = Kummenti
comment-title = Ikkummenta dwar l-abbozz
comment-about = Dwar
comment-on-strategy = L-istrateġija kollha kemm hi
comment-body = Il-kumment tiegħek
comment-send = Ibgħat il-kumment
comment-taken-up = Milqugħ
comment-declined = Miċħud
comment-resolution = Deċiżjoni
comment-reason = Raġuni
comment-resolve = Iddeċiedi

## Avviżi
strategy-created = L-istrateġija nbdiet. Ikteb il-viżjoni, il-missjoni u l-aspirazzjonijiet tagħha.
strategy-saved = Ġie salvat.
aspiration-added = L-aspirazzjoni ġiet miżjuda.
activity-added = L-attività ġiet miżjuda. Agħtiha responsabbli, dati u indikaturi.
activity-saved = L-attività ġiet salvata.
indicator-added = L-indikatur ġie miżjud.
value-restored = Il-valur ta’ qabel reġa’ lura, bħala bidla ġdida.
stage-open = Ir-rawnd ta’ konsultazzjoni nfetaħ: il-membri tan-netwerk jistgħu jikkummentaw.
stage-close = Ir-rawnd ta’ konsultazzjoni ngħalaq u din il-verżjoni nżammet.
stage-adopt = L-istrateġija ġiet adottata u din il-verżjoni nżammet.
stage-reopen = L-istrateġija reġgħet saret abbozz.
comment-posted = Il-kumment tiegħek intbagħat lill-faċilitaturi.
comment-resolved = Ittieħdet deċiżjoni dwar il-kumment.
followed = Issa qed issegwi dan: tkun infurmat kull meta jinbidel status, responsabbli jew data.
unfollowed = M’għadekx issegwi dan.

## Notifiki dwar l-attivitajiet segwiti
plan-notification-status = { $name } biddel l-istatus ta’
plan-notification-owner = { $name } biddel ir-responsabbli ta’
plan-notification-start_on = { $name } biddel id-data tal-bidu ta’
plan-notification-due_on = { $name } biddel id-data ta’ skadenza ta’

## Rifjuti
error-date-invalid = Daħħal id-data bħala data tal-kalendarju (sena, xahar, jum).
error-dates-reversed = It-tmiem jiġi qabel il-bidu.
error-number-invalid = Daħħal numru sħiħ fil-medda permessa.
error-aspiration-missing = Attività trid isservi mill-inqas aspirazzjoni waħda.
error-wrong-stage = L-istrateġija mhix fl-istadju li jeħtieġ dan (pereżempju, m’hemm l-ebda rawnd ta’ konsultazzjoni miftuħ).
plan-notifications-title = Attivitajiet li qed issegwi
aspiration-follow = Segwi din l-aspirazzjoni
aspiration-unfollow = Tibqax issegwi din l-aspirazzjoni
