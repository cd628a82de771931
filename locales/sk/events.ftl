## Podujatia: prečo sa odmietne čas, počet miest alebo registrácia.

error-time-zone-unknown = Vyberte časové pásmo zo zoznamu.
error-wall-time-skipped = Tento čas v danom časovom pásme v ten deň neexistuje: hodiny sa posúvajú o hodinu dopredu (prechod na letný čas). Vyberte iný čas.
error-wall-time-repeated = Tento čas sa v danom časovom pásme v ten deň vyskytuje dvakrát: hodiny sa posúvajú o hodinu dozadu (koniec letného času). Vyberte iný čas.
error-capacity-invalid = Počet miest musí byť celé číslo, najmenej 1. Ak nechcete počet miest obmedziť, nechajte pole prázdne.
error-already-registered = Na toto podujatie ste sa už zaregistrovali.
error-event-past = Toto podujatie sa už konalo.
error-event-cancelled = Toto podujatie bolo zrušené.
