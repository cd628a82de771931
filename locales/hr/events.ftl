## Događaji: zašto se odbijaju vrijeme, broj mjesta ili prijava.

error-time-zone-unknown = Odaberite vremensku zonu s popisa.
error-wall-time-skipped = Ovo vrijeme toga dana ne postoji u toj vremenskoj zoni: satovi se pomiču sat unaprijed. Odaberite drugo vrijeme.
error-wall-time-repeated = Ovo se vrijeme toga dana u toj vremenskoj zoni pojavljuje dvaput: satovi se pomiču sat unatrag. Odaberite drugo vrijeme.
error-capacity-invalid = Broj mjesta mora biti cijeli broj od najmanje 1. Ako broj mjesta nije ograničen, ostavite polje prazno.
error-already-registered = Već ste prijavljeni na ovaj događaj.
error-event-past = Ovaj je događaj već održan.
error-event-cancelled = Ovaj je događaj otkazan.
