## Wydarzenia: powody odrzucenia godziny, liczby miejsc lub rejestracji.

error-time-zone-unknown = Prosimy wybrać strefę czasową z listy.
error-wall-time-skipped = Tego dnia w tej strefie czasowej ta godzina nie występuje: zegary przestawia się o godzinę do przodu (zmiana czasu na letni). Prosimy wybrać inną godzinę.
error-wall-time-repeated = Tego dnia w tej strefie czasowej ta godzina występuje dwukrotnie: zegary przestawia się o godzinę do tyłu (zmiana czasu na zimowy). Prosimy wybrać inną godzinę.
error-capacity-invalid = Liczba miejsc musi być liczbą całkowitą nie mniejszą niż 1. Aby nie ograniczać liczby miejsc, prosimy pozostawić to pole puste.
error-already-registered = Są Państwo już zarejestrowani na to wydarzenie.
error-event-past = To wydarzenie już się odbyło.
error-event-cancelled = To wydarzenie zostało odwołane.
