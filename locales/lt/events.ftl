## Renginiai: kodėl atmetamas laikas, vietų skaičius ar registracija.

error-time-zone-unknown = Pasirinkite laiko juostą iš sąrašo.
error-wall-time-skipped = Šią dieną šioje laiko juostoje tokio laiko nėra: laikrodžiai pasukami viena valanda į priekį. Pasirinkite kitą laiką.
error-wall-time-repeated = Šią dieną šioje laiko juostoje šis laikas būna du kartus: laikrodžiai pasukami viena valanda atgal. Pasirinkite kitą laiką.
error-capacity-invalid = Vietų skaičius turi būti sveikasis skaičius, ne mažesnis kaip 1; jei apribojimo nėra, palikite lauką tuščią.
error-already-registered = Jūs jau užsiregistravote į šį renginį.
error-event-past = Šis renginys jau įvyko.
error-event-cancelled = Šis renginys atšauktas.
error-invitation-only = Vietos šiame renginyje suteikiamos tik gavus kvietimą. Jei norite dalyvauti, kreipkitės į organizatorius.
error-group-archived = Šios darbo grupės įgaliojimai baigėsi: ji suarchyvuota ir jos nebegalima keisti.
error-last-leader = Darbo grupė turi turėti bent vieną vadovą. Prieš atsistatydindami paskirkite kitą vadovą.
error-place-missing = Nurodykite vaizdo konferencijos nuorodą, vietą arba abu.
error-series-too-long = Cikle gali būti ne daugiau kaip 150 susitikimų. Pasirinkite ankstesnę pabaigos datą.
error-event-unknown = Šiuo adresu renginio nėra arba jis jums neprieinamas.
error-group-unknown = Šiuo adresu darbo grupės nėra arba ji jums neprieinama.
error-calendar-address-revoked = Šis kalendoriaus adresas atšauktas. Nukopijuokite naują adresą iš savo kalendoriaus puslapio.
error-not-registered = Į šį renginį nesate užsiregistravę.

## Renginių rūšys.

event-kind-peer-learning = Tarpusavio mokymosi susitikimas
event-kind-webinar = Internetinis seminaras
event-kind-e-conference = Nuotolinė konferencija
event-kind-workshop = Praktinis seminaras
event-kind-study-visit = Studijų vizitas
event-kind-annual-meeting = Metinis susirinkimas

## Kaip gauti vietą renginyje arba įstoti į darbo grupę.

admission-open = Atvira visiems
admission-request = Pagal prašymą, organizatoriams pritarus
admission-invitation = Tik gavus kvietimą

## Nario padėtis renginio atžvilgiu.

attendance-registered = Užsiregistravęs
attendance-waiting = Laukiančiųjų sąraše
attendance-requested = Prašymas išsiųstas
attendance-invited = Pakviestas
attendance-cancelled = Registracija atšaukta
attendance-declined = Prašymas atmestas

## Kaip kartojasi renginių ciklas.

recurrence-weekly = Kas savaitę
recurrence-monthly = Kas mėnesį, tą pačią savaitės dieną

## Kas mato darbo grupę.

group-visibility-public = Vieša
group-visibility-members = Prisijungę nariai
group-visibility-hidden = Tik grupės nariai
