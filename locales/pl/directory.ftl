## Edycja katalogu: organizacje, wyszukiwanie partnerów, członkowie, sieci, import.

organisations-export = Pobierz tę listę jako plik CSV
filter-offers = Oferuje partnerstwo
filter-seeks = Szuka partnerstwa

organisation-edit = Edytuj tę organizację
organisation-edit-title = Edycja organizacji
organisation-edit-back = Powrót do organizacji
organisation-edit-not-allowed = Organizację mogą edytować wyłącznie jej członkowie i koordynatorzy platformy.
organisation-save = Zapisz organizację
organisation-saved = Organizacja została zapisana.
field-organisation-name = Nazwa organizacji
field-city = Miejscowość
field-description = Opis
field-description-language = Język opisu
field-topics = Obszary specjalizacji

partnerships-page-title = Wyszukiwanie partnerów
partnerships-lead = Co oferują organizacje z sieci i czego szukają. Można filtrować według rodzaju partnerstwa, tematu i kraju.
partnerships-title = Oferty i potrzeby
partnerships-none-here = Ta organizacja nie podała jeszcze żadnych ofert ani potrzeb.
partnerships-none = Żadne oferty ani potrzeby nie spełniają tych kryteriów.
partnerships-found = { $count ->
    [one] { $count } oferta lub potrzeba
    [few] { $count } oferty i potrzeby
    [many] { $count } ofert i potrzeb
   *[other] { $count } oferty lub potrzeby
}
partnership-add = Dodaj ofertę lub potrzebę
partnership-add-submit = Dodaj
partnership-added = Oferta lub potrzeba została dodana.
partnership-withdraw = Wycofaj
partnership-removed = Oferta lub potrzeba została wycofana.
partnership-any-country = Otwarte na partnerów z każdego kraju
partnership-open-to = Otwarte na partnerów z krajów: { $countries }
field-direction = Oferta czy potrzeba
field-partnership-kind = Rodzaj partnerstwa
field-open-to = Otwarte na partnerów z krajów
field-open-to-hint = Jeśli nie zostanie wybrany żaden kraj, wpis jest otwarty na partnerów z każdego kraju; aby wybrać kilka krajów, należy przytrzymać Ctrl (lub ⌘).
suggestions-title = Potencjalni partnerzy
suggestions-intro = Oferty innych organizacji odpowiadające potrzebom tej organizacji: ten sam rodzaj partnerstwa i co najmniej jeden wspólny temat.
suggestions-mine = Potencjalni partnerzy dla Państwa organizacji
suggestion-for = Odpowiada na potrzebę: { $kind }

memberships-title = Członkostwo w sieciach
memberships-intro = Sieci, które Państwo koordynują: mogą Państwo dodać do nich tę organizację, zmienić jej poziom członkostwa lub ją usunąć.
membership-add = Dodaj do sieci
membership-save = Zmień poziom
membership-remove = Usuń z sieci
membership-saved = Członkostwo zostało zapisane.
membership-removed = Organizacja została usunięta z sieci.
field-level = Poziom członkostwa
field-network = Sieć

network-facilitators = Koordynatorzy sieci
field-expertise = Wiedza ekspercka
member-no-expertise = Nie podano jeszcze obszarów wiedzy eksperckiej.

network-create = Utwórz sieć
network-create-submit = Utwórz sieć
network-created = Sieć została utworzona.
field-network-name = Nazwa sieci
field-network-kind = Rodzaj sieci
field-network-parent = Członek sieci
network-no-parent = Brak (sieć najwyższego szczebla)
network-no-country = Brak (sieć międzynarodowa lub tematyczna)
network-country-hint = Sieci krajowe i regionalne wymagają wskazania kraju.

import-title = Import organizacji
import-lead = Dodawanie wielu organizacji do sieci naraz z pliku CSV. Zanim cokolwiek zostanie zaimportowane, zobaczą Państwo wynik sprawdzenia każdego wiersza.
import-not-allowed = Organizacje mogą importować wyłącznie koordynatorzy danej sieci i koordynatorzy platformy.
import-columns = Pierwszy wiersz pliku zawiera nazwy kolumn: { $required } (wymagane) i { $optional } (opcjonalne). Kolumny mogą występować w dowolnej kolejności, oddzielone przecinkami lub średnikami.
import-lists-hint = Branże, tematy i języki mogą mieć kilka wartości oddzielonych średnikami, zapisanych tymi samymi kluczami co na wyeksportowanej liście; poziom to „core”, „member” lub „associate” („member”, jeśli pole jest puste).
import-network = Sieć, do której dołączą organizacje
import-file = Plik CSV (UTF-8)
import-upload = Sprawdź plik
import-preview-title = Podgląd importu
import-preview-heading = Import pliku { $file } do sieci { $network }
import-summary = { $ready ->
    [one] { $ready } organizacja gotowa do importu
    [few] { $ready } organizacje gotowe do importu
    [many] { $ready } organizacji gotowych do importu
   *[other] { $ready } organizacji gotowej do importu
}, { $problems ->
    [one] { $problems } problem
    [few] { $problems } problemy
    [many] { $problems } problemów
   *[other] { $problems } problemu
}.
import-problems = Wiersze z problemami
import-fix-and-upload = Dopóki którykolwiek wiersz zawiera problem, nic nie zostanie zaimportowane. Prosimy poprawić plik i przesłać go ponownie.
import-ready = Wiersze gotowe do importu
import-line = Wiersz
import-column = Kolumna
import-problem = Opis problemu
import-value = Wartość w pliku
import-apply = { $count ->
    [one] Zaimportuj { $count } organizację
    [few] Zaimportuj { $count } organizacje
    [many] Zaimportuj { $count } organizacji
   *[other] Zaimportuj { $count } organizacji
}
import-applied = Organizacje zostały zaimportowane.
import-done = { $count ->
    [one] Zaimportowano { $count } organizację.
    [few] Zaimportowano { $count } organizacje.
    [many] Zaimportowano { $count } organizacji.
   *[other] Zaimportowano { $count } organizacji.
}
import-another = Zaimportuj kolejny plik

error-text-missing = Prosimy wypełnić to pole.
error-choice-unknown = Prosimy wybrać jedną z dostępnych wartości.
error-website-invalid = Prosimy podać adres strony internetowej zaczynający się od https:// lub http://.
error-topic-missing = Prosimy wybrać co najmniej jeden temat.
error-already-member = Ta organizacja jest już członkiem tej sieci.
error-organisation-exists = W tej miejscowości istnieje już organizacja o takiej nazwie.
error-import-unreadable = Nie udało się odczytać pliku jako tabeli organizacji. Prosimy sprawdzić, czy jest to plik CSV w kodowaniu UTF-8, którego pierwszy wiersz zawiera nazwy wymaganych kolumn.
error-import-empty = Plik nie zawiera żadnych organizacji.
error-import-too-large = Plik jest zbyt duży: dopuszczalne jest najwyżej 5 MB i 20 000 organizacji.
error-import-has-errors = Niektóre wiersze zawierają problemy, dlatego niczego nie zaimportowano.
error-import-applied = Ten plik został już zaimportowany.
error-limit-reached = Osiągnięto limit: przed dodaniem kolejnego wpisu prosimy usunąć jeden z istniejących.
