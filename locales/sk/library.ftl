# Knižnica: materiály zdieľané sieťami, v niekoľkých jazykoch.

nav-library = Knižnica
library-title = Knižnica
library-lead = Návody, príručky, šablóny, videá a nástroje od členov sietí, každý materiál v jazykoch, do ktorých bol preložený.
library-add = Pridať materiál
library-add-lead = Zdieľajte dokument, ePub, video, prezentáciu, šablónu alebo odkaz. Názov a zhrnutie uveďte v jazyku, v ktorom je materiál napísaný; preklady možno pridať neskôr.
library-add-send = Pridať materiál
library-sign-in-to-add = Prihláste sa, aby ste mohli pridať materiál
library-found = { $count ->
    [one] { $count } materiál
    [few] { $count } materiály
    [many] { $count } materiálu
   *[other] { $count } materiálov
}
library-none = Tomuto vyhľadávaniu nezodpovedá žiadny materiál.
library-search-label = Hľadať v názvoch, zhrnutiach a texte súborov
library-sort = Zoradenie
library-sort-relevance = Najlepšia zhoda
library-sort-newest = Najnovšie ako prvé
library-file = Súbor
library-file-hint = Najviac { $size } MB (video: { $video } MB), alebo uveďte odkaz na miesto, kde je súbor uložený. PDF, ePub, kancelárske dokumenty (OpenDocument, Word, Excel, PowerPoint), videá, zvukové súbory, obrázky a obyčajný text.

resource-kind = Druh
resource-kind-document = Dokument
resource-kind-epub = ePub
resource-kind-video = Video
resource-kind-presentation = Prezentácia
resource-kind-template = Šablóna alebo nástroj
resource-kind-website = Webová stránka
resource-kind-dataset = Súbor údajov

resource-audience = Pre koho
audience-trainers = Učitelia a školitelia
audience-learners = Účastníci vzdelávania a učni
audience-managers = Vedúci pracovníci poskytovateľov OVP
audience-companies = Podniky a inštruktori praktického vyučovania
audience-guidance = Kariéroví poradcovia
audience-policymakers = Tvorcovia politík

resource-licence = Licencia
licence-cc-by = Uveďte autora (CC BY 4.0)
licence-cc-by-sa = Uveďte autora – Rovnaké licencovanie (CC BY-SA 4.0)
licence-cc-by-nc = Uveďte autora – Nekomerčné použitie (CC BY-NC 4.0)
licence-cc-by-nc-sa = Uveďte autora – Nekomerčné použitie – Rovnaké licencovanie (CC BY-NC-SA 4.0)
licence-cc-by-nd = Uveďte autora – Nespracovávajte (CC BY-ND 4.0)
licence-cc-by-nc-nd = Uveďte autora – Nekomerčné použitie – Nespracovávajte (CC BY-NC-ND 4.0)
licence-cc0 = Voľné dielo (CC0 1.0)
licence-all-rights-reserved = Všetky práva vyhradené
resource-attribution = „{ $title }“, autor: { $author }, licencia: { $licence }.
resource-licence-deed = Čo licencia umožňuje
resource-rights-reserved = © { $author }. Všetky práva vyhradené: pred ďalším použitím požiadajte autorov o súhlas.

resource-visibility = Kto ho môže vidieť
visibility-everyone = Všetci
visibility-members = Prihlásení členovia
visibility-network = Členovia jeho siete

resource-status-draft = Koncept
resource-status-submitted = Čaká na posúdenie
resource-status-published = Zverejnené
resource-draft-hint = kým nebude zverejnený, vidíte ho len vy a koordinátori siete.
resource-submitted-hint = koordinátori siete ho pred zverejnením posúdia.
resource-hidden = Skryté moderátorom

resource-field-title = Názov
resource-field-summary = Zhrnutie
resource-field-author = Autori (tak, ako majú byť uvedení)
resource-field-link = Odkaz (webová stránka alebo miesto, kde je video uložené)
resource-field-draft = Zatiaľ ponechať ako koncept
resource-language = Jazyk
resource-topics = Témy
resource-sectors = Odvetvia
resource-countries = Krajiny
resource-network = Sieť
resource-network-none = Celá platforma
resource-organisation = Organizácia
resource-added-by = Pridal(a)
resource-updated = Aktualizované
resource-about = O tomto materiáli
resource-original = originál
resource-other-languages = V ďalších jazykoch
resource-not-in-your-language = Zatiaľ nie je k dispozícii v jazyku: { $language }. Zobrazené v jazyku, v ktorom bol napísaný: { $shown }.
resource-open-pdf = Otvoriť PDF
resource-download = Stiahnuť
resource-open-link = Prejsť na materiál
resource-files = Súbory
resource-file-name = Súbor
resource-file-size = Veľkosť
resource-file-uploaded = Nahrané
resource-file-current = aktuálny
resource-pages = { $count ->
    [one] { $count } strana
    [few] { $count } strany
    [many] { $count } strany
   *[other] { $count } strán
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Nahrať nový súbor ({ $language })
resource-new-file-hint = Nový súbor sa stane aktuálnym; staršie súbory zostanú v zozname a bude ich možné naďalej stiahnuť.
resource-new-file-send = Nahrať súbor
resource-add-translation = Pridať preklad
resource-add-translation-send = Pridať preklad
resource-review = Posúdenie
resource-review-publish = Zverejniť
resource-review-return = Vrátiť autorovi ako koncept
resource-publish = Zverejniť

resource-added = Materiál bol pridaný.
resource-version-added = Preklad bol pridaný.
resource-file-added = Nový súbor bol nahraný; predchádzajúci zostáva v zozname.
resource-published = Materiál bol zverejnený.
resource-submitted = Materiál bol odoslaný na posúdenie: koordinátori siete ho pred zverejnením posúdia.
resource-returned = Materiál bol vrátený autorovi ako koncept.

upload-progress = Nahrávanie: { $percent } %
upload-failed = Nahranie sa nepodarilo. Skúste to, prosím, znova.

error-file-too-large = Súbor prekračuje limit pre tento druh materiálu. Namiesto toho zdieľajte odkaz na miesto, kde je uložený.
error-file-missing = Vyberte súbor alebo zadajte odkaz.
error-upload-incomplete = Nahrávanie sa prerušilo skôr, než dorazil celý súbor. Nič sa neuložilo; skúste to, prosím, znova.
error-file-type-refused = Knižnica tento typ súboru neprijíma. Programy a archívy sa odmietajú; súbory ePub, OpenDocument a Office sa prijímajú.
error-file-type-mismatch = Obsah súboru nezodpovedá jeho názvu: súbor s príponou .pdf musí byť PDF.
error-file-name-invalid = Názov súboru obsahuje znaky, ktoré v názve súboru nie sú povolené, alebo je príliš dlhý (najviac 200 znakov).
error-file-unreadable = Súbor nie je možné prečítať: je poškodený alebo by sa rozbalil na mnohonásobne väčší objem, než má sám.
error-file-duplicate = Presne tento súbor už je aktuálnym súborom tejto verzie.
error-link-invalid = Odkaz musí byť webová adresa začínajúca sa https:// alebo http://.
error-version-exists = Materiál už má verziu v tomto jazyku.
error-not-a-form = Táto požiadavka nie je formulár, ktorý knižnica dokáže prečítať.
error-back-to-form = Späť na formulár

## Zbierky (sady nástrojov)

collections-title = Sady nástrojov
collections-lead = Zbierky materiálov, ktoré zostavili koordinátori sietí k určitej téme alebo pre určitú sieť; pri každom materiáli je poznámka, prečo bol zaradený.
collections-none = Zatiaľ tu nie je žiadna sada nástrojov.
collection-count = { $count ->
    [one] { $count } materiál
    [few] { $count } materiály
    [many] { $count } materiálu
   *[other] { $count } materiálov
}
collection-new = Nová sada nástrojov
collection-new-lead = Sada nástrojov zhromažďuje materiály z knižnice v poradí, ktoré si zvolíte. Materiály do nej pridávate z ich vlastných stránok.
collection-description = Na čo sada nástrojov slúži
collection-create = Vytvoriť sadu nástrojov
collection-curator = Zostavil(a)
collection-empty = Táto sada nástrojov zatiaľ neobsahuje žiadny materiál.
collection-unseen = { $count ->
    [one] Ďalší { $count } materiál z tejto sady nástrojov vidia len prihlásení členovia alebo členovia jednej siete.
    [few] Ďalšie { $count } materiály z tejto sady nástrojov vidia len prihlásení členovia alebo členovia jednej siete.
    [many] Ďalších { $count } materiálu z tejto sady nástrojov vidia len prihlásení členovia alebo členovia jednej siete.
   *[other] Ďalších { $count } materiálov z tejto sady nástrojov vidia len prihlásení členovia alebo členovia jednej siete.
}
collection-add-hint = Ak chcete pridať materiál, otvorte ho v knižnici a zvoľte „Pridať do sady nástrojov“.
collection-item-up = Posunúť nahor
collection-item-down = Posunúť nadol
collection-item-remove = Odstrániť zo sady nástrojov
collection-item-note = Poznámka
collection-item-note-save = Uložiť poznámku
collection-note = Prečo je materiál v sade nástrojov (nepovinné)
collection-add-to = Pridať do sady nástrojov
collection-which = Sada nástrojov
collection-add-send = Pridať do sady nástrojov
collection-created = Sada nástrojov bola vytvorená. Materiály do nej pridávajte z ich stránok.
collection-saved = Sada nástrojov bola uložená.
collection-item-added = Materiál bol pridaný do sady nástrojov.

## Kde je materiál použitý a pripájanie materiálov

used-in-title = Použité v
used-in-collection = Sada nástrojov
used-in-thread = Kolegiálne poradenstvo
used-in-activity = Akčný plán
attached-title = Materiály z knižnice
attached-add = Pripojiť materiál
attached-resource = Materiál
attached-resource-hint = Adresa jeho stránky v knižnici alebo jeho číslo.
attached-add-send = Pripojiť
attached-remove = Odstrániť
resource-attached = Materiál bol pripojený.
resource-detached = Materiál bol odstránený.
activity-resources = Materiály
activity-resources-none = K tejto aktivite nie je pripojený žiadny materiál z knižnice.
error-resource-unknown = V knižnici nie je žiadny materiál s touto adresou alebo číslom, ku ktorému máte prístup.
error-already-listed = Tento materiál tu už je.

## Úpravy, nahlásenia a posudzovanie

resource-edit = Upraviť
resource-edit-lead = Zmeňte údaje, ktoré opisujú materiál, ako aj názov, zhrnutie a odkaz jednej z jeho jazykových verzií. Súbory sa pridávajú na stránke materiálu; staršie súbory zostávajú zachované.
resource-edit-version = Verzia v jazyku: { $language }
resource-edit-other-versions = Upraviť inú jazykovú verziu
resource-edit-save = Uložiť zmeny
resource-saved = Zmeny boli uložené.
resource-flag = Nahlásiť
resource-flagged = Ďakujeme: posudzovatelia knižnice sa na tento materiál pozrú.
resource-moderation-hide = Skryť materiál
resource-moderation-restore = Znova zobraziť materiál
resource-moderation-dismiss = Ponechať materiál bez zmeny
library-review-title = Posudzovanie materiálov knižnice
library-review-waiting = Čakajú na rozhodnutie
library-review-none = Žiadny materiál nečaká na posúdenie ani nebol nahlásený.
library-review-resource = Materiál
