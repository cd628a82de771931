## Kolegų konsultacijos: temų sąrašas

counselling-sign-in-to-ask = Prisijunkite, kad galėtumėte užduoti klausimą kolegoms arba atsakyti į jų klausimus.
threads-search-label = Ieškoti klausimuose ir atsakymuose
thread-topic = Teminė sritis
threads-language = Parašyta kalba
threads-network = Tinklas
threads-state = Atsakymo būsena
threads-unsolved = Dar neatsakyta
threads-solved = Atsakyta
threads-show = Rodyti
threads-followed = Mano stebimos temos
threads-mine = Mano klausimai
threads-found = { $count ->
    [one] { $count } tema
    [few] { $count } temos
    [many] { $count } temos
   *[other] { $count } temų
}
threads-none = Nė viena tema neatitinka paieškos. Pabandykite taikyti mažiau filtrų arba užduokite klausimą patys.
thread-unread = Nauja
thread-solved = Atsakyta
thread-hidden-badge = Paslėpta
thread-asked-by = paklausė { $name }
thread-replies = { $count ->
    [one] { $count } atsakymas
    [few] { $count } atsakymai
    [many] { $count } atsakymo
   *[other] { $count } atsakymų
}
notifications-link = Pranešimai
notifications-unread = { $count ->
    [one] { $count } neperskaitytas
    [few] { $count } neperskaityti
    [many] { $count } neperskaityto
   *[other] { $count } neperskaitytų
}

## Tema

thread-back = Visos temos
thread-platform = Visa platforma
thread-hidden = Moderatoriai paslėpė šį klausimą. Jį matote tik jūs ir moderatoriai.
thread-follow = Stebėti šią temą
thread-unfollow = Nebestebėti
thread-sign-in-to-reply = Prisijunkite, kad galėtumėte atsakyti.
answer-accepted-title = Priimtas atsakymas
answer-accepted-badge = Priimtas atsakymas
answer-accept = Priimti kaip atsakymą
answer-unaccept = Atšaukti priėmimą
post-edited-link = redaguota (žr. versijas)
post-hidden = Paslėpė moderatoriai. Priežastis: { $reason }
post-quote = Cituoti
post-edit = Redaguoti
post-flag = Pranešti moderatoriams
flag-reason = Kodėl moderatoriai turėtų peržiūrėti šį įrašą?
flag-send = Siųsti moderatoriams
post-language = Teksto kalba
reply-title = Jūsų atsakymas
reply-body = Atsakymas
reply-send = Paskelbti atsakymą
markdown-help = Tekstą galite formatuoti naudodami Markdown: **paryškintas**, *kursyvas*, sąrašai, kurių eilutės prasideda ženklu -, ir nuorodos, užrašomos kaip [tekstas](https://…).
markdown-preview = Peržiūra

## Klausimo uždavimas

ask-title = Klauskite kolegų
ask-lead = Aprašykite savo situaciją ir tai, ką jau išbandėte. Į jūsų klausimą galės atsakyti tų tinklų, kurie jį mato, nariai.
ask-field-title = Jūsų klausimas vienu sakiniu
ask-field-body = Išsamiau
ask-field-audience = Kas gali matyti klausimą
ask-send = Paskelbti klausimą

## Redagavimas ir versijos

post-edit-title = Įrašo redagavimas
post-edit-body = Tekstas
post-edit-save = Išsaugoti naują versiją
post-history-title = Įrašo versijos
post-history-current = Dabartinė versija
post-history-earlier = Ankstesnė versija
post-history-back = Grįžti į temą

## Pranešimai ir santrauka el. paštu

notifications-title = Pranešimai
notifications-none = Nieko naujo. Stebėkite temą arba teminę sritį ir sužinosite, kai joje kas nors įvyks.
notifications-mark-read = Pažymėti visus kaip perskaitytus
notification-reply = { $name } atsakė temoje
notification-topic = { $name } uždavė klausimą jūsų stebimoje teminėje srityje:
notification-accepted = { $name } pažymėjo jūsų atsakymą kaip priimtą temoje
digest-title = Santrauka el. paštu
digest-legend = Siųsti man neperskaitytų pranešimų santrauką
digest-immediate = Vos tik kas nors įvyksta
digest-daily = Kartą per dieną
digest-weekly = Kartą per savaitę
digest-never = Niekada (skaitau juos čia)
digest-save = Išsaugoti pasirinkimą
topics-followed-title = Mano stebimos teminės sritys
topics-followed-lead = Gausite pranešimą apie kiekvieną naują klausimą jūsų stebimose teminėse srityse.
topic-follow = Stebėti
topic-unfollow = Nebestebėti

## Moderavimas

moderation-title = Moderavimas
moderation-queue-title = Įrašai, apie kuriuos pranešta
moderation-queue-empty = Nė vienas įrašas nelaukia sprendimo.
moderation-flags = Pranešimai moderatoriams
moderation-decide = Moderuoti
moderation-reason = Priežastis
moderation-hide = Paslėpti įrašą
moderation-restore = Vėl rodyti įrašą
moderation-dismiss = Palikti įrašą nepakeistą
moderation-log-title = Sprendimai
moderation-log-empty = Sprendimų dar nepriimta.
moderation-log-when = Laikas
moderation-log-who = Moderatorius
moderation-log-what = Sprendimas
moderation-log-thread = Tema
moderation-action-hide = Paslėptas
moderation-action-restore = Vėl rodomas
moderation-action-dismiss = Pranešimai atmesti

## Pranešimai ir atsisakymai

thread-asked = Jūsų klausimas paskelbtas. Gausite pranešimą apie kiekvieną atsakymą.
reply-posted = Jūsų atsakymas paskelbtas.
post-edited = Jūsų įrašas išsaugotas; ankstesnė versija lieka matoma jo istorijoje.
answer-accepted = Atsakymas pažymėtas kaip priimtas.
answer-unaccepted = Atsakymas nebepažymėtas kaip priimtas.
thread-followed = Dabar stebite šią temą.
thread-unfollowed = Šios temos nebestebite.
topics-saved = Jūsų stebimos teminės sritys išsaugotos.
post-flagged = Ačiū! Moderatoriai peržiūrės šį įrašą.
moderation-saved = Sprendimas išsaugotas.
notifications-read = Visi pranešimai pažymėti kaip perskaityti.
digest-saved = Jūsų pasirinkimas išsaugotas.
error-already-flagged = Apie tai jau pranešėte; moderatoriai tai peržiūrės.
error-not-an-answer = Priimtu atsakymu galima pažymėti tik matomą atsakymą.

## El. paštas

mail-digest-subject = Naujienos kolegų konsultacijose
mail-digest-body = Sveiki,

    { $count ->
        [one] kolegų konsultacijose jūsų laukia { $count } naujas pranešimas:
        [few] kolegų konsultacijose jūsų laukia { $count } nauji pranešimai:
        [many] kolegų konsultacijose jūsų laukia { $count } naujo pranešimo:
       *[other] kolegų konsultacijose jūsų laukia { $count } naujų pranešimų:
    }

    { $items }
    Visi jūsų pranešimai ir nustatymas, kaip dažnai gaunate šią santrauką: { $link }
