## Úpravy adresára: organizácie, hľadanie partnerov, členovia, siete, import.

organisations-export = Stiahnuť tento zoznam ako CSV
filter-offers = Ponúka partnerstvo
filter-seeks = Hľadá partnerstvo

organisation-edit = Upraviť túto organizáciu
organisation-edit-title = Úprava organizácie
organisation-edit-back = Späť na organizáciu
organisation-edit-not-allowed = Organizáciu môžu upravovať iba jej vlastní členovia a koordinátori platformy.
organisation-save = Uložiť organizáciu
organisation-saved = Organizácia bola uložená.
field-organisation-name = Názov organizácie
field-city = Mesto
field-description = Opis
field-description-language = Jazyk opisu
field-topics = Oblasti odbornosti

partnerships-page-title = Hľadanie partnerov
partnerships-lead = Čo organizácie zo sietí ponúkajú a čo hľadajú. Filtrujte podľa druhu partnerstva, témy a krajiny.
partnerships-title = Ponuky a potreby
partnerships-none-here = Táto organizácia zatiaľ neuviedla žiadne ponuky ani potreby.
partnerships-none = Týmto filtrom nezodpovedá žiadna ponuka ani potreba.
partnerships-found = { $count ->
    [one] { $count } ponuka alebo potreba
    [few] { $count } ponuky a potreby
    [many] { $count } ponuky alebo potreby
   *[other] { $count } ponúk a potrieb
}
partnership-add = Pridať ponuku alebo potrebu
partnership-add-submit = Pridať
partnership-added = Ponuka alebo potreba bola pridaná.
partnership-withdraw = Zrušiť
partnership-removed = Ponuka alebo potreba bola zrušená.
partnership-any-country = Otvorené partnerom zo všetkých krajín
partnership-open-to = Otvorené partnerom z týchto krajín: { $countries }
field-direction = Ponuka alebo potreba
field-partnership-kind = Druh partnerstva
field-open-to = Otvorené partnerom z krajín
field-open-to-hint = Ak nevyberiete žiadnu krajinu, prijímate partnerov zo všetkých krajín; viac krajín vyberiete podržaním klávesu Ctrl (alebo ⌘).
suggestions-title = Možní partneri
suggestions-intro = Ponuky iných organizácií, ktoré zodpovedajú potrebám tejto organizácie: rovnaký druh partnerstva a aspoň jedna spoločná téma.
suggestions-mine = Možní partneri pre vašu organizáciu
suggestion-for = Zodpovedá potrebe: { $kind }

memberships-title = Členstvo v sieťach
memberships-intro = Siete, ktoré koordinujete: pridajte do nich túto organizáciu, zmeňte úroveň jej členstva alebo ju odstráňte.
membership-add = Pridať do siete
membership-save = Zmeniť úroveň
membership-remove = Odstrániť zo siete
membership-saved = Členstvo bolo uložené.
membership-removed = Organizácia bola odstránená zo siete.
field-level = Úroveň členstva
field-network = Sieť

network-facilitators = Koordinátori siete
field-expertise = Odborné znalosti
member-no-expertise = Zatiaľ nie sú uvedené žiadne odborné znalosti.

network-create = Vytvoriť sieť
network-create-submit = Vytvoriť sieť
network-created = Sieť bola vytvorená.
field-network-name = Názov siete
field-network-kind = Druh siete
field-network-parent = Člen siete
network-no-parent = Žiadna (sieť na najvyššej úrovni)
network-no-country = Žiadna (medzinárodná alebo tematická sieť)
network-country-hint = Národné a regionálne siete musia mať uvedenú krajinu.

import-title = Import organizácií
import-lead = Pridajte do siete naraz mnoho organizácií zo súboru CSV. Skôr než sa čokoľvek naimportuje, uvidíte výsledok kontroly každého riadka.
import-not-allowed = Organizácie môžu importovať iba koordinátori danej siete a koordinátori platformy.
import-columns = Prvý riadok súboru obsahuje názvy stĺpcov: { $required } (povinné) a { $optional } (nepovinné). Stĺpce môžu byť v ľubovoľnom poradí, oddelené čiarkami alebo bodkočiarkami.
import-lists-hint = Odvetvia, témy a jazyky môžu mať viac hodnôt oddelených bodkočiarkami, s rovnakými kľúčmi ako v exportovanom zozname; úroveň je „core“, „member“ alebo „associate“ (ak je prázdna, platí „member“).
import-network = Sieť, do ktorej organizácie vstupujú
import-file = Súbor CSV (UTF-8)
import-upload = Skontrolovať súbor
import-preview-title = Náhľad importu
import-preview-heading = Import súboru { $file } do siete { $network }
import-summary = { $ready ->
    [one] { $ready } organizácia pripravená na import
    [few] { $ready } organizácie pripravené na import
    [many] { $ready } organizácie pripravenej na import
   *[other] { $ready } organizácií pripravených na import
}, { $problems ->
    [one] { $problems } problém
    [few] { $problems } problémy
    [many] { $problems } problému
   *[other] { $problems } problémov
}.
import-problems = Riadky s problémami
import-fix-and-upload = Kým má niektorý riadok problém, nič sa neimportuje. Opravte súbor a nahrajte ho znova.
import-ready = Riadky pripravené na import
import-line = Riadok
import-column = Stĺpec
import-problem = Problém
import-value = Hodnota v súbore
import-apply = { $count ->
    [one] Importovať { $count } organizáciu
    [few] Importovať { $count } organizácie
    [many] Importovať { $count } organizácie
   *[other] Importovať { $count } organizácií
}
import-applied = Organizácie boli naimportované.
import-done = { $count ->
    [one] Naimportovala sa { $count } organizácia.
    [few] Naimportovali sa { $count } organizácie.
    [many] Naimportovalo sa { $count } organizácie.
   *[other] Naimportovalo sa { $count } organizácií.
}
import-another = Importovať ďalší súbor

error-text-missing = Vyplňte toto pole.
error-choice-unknown = Vyberte jednu z ponúkaných hodnôt.
error-website-invalid = Zadajte webovú adresu, ktorá sa začína na https:// alebo http://.
error-topic-missing = Vyberte aspoň jednu tému.
error-already-member = Táto organizácia už je členom tejto siete.
error-organisation-exists = Organizácia s týmto názvom už v tomto meste existuje.
error-import-unreadable = Súbor sa nepodarilo načítať ako tabuľku organizácií. Skontrolujte, či ide o súbor CSV v kódovaní UTF-8, ktorého prvý riadok obsahuje názvy povinných stĺpcov.
error-import-empty = Súbor neobsahuje žiadne organizácie.
error-import-too-large = Súbor je príliš veľký: najviac 5 MB a 20 000 organizácií.
error-import-has-errors = Niektoré riadky majú problémy, preto sa nič nenaimportovalo.
error-import-applied = Tento súbor už bol naimportovaný.
error-limit-reached = Dosiahol sa limit: pred pridaním ďalšej položky niektorú odstráňte.
