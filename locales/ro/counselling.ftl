## Consiliere între egali: lista discuțiilor

counselling-sign-in-to-ask = Autentificați-vă pentru a adresa o întrebare colegilor sau pentru a răspunde la una.
threads-search-label = Căutați în întrebări și răspunsuri
thread-topic = Tema
threads-language = Limba
threads-network = Rețeaua
threads-state = Răspuns
threads-unsolved = Încă fără răspuns
threads-solved = Cu răspuns
threads-show = Afișați
threads-followed = Discuțiile pe care le urmăresc
threads-mine = Întrebările mele
threads-found = { $count ->
    [one] { $count } discuție
    [few] { $count } discuții
   *[other] { $count } de discuții
}
threads-none = Nicio discuție nu corespunde. Încercați cu mai puține filtre sau adresați chiar dumneavoastră întrebarea.
thread-unread = Nou
thread-solved = Cu răspuns
thread-hidden-badge = Ascunsă
thread-asked-by = întrebare adresată de { $name }
thread-replies = { $count ->
    [one] { $count } răspuns
    [few] { $count } răspunsuri
   *[other] { $count } de răspunsuri
}
notifications-link = Notificări
notifications-unread = { $count ->
    [one] { $count } necitită
    [few] { $count } necitite
   *[other] { $count } de necitite
}

## O discuție

thread-back = Toate discuțiile
thread-platform = Întreaga platformă
thread-hidden = Moderatorii au ascuns această întrebare. Numai dumneavoastră și moderatorii o puteți vedea.
thread-follow = Urmăriți această discuție
thread-unfollow = Nu mai urmăriți
thread-sign-in-to-reply = Autentificați-vă pentru a răspunde.
answer-accepted-title = Răspuns acceptat
answer-accepted-badge = Răspuns acceptat
answer-accept = Acceptați ca răspuns
answer-unaccept = Retrageți acceptarea
post-edited-link = editat (vedeți versiunile)
post-hidden = Ascuns de moderatori: { $reason }
post-quote = Citați
post-edit = Editați
post-flag = Semnalați moderatorilor
flag-reason = De ce ar trebui moderatorii să examineze acest mesaj?
flag-send = Trimiteți semnalarea
post-language = Limba textului
reply-title = Răspunsul dumneavoastră
reply-body = Răspuns
reply-send = Publicați răspunsul
markdown-help = Puteți formata textul cu Markdown: **aldin**, *cursiv*, liste care încep cu -, linkuri sub forma [text](https://…).
markdown-preview = Previzualizare

## Adresarea unei întrebări

ask-title = Întrebați-vă colegii
ask-lead = Descrieți situația dumneavoastră și ce ați încercat deja. Membrii rețelelor care pot vedea întrebarea vor putea să îi răspundă.
ask-field-title = Întrebarea dumneavoastră într-o singură propoziție
ask-field-body = Detalii
ask-field-audience = Cine o poate vedea
ask-send = Publicați întrebarea

## Editare și versiuni

post-edit-title = Editați mesajul
post-edit-body = Text
post-edit-save = Salvați noua versiune
post-history-title = Versiunile unui mesaj
post-history-current = Versiunea actuală
post-history-earlier = Versiune anterioară
post-history-back = Înapoi la discuție

## Notificări și rezumatul prin e-mail

notifications-title = Notificări
notifications-none = Nimic nou. Urmăriți o discuție sau o temă pentru a primi o notificare atunci când se întâmplă ceva în ea.
notifications-mark-read = Marcați toate ca citite
notification-reply = { $name } a răspuns în discuția
notification-topic = { $name } a adresat o întrebare într-o temă pe care o urmăriți:
notification-accepted = { $name } a marcat răspunsul dumneavoastră drept răspuns acceptat în discuția
digest-title = Rezumat prin e-mail
digest-legend = Trimiteți-mi un rezumat al notificărilor necitite
digest-immediate = Imediat ce se întâmplă ceva
digest-daily = O dată pe zi
digest-weekly = O dată pe săptămână
digest-never = Niciodată (le citesc aici)
digest-save = Salvați alegerea
topics-followed-title = Temele pe care le urmăresc
topics-followed-lead = Primiți o notificare pentru fiecare întrebare nouă din temele pe care le urmăriți.
topic-follow = Urmăriți
topic-unfollow = Nu mai urmăriți

## Moderare

moderation-title = Moderare
moderation-queue-title = Mesaje semnalate
moderation-queue-empty = Niciun mesaj nu așteaptă o decizie.
moderation-flags = Semnalări
moderation-decide = Moderați
moderation-reason = Motivul
moderation-hide = Ascundeți mesajul
moderation-restore = Afișați din nou mesajul
moderation-dismiss = Păstrați mesajul neschimbat
moderation-log-title = Decizii
moderation-log-empty = Nu s-a luat încă nicio decizie.
moderation-log-when = Data și ora
moderation-log-who = Moderator
moderation-log-what = Decizie
moderation-log-thread = Discuție
moderation-action-hide = Ascuns
moderation-action-restore = Afișat din nou
moderation-action-dismiss = Semnalări respinse

## Mesaje de confirmare și refuzuri

thread-asked = Întrebarea dumneavoastră a fost publicată. Veți primi o notificare la fiecare răspuns.
reply-posted = Răspunsul dumneavoastră a fost publicat.
post-edited = Mesajul dumneavoastră a fost salvat; versiunea anterioară rămâne vizibilă în istoricul său.
answer-accepted = Răspunsul a fost marcat drept răspuns acceptat.
answer-unaccepted = Răspunsul nu mai este marcat drept răspuns acceptat.
thread-followed = Acum urmăriți această discuție.
thread-unfollowed = Nu mai urmăriți această discuție.
topics-saved = Temele dumneavoastră au fost salvate.
post-flagged = Vă mulțumim: moderatorii vor examina acest mesaj.
moderation-saved = Decizia a fost salvată.
notifications-read = Toate notificările au fost marcate ca citite.
digest-saved = Alegerea dumneavoastră a fost salvată.
error-already-flagged = Ați semnalat deja acest lucru; moderatorii îl vor examina.
error-not-an-answer = Numai un răspuns vizibil poate fi răspunsul acceptat.

## E-mail

mail-digest-subject = Noutăți în „Consiliere între egali”
mail-digest-body = Bună ziua,

    { $count ->
        [one] aveți { $count } notificare nouă în secțiunea „Consiliere între egali”:
        [few] aveți { $count } notificări noi în secțiunea „Consiliere între egali”:
       *[other] aveți { $count } de notificări noi în secțiunea „Consiliere între egali”:
    }

    { $items }
    Toate notificările dumneavoastră și frecvența cu care primiți acest rezumat: { $link }
