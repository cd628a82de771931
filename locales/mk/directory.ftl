## Уредување на именикот: организации, барање партнери, членови, мрежи, увоз.

organisations-export = Преземи го овој список како CSV
filter-offers = Нуди партнерство
filter-seeks = Бара партнерство

organisation-edit = Уреди ја оваа организација
organisation-edit-title = Уредување на организацијата
organisation-edit-back = Назад кон организацијата
organisation-edit-not-allowed = Организацијата можат да ја уредуваат само нејзините членови и координаторите на платформата.
organisation-save = Зачувај ја организацијата
organisation-saved = Организацијата е зачувана.
field-organisation-name = Име на организацијата
field-city = Град
field-description = Опис
field-description-language = Јазик на описот
field-topics = Области на експертиза

partnerships-page-title = Барање партнери
partnerships-lead = Што нудат и што бараат организациите од мрежите. Филтрирајте по вид на партнерство, тема и земја.
partnerships-title = Понуди и потреби
partnerships-none-here = Оваа организација сè уште нема наведено понуди или потреби.
partnerships-none = Ниедна понуда или потреба не одговара на овие филтри.
partnerships-found = { $count ->
    [one] { $count } понуда или потреба
   *[other] { $count } понуди и потреби
}
partnership-add = Додајте понуда или потреба
partnership-add-submit = Додај
partnership-added = Понудата или потребата е додадена.
partnership-withdraw = Повлечи
partnership-removed = Понудата или потребата е повлечена.
partnership-any-country = Отворено за партнери од сите земји
partnership-open-to = Отворено за партнери од: { $countries }
field-direction = Понуда или потреба
field-partnership-kind = Вид на партнерство
field-open-to = Отворено за партнери од
field-open-to-hint = Ако не изберете ниту една земја, се прифаќаат партнери од сите земји; за да изберете повеќе земји, држете го притиснато копчето Ctrl (или ⌘).
suggestions-title = Можни партнери
suggestions-intro = Понуди од други организации што одговараат на потребите на оваа организација: ист вид на партнерство и барем една заедничка тема.
suggestions-mine = Можни партнери за вашата организација
suggestion-for = Одговара на потребата: { $kind }

memberships-title = Членство во мрежи
memberships-intro = Мрежите во кои сте фасилитатор: додајте ја оваа организација, променете го нивото на нејзиното членство или отстранете ја.
membership-add = Додај во мрежата
membership-save = Промени го нивото
membership-remove = Отстрани од мрежата
membership-saved = Членството е зачувано.
membership-removed = Организацијата е отстранета од мрежата.
field-level = Ниво на членство
field-network = Мрежа

network-facilitators = Фасилитатори на мрежата
field-expertise = Експертиза
member-no-expertise = Сè уште нема наведена експертиза.

network-create = Создајте мрежа
network-create-submit = Создај ја мрежата
network-created = Мрежата е создадена.
field-network-name = Име на мрежата
field-network-kind = Вид на мрежа
field-network-parent = Членка на мрежата
network-no-parent = Ниедна (мрежа на највисоко ниво)
network-no-country = Ниедна (меѓународна или тематска мрежа)
network-country-hint = За националните и регионалните мрежи мора да се избере земја.

import-title = Увоз на организации
import-lead = Додајте повеќе организации во мрежа одеднаш од CSV-датотека. Пред да се увезе што било, ќе ја видите проверката на секој ред.
import-not-allowed = Организации можат да увезуваат само фасилитаторите на мрежата и координаторите на платформата.
import-columns = Првиот ред од датотеката ги содржи имињата на колоните: { $required } (задолжителни) и { $optional } (незадолжителни). Колоните може да бидат во кој било редослед, одделени со запирка или точка-запирка.
import-lists-hint = Секторите, темите и јазиците можат да имаат повеќе вредности одделени со точка-запирка, со истите клучеви како во извезениот список; нивото на членство е „core“, „member“ или „associate“ (ако е празно, „member“).
import-network = Мрежа во која се зачленуваат организациите
import-file = CSV-датотека (UTF-8)
import-upload = Провери ја датотеката
import-preview-title = Преглед на увозот
import-preview-heading = Увоз на { $file } во { $network }
import-summary = { $ready ->
    [one] { $ready } организација подготвена за увоз
   *[other] { $ready } организации подготвени за увоз
}, { $problems ->
    [one] { $problems } проблем
   *[other] { $problems } проблеми
}.
import-problems = Редови со проблеми
import-fix-and-upload = Ништо не се увезува додека некој ред има проблем. Поправете ја датотеката и прикачете ја повторно.
import-ready = Редови подготвени за увоз
import-line = Ред
import-column = Колона
import-problem = Проблем
import-value = Вредност во датотеката
import-apply = { $count ->
    [one] Увези { $count } организација
   *[other] Увези { $count } организации
}
import-applied = Организациите се увезени.
import-done = { $count ->
    [one] Увезена е { $count } организација.
   *[other] Увезени се { $count } организации.
}
import-another = Увези друга датотека

error-text-missing = Пополнете го ова поле.
error-choice-unknown = Изберете една од понудените вредности.
error-website-invalid = Внесете веб-адреса што започнува со https:// или http://.
error-topic-missing = Изберете барем една тема.
error-already-member = Оваа организација е веќе членка на мрежата.
error-organisation-exists = Организација со ова име веќе постои во овој град.
error-import-unreadable = Датотеката не можеше да се прочита како табела со организации. Проверете дали е CSV-датотека во UTF-8 чиј прв ред ги содржи имињата на задолжителните колони.
error-import-empty = Датотеката не содржи ниту една организација.
error-import-too-large = Датотеката е преголема: најмногу 5 MB и 20.000 организации.
error-import-has-errors = Некои редови имаат проблеми, па ништо не е увезено.
error-import-applied = Оваа датотека е веќе увезена.
error-limit-reached = Границата е достигната: отстранете еден запис пред да додадете друг.
