## Događaji: zašto se odbijaju vrijeme, broj mjesta ili prijava.

error-time-zone-unknown = Odaberite vremensku zonu sa liste.
error-wall-time-skipped = Ovo vrijeme tog dana ne postoji u toj vremenskoj zoni: satovi se pomjeraju sat unaprijed. Odaberite drugo vrijeme.
error-wall-time-repeated = Ovo vrijeme se tog dana u toj vremenskoj zoni pojavljuje dvaput: satovi se pomjeraju sat unazad. Odaberite drugo vrijeme.
error-capacity-invalid = Broj mjesta mora biti cijeli broj, najmanje 1. Ako broj mjesta nije ograničen, ostavite polje prazno.
error-already-registered = Već ste prijavljeni na ovaj događaj.
error-event-past = Ovaj događaj je već održan.
error-event-cancelled = Ovaj događaj je otkazan.
