# Knihovna: materiály sdílené sítěmi, v několika jazycích.

nav-library = Knihovna
library-title = Knihovna
library-lead = Průvodce, příručky, šablony, videa a nástroje od členů sítí, každý materiál v jazycích, do kterých byl přeložen.
library-add = Přidat materiál
library-add-lead = Sdílejte dokument, ePub, video, prezentaci, šablonu nebo odkaz. Název a shrnutí uveďte v jazyce, ve kterém je materiál napsán; překlady lze přidat později.
library-add-send = Přidat materiál
library-sign-in-to-add = Přihlaste se, abyste mohli přidat materiál
library-found = { $count ->
    [one] { $count } materiál
    [few] { $count } materiály
    [many] { $count } materiálu
   *[other] { $count } materiálů
}
library-none = Tomuto hledání neodpovídá žádný materiál.
library-search-label = Hledat v názvech, shrnutích a textu souborů
library-sort = Řazení
library-sort-relevance = Nejlepší shoda
library-sort-newest = Nejnovější nejdříve
library-file = Soubor
library-file-hint = Nejvýše { $size } MB (video: { $video } MB), nebo uveďte odkaz na místo, kde je soubor uložen. PDF, ePub, kancelářské dokumenty (OpenDocument, Word, Excel, PowerPoint), videa, zvukové soubory, obrázky a prostý text.

resource-kind = Druh
resource-kind-document = Dokument
resource-kind-epub = ePub
resource-kind-video = Video
resource-kind-presentation = Prezentace
resource-kind-template = Šablona nebo nástroj
resource-kind-website = Webové stránky
resource-kind-dataset = Datová sada

resource-audience = Pro koho
audience-trainers = Učitelé a školitelé
audience-learners = Účastníci vzdělávání a učni
audience-managers = Vedoucí pracovníci poskytovatelů OVP
audience-companies = Podniky a firemní instruktoři
audience-guidance = Kariéroví poradci
audience-policymakers = Tvůrci politik

resource-licence = Licence
licence-cc-by = Uveďte původ (CC BY 4.0)
licence-cc-by-sa = Uveďte původ – Zachovejte licenci (CC BY-SA 4.0)
licence-cc-by-nc = Uveďte původ – Neužívejte komerčně (CC BY-NC 4.0)
licence-cc-by-nc-sa = Uveďte původ – Neužívejte komerčně – Zachovejte licenci (CC BY-NC-SA 4.0)
licence-cc-by-nd = Uveďte původ – Nezpracovávejte (CC BY-ND 4.0)
licence-cc-by-nc-nd = Uveďte původ – Neužívejte komerčně – Nezpracovávejte (CC BY-NC-ND 4.0)
licence-cc0 = Volné dílo (CC0 1.0)
licence-all-rights-reserved = Všechna práva vyhrazena
resource-attribution = „{ $title }“, autor: { $author }, licence: { $licence }.
resource-licence-deed = Co licence umožňuje
resource-rights-reserved = © { $author }. Všechna práva vyhrazena: před dalším použitím požádejte autory o svolení.

resource-visibility = Kdo ho může vidět
visibility-everyone = Všichni
visibility-members = Přihlášení členové
visibility-network = Členové jeho sítě

resource-status-draft = Koncept
resource-status-submitted = Čeká na posouzení
resource-status-published = Zveřejněno
resource-draft-hint = dokud nebude zveřejněn, vidíte ho jen vy a koordinátoři sítě.
resource-submitted-hint = koordinátoři sítě ho před zveřejněním posoudí.
resource-hidden = Skryto moderátorem

resource-field-title = Název
resource-field-summary = Shrnutí
resource-field-author = Autoři (tak, jak mají být uvedeni)
resource-field-link = Odkaz (webové stránky nebo místo, kde je video uloženo)
resource-field-draft = Zatím ponechat jako koncept
resource-language = Jazyk
resource-topics = Témata
resource-sectors = Odvětví
resource-countries = Země
resource-network = Síť
resource-network-none = Celá platforma
resource-organisation = Organizace
resource-added-by = Přidal(a)
resource-updated = Aktualizováno
resource-about = O tomto materiálu
resource-original = originál
resource-other-languages = V dalších jazycích
resource-not-in-your-language = Zatím není k dispozici v jazyce: { $language }. Zobrazeno v jazyce, ve kterém byl napsán: { $shown }.
resource-open-pdf = Otevřít PDF
resource-download = Stáhnout
resource-open-link = Přejít k materiálu
resource-files = Soubory
resource-file-name = Soubor
resource-file-size = Velikost
resource-file-uploaded = Nahráno
resource-file-current = aktuální
resource-pages = { $count ->
    [one] { $count } strana
    [few] { $count } strany
    [many] { $count } strany
   *[other] { $count } stran
}
file-size-kb = { $size } kB
file-size-mb = { $size } MB

resource-new-file = Nahrát nový soubor ({ $language })
resource-new-file-hint = Nový soubor se stane aktuálním; dřívější soubory zůstanou v seznamu a bude možné je dál stahovat.
resource-new-file-send = Nahrát soubor
resource-add-translation = Přidat překlad
resource-add-translation-send = Přidat překlad
resource-review = Posouzení
resource-review-publish = Zveřejnit
resource-review-return = Vrátit autorovi jako koncept
resource-publish = Zveřejnit

resource-added = Materiál byl přidán.
resource-version-added = Překlad byl přidán.
resource-file-added = Nový soubor byl nahrán; předchozí zůstává v seznamu.
resource-published = Materiál byl zveřejněn.
resource-submitted = Materiál byl odeslán k posouzení: koordinátoři sítě ho před zveřejněním posoudí.
resource-returned = Materiál byl vrácen autorovi jako koncept.

upload-progress = Nahrávání: { $percent } %
upload-failed = Nahrání se nezdařilo. Zkuste to prosím znovu.

error-file-too-large = Soubor překračuje limit pro tento druh materiálu. Místo toho sdílejte odkaz na místo, kde je uložen.
error-file-missing = Vyberte soubor nebo zadejte odkaz.
error-upload-incomplete = Nahrávání se přerušilo dříve, než dorazil celý soubor. Nic nebylo uloženo; zkuste to prosím znovu.
error-file-type-refused = Knihovna tento typ souboru nepřijímá. Programy a archivy se odmítají; soubory ePub, OpenDocument a Office se přijímají.
error-file-type-mismatch = Obsah souboru neodpovídá jeho názvu: soubor s příponou .pdf musí být PDF.
error-file-name-invalid = Název souboru obsahuje znaky, které v názvu souboru nejsou povoleny, nebo je příliš dlouhý (nejvýše 200 znaků).
error-file-unreadable = Soubor nelze přečíst: je poškozený, nebo by se rozbalil na mnohonásobně větší objem, než sám má.
error-file-duplicate = Přesně tento soubor už je aktuálním souborem této verze.
error-link-invalid = Odkaz musí být webová adresa začínající https:// nebo http://.
error-version-exists = Materiál už má verzi v tomto jazyce.
error-not-a-form = Tento požadavek není formulář, který knihovna dokáže přečíst.
error-back-to-form = Zpět na formulář

## Sbírky (sady nástrojů)

collections-title = Sady nástrojů
collections-lead = Soubory materiálů, které sestavili koordinátoři sítí k určitému tématu nebo pro určitou síť; u každého materiálu je poznámka, proč byl zařazen.
collections-none = Zatím tu není žádná sada nástrojů.
collection-count = { $count ->
    [one] { $count } materiál
    [few] { $count } materiály
    [many] { $count } materiálu
   *[other] { $count } materiálů
}
collection-new = Nová sada nástrojů
collection-new-lead = Sada nástrojů shromažďuje materiály z knihovny v pořadí, které si zvolíte. Materiály do ní přidáváte z jejich vlastních stránek.
collection-description = K čemu sada nástrojů slouží
collection-create = Vytvořit sadu nástrojů
collection-curator = Sestavil(a)
collection-empty = Tato sada nástrojů zatím neobsahuje žádný materiál.
collection-unseen = { $count ->
    [one] Další { $count } materiál z této sady nástrojů vidí jen přihlášení členové nebo členové jedné sítě.
    [few] Další { $count } materiály z této sady nástrojů vidí jen přihlášení členové nebo členové jedné sítě.
    [many] Dalších { $count } materiálu z této sady nástrojů vidí jen přihlášení členové nebo členové jedné sítě.
   *[other] Dalších { $count } materiálů z této sady nástrojů vidí jen přihlášení členové nebo členové jedné sítě.
}
collection-add-hint = Chcete-li přidat materiál, otevřete ho v knihovně a zvolte „Přidat do sady nástrojů“.
collection-item-up = Posunout nahoru
collection-item-down = Posunout dolů
collection-item-remove = Odebrat ze sady nástrojů
collection-item-note = Poznámka
collection-item-note-save = Uložit poznámku
collection-note = Proč je materiál v sadě nástrojů (nepovinné)
collection-add-to = Přidat do sady nástrojů
collection-which = Sada nástrojů
collection-add-send = Přidat do sady nástrojů
collection-created = Sada nástrojů byla vytvořena. Materiály do ní přidávejte z jejich stránek.
collection-saved = Sada nástrojů byla uložena.
collection-item-added = Materiál byl přidán do sady nástrojů.

## Kde je materiál použit a připojování materiálů

used-in-title = Použito v
used-in-collection = Sada nástrojů
used-in-thread = Kolegiální poradenství
used-in-activity = Akční plán
attached-title = Materiály z knihovny
attached-add = Připojit materiál
attached-resource = Materiál
attached-resource-hint = Adresa jeho stránky v knihovně nebo jeho číslo.
attached-add-send = Připojit
attached-remove = Odebrat
resource-attached = Materiál byl připojen.
resource-detached = Materiál byl odebrán.
activity-resources = Materiály
activity-resources-none = K této aktivitě není připojen žádný materiál z knihovny.
error-resource-unknown = V knihovně není žádný materiál s touto adresou nebo číslem, ke kterému máte přístup.
error-already-listed = Tento materiál už tu je.

## Úpravy, nahlášení a posuzování

resource-edit = Upravit
resource-edit-lead = Změňte údaje popisující materiál a název, shrnutí a odkaz jedné z jeho jazykových verzí. Soubory se přidávají na stránce materiálu; dřívější soubory zůstávají zachovány.
resource-edit-version = Verze v jazyce: { $language }
resource-edit-other-versions = Upravit jinou jazykovou verzi
resource-edit-save = Uložit změny
resource-saved = Změny byly uloženy.
resource-flag = Nahlásit
resource-flagged = Děkujeme: posuzovatelé knihovny se na tento materiál podívají.
resource-moderation-hide = Skrýt materiál
resource-moderation-restore = Znovu zobrazit materiál
resource-moderation-dismiss = Ponechat materiál beze změny
library-review-title = Posuzování materiálů knihovny
library-review-waiting = Čekají na rozhodnutí
library-review-none = Žádný materiál nečeká na posouzení ani nebyl nahlášen.
library-review-resource = Materiál
