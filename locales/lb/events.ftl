## Evenementer: firwat eng Zäit, eng Zuel vu Plazen oder eng Umeldung net ugeholl gëtt.

error-time-zone-unknown = Wielt eng Zäitzon aus der Lëscht.
error-wall-time-skipped = Dës Zäit gëtt et an där Zäitzon un deem Dag net: d'Auere ginn eng Stonn virgestallt. Wielt eng aner Zäit.
error-wall-time-repeated = Dës Zäit kënnt an där Zäitzon un deem Dag zweemol vir: d'Auere ginn eng Stonn zréckgestallt. Wielt eng aner Zäit.
error-capacity-invalid = D'Zuel vun de Plaze muss eng ganz Zuel vun 1 oder méi sinn; loosst d'Feld eidel, wann et keng Limit gëtt.
error-already-registered = Dir sidd fir dëst Evenement schonn ugemellt.
error-event-past = Dëst Evenement huet scho stattfonnt.
error-event-cancelled = Dëst Evenement gouf ofgesot.
