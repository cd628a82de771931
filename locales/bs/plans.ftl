# Strategija i akcioni planovi

plans-none = Nijedna mreža još nije objavila strategiju.
plans-back = Sve strategije
plan-activity-count = { $count ->
    [one] { $count } aktivnost
    [few] { $count } aktivnosti
   *[other] { $count } aktivnosti
}
strategy-create-title = Pokrenite izradu strategije
strategy-network = Mreža
strategy-create = Pokreni izradu strategije

## Faze strategije
strategy-status-draft = Nacrt
strategy-status-feedback = Na konsultacijama
strategy-status-adopted = Usvojena
strategy-stage = Faza
strategy-adopt = Usvoji strategiju
strategy-reopen = Vrati u nacrt
round-open = Otvori krug konsultacija
round-close = Zatvori krug konsultacija
round-opens = Od
round-closes = Do
round-open-notice = Krug konsultacija je otvoren od { $from } do { $to }.
round-comment-link = Komentarišite nacrt

## Polja strategije
strategy-edit = Uredi strategiju
strategy-fields = Vizija i misija
strategy-field-title = Naziv
strategy-field-period = Period (godine)
strategy-field-vision = Vizija
strategy-field-mission = Izjava o misiji
strategy-field-status = Faza
strategy-aspirations = Težnje
strategy-save = Sačuvaj strategiju
aspiration-field-title = Težnja
aspiration-field-description = Opis
aspiration-save = Sačuvaj težnju
aspiration-add-title = Dodajte težnju
aspiration-add = Dodaj težnju

## Akcioni plan
plan-progress = Napredak:
plan-percent = { $value } %
plan-number = { $value }
plan-tools = Alati za strategiju
plan-print = Prikaz za štampu
plan-export = Preuzmi akcioni plan (CSV)
plan-present = Trenutno na stranici:
plan-timeline = Vremenska linija akcionog plana
plan-timeline-caption = Svaka traka ide od početka aktivnosti do njenog roka i popunjena je srazmjerno napretku; crvena linija označava današnji dan.
plan-today = danas
plan-dates = Datumi
plan-activities = Aktivnosti
plan-no-activities = Još nijedna aktivnost ne doprinosi ovoj težnji.
plan-filter-aspiration = Težnja
plan-filter-status = Status
plan-filter-all = Sve
plan-filter-apply = Prikaži

## Aktivnosti
activity-status-planned = Planirano
activity-status-in-progress = U toku
activity-status-done = Završeno
activity-status-blocked = Zaustavljeno
activity-status-cancelled = Otkazano
activity-field-title = Aktivnost
activity-field-description = Opis
activity-field-aspirations = Težnje kojima doprinosi
activity-field-owner = Nosilac
activity-field-contributors = Organizacije koje učestvuju
activity-field-start_on = Početak
activity-field-due_on = Rok
activity-field-status = Status
activity-field-progress = Napredak (%)
activity-owner-none = Još nema nosioca
activity-owner-members = Članovi
activity-owner-organisations = Organizacije
activity-add-title = Dodajte aktivnost
activity-add = Dodaj aktivnost
activity-edit-title = Uredite aktivnost
activity-save = Sačuvaj aktivnost
activity-follow = Prati ovu aktivnost
activity-unfollow = Prestani pratiti ovu aktivnost
activity-being-edited = Trenutno uređuju: { $names }
field-changed-live = { $name }: ovo polje je upravo izmijenjeno. Vaša vrijednost ostaje ovdje; kada sačuvate, bit će prikazane obje.
offline-kept = Nema internet veze: vaše izmjene čuvaju se u ovom pregledniku i bit će poslane kada se veza ponovo uspostavi.

## Indikatori
indicators-title = Indikatori
indicators-none = Još nema indikatora.
indicator-field-name = Indikator
indicator-field-target = Ciljna vrijednost
indicator-field-actual = Ostvarena vrijednost
indicator-reached = { $name }: { $actual } od { $target }
indicator-edit = Indikator: { $name }
indicator-save = Sačuvaj
indicator-add = Dodaj indikator

## Izmjene u međuvremenu
conflict-title = Neko je u međuvremenu ovo izmijenio
conflict-lead = Ostale vaše izmjene su sačuvane. Ova polja je neko drugi izmijenio nakon što ste otvorili obrazac: ništa nije zamijenjeno. Odaberite šta želite za svako od njih.
conflict-changed-by = Autor izmjene: { $name }, { $at } (UTC).
conflict-theirs = Njihova vrijednost (sačuvana)
conflict-mine = Vaša vrijednost (nije sačuvana)
conflict-keep = Zadrži njihovu
conflict-replace = Zamijeni mojom
conflict-merge-label = Spojeni tekst
conflict-merge = Sačuvaj spojeni tekst
error-changed-meanwhile = Ovo polje je izmijenjeno otkako je stranica otvorena. Ponovo učitajte stranicu i pokušajte ponovo.

## Historija i verzije
history-title = Historija izmjena
revision-created = Kreirano
revision-restore = Vrati ovu vrijednost
revision-restores = (vraća izmjenu br. { $number })
strategy-versions = Verzije
versions-none = Još nema sačuvanih verzija: verzija se čuva kada se zatvori krug konsultacija i kada se strategija usvoji.
version-now = Trenutna verzija
version-number = Verzija { $number }
version-reason-round = nakon kruga konsultacija
version-reason-adopted = usvojena
diff-from = Od
diff-to = Do
diff-compare = Uporedi
diff-title = Izmjene: { $from } → { $to }
diff-unchanged = (nepromijenjeno)

## Krugovi konsultacija
comments-title = Komentari
comment-title = Komentarišite nacrt
comment-about = Odnosi se na
comment-on-strategy = Strategija u cjelini
comment-body = Vaš komentar
comment-send = Pošalji komentar
comment-taken-up = Prihvaćen
comment-declined = Nije prihvaćen
comment-resolution = Odluka
comment-reason = Obrazloženje
comment-resolve = Odluči

## Obavještenja
strategy-created = Izrada strategije je pokrenuta. Napišite njenu viziju, misiju i težnje.
strategy-saved = Sačuvano.
aspiration-added = Težnja je dodana.
activity-added = Aktivnost je dodana. Odredite joj nosioca, datume i indikatore.
activity-saved = Aktivnost je sačuvana.
indicator-added = Indikator je dodan.
value-restored = Ranija vrijednost je vraćena, kao nova izmjena.
stage-open = Krug konsultacija je otvoren: članovi mreže mogu ostavljati komentare.
stage-close = Krug konsultacija je zatvoren i ova verzija je sačuvana.
stage-adopt = Strategija je usvojena i ova verzija je sačuvana.
stage-reopen = Strategija je ponovo nacrt.
comment-posted = Vaš komentar je poslan facilitatorima.
comment-resolved = Odluka o komentaru je donesena.
followed = Sada ovo pratite: dobit ćete obavještenje kada se promijeni status, nosilac ili datum.
unfollowed = Više ovo ne pratite.

## Obavještenja o aktivnostima koje pratite
plan-notification-status = { $name } mijenja status aktivnosti
plan-notification-owner = { $name } mijenja nosioca aktivnosti
plan-notification-start_on = { $name } mijenja datum početka aktivnosti
plan-notification-due_on = { $name } mijenja rok aktivnosti

## Odbijanja
error-date-invalid = Unesite datum u obliku kalendarskog datuma (godina, mjesec, dan).
error-dates-reversed = Datum završetka je prije datuma početka.
error-number-invalid = Unesite cijeli broj u dozvoljenom rasponu.
error-aspiration-missing = Aktivnost mora doprinositi barem jednoj težnji.
error-wrong-stage = Strategija nije u fazi koja je za ovo potrebna (na primjer, nijedan krug konsultacija nije otvoren).
plan-notifications-title = Aktivnosti koje pratite
aspiration-follow = Prati ovu težnju
aspiration-unfollow = Prestani pratiti ovu težnju
