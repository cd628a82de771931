## Redaktimi i drejtorisë: organizatat, kërkimi i partnerëve, anëtarët, rrjetet, importet.

organisations-export = Shkarko këtë listë si CSV
filter-offers = Ofron partneritet
filter-seeks = Kërkon partneritet

organisation-edit = Redakto këtë organizatë
organisation-edit-title = Redaktoni organizatën
organisation-edit-back = Kthehu te organizata
organisation-edit-not-allowed = Këtë organizatë mund ta redaktojnë vetëm anëtarët e saj dhe koordinatorët e platformës.
organisation-save = Ruaj organizatën
organisation-saved = Organizata u ruajt.
field-organisation-name = Emri i organizatës
field-city = Qyteti
field-description = Përshkrimi
field-description-language = Gjuha e përshkrimit
field-topics = Fushat e ekspertizës

partnerships-page-title = Kërkimi i partnerëve
partnerships-lead = Çfarë ofrojnë dhe çfarë kërkojnë organizatat e rrjeteve. Filtroni sipas llojit të partneritetit, fushës dhe vendit.
partnerships-title = Ofertat dhe nevojat
partnerships-none-here = Kjo organizatë nuk ka shpallur ende asnjë ofertë apo nevojë.
partnerships-none = Asnjë ofertë apo nevojë nuk përputhet me këta filtra.
partnerships-found = { $count ->
    [one] { $count } ofertë ose nevojë
   *[other] { $count } oferta dhe nevoja
}
partnership-add = Shto një ofertë ose nevojë
partnership-add-submit = Shto
partnership-added = Oferta ose nevoja u shtua.
partnership-withdraw = Tërhiq
partnership-removed = Oferta ose nevoja u tërhoq.
partnership-any-country = E hapur për partnerë nga çdo vend
partnership-open-to = E hapur për partnerë nga: { $countries }
field-direction = Ofertë ose nevojë
field-partnership-kind = Lloji i partneritetit
field-open-to = E hapur për partnerë nga
field-open-to-hint = Mos zgjidhni asnjë vend për të pranuar partnerë nga të gjitha vendet; mbani shtypur Ctrl (ose ⌘) për të zgjedhur disa.
suggestions-title = Partnerë të mundshëm
suggestions-intro = Oferta të organizatave të tjera që përputhen me nevojat e kësaj organizate: i njëjti lloj partneriteti dhe të paktën një fushë e përbashkët.
suggestions-mine = Partnerë të mundshëm për organizatën tuaj
suggestion-for = I përgjigjet nevojës: { $kind }

memberships-title = Anëtarësimi në rrjete
memberships-intro = Rrjetet ku jeni lehtësues: shtoni këtë organizatë, ndryshoni nivelin e saj të anëtarësimit ose hiqeni.
membership-add = Shto në rrjet
membership-save = Ndrysho nivelin
membership-remove = Hiq nga rrjeti
membership-saved = Anëtarësimi u ruajt.
membership-removed = Organizata u hoq nga rrjeti.
field-level = Niveli i anëtarësimit
field-network = Rrjeti

network-facilitators = Lehtësuesit
field-expertise = Ekspertiza
member-no-expertise = Ende nuk është shpallur asnjë ekspertizë.

network-create = Krijo një rrjet
network-create-submit = Krijo rrjetin
network-created = Rrjeti u krijua.
field-network-name = Emri i rrjetit
field-network-kind = Lloji i rrjetit
field-network-parent = Anëtar i rrjetit
network-no-parent = Asnjë (rrjet në krye)
network-no-country = Asnjë (ndërkombëtar ose tematik)
network-country-hint = Rrjetet kombëtare dhe rajonale duhet të kenë një vend.

import-title = Importoni organizata
import-lead = Shtoni njëherësh shumë organizata në një rrjet nga një skedar CSV. Do ta shihni çdo rresht të kontrolluar përpara se të importohet diçka.
import-not-allowed = Organizata mund të importojnë vetëm lehtësuesit e një rrjeti dhe koordinatorët e platformës.
import-columns = Rreshti i parë i skedarit përmban emrat e kolonave: { $required } (të detyrueshme) dhe { $optional } (jo të detyrueshme). Kolonat mund të jenë në çfarëdo radhe, të ndara me presje ose me pikëpresje.
import-lists-hint = Sektorët, fushat dhe gjuhët marrin disa vlera të ndara me pikëpresje, me të njëjtët çelësa si në një listë të eksportuar; niveli është “core”, “member” ose “associate” (“member” nëse mbetet bosh).
import-network = Rrjeti ku anëtarësohen organizatat
import-file = Skedari CSV (UTF-8)
import-upload = Kontrollo skedarin
import-preview-title = Pamja paraprake e importit
import-preview-heading = Importi i skedarit { $file } në rrjetin { $network }
import-summary = { $ready ->
    [one] { $ready } organizatë gati për import
   *[other] { $ready } organizata gati për import
}, { $problems ->
    [one] { $problems } problem
   *[other] { $problems } probleme
}.
import-problems = Rreshtat me probleme
import-fix-and-upload = Asgjë nuk importohet për sa kohë që një rresht ka problem. Korrigjoni skedarin dhe ngarkojeni përsëri.
import-ready = Rreshtat gati për import
import-line = Rreshti
import-column = Kolona
import-problem = Problemi
import-value = Vlera në skedar
import-apply = { $count ->
    [one] Importo { $count } organizatë
   *[other] Importo { $count } organizata
}
import-applied = Organizatat u importuan.
import-done = { $count ->
    [one] U importua { $count } organizatë.
   *[other] U importuan { $count } organizata.
}
import-another = Importo një skedar tjetër

error-text-missing = Plotësoni këtë fushë.
error-choice-unknown = Zgjidhni një nga vlerat e ofruara.
error-website-invalid = Shkruani një adresë interneti që fillon me https:// ose http://.
error-topic-missing = Zgjidhni të paktën një fushë ekspertize.
error-already-member = Kjo organizatë është tashmë anëtare e rrjetit.
error-organisation-exists = Në këtë qytet ekziston tashmë një organizatë me këtë emër.
error-import-unreadable = Skedari nuk u lexua dot si tabelë organizatash. Kontrolloni që të jetë skedar CSV në UTF-8 dhe që rreshti i parë i tij të përmbajë emrat e kolonave të detyrueshme.
error-import-empty = Skedari nuk përmban asnjë organizatë.
error-import-too-large = Skedari është shumë i madh: maksimumi 5 MB dhe 20.000 organizata.
error-import-has-errors = Disa rreshta kanë probleme, prandaj nuk u importua asgjë.
error-import-applied = Ky skedar është importuar tashmë.
error-limit-reached = U arrit kufiri: hiqni një element përpara se të shtoni një tjetër.
