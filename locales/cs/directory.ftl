## Úpravy adresáře: organizace, hledání partnerů, členové, sítě, import.

organisations-export = Stáhnout tento seznam jako CSV
filter-offers = Nabízí partnerství
filter-seeks = Hledá partnerství

organisation-edit = Upravit tuto organizaci
organisation-edit-title = Úprava organizace
organisation-edit-back = Zpět na organizaci
organisation-edit-not-allowed = Organizaci mohou upravovat pouze její vlastní členové a koordinátoři platformy.
organisation-save = Uložit organizaci
organisation-saved = Organizace byla uložena.
field-organisation-name = Název organizace
field-city = Město
field-description = Popis
field-description-language = Jazyk popisu
field-topics = Oblasti odbornosti

partnerships-page-title = Hledání partnerů
partnerships-lead = Co organizace ze sítí nabízejí a co hledají. Filtrujte podle druhu partnerství, tématu a země.
partnerships-title = Nabídky a poptávky
partnerships-none-here = Tato organizace zatím neuvedla žádné nabídky ani poptávky.
partnerships-none = Těmto filtrům neodpovídá žádná nabídka ani poptávka.
partnerships-found = { $count ->
    [one] { $count } nabídka nebo poptávka
    [few] { $count } nabídky a poptávky
    [many] { $count } nabídky nebo poptávky
   *[other] { $count } nabídek a poptávek
}
partnership-add = Přidat nabídku nebo poptávku
partnership-add-submit = Přidat
partnership-added = Nabídka nebo poptávka byla přidána.
partnership-withdraw = Zrušit
partnership-removed = Nabídka nebo poptávka byla zrušena.
partnership-any-country = Otevřeno partnerům ze všech zemí
partnership-open-to = Otevřeno partnerům z těchto zemí: { $countries }
field-direction = Nabídka, nebo poptávka
field-partnership-kind = Druh partnerství
field-open-to = Otevřeno partnerům ze zemí
field-open-to-hint = Pokud nevyberete žádnou zemi, přijímáte partnery ze všech zemí; více zemí vyberete podržením klávesy Ctrl (nebo ⌘).
suggestions-title = Možní partneři
suggestions-intro = Nabídky jiných organizací, které odpovídají poptávkám této organizace: stejný druh partnerství a alespoň jedno společné téma.
suggestions-mine = Možní partneři pro vaši organizaci
suggestion-for = Odpovídá poptávce: { $kind }

memberships-title = Členství v sítích
memberships-intro = Sítě, které koordinujete: přidejte do nich tuto organizaci, změňte úroveň jejího členství nebo ji odeberte.
membership-add = Přidat do sítě
membership-save = Změnit úroveň
membership-remove = Odebrat ze sítě
membership-saved = Členství bylo uloženo.
membership-removed = Organizace byla ze sítě odebrána.
field-level = Úroveň členství
field-network = Síť

network-facilitators = Koordinátoři sítě
field-expertise = Odborné znalosti
member-no-expertise = Zatím nejsou uvedeny žádné odborné znalosti.

network-create = Vytvořit síť
network-create-submit = Vytvořit síť
network-created = Síť byla vytvořena.
field-network-name = Název sítě
field-network-kind = Druh sítě
field-network-parent = Člen sítě
network-no-parent = Žádná (síť na nejvyšší úrovni)
network-no-country = Žádná (mezinárodní nebo tematická síť)
network-country-hint = Národní a regionální sítě musí mít uvedenou zemi.

import-title = Import organizací
import-lead = Přidejte do sítě najednou mnoho organizací ze souboru CSV. Než se cokoli naimportuje, uvidíte výsledek kontroly každého řádku.
import-not-allowed = Organizace mohou importovat pouze koordinátoři dané sítě a koordinátoři platformy.
import-columns = První řádek souboru obsahuje názvy sloupců: { $required } (povinné) a { $optional } (nepovinné). Sloupce mohou být v libovolném pořadí, oddělené čárkami nebo středníky.
import-lists-hint = Odvětví, témata a jazyky mohou mít více hodnot oddělených středníky, se stejnými klíči jako v exportovaném seznamu; úroveň je „core“, „member“ nebo „associate“ (je-li prázdná, platí „member“).
import-network = Síť, do které organizace vstupují
import-file = Soubor CSV (UTF-8)
import-upload = Zkontrolovat soubor
import-preview-title = Náhled importu
import-preview-heading = Import souboru { $file } do sítě { $network }
import-summary = { $ready ->
    [one] { $ready } organizace připravena k importu
    [few] { $ready } organizace připraveny k importu
    [many] { $ready } organizace připraveno k importu
   *[other] { $ready } organizací připraveno k importu
}, { $problems ->
    [one] { $problems } problém
    [few] { $problems } problémy
    [many] { $problems } problému
   *[other] { $problems } problémů
}.
import-problems = Řádky s problémy
import-fix-and-upload = Dokud má některý řádek problém, nic se neimportuje. Opravte soubor a nahrajte ho znovu.
import-ready = Řádky připravené k importu
import-line = Řádek
import-column = Sloupec
import-problem = Problém
import-value = Hodnota v souboru
import-apply = { $count ->
    [one] Importovat { $count } organizaci
    [few] Importovat { $count } organizace
    [many] Importovat { $count } organizace
   *[other] Importovat { $count } organizací
}
import-applied = Organizace byly naimportovány.
import-done = { $count ->
    [one] Byla naimportována { $count } organizace.
    [few] Byly naimportovány { $count } organizace.
    [many] Bylo naimportováno { $count } organizace.
   *[other] Bylo naimportováno { $count } organizací.
}
import-another = Importovat další soubor

error-text-missing = Vyplňte toto pole.
error-choice-unknown = Vyberte jednu z nabízených hodnot.
error-website-invalid = Zadejte webovou adresu, která začíná https:// nebo http://.
error-topic-missing = Vyberte alespoň jedno téma.
error-already-member = Tato organizace už je členem této sítě.
error-organisation-exists = Organizace s tímto názvem už v tomto městě existuje.
error-import-unreadable = Soubor se nepodařilo načíst jako tabulku organizací. Zkontrolujte, že jde o soubor CSV v kódování UTF-8, jehož první řádek obsahuje názvy povinných sloupců.
error-import-empty = Soubor neobsahuje žádné organizace.
error-import-too-large = Soubor je příliš velký: nejvýše 5 MB a 20 000 organizací.
error-import-has-errors = Některé řádky mají problémy, proto nebylo nic naimportováno.
error-import-applied = Tento soubor už byl naimportován.
error-limit-reached = Bylo dosaženo limitu: než přidáte další položku, některou odeberte.
