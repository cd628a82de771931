# Strategjia dhe planet e veprimit

plans-none = Asnjë rrjet nuk ka publikuar ende një strategji.
plans-back = Të gjitha strategjitë
plan-activity-count = { $count ->
    [one] { $count } aktivitet
   *[other] { $count } aktivitete
}
strategy-create-title = Nisni hartimin e një strategjie
strategy-network = Rrjeti
strategy-create = Nis hartimin e strategjisë

## Fazat e strategjisë
strategy-status-draft = Në hartim
strategy-status-feedback = Në konsultim
strategy-status-adopted = E miratuar
strategy-stage = Faza
strategy-adopt = Mirato strategjinë
strategy-reopen = Ktheje në hartim
round-open = Hap një raund konsultimi
round-close = Mbyll raundin e konsultimit
round-opens = Nga
round-closes = Deri më
round-open-notice = Raundi i konsultimit është i hapur nga { $from } deri më { $to }.
round-comment-link = Komentoni projektstrategjinë

## Fushat e strategjisë
strategy-edit = Redakto strategjinë
strategy-fields = Vizioni dhe misioni
strategy-field-title = Titulli
strategy-field-period = Periudha (vitet)
strategy-field-vision = Vizioni
strategy-field-mission = Deklarata e misionit
strategy-field-status = Faza
strategy-aspirations = Aspiratat
strategy-save = Ruaj strategjinë
aspiration-field-title = Aspirata
aspiration-field-description = Përshkrimi
aspiration-save = Ruaj aspiratën
aspiration-add-title = Shtoni një aspiratë
aspiration-add = Shto aspiratën

## Plani i veprimit
plan-progress = Përparimi:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = Mjetet e strategjisë
plan-print = Pamja për shtypje
plan-export = Shkarko planin e veprimit (CSV)
plan-present = Tani në faqe:
plan-timeline = Kronologjia e planit të veprimit
plan-timeline-caption = Çdo shirit shtrihet nga fillimi i një aktiviteti deri në afatin e tij dhe mbushet sipas përparimit; vija e kuqe tregon ditën e sotme.
plan-today = sot
plan-dates = Datat
plan-activities = Aktivitetet
plan-no-activities = Ende asnjë aktivitet nuk i shërben kësaj aspirate.
plan-filter-aspiration = Aspirata
plan-filter-status = Statusi
plan-filter-all = Të gjitha
plan-filter-apply = Shfaq

## Aktivitetet
activity-status-planned = I planifikuar
activity-status-in-progress = Në zbatim
activity-status-done = I përfunduar
activity-status-blocked = I bllokuar
activity-status-cancelled = I anuluar
activity-field-title = Aktiviteti
activity-field-description = Përshkrimi
activity-field-aspirations = Aspiratat të cilave u shërben
activity-field-owner = Përgjegjësi
activity-field-contributors = Organizatat kontribuuese
activity-field-start_on = Fillimi
activity-field-due_on = Afati
activity-field-status = Statusi
activity-field-progress = Përparimi (%)
activity-owner-none = Ende pa përgjegjës
activity-owner-members = Anëtarët
activity-owner-organisations = Organizatat
activity-add-title = Shtoni një aktivitet
activity-add = Shto aktivitetin
activity-edit-title = Redaktoni aktivitetin
activity-save = Ruaj aktivitetin
activity-follow = Ndiq këtë aktivitet
activity-unfollow = Mos e ndiq më këtë aktivitet
activity-being-edited = Po e redaktojnë tani: { $names }
field-changed-live = { $name } sapo e ndryshoi këtë fushë. Vlera juaj mbetet këtu; kur të ruani, do të shfaqen të dyja.
offline-kept = Nuk ka lidhje me internetin: ndryshimet tuaja ruhen në këtë shfletues dhe do të dërgohen kur të rikthehet lidhja.

## Treguesit
indicators-title = Treguesit
indicators-none = Ende asnjë tregues.
indicator-field-name = Treguesi
indicator-field-target = Vlera e synuar
indicator-field-actual = Vlera e arritur
indicator-reached = { $name }: { $actual } nga { $target }
indicator-edit = Treguesi: { $name }
indicator-save = Ruaj
indicator-add = Shto treguesin

## Ndryshime të bëra ndërkohë
conflict-title = Dikush e ndryshoi këtë ndërkohë
conflict-lead = Ndryshimet e tjera tuaja u ruajtën. Këto fusha i ndryshoi dikush tjetër pasi e hapët formularin: asgjë nuk u mbishkrua. Zgjidhni për secilën prej tyre.
conflict-changed-by = Ndryshuar nga { $name } më { $at } (UTC).
conflict-theirs = Vlera e tyre (e ruajtur)
conflict-mine = Vlera juaj (e paruajtur)
conflict-keep = Mbaj vlerën e tyre
conflict-replace = Zëvendësoje me timen
conflict-merge-label = Teksti i bashkuar
conflict-merge = Ruaj tekstin e bashkuar
error-changed-meanwhile = Kjo fushë ka ndryshuar që kur u hap faqja. Ringarkoni faqen dhe provoni përsëri.

## Historiku dhe versionet
history-title = Historiku
revision-created = Krijuar
revision-restore = Rikthe këtë vlerë
revision-restores = (rikthen ndryshimin { $number })
strategy-versions = Versionet
versions-none = Ende asnjë version i ruajtur: një version ruhet kur mbyllet një raund konsultimi dhe kur miratohet strategjia.
version-now = Strategjia aktuale
version-number = Versioni { $number }
version-reason-round = pas një raundi konsultimi
version-reason-adopted = e miratuar
diff-from = Nga
diff-to = Te
diff-compare = Krahaso
diff-title = Nga { $from } te { $to }
diff-unchanged = (e pandryshuar)

## Raundet e konsultimit
comments-title = Komentet
comment-title = Komentoni projektstrategjinë
comment-about = Për
comment-on-strategy = Strategjia në tërësi
comment-body = Komenti juaj
comment-send = Dërgo komentin
comment-taken-up = I pranuar
comment-declined = I papranuar
comment-resolution = Vendimi
comment-reason = Arsyeja
comment-resolve = Vendos

## Mesazhet e konfirmimit
strategy-created = Hartimi i strategjisë nisi. Shkruani vizionin, misionin dhe aspiratat e saj.
strategy-saved = U ruajt.
aspiration-added = Aspirata u shtua.
activity-added = Aktiviteti u shtua. Caktojini një përgjegjës, datat dhe treguesit.
activity-saved = Aktiviteti u ruajt.
indicator-added = Treguesi u shtua.
value-restored = Vlera e mëparshme u rikthye, si një ndryshim i ri.
stage-open = Raundi i konsultimit u hap: anëtarët e rrjetit mund të komentojnë.
stage-close = Raundi i konsultimit u mbyll dhe ky version u ruajt.
stage-adopt = Strategjia u miratua dhe ky version u ruajt.
stage-reopen = Strategjia u kthye sërish në hartim.
comment-posted = Komenti juaj iu dërgua lehtësuesve.
comment-resolved = Për komentin u mor vendim.
followed = Tani e ndiqni këtë: do të njoftoheni kur të ndryshojë një status, një përgjegjës ose një datë.
unfollowed = Nuk e ndiqni më këtë.

## Njoftimet për aktivitetet që ndiqni
plan-notification-status = { $name } ndryshoi statusin e aktivitetit
plan-notification-owner = { $name } ndryshoi përgjegjësin e aktivitetit
plan-notification-start_on = { $name } ndryshoi datën e fillimit të aktivitetit
plan-notification-due_on = { $name } ndryshoi afatin e aktivitetit

## Refuzimet
error-date-invalid = Shkruani datën si datë kalendarike (viti, muaji, dita).
error-dates-reversed = Data e përfundimit është para datës së fillimit.
error-number-invalid = Shkruani një numër të plotë brenda kufijve të lejuar.
error-aspiration-missing = Një aktivitet duhet t’i shërbejë të paktën një aspirate.
error-wrong-stage = Strategjia nuk është në fazën që kërkohet për këtë (për shembull, nuk është hapur asnjë raund konsultimi).
plan-notifications-title = Aktivitetet që ndiqni
aspiration-follow = Ndiq këtë aspiratë
aspiration-unfollow = Mos e ndiq më këtë aspiratë
