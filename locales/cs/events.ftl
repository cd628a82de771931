## Akce: proč je odmítnut čas, počet míst nebo přihláška.

error-time-zone-unknown = Vyberte časové pásmo ze seznamu.
error-wall-time-skipped = Tento čas v daném časovém pásmu v ten den neexistuje: hodiny se posouvají o hodinu dopředu. Zvolte jiný čas.
error-wall-time-repeated = Tento čas nastává v daném časovém pásmu v ten den dvakrát: hodiny se posouvají o hodinu zpět. Zvolte jiný čas.
error-capacity-invalid = Počet míst musí být celé číslo alespoň 1. Pokud počet míst není omezen, ponechte pole prázdné.
error-already-registered = Na tuto akci jste již přihlášeni.
error-event-past = Tato akce se již konala.
error-event-cancelled = Tato akce byla zrušena.
