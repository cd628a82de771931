## Urejanje imenika: organizacije, iskanje partnerjev, člani, mreže, uvoz.

organisations-export = Prenesi ta seznam kot CSV
filter-offers = Ponuja partnerstvo
filter-seeks = Išče partnerstvo

organisation-edit = Uredi to organizacijo
organisation-edit-title = Urejanje organizacije
organisation-edit-back = Nazaj na organizacijo
organisation-edit-not-allowed = Organizacijo lahko urejajo samo njeni člani in koordinatorji platforme.
organisation-save = Shrani organizacijo
organisation-saved = Organizacija je shranjena.
field-organisation-name = Ime organizacije
field-city = Kraj
field-description = Opis
field-description-language = Jezik opisa
field-topics = Strokovna področja

partnerships-page-title = Iskanje partnerjev
partnerships-lead = Kaj organizacije v mrežah ponujajo in kaj iščejo. Filtrirajte po vrsti partnerstva, temi in državi.
partnerships-title = Ponudbe in povpraševanja
partnerships-none-here = Ta organizacija še ni navedla nobene ponudbe ali povpraševanja.
partnerships-none = Tem filtrom ne ustreza nobena ponudba ali povpraševanje.
partnerships-found = { $count ->
    [one] { $count } ponudba ali povpraševanje
    [two] { $count } ponudbi in povpraševanji
    [few] { $count } ponudbe in povpraševanja
   *[other] { $count } ponudb in povpraševanj
}
partnership-add = Dodaj ponudbo ali povpraševanje
partnership-add-submit = Dodaj
partnership-added = Ponudbo ali povpraševanje ste dodali.
partnership-withdraw = Umakni
partnership-removed = Ponudbo ali povpraševanje ste umaknili.
partnership-any-country = Odprto za partnerje iz vseh držav
partnership-open-to = Odprto za partnerje iz držav: { $countries }
field-direction = Ponudba ali povpraševanje
field-partnership-kind = Vrsta partnerstva
field-open-to = Odprto za partnerje iz držav
field-open-to-hint = Če ne izberete nobene države, sprejemate partnerje iz vseh držav; za izbiro več držav držite tipko Ctrl (ali ⌘).
suggestions-title = Možni partnerji
suggestions-intro = Ponudbe drugih organizacij, ki ustrezajo povpraševanjem te organizacije: enaka vrsta partnerstva in vsaj ena skupna tema.
suggestions-mine = Možni partnerji za vašo organizacijo
suggestion-for = Ustreza povpraševanju: { $kind }

memberships-title = Članstvo v mrežah
memberships-intro = Mreže, ki jih koordinirate: dodajte vanje to organizacijo, spremenite raven njenega članstva ali jo odstranite.
membership-add = Dodaj v mrežo
membership-save = Spremeni raven
membership-remove = Odstrani iz mreže
membership-saved = Članstvo je shranjeno.
membership-removed = Organizacija je odstranjena iz mreže.
field-level = Raven članstva
field-network = Mreža

network-facilitators = Koordinatorji mreže
field-expertise = Strokovno znanje
member-no-expertise = Strokovno znanje še ni navedeno.

network-create = Ustvari mrežo
network-create-submit = Ustvari mrežo
network-created = Mreža je ustvarjena.
field-network-name = Ime mreže
field-network-kind = Vrsta mreže
field-network-parent = Članica mreže
network-no-parent = Nobena (mreža na najvišji ravni)
network-no-country = Nobena (mednarodna ali tematska mreža)
network-country-hint = Nacionalne in regionalne mreže morajo imeti navedeno državo.

import-title = Uvoz organizacij
import-lead = Dodajte v mrežo veliko organizacij naenkrat iz datoteke CSV. Preden se karkoli uvozi, boste videli rezultat preverjanja vsake vrstice.
import-not-allowed = Organizacije lahko uvažajo samo koordinatorji posamezne mreže in koordinatorji platforme.
import-columns = Prva vrstica datoteke vsebuje imena stolpcev: { $required } (obvezni) in { $optional } (neobvezni). Stolpci so lahko v poljubnem vrstnem redu, ločeni z vejicami ali podpičji.
import-lists-hint = Panoge, teme in jeziki imajo lahko več vrednosti, ločenih s podpičji, z enakimi ključi kot v izvoženem seznamu; raven je „core“, „member“ ali „associate“ (če je prazna, velja „member“).
import-network = Mreža, ki se ji organizacije pridružijo
import-file = Datoteka CSV (UTF-8)
import-upload = Preveri datoteko
import-preview-title = Predogled uvoza
import-preview-heading = Uvoz datoteke { $file } v mrežo { $network }
import-summary = { $ready ->
    [one] { $ready } organizacija pripravljena za uvoz
    [two] { $ready } organizaciji pripravljeni za uvoz
    [few] { $ready } organizacije pripravljene za uvoz
   *[other] { $ready } organizacij pripravljenih za uvoz
}, { $problems ->
    [one] { $problems } težava
    [two] { $problems } težavi
    [few] { $problems } težave
   *[other] { $problems } težav
}.
import-problems = Vrstice s težavami
import-fix-and-upload = Dokler ima katera od vrstic težavo, se ne uvozi nič. Popravite datoteko in jo znova naložite.
import-ready = Vrstice, pripravljene za uvoz
import-line = Vrstica
import-column = Stolpec
import-problem = Težava
import-value = Vrednost v datoteki
import-apply = { $count ->
    [one] Uvozi { $count } organizacijo
    [two] Uvozi { $count } organizaciji
    [few] Uvozi { $count } organizacije
   *[other] Uvozi { $count } organizacij
}
import-applied = Organizacije so uvožene.
import-done = { $count ->
    [one] Uvožena je { $count } organizacija.
    [two] Uvoženi sta { $count } organizaciji.
    [few] Uvožene so { $count } organizacije.
   *[other] Uvoženih je { $count } organizacij.
}
import-another = Uvozi drugo datoteko

error-text-missing = Izpolnite to polje.
error-choice-unknown = Izberite eno od ponujenih vrednosti.
error-website-invalid = Vnesite spletni naslov, ki se začne s https:// ali http://.
error-topic-missing = Izberite vsaj eno temo.
error-already-member = Ta organizacija je že članica mreže.
error-organisation-exists = Organizacija s tem imenom v tem kraju že obstaja.
error-import-unreadable = Datoteke ni bilo mogoče prebrati kot tabele organizacij. Preverite, ali je to datoteka CSV v kodiranju UTF-8, katere prva vrstica vsebuje imena obveznih stolpcev.
error-import-empty = Datoteka ne vsebuje nobene organizacije.
error-import-too-large = Datoteka je prevelika: največ 5 MB in 20.000 organizacij.
error-import-has-errors = Nekatere vrstice imajo težave, zato ni bilo nič uvoženo.
error-import-applied = Ta datoteka je že bila uvožena.
error-limit-reached = Dosežena je omejitev: preden dodate nov vnos, odstranite enega od obstoječih.
