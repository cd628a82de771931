## Editarea catalogului: organizații, căutare de parteneri, membri, rețele, importuri.

organisations-export = Descărcați această listă în format CSV
filter-offers = Oferă parteneriat
filter-seeks = Caută parteneriat

organisation-edit = Editați această organizație
organisation-edit-title = Editați organizația
organisation-edit-back = Înapoi la organizație
organisation-edit-not-allowed = Numai membrii organizației și coordonatorii platformei o pot edita.
organisation-save = Salvați organizația
organisation-saved = Organizația a fost salvată.
field-organisation-name = Numele organizației
field-city = Oraș
field-description = Descriere
field-description-language = Limba descrierii
field-topics = Domenii de expertiză

partnerships-page-title = Căutare de parteneri
partnerships-lead = Ce oferă și ce caută organizațiile din rețele. Filtrați după tipul de parteneriat, temă și țară.
partnerships-title = Oferte și nevoi
partnerships-none-here = Această organizație nu a declarat încă nicio ofertă sau nevoie.
partnerships-none = Nicio ofertă sau nevoie nu corespunde acestor filtre.
partnerships-found = { $count ->
    [one] { $count } ofertă sau nevoie
    [few] { $count } oferte și nevoi
   *[other] { $count } de oferte și nevoi
}
partnership-add = Adăugați o ofertă sau o nevoie
partnership-add-submit = Adăugați
partnership-added = Oferta sau nevoia a fost adăugată.
partnership-withdraw = Retrageți
partnership-removed = Oferta sau nevoia a fost retrasă.
partnership-any-country = Deschisă partenerilor din orice țară
partnership-open-to = Deschisă partenerilor din: { $countries }
field-direction = Ofertă sau nevoie
field-partnership-kind = Tipul de parteneriat
field-open-to = Deschisă partenerilor din
field-open-to-hint = Nu selectați nicio țară pentru a accepta parteneri din toate țările; țineți apăsat Ctrl (sau ⌘) pentru a selecta mai multe.
suggestions-title = Parteneri posibili
suggestions-intro = Oferte ale altor organizații care corespund nevoilor acestei organizații: același tip de parteneriat și cel puțin o temă comună.
suggestions-mine = Parteneri posibili pentru organizația dumneavoastră
suggestion-for = Răspunde nevoii: { $kind }

memberships-title = Apartenența la rețele
memberships-intro = Rețelele în care sunteți facilitator: adăugați această organizație, schimbați-i categoria de membru sau eliminați-o.
membership-add = Adăugați în rețea
membership-save = Schimbați categoria
membership-remove = Eliminați din rețea
membership-saved = Calitatea de membru a fost salvată.
membership-removed = Organizația a fost eliminată din rețea.
field-level = Categoria de membru
field-network = Rețea

network-facilitators = Facilitatori de rețea
field-expertise = Expertiză
member-no-expertise = Nu a fost declarată încă nicio expertiză.

network-create = Creați o rețea
network-create-submit = Creați rețeaua
network-created = Rețeaua a fost creată.
field-network-name = Numele rețelei
field-network-kind = Tipul rețelei
field-network-parent = Membră a rețelei
network-no-parent = Niciuna (rețea de cel mai înalt nivel)
network-no-country = Niciuna (rețea internațională sau tematică)
network-country-hint = Rețelele naționale și regionale trebuie să aibă o țară.

import-title = Importați organizații
import-lead = Adăugați dintr-odată mai multe organizații într-o rețea, dintr-un fișier CSV. Înainte să se importe ceva, veți vedea rezultatul verificării fiecărui rând.
import-not-allowed = Numai facilitatorii unei rețele și coordonatorii platformei pot importa organizații.
import-columns = Primul rând al fișierului conține numele coloanelor: { $required } (obligatorii) și { $optional } (opționale). Coloanele pot apărea în orice ordine, separate prin virgulă sau prin punct și virgulă.
import-lists-hint = Sectoarele, temele și limbile pot avea mai multe valori, separate prin punct și virgulă, cu aceleași chei ca într-o listă exportată; categoria de membru este „core”, „member” sau „associate” („member” dacă nu este completată).
import-network = Rețeaua în care intră organizațiile
import-file = Fișier CSV (UTF-8)
import-upload = Verificați fișierul
import-preview-title = Previzualizarea importului
import-preview-heading = Importul fișierului { $file } în rețeaua { $network }
import-summary = { $ready ->
    [one] { $ready } organizație pregătită pentru import
    [few] { $ready } organizații pregătite pentru import
   *[other] { $ready } de organizații pregătite pentru import
}, { $problems ->
    [one] { $problems } problemă
    [few] { $problems } probleme
   *[other] { $problems } de probleme
}.
import-problems = Rânduri cu probleme
import-fix-and-upload = Nu se importă nimic cât timp un rând are o problemă. Corectați fișierul și încărcați-l din nou.
import-ready = Rânduri pregătite pentru import
import-line = Rândul
import-column = Coloana
import-problem = Problema
import-value = Valoarea din fișier
import-apply = { $count ->
    [one] Importați { $count } organizație
    [few] Importați { $count } organizații
   *[other] Importați { $count } de organizații
}
import-applied = Organizațiile au fost importate.
import-done = { $count ->
    [one] A fost importată { $count } organizație.
    [few] Au fost importate { $count } organizații.
   *[other] Au fost importate { $count } de organizații.
}
import-another = Importați alt fișier

error-text-missing = Completați acest câmp.
error-choice-unknown = Alegeți una dintre valorile propuse.
error-website-invalid = Introduceți o adresă web care începe cu https:// sau http://.
error-topic-missing = Alegeți cel puțin o temă.
error-already-member = Această organizație este deja membră a rețelei.
error-organisation-exists = În acest oraș există deja o organizație cu acest nume.
error-import-unreadable = Fișierul nu a putut fi citit ca tabel de organizații. Verificați dacă este un fișier CSV cu codificarea UTF-8, al cărui prim rând conține numele coloanelor obligatorii.
error-import-empty = Fișierul nu conține nicio organizație.
error-import-too-large = Fișierul este prea mare: sunt permise cel mult 5 MB și 20.000 de organizații.
error-import-has-errors = Unele rânduri au probleme, așa că nu s-a importat nimic.
error-import-applied = Acest fișier a fost deja importat.
error-limit-reached = Limita a fost atinsă: eliminați o intrare înainte de a adăuga alta.
