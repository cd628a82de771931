## Vinnuhópar: listinn.

groups-title = Vinnuhópar
groups-lead = Þemahópar sem vinna saman í afmarkaðan tíma að sameiginlegu markmiði, undir forystu félaga sem skiptast á að leiða starfið eftir því sem því vindur fram.
groups-none = Engir vinnuhópar eru til enn.
groups-found-new = Stofna vinnuhóp
group-members-count = { $count ->
    [one] { $count } félagi
   *[other] { $count } félagar
}
group-archived = Í geymslu

## Svæði hóps.

group-purpose = Markmið
group-deliverables = Afurðir
group-mandate = Umboð
group-mandate-dates = Frá { $from } til { $until }
group-mandate-open = Frá { $from }, án lokadagsetningar
group-joining = Aðild
group-seen-by = Hverjir sjá hópinn
group-leaders = Hópstjórar
group-leader-since = frá { $since }
group-former-leaders = Fyrrverandi hópstjórar
group-leader-term = { $since } til { $until }
group-members = Félagar
group-events = Viðburðir hópsins
group-no-events = Hópurinn hefur enn enga viðburði.
group-join = Ganga í hópinn
group-ask = Óska eftir aðild
group-accept-invitation = Þiggja boðið
group-leave = Yfirgefa hópinn
group-you-member = Þú ert félagi í þessum hópi.
group-you-asked = Beiðni þín bíður ákvörðunar hópstjóranna.
group-you-invited = Þér hefur verið boðið í þennan hóp.
group-archived-note = Umboð þessa hóps er runnið út: starf hans er varðveitt hér til lestrar.
group-sign-in-to-join = Skráðu þig inn til að ganga í hópinn
group-requests = Beiðnir um aðild
group-appoint = Skipa sem hópstjóra
group-step-down = Láta af hlutverki hópstjóra
group-calendar = Opinbert dagatal hópsins (.ics)

## Eyðublað fyrir nýjan hóp.

group-new-title = Stofna vinnuhóp
group-new-lead = Settu hópnum erindisbréf: til hvers hann er, hverju hann á að skila og hve lengi hann starfar. Þú verður fyrsti hópstjóri hans.
group-field-network = Tengslanet
group-network-none = Allur vettvangurinn
group-field-title = Heiti hópsins
group-field-topic = Efnisflokkur
group-topic-none = Enginn sérstakur efnisflokkur
group-field-lang = Vinnutungumál
group-field-purpose = Markmið
group-field-deliverables = Afurðir
group-field-starts = Upphaf umboðs
group-field-ends = Lok umboðs (valfrjálst)
group-field-admission = Aðild
group-field-visibility = Hverjir sjá hópinn
group-found = Stofna hópinn

## Tilkynningar eftir eyðublað.

group-founded = Vinnuhópurinn hefur verið stofnaður. Þú ert fyrsti hópstjóri hans.
group-joined = Þú ert nú félagi í hópnum.
group-requested = Beiðni þín hefur verið send hópstjórum hópsins.
group-left = Þú hefur yfirgefið hópinn.
group-decided = Ákvörðun þín hefur verið vistuð.
group-leader-appointed = Nýi hópstjórinn hefur verið skipaður.
group-stepped-down = Þú hefur látið af hlutverki hópstjóra.
group-standing-requested = Óskar eftir aðild
group-standing-invited = Boðið
