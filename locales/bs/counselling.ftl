## Savjetovanje među kolegama: lista diskusija

counselling-sign-in-to-ask = Prijavite se da biste kolegama postavili pitanje ili odgovorili na neko pitanje.
threads-search-label = Pretražite pitanja i odgovore
thread-topic = Oblast
threads-language = Napisano na jeziku
threads-network = Mreža
threads-state = Status
threads-unsolved = Još nije riješeno
threads-solved = Riješeno
threads-show = Prikaži
threads-followed = Diskusije koje pratim
threads-mine = Moja pitanja
threads-found = { $count ->
    [one] { $count } diskusija
    [few] { $count } diskusije
   *[other] { $count } diskusija
}
threads-none = Nijedna diskusija ne odgovara. Pokušajte s manje filtera ili sami postavite pitanje.
thread-unread = Novo
thread-solved = Riješeno
thread-hidden-badge = Skriveno
thread-asked-by = pita { $name }
thread-replies = { $count ->
    [one] { $count } odgovor
    [few] { $count } odgovora
   *[other] { $count } odgovora
}
notifications-link = Obavještenja
notifications-unread = { $count ->
    [one] { $count } nepročitano
    [few] { $count } nepročitana
   *[other] { $count } nepročitanih
}

## Diskusija

thread-back = Sve diskusije
thread-platform = Cijela platforma
thread-hidden = Moderatori su sakrili ovo pitanje. Vidite ga samo vi i moderatori.
thread-follow = Prati ovu diskusiju
thread-unfollow = Prestani pratiti
thread-sign-in-to-reply = Prijavite se da biste odgovorili.
answer-accepted-title = Prihvaćeni odgovor
answer-accepted-badge = Prihvaćeni odgovor
answer-accept = Prihvati kao odgovor
answer-unaccept = Povuci prihvatanje
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
markdown-help = Tekst možete formatirati pomoću Markdowna: **podebljano**, *kurziv*, liste koje počinju sa -, linkovi u obliku [tekst](https://…).
markdown-preview = Pregled

## Postavljanje pitanja

ask-title = Pitajte kolege
ask-lead = Opišite svoju situaciju i šta ste već pokušali. Na vaše pitanje moći će odgovoriti članovi mreža koje ga mogu vidjeti.
ask-field-title = Vaše pitanje u jednoj rečenici
ask-field-body = Detalji
ask-field-audience = Ko ga može vidjeti
ask-send = Objavi pitanje

## Uređivanje i verzije

post-edit-title = Uredite svoju objavu
post-edit-body = Tekst
post-edit-save = Sačuvaj novu verziju
post-history-title = Verzije objave
post-history-current = Trenutna verzija
post-history-earlier = Ranija verzija
post-history-back = Nazad na diskusiju

## Obavještenja i sažetak

notifications-title = Obavještenja
notifications-none = Nema ništa novo. Pratite diskusiju ili oblast da biste dobili obavještenje kada se u njoj nešto desi.
notifications-mark-read = Označi sve kao pročitano
notification-reply = { $name } odgovara u diskusiji
notification-topic = { $name } postavlja pitanje u oblasti koju pratite:
notification-accepted = { $name } označava vaš odgovor kao prihvaćeni odgovor u diskusiji
digest-title = Sažetak putem e-maila
digest-legend = Šaljite mi sažetak nepročitanih obavještenja
digest-immediate = Čim se nešto desi
digest-daily = Jednom dnevno
digest-weekly = Jednom sedmično
digest-never = Nikad (čitam ih ovdje)
digest-save = Sačuvaj izbor
topics-followed-title = Oblasti koje pratim
topics-followed-lead = Dobijate obavještenje o svakom novom pitanju u oblastima koje pratite.
topic-follow = Prati
topic-unfollow = Prestani pratiti

## Moderacija

moderation-title = Moderacija
moderation-queue-title = Prijavljene objave
moderation-queue-empty = Nijedna objava ne čeka odluku.
moderation-flags = Prijave
moderation-decide = Moderiraj
moderation-reason = Razlog
moderation-hide = Sakrij objavu
moderation-restore = Ponovo prikaži objavu
moderation-dismiss = Zadrži objavu kakva jeste
moderation-log-title = Odluke
moderation-log-empty = Još nije donesena nijedna odluka.
moderation-log-when = Vrijeme
moderation-log-who = Moderator
moderation-log-what = Odluka
moderation-log-thread = Diskusija
moderation-action-hide = Objava sakrivena
moderation-action-restore = Objava ponovo prikazana
moderation-action-dismiss = Prijave odbačene

## Obavještenja i odbijanja

thread-asked = Vaše pitanje je objavljeno. Dobit ćete obavještenje o svakom odgovoru.
reply-posted = Vaš odgovor je objavljen.
post-edited = Vaša objava je sačuvana; ranija verzija ostaje vidljiva u njenoj historiji.
answer-accepted = Odgovor je označen kao prihvaćeni odgovor.
answer-unaccepted = Odgovor više nije označen kao prihvaćeni odgovor.
thread-followed = Sada pratite ovu diskusiju.
thread-unfollowed = Više ne pratite ovu diskusiju.
topics-saved = Vaše oblasti su sačuvane.
post-flagged = Hvala: moderatori će pogledati ovu objavu.
moderation-saved = Odluka je sačuvana.
notifications-read = Sva obavještenja su označena kao pročitana.
digest-saved = Vaš izbor je sačuvan.
error-already-flagged = Već ste to prijavili; moderatori će to pogledati.
error-not-an-answer = Samo vidljiv odgovor može biti prihvaćeni odgovor.

## E-mail

mail-digest-subject = Novo u savjetovanju među kolegama
mail-digest-body = Dobar dan,

    { $count ->
        [one] imate { $count } novo obavještenje u savjetovanju među kolegama:
        [few] imate { $count } nova obavještenja u savjetovanju među kolegama:
       *[other] imate { $count } novih obavještenja u savjetovanju među kolegama:
    }

    { $items }
    Sva vaša obavještenja i izbor koliko često primate ovaj sažetak: { $link }
