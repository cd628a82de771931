## Események: az időpont, a férőhelyek száma vagy a jelentkezés elutasításának okai.

error-time-zone-unknown = Válasszon időzónát a listából.
error-wall-time-skipped = Ez az időpont azon a napon abban az időzónában nem létezik: az órákat egy órával előreállítják. Válasszon másik időpontot.
error-wall-time-repeated = Ez az időpont azon a napon abban az időzónában kétszer fordul elő: az órákat egy órával visszaállítják. Válasszon másik időpontot.
error-capacity-invalid = A férőhelyek számának legalább 1 értékű egész számnak kell lennie; ha nincs korlát, hagyja üresen a mezőt.
error-already-registered = Erre az eseményre már jelentkezett.
error-event-past = Ez az esemény már lezajlott.
error-event-cancelled = Ezt az eseményt törölték.
