## Evenimentet: pse refuzohet një orë, një numër vendesh ose një regjistrim.

error-time-zone-unknown = Zgjidhni një zonë kohore nga lista.
error-wall-time-skipped = Kjo orë nuk ekziston atë ditë në këtë zonë kohore: ora shtyhet një orë përpara (kalimi në orën verore). Zgjidhni një orë tjetër.
error-wall-time-repeated = Kjo orë ndodh dy herë atë ditë në këtë zonë kohore: ora kthehet një orë prapa (kalimi në orën dimërore). Zgjidhni një orë tjetër.
error-capacity-invalid = Numri i vendeve duhet të jetë një numër i plotë, të paktën 1. Lëreni fushën bosh nëse nuk ka kufi.
error-already-registered = Jeni regjistruar tashmë për këtë eveniment.
error-event-past = Ky eveniment është zhvilluar tashmë.
error-event-cancelled = Ky eveniment është anuluar.
