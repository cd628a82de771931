## Renginiai: kodėl atmetamas laikas, vietų skaičius ar registracija.

error-time-zone-unknown = Pasirinkite laiko juostą iš sąrašo.
error-wall-time-skipped = Šią dieną šioje laiko juostoje tokio laiko nėra: laikrodžiai pasukami viena valanda į priekį. Pasirinkite kitą laiką.
error-wall-time-repeated = Šią dieną šioje laiko juostoje šis laikas būna du kartus: laikrodžiai pasukami viena valanda atgal. Pasirinkite kitą laiką.
error-capacity-invalid = Vietų skaičius turi būti sveikasis skaičius, ne mažesnis kaip 1; jei apribojimo nėra, palikite lauką tuščią.
error-already-registered = Jūs jau užsiregistravote į šį renginį.
error-event-past = Šis renginys jau įvyko.
error-event-cancelled = Šis renginys atšauktas.
