## Kolegijalno savjetovanje: popis rasprava

counselling-sign-in-to-ask = Prijavite se da biste kolegama postavili pitanje ili odgovorili na neko pitanje.
threads-search-label = Pretraživanje pitanja i odgovora
thread-topic = Tema
threads-language = Napisano na jeziku
threads-network = Mreža
threads-state = Stanje
threads-unsolved = Još nije riješeno
threads-solved = Riješeno
threads-show = Prikaži
threads-followed = Rasprave koje pratim
threads-mine = Moja pitanja
threads-found = { $count ->
    [one] { $count } rasprava
    [few] { $count } rasprave
   *[other] { $count } rasprava
}
threads-none = Nijedna rasprava ne odgovara upitu. Pokušajte s manje filtara ili sami postavite pitanje.
thread-unread = Novo
thread-solved = Riješeno
thread-hidden-badge = Skriveno
thread-asked-by = pita { $name }
thread-replies = { $count ->
    [one] { $count } odgovor
    [few] { $count } odgovora
   *[other] { $count } odgovora
}
notifications-link = Obavijesti
notifications-unread = { $count ->
    [one] { $count } nepročitana
    [few] { $count } nepročitane
   *[other] { $count } nepročitanih
}

## Rasprava

thread-back = Sve rasprave
thread-platform = Cijela platforma
thread-hidden = Moderatori su sakrili ovo pitanje. Vidite ga samo vi i moderatori.
thread-follow = Prati ovu raspravu
thread-unfollow = Prestani pratiti
thread-sign-in-to-reply = Prijavite se da biste odgovorili.
answer-accepted-title = Prihvaćeni odgovor
answer-accepted-badge = Prihvaćeni odgovor
answer-accept = Prihvati kao odgovor
answer-unaccept = Povuci prihvaćanje
post-edited-link = uređeno (pogledajte verzije)
post-hidden = Moderatori su sakrili ovu objavu: { $reason }
post-quote = Citiraj
post-edit = Uredi
post-flag = Prijavi moderatorima
flag-reason = Zašto bi moderatori trebali pogledati ovu objavu?
flag-send = Pošalji prijavu
post-language = Jezik teksta
reply-title = Vaš odgovor
reply-body = Odgovor
reply-send = Objavi odgovor
markdown-help = Tekst možete oblikovati Markdownom: **podebljano**, *kurziv*, popisi koji počinju znakom -, poveznice u obliku [tekst](https://…).
markdown-preview = Pregled

## Postavljanje pitanja

ask-title = Pitajte kolege
ask-lead = Opišite svoju situaciju i što ste već pokušali. Na vaše će pitanje moći odgovoriti članovi mreža koje ga mogu vidjeti.
ask-field-title = Vaše pitanje u jednoj rečenici
ask-field-body = Pojedinosti
ask-field-audience = Tko ga može vidjeti
ask-send = Objavi pitanje

## Uređivanje i verzije

post-edit-title = Uredite svoju objavu
post-edit-body = Tekst
post-edit-save = Spremi novu verziju
post-history-title = Verzije objave
post-history-current = Trenutačna verzija
post-history-earlier = Ranija verzija
post-history-back = Natrag na raspravu

## Obavijesti i sažetak

notifications-title = Obavijesti
notifications-none = Nema ništa novo. Pratite raspravu ili temu kako biste dobili obavijest kada se u njoj nešto dogodi.
notifications-mark-read = Označi sve kao pročitano
notification-reply = { $name } odgovara u raspravi
notification-topic = { $name } postavlja pitanje u temi koju pratite:
notification-accepted = { $name } označava vaš odgovor kao prihvaćeni odgovor u raspravi
digest-title = Sažetak e-poštom
digest-legend = Šaljite mi sažetak nepročitanih obavijesti
digest-immediate = Čim se nešto dogodi
digest-daily = Jednom dnevno
digest-weekly = Jednom tjedno
digest-never = Nikada (čitam ih ovdje)
digest-save = Spremi odabir
topics-followed-title = Teme koje pratim
topics-followed-lead = Dobivate obavijest o svakom novom pitanju u temama koje pratite.
topic-follow = Prati
topic-unfollow = Prestani pratiti

## Moderiranje

moderation-title = Moderiranje
moderation-queue-title = Prijavljene objave
moderation-queue-empty = Nijedna objava ne čeka odluku.
moderation-flags = Prijave
moderation-decide = Moderiraj
moderation-reason = Razlog
moderation-hide = Sakrij objavu
moderation-restore = Ponovno prikaži objavu
moderation-dismiss = Zadrži objavu nepromijenjenu
moderation-log-title = Odluke
moderation-log-empty = Još nije donesena nijedna odluka.
moderation-log-when = Vrijeme
moderation-log-who = Moderator
moderation-log-what = Odluka
moderation-log-thread = Rasprava
moderation-action-hide = Objava sakrivena
moderation-action-restore = Objava ponovno prikazana
moderation-action-dismiss = Prijave odbačene

## Obavijesti i odbijanja

thread-asked = Vaše je pitanje objavljeno. Dobit ćete obavijest o svakom odgovoru.
reply-posted = Vaš je odgovor objavljen.
post-edited = Vaša je objava spremljena; ranija verzija ostaje vidljiva u njezinoj povijesti.
answer-accepted = Odgovor je označen kao prihvaćeni odgovor.
answer-unaccepted = Odgovor više nije označen kao prihvaćeni odgovor.
thread-followed = Sada pratite ovu raspravu.
thread-unfollowed = Više ne pratite ovu raspravu.
topics-saved = Vaše su teme spremljene.
post-flagged = Hvala: moderatori će pogledati ovu objavu.
moderation-saved = Odluka je spremljena.
notifications-read = Sve su obavijesti označene kao pročitane.
digest-saved = Vaš je odabir spremljen.
error-already-flagged = Već ste to prijavili; moderatori će to pogledati.
error-not-an-answer = Samo vidljivi odgovor može biti prihvaćeni odgovor.

## E-pošta

mail-digest-subject = Novo u kolegijalnom savjetovanju
mail-digest-body = Dobar dan,

    { $count ->
        [one] imate { $count } novu obavijest u kolegijalnom savjetovanju:
        [few] imate { $count } nove obavijesti u kolegijalnom savjetovanju:
       *[other] imate { $count } novih obavijesti u kolegijalnom savjetovanju:
    }

    { $items }
    Sve vaše obavijesti i mogućnost odabira učestalosti ovog sažetka: { $link }
