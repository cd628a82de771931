## Uređivanje imenika: organizacije, traženje partnera, članovi, mreže, uvoz.

organisations-export = Preuzmi ovu listu kao CSV
filter-offers = Nudi partnerstvo
filter-seeks = Traži partnerstvo

organisation-edit = Uredi ovu organizaciju
organisation-edit-title = Uređivanje organizacije
organisation-edit-back = Nazad na organizaciju
organisation-edit-not-allowed = Organizaciju mogu uređivati samo njeni članovi i koordinatori platforme.
organisation-save = Sačuvaj organizaciju
organisation-saved = Organizacija je sačuvana.
field-organisation-name = Naziv organizacije
field-city = Grad
field-description = Opis
field-description-language = Jezik opisa
field-topics = Oblasti stručnosti

partnerships-page-title = Traženje partnera
partnerships-lead = Šta organizacije iz mreža nude i šta traže. Filtrirajte po vrsti partnerstva, oblasti i državi.
partnerships-title = Ponude i potrebe
partnerships-none-here = Ova organizacija još nije navela nijednu ponudu ni potrebu.
partnerships-none = Nijedna ponuda ni potreba ne odgovara ovim filterima.
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
partnership-any-country = Otvoreno za partnere iz svih država
partnership-open-to = Otvoreno za partnere iz država: { $countries }
field-direction = Ponuda ili potreba
field-partnership-kind = Vrsta partnerstva
field-open-to = Otvoreno za partnere iz država
field-open-to-hint = Ako ne odaberete nijednu državu, prihvataju se partneri iz svih država; da odaberete više država, držite pritisnutu tipku Ctrl (ili ⌘).
suggestions-title = Mogući partneri
suggestions-intro = Ponude drugih organizacija koje odgovaraju potrebama ove organizacije: ista vrsta partnerstva i barem jedna zajednička oblast.
suggestions-mine = Mogući partneri za vašu organizaciju
suggestion-for = Odgovara na potrebu: { $kind }

memberships-title = Članstvo u mrežama
memberships-intro = Mreže čiji ste facilitator: dodajte ovu organizaciju, promijenite nivo njenog članstva ili je uklonite.
membership-add = Dodaj u mrežu
membership-save = Promijeni nivo
membership-remove = Ukloni iz mreže
membership-saved = Članstvo je sačuvano.
membership-removed = Organizacija je uklonjena iz mreže.
field-level = Nivo članstva
field-network = Mreža

network-facilitators = Facilitatori mreže
field-expertise = Stručnost
member-no-expertise = Stručnost još nije navedena.

network-create = Kreirajte mrežu
network-create-submit = Kreiraj mrežu
network-created = Mreža je kreirana.
field-network-name = Naziv mreže
field-network-kind = Vrsta mreže
field-network-parent = Članica mreže
network-no-parent = Nijedna (mreža najvišeg nivoa)
network-no-country = Nijedna (međunarodna ili tematska mreža)
network-country-hint = Za nacionalne i regionalne mreže potrebno je odabrati državu.

import-title = Uvoz organizacija
import-lead = Dodajte odjednom mnogo organizacija u mrežu iz CSV datoteke. Prije uvoza vidjet ćete provjeru svakog reda.
import-not-allowed = Organizacije mogu uvoziti samo facilitatori mreže i koordinatori platforme.
import-columns = Prvi red datoteke sadrži nazive kolona: { $required } (obavezne) i { $optional } (neobavezne). Kolone mogu biti poredane bilo kojim redoslijedom, a odvajaju se zarezom ili tačkom-zarezom.
import-lists-hint = Sektori, oblasti i jezici mogu imati više vrijednosti odvojenih tačkom-zarezom, s istim ključevima kao u izvezenoj listi; nivo članstva je „core“, „member“ ili „associate“ (ako je prazno, „member“).
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
import-problems = Redovi s problemima
import-fix-and-upload = Ništa se ne uvozi dok neki red ima problem. Ispravite datoteku i ponovo je učitajte.
import-ready = Redovi spremni za uvoz
import-line = Red
import-column = Kolona
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

error-text-missing = Popunite ovo polje.
error-choice-unknown = Odaberite jednu od ponuđenih vrijednosti.
error-website-invalid = Unesite web-adresu koja počinje s https:// ili http://.
error-topic-missing = Odaberite barem jednu oblast.
error-already-member = Ova organizacija je već članica mreže.
error-organisation-exists = Organizacija s ovim nazivom već postoji u ovom gradu.
error-import-unreadable = Datoteku nije bilo moguće pročitati kao tabelu organizacija. Provjerite da li je to CSV datoteka u kodiranju UTF-8 čiji prvi red sadrži nazive obaveznih kolona.
error-import-empty = Datoteka ne sadrži nijednu organizaciju.
error-import-too-large = Datoteka je prevelika: najviše 5 MB i 20.000 organizacija.
error-import-has-errors = Neki redovi imaju probleme, pa ništa nije uvezeno.
error-import-applied = Ova datoteka je već uvezena.
error-limit-reached = Dostignuto je ograničenje: uklonite jedan unos prije dodavanja novog.
