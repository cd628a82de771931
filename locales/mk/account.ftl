## Сметки: најава, покани, ресетирање на лозинката, сопствената сметка на членот

nav-sign-in = Најава
nav-account = Моја сметка
sign-out = Одјава

sign-in-title = Најава
sign-in-submit = Најави се
sign-in-forgot = Ја заборавивте лозинката?
sign-in-no-account = Уште немате сметка? Отворете ја страницата на вашата мрежа во именикот и побарајте да се придружите.
field-email = Адреса на е-пошта
field-password = Лозинка
field-new-password = Нова лозинка
field-current-password = Тековна лозинка
field-given-name = Име
field-family-name = Презиме
field-job-title = Работно место во вашата организација
field-locale = Јазик на интерфејсот и на е-пораките што ги добивате
field-invitation-locale = Јазик на поканата
field-languages = Јазици што ги зборувате
field-organisation = Организација
field-role = Улога
field-message = Порака до фасилитаторите на мрежата (незадолжително)
field-new-email = Нова адреса на е-пошта
password-rules = Најмалку 8 знаци. Многу честите лозинки не се прифаќаат.

reset-title = Ресетирање на лозинката
reset-intro = Внесете ја адресата на е-пошта на вашата сметка. Ќе ви испратиме врска за да изберете нова лозинка.
reset-submit = Испрати ја врската
reset-sent = Ако некоја сметка ја користи адресата { $email }, до неа е испратена врска за ресетирање на лозинката. Врската важи еден час.
reset-new-title = Изберете нова лозинка
reset-new-submit = Зачувај ја новата лозинка
reset-done = Лозинката е променета. Најавете се со новата лозинка.

invitation-title = Прифатете ја поканата
invitation-intro = Поканети сте да се придружите на платформата { site-name } со адресата { $email }: { $role } во организацијата { $organisation }.
invitation-submit = Создај ја мојата сметка

role-member = член
role-facilitator = фасилитатор на мрежата
role-coordinator = координатор на платформата
role-facilitator-of = Фасилитатор на мрежата { $network }
role-coordinator-held = Координатор на платформата

account-title = Моја сметка
account-profile = Профил
account-organisation = Организација
account-roles = Улоги
account-save = Зачувај го профилот
account-saved = Профилот е зачуван.
account-password = Лозинка
account-password-submit = Промени ја лозинката
account-password-changed = Лозинката е променета. Сите други сесии на вашата сметка се одјавени.
account-email = Адреса на е-пошта
account-email-current = Вашата тековна адреса е { $email }.
account-email-submit = Испрати врска за потврда
account-email-sent = Ако адресата { $email } може да се користи, до неа е испратена врска за потврда. Адресата ќе се промени кога ќе ја отворите таа врска.
account-data = Вашите податоци
account-export = Преземи ги сите мои податоци (JSON)
account-delete = Избриши ја мојата сметка
account-delete-explain = Со бришењето на сметката веднаш се отстрануваат вашиот профил, вашите јазици, вашите улоги и сите ваши сесии, а тоа не може да се врати. Дискусиите, одговорите и коментарите што сте ги напишале остануваат видливи за другите, потпишани како „поранешен член“. Безбедносниот дневник чува нумериран запис дека сметката е избришана.
account-delete-submit = Трајно избриши ја мојата сметка
account-deleted = Вашата сметка е избришана.
account-audit = Безбедносен дневник

email-confirm-title = Потврдете ја новата адреса на е-пошта
email-confirm-intro = Вашата сметка отсега ќе ја користи адресата { $email }.
email-confirm-submit = Потврди ја новата адреса
email-confirmed = Вашата адреса на е-пошта е променета.

join-title = Побарајте да се придружите на оваа мрежа
join-intro = Претставете им се на фасилитаторите на мрежата. Ако го одобрат вашето барање, ќе добиете покана по е-пошта.
join-submit = Испрати го барањето
join-sent = Вашето барање е испратено. Фасилитаторите ќе ви одговорат по е-пошта.
invite-title = Поканете лице
invite-intro = Лицето ќе добие е-порака со врска за создавање сметка, која важи 7 дена.
invite-submit = Испрати ја поканата
invite-sent = Поканата е испратена до { $email }.
requests-title = Барања за придружување
requests-none = Нема барања што чекаат.
request-from = { $name } ({ $email }) од организацијата { $organisation }
request-approve = Одобри
request-decline = Одбиј
request-approved = Барањето е одобрено: до { $email } се испраќа покана.
request-declined = Барањето е одбиено.

audit-title = Безбедносен дневник
audit-when = Време
audit-event = Настан
audit-actor = Извршено од
audit-subject = Сметка
audit-ip = IP-адреса
audit-detail = Детали
audit-older = Постари настани
audit-sign-in = Најава
audit-sign-in-failed = Неуспешна најава
audit-sign-out = Одјава
audit-invitation-sent = Испратена покана
audit-invitation-accepted = Прифатена покана
audit-reset-requested = Побарано ресетирање на лозинката
audit-password-reset = Ресетирана лозинка
audit-password-changed = Променета лозинка
audit-email-changed = Променета адреса на е-пошта
audit-role-granted = Доделена улога
audit-join-requested = Барање за придружување
audit-join-approved = Одобрено барање за придружување
audit-join-declined = Одбиено барање за придружување
audit-account-deleted = Избришана сметка

error-email-invalid = Внесете адреса на е-пошта, на пр. ime@example.org.
error-name-missing = Внесете го вашето име и презиме.
error-password-too-short = Изберете лозинка од најмалку 8 знаци.
error-password-too-long = Изберете лозинка од најмногу 256 знаци.
error-password-common = Оваа лозинка е меѓу најчестите и лесно се погодува. Изберете друга.
error-ticket-invalid = Оваа врска повеќе не може да се користи: веќе е искористена или ѝ истекол рокот. Побарајте нова.
error-wrong-credentials = Адресата на е-пошта или лозинката е погрешна.
error-current-password-wrong = Вашата тековна лозинка е погрешна.
error-already-decided = За ова барање веќе е одлучено.
error-organisation-not-in-network = Изберете организација што е членка на оваа мрежа.
error-locale-unsupported = Изберете еден од јазиците од списокот.
error-text-too-long = Овој текст е предолг.
error-forbidden = Немате дозвола за ова дејство.
error-sign-in-required = Најавете се за да го направите ова.
error-cross-site = Ова барање дојде од друга веб-страница и е одбиено. Ништо не е променето.
error-too-many = { $seconds ->
    [one] Премногу обиди. Обидете се повторно за { $seconds } секунда.
   *[other] Премногу обиди. Обидете се повторно за { $seconds } секунди.
}

mail-invitation-subject = Покана за платформата { site-name }
mail-invitation-body = { $inviter } ве поканува да се придружите на платформата { site-name }: { $role } во организацијата { $organisation }.
    
    Создајте ја вашата сметка преку оваа врска, која важи 7 дена:
    { $link }
    
    Ако не ја очекувавте оваа покана, можете да ја занемарите оваа порака.
mail-role-subject = Нова улога на платформата { site-name }
mail-role-body = { $inviter } ѝ додели нова улога на вашата сметка на платформата { site-name }: { $role }.
    
    Најавете се за да ја користите:
    { $link }
mail-reset-subject = Ресетирање на лозинката на платформата { site-name }
mail-reset-body = Некој побарал ресетирање на лозинката на вашата сметка на платформата { site-name }. Изберете нова лозинка преку оваа врска, која важи еден час:
    { $link }
    
    Ако тоа не сте биле вие, занемарете ја оваа порака: вашата лозинка останува непроменета.
mail-email-subject = Потврдете ја новата адреса на е-пошта на платформата { site-name }
mail-email-body = Преку оваа врска, која важи 24 часа, потврдете дека { $email } е новата адреса на вашата сметка на платформата { site-name }:
    { $link }
    
    Ако не сте го побарале ова, занемарете ја оваа порака.
