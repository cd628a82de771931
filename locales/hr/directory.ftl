## Uređivanje imenika: organizacije, traženje partnera, članovi, mreže, uvoz.

organisations-export = Preuzmi ovaj popis kao CSV
filter-offers = Nudi partnerstvo
filter-seeks = Traži partnerstvo

organisation-edit = Uredi ovu organizaciju
organisation-edit-title = Uređivanje organizacije
organisation-edit-back = Natrag na organizaciju
organisation-edit-not-allowed = Organizaciju mogu uređivati samo njezini članovi i koordinatori platforme.
organisation-save = Spremi organizaciju
organisation-saved = Organizacija je spremljena.
field-organisation-name = Naziv organizacije
field-city = Grad
field-description = Opis
field-description-language = Jezik opisa
field-topics = Područja stručnosti

partnerships-page-title = Traženje partnera
partnerships-lead = Što organizacije iz mreža nude i što traže. Filtrirajte po vrsti partnerstva, temi i zemlji.
partnerships-title = Ponude i potrebe
partnerships-none-here = Ova organizacija još nije navela nijednu ponudu ni potrebu.
partnerships-none = Nijedna ponuda ni potreba ne odgovara ovim filtrima.
partnerships-found = { $count ->
    [one] { $count } ponuda ili potreba
    [few] { $count } ponude i potrebe
   *[other] { $count } ponuda i potreba
}
partnership-add = Dodajte ponudu ili potrebu
partnership-add-submit = Dodaj
partnership-added = Ponuda ili potreba je dodana.
partnership-withdraw = Povuci
partnership-removed = Ponuda ili potreba je povučena.
partnership-any-country = Otvoreno za partnere iz svih zemalja
partnership-open-to = Otvoreno za partnere iz zemalja: { $countries }
field-direction = Ponuda ili potreba
field-partnership-kind = Vrsta partnerstva
field-open-to = Otvoreno za partnere iz zemalja
field-open-to-hint = Ne odaberete li nijednu zemlju, prihvaćaju se partneri iz svih zemalja; za odabir više zemalja držite pritisnutu tipku Ctrl (ili ⌘).
suggestions-title = Mogući partneri
suggestions-intro = Ponude drugih organizacija koje odgovaraju potrebama ove organizacije: ista vrsta partnerstva i barem jedna zajednička tema.
suggestions-mine = Mogući partneri za vašu organizaciju
suggestion-for = Odgovara na potrebu: { $kind }

memberships-title = Članstvo u mrežama
memberships-intro = Mreže koje koordinirate: dodajte ovu organizaciju, promijenite razinu njezina članstva ili je uklonite.
membership-add = Dodaj u mrežu
membership-save = Promijeni razinu
membership-remove = Ukloni iz mreže
membership-saved = Članstvo je spremljeno.
membership-removed = Organizacija je uklonjena iz mreže.
field-level = Razina članstva
field-network = Mreža

network-facilitators = Koordinatori mreže
field-expertise = Stručno znanje
member-no-expertise = Stručno znanje još nije navedeno.

network-create = Izradite mrežu
network-create-submit = Izradi mrežu
network-created = Mreža je izrađena.
field-network-name = Naziv mreže
field-network-kind = Vrsta mreže
field-network-parent = Članica mreže
network-no-parent = Nijedna (mreža najviše razine)
network-no-country = Nijedna (međunarodna ili tematska mreža)
network-country-hint = Za nacionalne i regionalne mreže potrebno je odabrati zemlju.

import-title = Uvoz organizacija
import-lead = Dodajte odjednom mnogo organizacija u mrežu iz CSV datoteke. Prije uvoza vidjet ćete provjeru svakog retka.
import-not-allowed = Organizacije mogu uvoziti samo koordinatori mreže i koordinatori platforme.
import-columns = Prvi redak datoteke sadrži nazive stupaca: { $required } (obavezni) i { $optional } (neobavezni). Stupci mogu biti poredani bilo kojim redoslijedom, a odvajaju se zarezom ili točkom sa zarezom.
import-lists-hint = Sektori, teme i jezici mogu imati više vrijednosti odvojenih točkom sa zarezom, s istim ključevima kao u izvezenom popisu; razina članstva je „core“, „member“ ili „associate“ (ako je prazna, „member“).
import-network = Mreža kojoj se organizacije pridružuju
import-file = CSV datoteka (UTF-8)
import-upload = Provjeri datoteku
import-preview-title = Pregled uvoza
import-preview-heading = Uvoz datoteke { $file } u mrežu { $network }
import-summary = { $ready ->
    [one] { $ready } organizacija spremna za uvoz
    [few] { $ready } organizacije spremne za uvoz
   *[other] { $ready } organizacija spremno za uvoz
}, { $problems ->
    [one] { $problems } problem
    [few] { $problems } problema
   *[other] { $problems } problema
}.
import-problems = Retci s problemima
import-fix-and-upload = Ništa se ne uvozi dok neki redak ima problem. Ispravite datoteku i ponovno je učitajte.
import-ready = Retci spremni za uvoz
import-line = Redak
import-column = Stupac
import-problem = Opis problema
import-value = Vrijednost u datoteci
import-apply = { $count ->
    [one] Uvezi { $count } organizaciju
    [few] Uvezi { $count } organizacije
   *[other] Uvezi { $count } organizacija
}
import-applied = Organizacije su uvezene.
import-done = { $count ->
    [one] Uvezena je { $count } organizacija.
    [few] Uvezene su { $count } organizacije.
   *[other] Uvezeno je { $count } organizacija.
}
import-another = Uvezi drugu datoteku

error-text-missing = Ispunite ovo polje.
error-choice-unknown = Odaberite jednu od ponuđenih vrijednosti.
error-website-invalid = Unesite mrežnu adresu koja počinje s https:// ili http://.
error-topic-missing = Odaberite barem jednu temu.
error-already-member = Ova je organizacija već članica mreže.
error-organisation-exists = Organizacija s tim nazivom već postoji u tom gradu.
error-import-unreadable = Datoteku nije bilo moguće pročitati kao tablicu organizacija. Provjerite je li to CSV datoteka u kodiranju UTF-8 čiji prvi redak sadrži nazive obaveznih stupaca.
error-import-empty = Datoteka ne sadrži nijednu organizaciju.
error-import-too-large = Datoteka je prevelika: najviše 5 MB i 20.000 organizacija.
error-import-has-errors = Neki retci imaju probleme, pa ništa nije uvezeno.
error-import-applied = Ova je datoteka već uvezena.
error-limit-reached = Dosegnuto je ograničenje: uklonite jedan unos prije dodavanja novog.
