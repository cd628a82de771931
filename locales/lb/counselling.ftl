## Kollegial Berodung: d'Lëscht vun den Diskussiounen

counselling-sign-in-to-ask = Mellt Iech un, fir Äre Kolleginnen a Kollegen eng Fro ze stellen oder eng ze beäntweren.
threads-search-label = D'Froen an Äntwerten duerchsichen
thread-topic = Thema
threads-language = Sprooch
threads-network = Netzwierk
threads-state = Äntwert
threads-unsolved = Nach net beäntwert
threads-solved = Beäntwert
threads-show = Weisen
threads-followed = Diskussiounen, déi ech verfollegen
threads-mine = Meng Froen
threads-found = { $count ->
    [one] { $count } Diskussioun
   *[other] { $count } Diskussiounen
}
threads-none = Keng Diskussioun passt. Probéiert et mat manner Filteren, oder stellt d'Fro selwer.
thread-unread = Nei
thread-solved = Beäntwert
thread-hidden-badge = Verstoppt
thread-asked-by = gestallt vun { $name }
thread-replies = { $count ->
    [one] { $count } Äntwert
   *[other] { $count } Äntwerten
}
notifications-link = Notifikatiounen
notifications-unread = { $count ->
    [one] { $count } net gelies
   *[other] { $count } net gelies
}

## Eng Diskussioun

thread-back = All d'Diskussiounen
thread-platform = Déi ganz Plattform
thread-hidden = D'Moderatorinnen a Moderatoren hunn dës Fro verstoppt. Nëmmen Dir an d'Moderatorinnen a Moderatore kënnen se gesinn.
thread-follow = Dës Diskussioun verfollegen
thread-unfollow = Net méi verfollegen
thread-sign-in-to-reply = Mellt Iech un, fir ze äntweren.
answer-accepted-title = Akzeptéiert Äntwert
answer-accepted-badge = Akzeptéiert Äntwert
answer-accept = Als Äntwert akzeptéieren
answer-unaccept = Net méi als Äntwert akzeptéieren
post-edited-link = geännert (Versioune kucken)
post-hidden = Vun de Moderatorinnen a Moderatore verstoppt: { $reason }
post-quote = Zitéieren
post-edit = Änneren
post-flag = De Moderatorinnen a Moderatore mellen
flag-reason = Firwat sollen d'Moderatorinnen a Moderatore sech dëse Bäitrag ukucken?
flag-send = D'Meldung schécken
post-language = Sprooch vum Text
reply-title = Är Äntwert
reply-body = Äntwert
reply-send = D'Äntwert verëffentlechen
markdown-help = Dir kënnt den Text mat Markdown formatéieren: **fett**, *kursiv*, Lëschte mat - am Ufank, Linken als [Text](https://…).
markdown-preview = Virschau

## Eng Fro stellen

ask-title = Frot Är Kolleginnen a Kollegen
ask-lead = Beschreift Är Situatioun a wat Dir scho probéiert hutt. Membere vun den Netzwierker, déi Är Fro gesi kënnen, kënne se beäntweren.
ask-field-title = Är Fro an engem Saz
ask-field-body = Detailer
ask-field-audience = Wien ka se gesinn
ask-send = D'Fro verëffentlechen

## Änneren a Versiounen

post-edit-title = Äre Bäitrag änneren
post-edit-body = Text
post-edit-save = Déi nei Versioun späicheren
post-history-title = Versioune vun engem Bäitrag
post-history-current = Aktuell Versioun
post-history-earlier = Fréier Versioun
post-history-back = Zréck bei d'Diskussioun

## Notifikatiounen an de Resumé per E-Mail

notifications-title = Notifikatiounen
notifications-none = Näischt Neies. Verfollegt eng Diskussioun oder en Thema, fir informéiert ze ginn, wann do eppes geschitt.
notifications-mark-read = Alles als gelies markéieren
notification-reply = { $name } huet geäntwert an der Diskussioun:
notification-topic = { $name } huet eng Fro an engem Thema gestallt, dat Dir verfollegt:
notification-accepted = { $name } huet Är Äntwert als Léisung akzeptéiert an der Diskussioun:
digest-title = Resumé per E-Mail
digest-legend = Schéckt mir e Resumé vun den net geliesenen Notifikatiounen
digest-immediate = Soubal eppes geschitt
digest-daily = Eemol am Dag
digest-weekly = Eemol d'Woch
digest-never = Ni (ech liese se hei)
digest-save = D'Wiel späicheren
topics-followed-title = Themen, déi ech verfollegen
topics-followed-lead = Dir gitt iwwer all nei Fro an den Themen informéiert, déi Dir verfollegt.
topic-follow = Verfollegen
topic-unfollow = Net méi verfollegen

## Moderatioun

moderation-title = Moderatioun
moderation-queue-title = Gemellte Bäiträg
moderation-queue-empty = Kee Bäitrag waart op eng Entscheedung.
moderation-flags = Meldungen
moderation-decide = Moderéieren
moderation-reason = Grond
moderation-hide = De Bäitrag verstoppen
moderation-restore = De Bäitrag erëm weisen
moderation-dismiss = De Bäitrag loossen, wéi en ass
moderation-log-title = Entscheedungen
moderation-log-empty = Et gouf nach keng Entscheedung geholl.
moderation-log-when = Zäitpunkt
moderation-log-who = Moderéiert vun
moderation-log-what = Entscheedung
moderation-log-thread = Diskussioun
moderation-action-hide = Verstoppt
moderation-action-restore = Erëm gewisen
moderation-action-dismiss = Meldungen ofgeleent

## Hiweiser an Oflehnungen

thread-asked = Är Fro ass verëffentlecht. Dir gitt iwwer all Äntwert informéiert.
reply-posted = Är Äntwert ass verëffentlecht.
post-edited = Äre Bäitrag ass gespäichert; déi fréier Versioun bleift a senger Versiounsgeschicht sichtbar.
answer-accepted = D'Äntwert ass als akzeptéiert Äntwert markéiert.
answer-unaccepted = D'Äntwert ass net méi als akzeptéiert Äntwert markéiert.
thread-followed = Dir verfollegt dës Diskussioun elo.
thread-unfollowed = Dir verfollegt dës Diskussioun net méi.
topics-saved = Är Themen si gespäichert.
post-flagged = Merci: D'Moderatorinnen a Moderatore kucke sech dëse Bäitrag un.
moderation-saved = D'Entscheedung ass gespäichert.
notifications-read = All Notifikatioune sinn als gelies markéiert.
digest-saved = Är Wiel ass gespäichert.
error-already-flagged = Dir hutt dat scho gemellt; d'Moderatorinnen a Moderatore kucken et sech un.
error-not-an-answer = Nëmmen eng sichtbar Äntwert ka déi akzeptéiert Äntwert sinn.

## E-Mail

mail-digest-subject = Neies an der Kollegialer Berodung
mail-digest-body = Gudden Dag,

    { $count ->
        [one] an der Kollegialer Berodung gëtt et { $count } nei Notifikatioun fir Iech:
       *[other] an der Kollegialer Berodung gëtt et { $count } nei Notifikatioune fir Iech:
    }

    { $items }
    All Är Notifikatiounen, a wéi dacks Dir dëse Resumé kritt: { $link }
