## Konsulenza bejn il-pari: il-lista tad-diskussjonijiet

counselling-sign-in-to-ask = Idħol fil-kont biex tistaqsi mistoqsija lill-pari tiegħek jew biex twieġeb waħda.
threads-search-label = Fittex fil-mistoqsijiet u fit-tweġibiet
thread-topic = Suġġett
threads-language = Miktuba bil-lingwa
threads-network = Netwerk
threads-state = Tweġiba
threads-unsolved = Għad m’hemmx tweġiba
threads-solved = Imwieġba
threads-show = Uri
threads-followed = Id-diskussjonijiet li nsegwi
threads-mine = Il-mistoqsijiet tiegħi
threads-found = { $count ->
    [one] { $count } diskussjoni
    [two] { $count } diskussjonijiet
    [few] { $count } diskussjonijiet
    [many] { $count } diskussjoni
   *[other] { $count } diskussjoni
}
threads-none = L-ebda diskussjoni ma taqbel. Uża inqas filtri, jew agħmel il-mistoqsija int stess.
thread-unread = Ġdid
thread-solved = Imwieġba
thread-hidden-badge = Moħbija
thread-asked-by = mistoqsija minn { $name }
thread-replies = { $count ->
    [one] { $count } tweġiba
    [two] { $count } tweġibiet
    [few] { $count } tweġibiet
    [many] { $count } tweġiba
   *[other] { $count } tweġiba
}
notifications-link = Notifiki
notifications-unread = { $count ->
    [one] { $count } mhux moqrija
    [two] { $count } mhux moqrijin
    [few] { $count } mhux moqrijin
    [many] { $count } mhux moqrija
   *[other] { $count } mhux moqrija
}

## Diskussjoni

thread-back = Id-diskussjonijiet kollha
thread-platform = Il-pjattaforma kollha
thread-hidden = Il-moderaturi ħbew din il-mistoqsija. Din tidher biss lilek u lill-moderaturi.
thread-follow = Segwi din id-diskussjoni
thread-unfollow = Tibqax issegwi
thread-sign-in-to-reply = Idħol fil-kont biex twieġeb.
answer-accepted-title = Tweġiba aċċettata
answer-accepted-badge = Tweġiba aċċettata
answer-accept = Aċċetta bħala t-tweġiba
answer-unaccept = Irtira l-aċċettazzjoni
post-edited-link = editjat (ara l-verżjonijiet)
post-hidden = Moħbi mill-moderaturi: { $reason }
post-quote = Ikkwota
post-edit = Editja
post-flag = Irrapporta lill-moderaturi
flag-reason = Għaliex għandhom il-moderaturi jħarsu lejn dan il-messaġġ?
flag-send = Ibgħat ir-rapport
post-language = Lingwa tat-test
reply-title = It-tweġiba tiegħek
reply-body = Tweġiba
reply-send = Ippubblika t-tweġiba
markdown-help = Tista’ tifformattja t-test bil-Markdown: **grassett**, *korsiv*, listi li jibdew b’-, ħoloq bħal [test](https://…).
markdown-preview = Dehra preliminari

## Kif tistaqsi

ask-title = Staqsi lill-pari tiegħek
ask-lead = Iddeskrivi s-sitwazzjoni tiegħek u x’ippruvajt s’issa. Il-membri tan-netwerks li jistgħu jaraw il-mistoqsija tiegħek ikunu jistgħu jwieġbuha.
ask-field-title = Il-mistoqsija tiegħek f’sentenza waħda
ask-field-body = Dettalji
ask-field-audience = Min jista’ jaraha
ask-send = Ippubblika l-mistoqsija

## Editjar u verżjonijiet

post-edit-title = Editja l-messaġġ tiegħek
post-edit-body = Test
post-edit-save = Salva l-verżjoni l-ġdida
post-history-title = Verżjonijiet ta’ messaġġ
post-history-current = Verżjoni attwali
post-history-earlier = Verżjoni preċedenti
post-history-back = Lura għad-diskussjoni

## Notifiki u s-sommarju

notifications-title = Notifiki
notifications-none = M’hemm xejn ġdid. Segwi diskussjoni jew suġġett biex tkun infurmat meta jiġri xi ħaġa fih.
notifications-mark-read = Immarka kollox bħala moqri
notification-reply = { $name } wieġeb f’
notification-topic = { $name } staqsa mistoqsija f’suġġett li ssegwi:
notification-accepted = { $name } aċċetta t-tweġiba tiegħek bħala t-tweġiba f’
digest-title = Sommarju bl-email
digest-legend = Ibgħatli sommarju tan-notifiki mhux moqrija
digest-immediate = Hekk kif jiġri xi ħaġa
digest-daily = Darba kuljum
digest-weekly = Darba fil-ġimgħa
digest-never = Qatt (naqrahom hawn)
digest-save = Salva l-għażla
topics-followed-title = Is-suġġetti li nsegwi
topics-followed-lead = Tkun infurmat b’kull mistoqsija ġdida fis-suġġetti li ssegwi.
topic-follow = Segwi
topic-unfollow = Tibqax issegwi

## Moderazzjoni

moderation-title = Moderazzjoni
moderation-queue-title = Messaġġi rrappurtati
moderation-queue-empty = L-ebda messaġġ ma qed jistenna deċiżjoni.
moderation-flags = Rapporti
moderation-decide = Immodera
moderation-reason = Raġuni
moderation-hide = Aħbi l-messaġġ
moderation-restore = Erġa’ uri l-messaġġ
moderation-dismiss = Żomm il-messaġġ kif inhu
moderation-log-title = Deċiżjonijiet
moderation-log-empty = Għadha ma ttieħdet l-ebda deċiżjoni.
moderation-log-when = Meta
moderation-log-who = Moderatur
moderation-log-what = Deċiżjoni
moderation-log-thread = Diskussjoni
moderation-action-hide = Moħbi
moderation-action-restore = Jidher mill-ġdid
moderation-action-dismiss = Rapporti miċħuda

## Avviżi u rifjuti

thread-asked = Il-mistoqsija tiegħek ġiet ippubblikata. Tkun infurmat b’kull tweġiba.
reply-posted = It-tweġiba tiegħek ġiet ippubblikata.
post-edited = Il-messaġġ tiegħek ġie salvat; il-verżjoni preċedenti tibqa’ tidher fl-istorja tiegħu.
answer-accepted = It-tweġiba ġiet immarkata bħala t-tweġiba aċċettata.
answer-unaccepted = It-tweġiba m’għadhiex immarkata bħala t-tweġiba.
thread-followed = Issa qed issegwi din id-diskussjoni.
thread-unfollowed = M’għadekx issegwi din id-diskussjoni.
topics-saved = Is-suġġetti tiegħek ġew salvati.
post-flagged = Grazzi: il-moderaturi se jħarsu lejn dan il-messaġġ.
moderation-saved = Id-deċiżjoni ġiet salvata.
notifications-read = In-notifiki kollha ġew immarkati bħala moqrija.
digest-saved = L-għażla tiegħek ġiet salvata.
error-already-flagged = Diġà rrappurtajt dan; il-moderaturi se jħarsu lejh.
error-not-an-answer = Tweġiba viżibbli biss tista’ tkun it-tweġiba aċċettata.

## Email

mail-digest-subject = Ġdid fil-konsulenza bejn il-pari
mail-digest-body = Bonġu,

    { $count ->
        [one] għandek { $count } notifika ġdida fil-konsulenza bejn il-pari:
        [two] għandek { $count } notifiki ġodda fil-konsulenza bejn il-pari:
        [few] għandek { $count } notifiki ġodda fil-konsulenza bejn il-pari:
        [many] għandek { $count } notifika ġdida fil-konsulenza bejn il-pari:
       *[other] għandek { $count } notifika ġdida fil-konsulenza bejn il-pari:
    }

    { $items }
    In-notifiki kollha tiegħek, u kemm-il darba tirċievi dan is-sommarju: { $link }
