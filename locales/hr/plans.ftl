# Strategija i akcijski planovi

plans-none = Nijedna mreža još nije objavila strategiju.
plans-back = Sve strategije
plan-activity-count = { $count ->
    [one] { $count } aktivnost
    [few] { $count } aktivnosti
   *[other] { $count } aktivnosti
}
strategy-create-title = Nova strategija
strategy-network = Mreža
strategy-create = Započni izradu strategije

## Faze strategije
strategy-status-draft = Nacrt
strategy-status-feedback = Na savjetovanju
strategy-status-adopted = Usvojena
strategy-stage = Faza
strategy-adopt = Usvoji strategiju
strategy-reopen = Vrati u fazu nacrta
round-open = Otvori krug savjetovanja
round-close = Zatvori krug savjetovanja
round-opens = Od
round-closes = Do
round-open-notice = Krug savjetovanja otvoren je od { $from } do { $to }.
round-comment-link = Komentirajte nacrt

## Polja strategije
strategy-edit = Uredi strategiju
strategy-fields = Vizija i misija
strategy-field-title = Naslov
strategy-field-period = Razdoblje (godine)
strategy-field-vision = Vizija
strategy-field-mission = Misija
strategy-field-status = Faza
strategy-aspirations = Ciljevi
strategy-save = Spremi strategiju
aspiration-field-title = Cilj
aspiration-field-description = Opis
aspiration-save = Spremi cilj
aspiration-add-title = Novi cilj
aspiration-add = Dodaj cilj

## Akcijski plan
plan-progress = Napredak:
plan-percent = { $value } %
plan-number = { $value }
plan-tools = Alati strategije
plan-print = Prikaz za ispis
plan-export = Preuzmi akcijski plan (CSV)
plan-present = Trenutačno na stranici:
plan-timeline = Vremenska crta akcijskog plana
plan-timeline-caption = Svaka traka proteže se od početka aktivnosti do njezina roka i ispunjena je prema njezinu napretku; crvena crta označava današnji dan.
plan-today = danas
plan-dates = Datumi
plan-activities = Aktivnosti
plan-no-activities = Ovaj cilj još nema nijednu aktivnost.
plan-filter-aspiration = Cilj
plan-filter-status = Stanje
plan-filter-all = Sve
plan-filter-apply = Prikaži

## Aktivnosti
activity-status-planned = Planirano
activity-status-in-progress = U tijeku
activity-status-done = Završeno
activity-status-blocked = Blokirano
activity-status-cancelled = Otkazano
activity-field-title = Aktivnost
activity-field-description = Opis
activity-field-aspirations = Ciljevi kojima doprinosi
activity-field-owner = Nositelj
activity-field-contributors = Organizacije koje sudjeluju
activity-field-start_on = Početak
activity-field-due_on = Rok
activity-field-status = Stanje
activity-field-progress = Napredak (%)
activity-owner-none = Nositelj još nije određen
activity-owner-members = Članovi
activity-owner-organisations = Organizacije
activity-add-title = Nova aktivnost
activity-add = Dodaj aktivnost
activity-edit-title = Uređivanje aktivnosti
activity-save = Spremi aktivnost
activity-follow = Prati ovu aktivnost
activity-unfollow = Prestani pratiti ovu aktivnost
activity-being-edited = Trenutačno uređuje: { $names }
field-changed-live = { $name } upravo mijenja ovo polje. Vaša vrijednost ostaje ovdje; nakon spremanja prikazat će se obje.
offline-kept = Nema veze: vaše se promjene čuvaju u ovom pregledniku i bit će poslane kada se veza ponovno uspostavi.

## Pokazatelji
indicators-title = Pokazatelji
indicators-none = Još nema pokazatelja.
indicator-field-name = Pokazatelj
indicator-field-target = Ciljana vrijednost
indicator-field-actual = Ostvarena vrijednost
indicator-reached = { $name }: { $actual } od { $target }
indicator-edit = Pokazatelj „{ $name }“
indicator-save = Spremi
indicator-add = Dodaj pokazatelj

## Promjene u međuvremenu
conflict-title = Netko je ovo u međuvremenu promijenio
conflict-lead = Vaše su ostale promjene spremljene. Ova je polja netko drugi promijenio nakon što ste otvorili obrazac; ništa nije prebrisano. Odaberite što učiniti sa svakim od njih.
conflict-changed-by = Promjena: { $name }, { $at } (UTC).
conflict-theirs = Vrijednost druge osobe (spremljena)
conflict-mine = Vaša vrijednost (nije spremljena)
conflict-keep = Zadrži vrijednost druge osobe
conflict-replace = Zamijeni mojom
conflict-merge-label = Spojeni tekst
conflict-merge = Spremi spojeni tekst
error-changed-meanwhile = Ovo se polje promijenilo otkad je stranica otvorena. Ponovno učitajte stranicu i pokušajte ponovno.

## Povijest i verzije
history-title = Povijest
revision-created = Izrađeno
revision-restore = Vrati ovu vrijednost
revision-restores = (vraća promjenu br. { $number })
strategy-versions = Verzije
versions-none = Još nije spremljena nijedna verzija: verzija se sprema kada se zatvori krug savjetovanja i kada se strategija usvoji.
version-now = Trenutačna strategija
version-number = Verzija { $number }
version-reason-round = nakon kruga savjetovanja
version-reason-adopted = usvojena
diff-from = Od
diff-to = Do
diff-compare = Usporedi
diff-title = Usporedba: { $from } → { $to }
diff-unchanged = (nepromijenjeno)

## Krugovi savjetovanja
comments-title = Komentari
comment-title = Komentirajte nacrt
comment-about = Odnosi se na
comment-on-strategy = Strategija u cjelini
comment-body = Vaš komentar
comment-send = Pošalji komentar
comment-taken-up = Prihvaćen
comment-declined = Nije prihvaćen
comment-resolution = Odluka
comment-reason = Obrazloženje
comment-resolve = Odluči

## Obavijesti
strategy-created = Izrada strategije je započela. Napišite njezinu viziju, misiju i ciljeve.
strategy-saved = Spremljeno.
aspiration-added = Cilj je dodan.
activity-added = Aktivnost je dodana. Odredite joj nositelja, datume i pokazatelje.
activity-saved = Aktivnost je spremljena.
indicator-added = Pokazatelj je dodan.
value-restored = Ranija je vrijednost vraćena kao nova promjena.
stage-open = Krug savjetovanja je otvoren: članovi mreže mogu komentirati.
stage-close = Krug savjetovanja je zatvoren, a ova je verzija spremljena.
stage-adopt = Strategija je usvojena, a ova je verzija spremljena.
stage-reopen = Strategija je ponovno u fazi nacrta.
comment-posted = Vaš je komentar poslan koordinatorima mreže.
comment-resolved = O komentaru je odlučeno.
followed = Sada ovo pratite: dobit ćete obavijest kada se promijeni stanje, nositelj ili datum.
unfollowed = Ovo više ne pratite.

## Obavijesti o aktivnostima koje pratite
plan-notification-status = { $name } mijenja stanje aktivnosti
plan-notification-owner = { $name } mijenja nositelja aktivnosti
plan-notification-start_on = { $name } mijenja datum početka aktivnosti
plan-notification-due_on = { $name } mijenja rok aktivnosti

## Odbijanja
error-date-invalid = Unesite valjani kalendarski datum (godina, mjesec, dan).
error-dates-reversed = Završetak je prije početka.
error-number-invalid = Unesite cijeli broj iz dopuštenog raspona.
error-aspiration-missing = Aktivnost mora doprinositi barem jednom cilju.
error-wrong-stage = Strategija nije u fazi koja je za to potrebna (na primjer, nije otvoren nijedan krug savjetovanja).
plan-notifications-title = Aktivnosti koje pratite
aspiration-follow = Prati ovaj cilj
aspiration-unfollow = Prestani pratiti ovaj cilj
