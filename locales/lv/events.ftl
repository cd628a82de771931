## Sarīkojumi: kāpēc netiek pieņemts laiks, vietu skaits vai reģistrācija.

error-time-zone-unknown = Izvēlieties laika joslu no saraksta.
error-wall-time-skipped = Šajā dienā šajā laika joslā šāda laika nav: pulksteņus pagriež vienu stundu uz priekšu. Izvēlieties citu laiku.
error-wall-time-repeated = Šajā dienā šajā laika joslā šis laiks atkārtojas divreiz: pulksteņus pagriež vienu stundu atpakaļ. Izvēlieties citu laiku.
error-capacity-invalid = Vietu skaitam jābūt veselam skaitlim, kas nav mazāks par 1; ja ierobežojuma nav, atstājiet lauku tukšu.
error-already-registered = Jūsu reģistrācija šim sarīkojumam jau ir veikta.
error-event-past = Šis sarīkojums jau ir noticis.
error-event-cancelled = Šis sarīkojums ir atcelts.
