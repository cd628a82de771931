# Stefna og aðgerðaáætlanir

plans-none = Ekkert tengslanet hefur enn birt stefnu.
plans-back = Allar stefnur
plan-activity-count = { $count ->
    [one] { $count } aðgerð
   *[other] { $count } aðgerðir
}
strategy-create-title = Hefja vinnu við stefnu
strategy-network = Tengslanet
strategy-create = Hefja vinnu við stefnuna

## Vinnslustig stefnu
strategy-status-draft = Drög
strategy-status-feedback = Í umsagnarferli
strategy-status-adopted = Samþykkt
strategy-stage = Vinnslustig
strategy-adopt = Samþykkja stefnuna
strategy-reopen = Gera stefnuna aftur að drögum
round-open = Opna umsagnarferli
round-close = Loka umsagnarferlinu
round-opens = Frá
round-closes = Til
round-open-notice = Umsagnarferli er opið frá { $from } til { $to }.
round-comment-link = Gera athugasemd við drögin

## Efnisþættir stefnunnar
strategy-edit = Breyta stefnunni
strategy-fields = Framtíðarsýn og hlutverk
strategy-field-title = Heiti
strategy-field-period = Tímabil (ár)
strategy-field-vision = Framtíðarsýn
strategy-field-mission = Hlutverk
strategy-field-status = Vinnslustig
strategy-aspirations = Markmið
strategy-save = Vista stefnuna
aspiration-field-title = Markmið
aspiration-field-description = Lýsing
aspiration-save = Vista markmiðið
aspiration-add-title = Bæta við markmiði
aspiration-add = Bæta markmiðinu við

## Aðgerðaáætlunin
plan-progress = Framvinda:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = Stefnuverkfæri
plan-print = Prentvæn útgáfa
plan-export = Sækja aðgerðaáætlunina (CSV)
plan-present = Með síðuna opna núna:
plan-timeline = Tímalína aðgerðaáætlunarinnar
plan-timeline-caption = Hver súla nær frá upphafsdegi aðgerðar til lokadags hennar og er fyllt í samræmi við framvinduna; rauða línan er dagurinn í dag.
plan-today = í dag
plan-dates = Dagsetningar
plan-activities = Aðgerðir
plan-no-activities = Engin aðgerð styður enn við þetta markmið.
plan-filter-aspiration = Markmið
plan-filter-status = Staða
plan-filter-all = Allt
plan-filter-apply = Sýna

## Aðgerðir
activity-status-planned = Fyrirhuguð
activity-status-in-progress = Í vinnslu
activity-status-done = Lokið
activity-status-blocked = Stöðvuð
activity-status-cancelled = Felld niður
activity-field-title = Aðgerð
activity-field-description = Lýsing
activity-field-aspirations = Markmið sem hún styður
activity-field-owner = Ábyrgðaraðili
activity-field-contributors = Stofnanir sem taka þátt
activity-field-start_on = Upphafsdagur
activity-field-due_on = Lokadagur
activity-field-status = Staða
activity-field-progress = Framvinda (%)
activity-owner-none = Enginn ábyrgðaraðili enn
activity-owner-members = Félagar
activity-owner-organisations = Stofnanir
activity-add-title = Bæta við aðgerð
activity-add = Bæta aðgerðinni við
activity-edit-title = Breyta aðgerðinni
activity-save = Vista aðgerðina
activity-follow = Fylgjast með þessari aðgerð
activity-unfollow = Hætta að fylgjast með þessari aðgerð
activity-being-edited = Að breyta núna: { $names }
field-changed-live = { $name } var rétt í þessu að breyta þessum reit. Gildið þitt helst hér; þegar þú vistar birtast bæði.
offline-kept = Engin tenging: breytingarnar þínar eru geymdar í þessum vafra og verða sendar þegar tengingin kemst aftur á.

## Mælikvarðar
indicators-title = Mælikvarðar
indicators-none = Enginn mælikvarði enn.
indicator-field-name = Mælikvarði
indicator-field-target = Viðmið
indicator-field-actual = Raunstaða
indicator-reached = { $name }: { $actual } af { $target }
indicator-edit = Mælikvarðinn { $name }
indicator-save = Vista
indicator-add = Bæta mælikvarðanum við

## Breytingar sem gerðar voru á meðan
conflict-title = Einhver breytti þessu á meðan
conflict-lead = Aðrar breytingar þínar hafa verið vistaðar. Einhver annar breytti þessum reitum eftir að þú opnaðir eyðublaðið: engu var skrifað yfir. Veldu fyrir hvern reit fyrir sig.
conflict-changed-by = { $name } breytti þessu { $at } (UTC).
conflict-theirs = Gildi hins aðilans (vistað)
conflict-mine = Þitt gildi (óvistað)
conflict-keep = Halda gildi hins aðilans
conflict-replace = Setja mitt gildi í staðinn
conflict-merge-label = Sameinaður texti
conflict-merge = Vista sameinaða textann
error-changed-meanwhile = Þessum reit hefur verið breytt eftir að síðan var opnuð. Endurhladdu síðuna og reyndu aftur.

## Breytingasaga og útgáfur
history-title = Breytingasaga
revision-created = Stofnað
revision-restore = Endurheimta þetta gildi
revision-restores = (endurheimtir breytingu { $number })
strategy-versions = Útgáfur
versions-none = Engin útgáfa hefur enn verið geymd: útgáfa er geymd þegar umsagnarferli lýkur og þegar stefnan er samþykkt.
version-now = Núverandi stefna
version-number = Útgáfa { $number }
version-reason-round = eftir umsagnarferli
version-reason-adopted = samþykkt
diff-from = Frá
diff-to = Til
diff-compare = Bera saman
diff-title = Samanburður: { $from } → { $to }
diff-unchanged = (óbreytt)

## Umsagnarferli
comments-title = Athugasemdir
comment-title = Athugasemd við drögin
comment-about = Varðar
comment-on-strategy = Stefnan í heild
comment-body = Athugasemdin þín
comment-send = Senda athugasemdina
comment-taken-up = Tekin til greina
comment-declined = Ekki tekin til greina
comment-resolution = Niðurstaða
comment-reason = Rökstuðningur
comment-resolve = Afgreiða

## Staðfestingar
strategy-created = Vinna við stefnuna er hafin. Skrifaðu framtíðarsýn hennar, hlutverk og markmið.
strategy-saved = Vistað.
aspiration-added = Markmiðinu hefur verið bætt við.
activity-added = Aðgerðinni hefur verið bætt við. Tilgreindu ábyrgðaraðila, dagsetningar og mælikvarða.
activity-saved = Aðgerðin hefur verið vistuð.
indicator-added = Mælikvarðanum hefur verið bætt við.
value-restored = Fyrra gildið er komið aftur, sem ný breyting.
stage-open = Umsagnarferlið er opið: félagar í tengslanetinu geta gert athugasemdir.
stage-close = Umsagnarferlinu er lokið og þessi útgáfa hefur verið geymd.
stage-adopt = Stefnan hefur verið samþykkt og þessi útgáfa hefur verið geymd.
stage-reopen = Stefnan er aftur orðin að drögum.
comment-posted = Athugasemdin þín hefur verið send umsjónaraðilunum.
comment-resolved = Athugasemdin hefur verið afgreidd.
followed = Þú fylgist nú með þessu og færð að vita þegar staða, ábyrgðaraðili eða dagsetning breytist.
unfollowed = Þú fylgist ekki lengur með þessu.

## Tilkynningar um aðgerðir sem þú fylgist með
plan-notification-status = { $name } breytti stöðu aðgerðarinnar
plan-notification-owner = { $name } breytti ábyrgðaraðila aðgerðarinnar
plan-notification-start_on = { $name } breytti upphafsdegi aðgerðarinnar
plan-notification-due_on = { $name } breytti lokadegi aðgerðarinnar

## Synjanir
error-date-invalid = Sláðu inn dagsetninguna sem almanaksdag (ár, mánuð, dag).
error-dates-reversed = Lokadagurinn er á undan upphafsdeginum.
error-number-invalid = Sláðu inn heila tölu innan leyfilegra marka.
error-aspiration-missing = Aðgerð verður að styðja við að minnsta kosti eitt markmið.
error-wrong-stage = Stefnan er ekki á því vinnslustigi sem þarf til þess (til dæmis er ekkert umsagnarferli opið).
plan-notifications-title = Aðgerðir sem þú fylgist með
aspiration-follow = Fylgjast með þessu markmiði
aspiration-unfollow = Hætta að fylgjast með þessu markmiði
