## Kataloogi muutmine: organisatsioonid, partnerite otsing, liikmed, võrgustikud ja import.

organisations-export = Laadi see loetelu alla CSV-failina
filter-offers = Pakub koostööd
filter-seeks = Otsib koostööd

organisation-edit = Muuda selle organisatsiooni andmeid
organisation-edit-title = Organisatsiooni andmete muutmine
organisation-edit-back = Tagasi organisatsiooni juurde
organisation-edit-not-allowed = Organisatsiooni andmeid saavad muuta ainult selle organisatsiooni liikmed ja platvormi koordinaatorid.
organisation-save = Salvesta organisatsiooni andmed
organisation-saved = Organisatsiooni andmed on salvestatud.
field-organisation-name = Organisatsiooni nimi
field-city = Linn
field-description = Kirjeldus
field-description-language = Kirjelduse keel
field-topics = Pädevusvaldkonnad

partnerships-page-title = Partnerite otsing
partnerships-lead = Mida võrgustike organisatsioonid pakuvad ja mida nad otsivad. Filtreerige koostöö liigi, pädevusvaldkonna ja riigi järgi.
partnerships-title = Pakkumised ja vajadused
partnerships-none-here = See organisatsioon ei ole veel pakkumisi ega vajadusi esitanud.
partnerships-none = Nendele filtritele ei vasta ükski pakkumine ega vajadus.
partnerships-found = { $count ->
    [one] { $count } pakkumine või vajadus
   *[other] { $count } pakkumist ja vajadust
}
partnership-add = Lisa pakkumine või vajadus
partnership-add-submit = Lisa
partnership-added = Pakkumine või vajadus on lisatud.
partnership-withdraw = Võta tagasi
partnership-removed = Pakkumine või vajadus on tagasi võetud.
partnership-any-country = Avatud partneritele kõigist riikidest
partnership-open-to = Avatud partneritele riikidest: { $countries }
field-direction = Pakkumine või vajadus
field-partnership-kind = Koostöö liik
field-open-to = Avatud partneritele riikidest
field-open-to-hint = Kui te ühtegi riiki ei vali, on oodatud partnerid kõigist riikidest. Mitme riigi valimiseks hoidke all klahvi Ctrl (või ⌘).
suggestions-title = Võimalikud partnerid
suggestions-intro = Teiste organisatsioonide pakkumised, mis vastavad selle organisatsiooni vajadustele: sama koostöö liik ja vähemalt üks ühine pädevusvaldkond.
suggestions-mine = Võimalikud partnerid teie organisatsioonile
suggestion-for = Vastab vajadusele: { $kind }

memberships-title = Liikmesus võrgustikes
memberships-intro = Võrgustikud, mille koordinaator te olete: lisage see organisatsioon, muutke selle liikmesuse taset või eemaldage see.
membership-add = Lisa võrgustikku
membership-save = Muuda taset
membership-remove = Eemalda võrgustikust
membership-saved = Liikmesus on salvestatud.
membership-removed = Organisatsioon on võrgustikust eemaldatud.
field-level = Liikmesuse tase
field-network = Võrgustik

network-facilitators = Võrgustiku koordinaatorid
field-expertise = Asjatundlikkus
member-no-expertise = Asjatundlikkuse valdkondi pole veel märgitud.

network-create = Loo võrgustik
network-create-submit = Loo võrgustik
network-created = Võrgustik on loodud.
field-network-name = Võrgustiku nimi
field-network-kind = Võrgustiku liik
field-network-parent = Kuulub võrgustikku
network-no-parent = Puudub (kõrgeima taseme võrgustik)
network-no-country = Puudub (rahvusvaheline või temaatiline võrgustik)
network-country-hint = Riiklikul ja piirkondlikul võrgustikul peab olema märgitud riik.

import-title = Organisatsioonide importimine
import-lead = Lisage CSV-failist korraga palju organisatsioone võrgustikku. Enne importimist näete iga rea kontrollimise tulemust.
import-not-allowed = Organisatsioone saavad importida ainult võrgustiku koordinaatorid ja platvormi koordinaatorid.
import-columns = Faili esimesel real on veergude nimed: { $required } (kohustuslikud) ja { $optional } (valikulised). Veerud võivad olla mis tahes järjekorras ning eraldatud komade või semikoolonitega.
import-lists-hint = Valdkondadel, pädevusvaldkondadel ja keeltel võib olla mitu semikooloniga eraldatud väärtust; kasutage samu võtmeid nagu eksporditud loetelus. Liikmesuse tase on „core“, „member“ või „associate“ (tühja välja korral „member“).
import-network = Võrgustik, millega organisatsioonid liituvad
import-file = CSV-fail (UTF-8)
import-upload = Kontrolli faili
import-preview-title = Impordi eelvaade
import-preview-heading = Faili { $file } importimine võrgustikku { $network }
import-summary = { $ready ->
    [one] { $ready } organisatsioon on importimiseks valmis
   *[other] { $ready } organisatsiooni on importimiseks valmis
}, { $problems ->
    [one] { $problems } probleem
   *[other] { $problems } probleemi
}.
import-problems = Probleemidega read
import-fix-and-upload = Midagi ei impordita, kuni mõnel real on probleem. Parandage fail ja laadige see uuesti üles.
import-ready = Importimiseks valmis read
import-line = Rida
import-column = Veerg
import-problem = Probleem
import-value = Väärtus failis
import-apply = { $count ->
    [one] Impordi { $count } organisatsioon
   *[other] Impordi { $count } organisatsiooni
}
import-applied = Organisatsioonid on imporditud.
import-done = { $count ->
    [one] Imporditi { $count } organisatsioon.
   *[other] Imporditi { $count } organisatsiooni.
}
import-another = Impordi teine fail

error-text-missing = Täitke see väli.
error-choice-unknown = Valige üks pakutud väärtustest.
error-website-invalid = Sisestage veebiaadress, mille alguses on https:// või http://.
error-topic-missing = Valige vähemalt üks pädevusvaldkond.
error-already-member = See organisatsioon on juba selle võrgustiku liige.
error-organisation-exists = Selles linnas on sellise nimega organisatsioon juba olemas.
error-import-unreadable = Faili ei õnnestunud lugeda organisatsioonide tabelina. Kontrollige, et see on UTF-8 kodeeringus CSV-fail, mille esimesel real on kohustuslike veergude nimed.
error-import-empty = Failis ei ole ühtegi organisatsiooni.
error-import-too-large = Fail on liiga suur: lubatud on kuni 5 MB ja 20 000 organisatsiooni.
error-import-has-errors = Mõnel real on probleeme, seetõttu ei imporditud midagi.
error-import-applied = See fail on juba imporditud.
error-limit-reached = Piirarv on täis: enne uue kirje lisamist eemaldage mõni olemasolev.
