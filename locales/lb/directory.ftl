## De Verzeechnes beaarbechten: Organisatiounen, Partnersich, Memberen, Netzwierker, Import.

organisations-export = Dës Lëscht als CSV eroflueden
filter-offers = Bitt eng Partnerschaft un
filter-seeks = Sicht eng Partnerschaft

organisation-edit = Dës Organisatioun beaarbechten
organisation-edit-title = D'Organisatioun beaarbechten
organisation-edit-back = Zréck bei d'Organisatioun
organisation-edit-not-allowed = Nëmmen d'Membere vun der Organisatioun selwer an d'Koordinatorinnen a Koordinatoren vun der Plattform däerfen se beaarbechten.
organisation-save = D'Organisatioun späicheren
organisation-saved = D'Organisatioun ass gespäichert.
field-organisation-name = Numm vun der Organisatioun
field-city = Uertschaft
field-description = Beschreiwung
field-description-language = Sprooch vun der Beschreiwung
field-topics = Kompetenzberäicher

partnerships-page-title = Partnersich
partnerships-lead = Wat d'Organisatiounen aus den Netzwierker ubidden a wat se sichen. Filtert no Aart vu Partnerschaft, Thema a Land.
partnerships-title = Offeren a Bedierfnisser
partnerships-none-here = Dës Organisatioun huet nach keng Offeren a keng Bedierfnisser uginn.
partnerships-none = Keng Offer a keen Bedierfnis passt op dës Filteren.
partnerships-found = { $count ->
    [one] { $count } Offer oder Bedierfnis
   *[other] { $count } Offeren a Bedierfnisser
}
partnership-add = Eng Offer oder e Bedierfnis derbäisetzen
partnership-add-submit = Derbäisetzen
partnership-added = D'Offer oder d'Bedierfnis ass derbäigesat.
partnership-withdraw = Zréckzéien
partnership-removed = D'Offer oder d'Bedierfnis gouf zréckgezunn.
partnership-any-country = Op fir Partner aus alle Länner
partnership-open-to = Op fir Partner aus: { $countries }
field-direction = Offer oder Bedierfnis
field-partnership-kind = Aart vu Partnerschaft
field-open-to = Op fir Partner aus
field-open-to-hint = Wielt kee Land, fir Partner aus alle Länner unzehuelen; haalt Ctrl (oder ⌘) gedréckt, fir der e puer ze wielen.
suggestions-title = Méiglech Partner
suggestions-intro = Offere vun aneren Organisatiounen, déi op d'Bedierfnisser vun dëser Organisatioun passen: déi selwecht Aart vu Partnerschaft an op d'mannst ee gemeinsamt Thema.
suggestions-mine = Méiglech Partner fir Är Organisatioun
suggestion-for = Äntwert op d'Bedierfnis: { $kind }

memberships-title = Memberschaften an Netzwierker
memberships-intro = D'Netzwierker, déi Dir moderéiert: Setzt dës Organisatioun derbäi, ännert hire Memberschaftsniveau oder huelt se eraus.
membership-add = An d'Netzwierk ophuelen
membership-save = Den Niveau änneren
membership-remove = Aus dem Netzwierk eraushuelen
membership-saved = D'Memberschaft ass gespäichert.
membership-removed = D'Organisatioun gouf aus dem Netzwierk erausgeholl.
field-level = Memberschaftsniveau
field-network = Netzwierk

network-facilitators = Moderatorinnen a Moderatoren
field-expertise = Fachwëssen
member-no-expertise = Nach kee Fachwëssen uginn.

network-create = En Netzwierk uleeën
network-create-submit = D'Netzwierk uleeën
network-created = D'Netzwierk ass ugeluecht.
field-network-name = Numm vum Netzwierk
field-network-kind = Aart vun Netzwierk
field-network-parent = Member vum Netzwierk
network-no-parent = Keent (en Netzwierk um ieweschten Niveau)
network-no-country = Keent (international oder thematesch)
network-country-hint = National a regional Netzwierker brauchen e Land.

import-title = Organisatiounen importéieren
import-lead = Setzt vill Organisatiounen op eemol aus enger CSV-Datei an en Netzwierk. All Zeil gëtt kontrolléiert an Iech gewisen, ier eppes importéiert gëtt.
import-not-allowed = Nëmmen d'Moderatorinnen a Moderatoren vun engem Netzwierk an d'Koordinatorinnen a Koordinatoren vun der Plattform däerfen Organisatiounen importéieren.
import-columns = Déi éischt Zeil vun der Datei nennt d'Kolonnen: { $required } (obligatoresch) an { $optional } (fakultativ). D'Kolonne kënnen an all Reiefolleg stoen, getrennt duerch Kommaen oder Semikolonen.
import-lists-hint = Branchen, Themen a Sprooche kënne méi Wäerter hunn, getrennt duerch Semikolonen, mat de selwechte Schlësselen, wéi an enger exportéierter Lëscht; den Niveau ass „core“, „member“ oder „associate“ („member“, wann d'Feld eidel ass).
import-network = Netzwierk, an dat d'Organisatiounen opgeholl ginn
import-file = CSV-Datei (UTF-8)
import-upload = D'Datei kontrolléieren
import-preview-title = Virschau vum Import
import-preview-heading = Import vun { $file } an { $network }
import-summary = { $ready ->
    [one] { $ready } Organisatioun prett fir den Import
   *[other] { $ready } Organisatioune prett fir den Import
}, { $problems ->
    [one] { $problems } Feeler
   *[other] { $problems } Feeler
}.
import-problems = Zeile mat Feeler
import-fix-and-upload = Et gëtt näischt importéiert, soulaang eng Zeil e Feeler huet. Verbessert d'Datei a luet se nach eng Kéier erop.
import-ready = Zeile prett fir den Import
import-line = Zeil
import-column = Kolonn
import-problem = Feeler
import-value = Wäert an der Datei
import-apply = { $count ->
    [one] { $count } Organisatioun importéieren
   *[other] { $count } Organisatiounen importéieren
}
import-applied = D'Organisatioune goufen importéiert.
import-done = { $count ->
    [one] { $count } Organisatioun gouf importéiert.
   *[other] { $count } Organisatioune goufen importéiert.
}
import-another = Eng aner Datei importéieren

error-text-missing = Fëllt dëst Feld aus.
error-choice-unknown = Wielt ee vun de proposéierte Wäerter.
error-website-invalid = Gitt eng Internetadress an, déi mat https:// oder http:// ufänkt.
error-topic-missing = Wielt op d'mannst een Thema.
error-already-member = Dës Organisatioun ass scho Member vum Netzwierk.
error-organisation-exists = An dëser Uertschaft gëtt et schonn eng Organisatioun mat dësem Numm.
error-import-unreadable = D'Datei konnt net als Tabell vun Organisatioune gelies ginn. Kontrolléiert, ob et eng CSV-Datei an UTF-8 ass, där hir éischt Zeil déi obligatoresch Kolonnen nennt.
error-import-empty = An der Datei sinn keng Organisatiounen.
error-import-too-large = D'Datei ass ze grouss: héchstens 5 MB an 20.000 Organisatiounen.
error-import-has-errors = E puer Zeilen hu Feeler, dofir gouf näischt importéiert.
error-import-applied = Dës Datei gouf schonn importéiert.
error-limit-reached = D'Maximum ass erreecht: Huelt en Androg ewech, ier Dir en neien derbäisetzt.
