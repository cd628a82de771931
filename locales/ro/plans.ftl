# Strategie și planuri de acțiune

plans-none = Nicio rețea nu a publicat încă o strategie.
plans-back = Toate strategiile
plan-activity-count = { $count ->
    [one] { $count } activitate
    [few] { $count } activități
   *[other] { $count } de activități
}
strategy-create-title = Începeți o strategie nouă
strategy-network = Rețeaua
strategy-create = Începeți strategia

## Etapele unei strategii
strategy-status-draft = Proiect
strategy-status-feedback = În consultare
strategy-status-adopted = Adoptată
strategy-stage = Etapa
strategy-adopt = Adoptați strategia
strategy-reopen = Readuceți-o la stadiul de proiect
round-open = Deschideți o rundă de consultare
round-close = Închideți runda de consultare
round-opens = De la
round-closes = Până la
round-open-notice = Runda de consultare este deschisă de la { $from } până la { $to }.
round-comment-link = Comentați proiectul de strategie

## Câmpurile strategiei
strategy-edit = Editați strategia
strategy-fields = Viziune și misiune
strategy-field-title = Titlu
strategy-field-period = Perioada (ani)
strategy-field-vision = Viziunea
strategy-field-mission = Declarația de misiune
strategy-field-status = Etapa
strategy-aspirations = Aspirații
strategy-save = Salvați strategia
aspiration-field-title = Aspirația
aspiration-field-description = Descriere
aspiration-save = Salvați aspirația
aspiration-add-title = Adăugați o aspirație
aspiration-add = Adăugați aspirația

## Planul de acțiune
plan-progress = Progres:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = Instrumentele strategiei
plan-print = Versiune pentru imprimare
plan-export = Descărcați planul de acțiune (CSV)
plan-present = Deschis acum de:
plan-timeline = Calendarul planului de acțiune
plan-timeline-caption = Fiecare bară se întinde de la data de începere a unei activități până la termenul-limită și este umplută pe măsura progresului acesteia; linia roșie marchează ziua de azi.
plan-today = azi
plan-dates = Perioada
plan-activities = Activități
plan-no-activities = Nicio activitate nu contribuie încă la această aspirație.
plan-filter-aspiration = Aspirația
plan-filter-status = Starea
plan-filter-all = Toate
plan-filter-apply = Afișați

## Activități
activity-status-planned = Planificată
activity-status-in-progress = În desfășurare
activity-status-done = Finalizată
activity-status-blocked = Blocată
activity-status-cancelled = Anulată
activity-field-title = Activitatea
activity-field-description = Descriere
activity-field-aspirations = Aspirațiile la care contribuie
activity-field-owner = Responsabil
activity-field-contributors = Organizații care contribuie
activity-field-start_on = Data de începere
activity-field-due_on = Termen-limită
activity-field-status = Starea
activity-field-progress = Progres (%)
activity-owner-none = Niciun responsabil deocamdată
activity-owner-members = Membri
activity-owner-organisations = Organizații
activity-add-title = Adăugați o activitate
activity-add = Adăugați activitatea
activity-edit-title = Editați activitatea
activity-save = Salvați activitatea
activity-follow = Urmăriți această activitate
activity-unfollow = Nu mai urmăriți această activitate
activity-being-edited = În curs de editare de către: { $names }
field-changed-live = { $name } tocmai a modificat acest câmp. Valoarea dumneavoastră rămâne aici; la salvare vor fi afișate ambele valori.
offline-kept = Nu există conexiune: modificările dumneavoastră sunt păstrate în acest browser și vor fi trimise când conexiunea revine.

## Indicatori
indicators-title = Indicatori
indicators-none = Niciun indicator deocamdată.
indicator-field-name = Indicatorul
indicator-field-target = Valoare-țintă
indicator-field-actual = Valoare atinsă
indicator-reached = { $name }: { $actual } din { $target }
indicator-edit = Indicatorul { $name }
indicator-save = Salvați
indicator-add = Adăugați indicatorul

## Modificări făcute între timp
conflict-title = Altcineva a modificat între timp
conflict-lead = Celelalte modificări ale dumneavoastră au fost salvate. Aceste câmpuri au fost modificate de altcineva după ce ați deschis formularul: nu s-a suprascris nimic. Alegeți pentru fiecare dintre ele.
conflict-changed-by = Modificat de { $name } la { $at } (UTC).
conflict-theirs = Valoarea celeilalte persoane (salvată)
conflict-mine = Valoarea dumneavoastră (nesalvată)
conflict-keep = Păstrați valoarea celeilalte persoane
conflict-replace = Înlocuiți cu valoarea mea
conflict-merge-label = Text combinat
conflict-merge = Salvați textul combinat
error-changed-meanwhile = Acest câmp a fost modificat de când ați deschis pagina. Reîncărcați pagina și încercați din nou.

## Istoric și versiuni
history-title = Istoric
revision-created = Creare
revision-restore = Restabiliți această valoare
revision-restores = (restabilește modificarea { $number })
strategy-versions = Versiuni
versions-none = Nicio versiune păstrată încă: se păstrează câte o versiune la închiderea unei runde de consultare și la adoptarea strategiei.
version-now = Strategia în forma actuală
version-number = Versiunea { $number }
version-reason-round = după o rundă de consultare
version-reason-adopted = adoptată
diff-from = De la
diff-to = Până la
diff-compare = Comparați
diff-title = De la { $from } la { $to }
diff-unchanged = (nemodificat)

## Runde de consultare
comments-title = Comentarii
comment-title = Comentați proiectul de strategie
comment-about = Se referă la
comment-on-strategy = Strategia în ansamblu
comment-body = Comentariul dumneavoastră
comment-send = Trimiteți comentariul
comment-taken-up = Preluat
comment-declined = Respins
comment-resolution = Decizie
comment-reason = Motivul
comment-resolve = Soluționați

## Mesaje de confirmare
strategy-created = Strategia a fost creată. Redactați viziunea, misiunea și aspirațiile acesteia.
strategy-saved = Salvat.
aspiration-added = Aspirația a fost adăugată.
activity-added = Activitatea a fost adăugată. Stabiliți un responsabil, datele și indicatorii.
activity-saved = Activitatea a fost salvată.
indicator-added = Indicatorul a fost adăugat.
value-restored = Valoarea anterioară a fost restabilită, ca modificare nouă.
stage-open = Runda de consultare este deschisă: membrii rețelei pot trimite comentarii.
stage-close = Runda de consultare s-a încheiat, iar această versiune a fost păstrată.
stage-adopt = Strategia a fost adoptată, iar această versiune a fost păstrată.
stage-reopen = Strategia a redevenit proiect.
comment-posted = Comentariul dumneavoastră a fost trimis facilitatorilor.
comment-resolved = S-a luat o decizie privind comentariul.
followed = Acum urmăriți acest element: veți primi o notificare atunci când se schimbă o stare, un responsabil sau o dată.
unfollowed = Nu mai urmăriți acest element.

## Notificări privind activitățile urmărite
plan-notification-status = { $name } a schimbat starea activității
plan-notification-owner = { $name } a schimbat responsabilul activității
plan-notification-start_on = { $name } a schimbat data de începere a activității
plan-notification-due_on = { $name } a schimbat termenul-limită al activității

## Refuzuri
error-date-invalid = Introduceți o dată calendaristică (an, lună, zi).
error-dates-reversed = Data de încheiere este anterioară datei de începere.
error-number-invalid = Introduceți un număr întreg din intervalul permis.
error-aspiration-missing = O activitate trebuie să contribuie la cel puțin o aspirație.
error-wrong-stage = Strategia nu se află în etapa necesară pentru această acțiune (de exemplu, nu este deschisă nicio rundă de consultare).
plan-notifications-title = Activități pe care le urmăriți
aspiration-follow = Urmăriți această aspirație
aspiration-unfollow = Nu mai urmăriți această aspirație
