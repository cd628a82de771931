## Koleģiālās konsultācijas: diskusiju saraksts

counselling-sign-in-to-ask = Piesakieties, lai uzdotu jautājumu kolēģiem vai atbildētu uz kādu no viņu jautājumiem.
threads-search-label = Meklēt jautājumos un atbildēs
thread-topic = Tēma
threads-language = Rakstīts valodā
threads-network = Tīkls
threads-state = Atbildes statuss
threads-unsolved = Vēl bez atbildes
threads-solved = Ar atbildi
threads-show = Rādīt
threads-followed = Diskusijas, kurām sekoju
threads-mine = Mani jautājumi
threads-found = { $count ->
    [zero] { $count } diskusiju
    [one] { $count } diskusija
   *[other] { $count } diskusijas
}
threads-none = Neviena diskusija neatbilst meklēšanas nosacījumiem. Mēģiniet ar mazāk filtriem vai uzdodiet jautājumu paši.
thread-unread = Jauna
thread-solved = Atbildēta
thread-hidden-badge = Paslēpta
thread-asked-by = jautāja { $name }
thread-replies = { $count ->
    [zero] { $count } atbilžu
    [one] { $count } atbilde
   *[other] { $count } atbildes
}
notifications-link = Paziņojumi
notifications-unread = { $count ->
    [zero] { $count } nelasītu
    [one] { $count } nelasīts
   *[other] { $count } nelasīti
}

## Diskusija

thread-back = Visas diskusijas
thread-platform = Visa platforma
thread-hidden = Moderatori ir paslēpuši šo jautājumu. To redzat tikai jūs un moderatori.
thread-follow = Sekot šai diskusijai
thread-unfollow = Pārtraukt sekošanu
thread-sign-in-to-reply = Piesakieties, lai atbildētu.
answer-accepted-title = Pieņemtā atbilde
answer-accepted-badge = Pieņemtā atbilde
answer-accept = Pieņemt kā atbildi
answer-unaccept = Atsaukt pieņemšanu
post-edited-link = rediģēts (skatīt versijas)
post-hidden = Moderatori šo ierakstu paslēpa. Iemesls: { $reason }
post-quote = Citēt
post-edit = Rediģēt
post-flag = Ziņot moderatoriem
flag-reason = Kāpēc moderatoriem būtu jāpārskata šis ieraksts?
flag-send = Nosūtīt ziņojumu
post-language = Teksta valoda
reply-title = Jūsu atbilde
reply-body = Atbilde
reply-send = Publicēt atbildi
markdown-help = Tekstu var formatēt ar Markdown: **treknraksts**, *slīpraksts*, saraksti, kuru rindas sākas ar -, un saites formā [teksts](https://…).
markdown-preview = Priekšskatījums

## Jautāšana

ask-title = Jautājiet kolēģiem
ask-lead = Aprakstiet savu situāciju un to, ko jau esat mēģinājuši. Uz jūsu jautājumu varēs atbildēt to tīklu dalībnieki, kuri to redz.
ask-field-title = Jūsu jautājums vienā teikumā
ask-field-body = Sīkāka informācija
ask-field-audience = Kas to redz
ask-send = Publicēt jautājumu

## Rediģēšana un versijas

post-edit-title = Ieraksta rediģēšana
post-edit-body = Teksts
post-edit-save = Saglabāt jauno versiju
post-history-title = Ieraksta versijas
post-history-current = Pašreizējā versija
post-history-earlier = Iepriekšējā versija
post-history-back = Atpakaļ uz diskusiju

## Paziņojumi un kopsavilkums e-pastā

notifications-title = Paziņojumi
notifications-none = Nekā jauna. Sekojiet diskusijai vai tēmai, lai saņemtu ziņu, kad tajā kaut kas notiek.
notifications-mark-read = Atzīmēt visus kā lasītus
notification-reply = { $name } atbildēja diskusijā
notification-topic = { $name } uzdeva jautājumu tēmā, kurai sekojat:
notification-accepted = { $name } atzīmēja jūsu atbildi kā pieņemto atbildi diskusijā
digest-title = Kopsavilkums e-pastā
digest-legend = Sūtīt man nelasīto paziņojumu kopsavilkumu
digest-immediate = Tiklīdz kaut kas notiek
digest-daily = Reizi dienā
digest-weekly = Reizi nedēļā
digest-never = Nekad (lasu tos šeit)
digest-save = Saglabāt izvēli
topics-followed-title = Tēmas, kurām sekoju
topics-followed-lead = Jūs saņemat ziņu par katru jaunu jautājumu tēmās, kurām sekojat.
topic-follow = Sekot
topic-unfollow = Pārtraukt sekošanu

## Moderēšana

moderation-title = Moderēšana
moderation-queue-title = Ieraksti, par kuriem ziņots
moderation-queue-empty = Neviens ieraksts negaida lēmumu.
moderation-flags = Ziņojumi
moderation-decide = Moderēt
moderation-reason = Iemesls
moderation-hide = Paslēpt ierakstu
moderation-restore = Atkal rādīt ierakstu
moderation-dismiss = Atstāt ierakstu nemainītu
moderation-log-title = Lēmumi
moderation-log-empty = Vēl nav pieņemts neviens lēmums.
moderation-log-when = Laiks
moderation-log-who = Moderators
moderation-log-what = Lēmums
moderation-log-thread = Diskusija
moderation-action-hide = Paslēpts
moderation-action-restore = Atkal rādīts
moderation-action-dismiss = Ziņojumi noraidīti

## Paziņojumi un atteikumi

thread-asked = Jūsu jautājums ir publicēts. Jūs saņemsiet ziņu par katru atbildi.
reply-posted = Jūsu atbilde ir publicēta.
post-edited = Jūsu ieraksts ir saglabāts; iepriekšējā versija paliek redzama tā vēsturē.
answer-accepted = Atbilde ir atzīmēta kā pieņemtā atbilde.
answer-unaccepted = Atbilde vairs nav atzīmēta kā pieņemtā atbilde.
thread-followed = Tagad jūs sekojat šai diskusijai.
thread-unfollowed = Jūs vairs nesekojat šai diskusijai.
topics-saved = Jūsu tēmas ir saglabātas.
post-flagged = Paldies! Moderatori pārskatīs šo ierakstu.
moderation-saved = Lēmums ir saglabāts.
notifications-read = Visi paziņojumi ir atzīmēti kā lasīti.
digest-saved = Jūsu izvēle ir saglabāta.
error-already-flagged = Jūs par to jau esat ziņojuši; moderatori to izskatīs.
error-not-an-answer = Par pieņemto atbildi var atzīmēt tikai redzamu atbildi.

## E-pasts

mail-digest-subject = Jaunumi koleģiālajās konsultācijās
mail-digest-body = Labdien!

    { $count ->
        [zero] Koleģiālajās konsultācijās jums ir { $count } jaunu paziņojumu:
        [one] Koleģiālajās konsultācijās jums ir { $count } jauns paziņojums:
       *[other] Koleģiālajās konsultācijās jums ir { $count } jauni paziņojumi:
    }

    { $items }
    Visi jūsu paziņojumi un iestatījums, cik bieži saņemat šo kopsavilkumu: { $link }
