## Налози: пријава, позивнице, ресетовање лозинке, сопствени налог члана

nav-sign-in = Пријава
nav-account = Мој налог
sign-out = Одјава

sign-in-title = Пријава
sign-in-submit = Пријави се
sign-in-forgot = Заборавили сте лозинку?
sign-in-no-account = Још немате налог? Отворите страницу своје мреже у именику и затражите придруживање.
field-email = Адреса е-поште
field-password = Лозинка
field-new-password = Нова лозинка
field-current-password = Тренутна лозинка
field-given-name = Име
field-family-name = Презиме
field-job-title = Радно место у вашој организацији
field-locale = Језик интерфејса и порука е-поште које примате
field-invitation-locale = Језик позивнице
field-languages = Језици које говорите
field-organisation = Организација
field-role = Улога
field-message = Порука фасилитаторима мреже (није обавезно)
field-new-email = Нова адреса е-поште
password-rules = Најмање 8 знакова. Веома честе лозинке нису дозвољене.

reset-title = Ресетовање лозинке
reset-intro = Унесите адресу е-поште свог налога. Послаћемо вам везу за избор нове лозинке.
reset-submit = Пошаљи везу
reset-sent = Ако неки налог користи адресу { $email }, на њу стиже веза за ресетовање лозинке. Веза важи један сат.
reset-new-title = Изаберите нову лозинку
reset-new-submit = Сачувај нову лозинку
reset-done = Лозинка је промењена. Пријавите се новом лозинком.

invitation-title = Прихватите позивницу
invitation-intro = Позвани сте да се придружите платформи { site-name } са адресом { $email }: { $role } у организацији { $organisation }.
invitation-submit = Направи мој налог

role-member = члан
role-facilitator = фасилитатор мреже
role-coordinator = координатор платформе
role-facilitator-of = Фасилитатор мреже { $network }
role-coordinator-held = Координатор платформе

account-title = Мој налог
account-profile = Профил
account-organisation = Организација
account-roles = Улоге
account-save = Сачувај профил
account-saved = Профил је сачуван.
account-password = Лозинка
account-password-submit = Промени лозинку
account-password-changed = Лозинка је промењена. Све остале сесије вашег налога су одјављене.
account-email = Адреса е-поште
account-email-current = Ваша тренутна адреса је { $email }.
account-email-submit = Пошаљи везу за потврду
account-email-sent = Ако адреса { $email } може да се користи, на њу стиже веза за потврду. Адреса ће се променити када отворите ту везу.
account-data = Ваши подаци
account-export = Преузми све моје податке (JSON)
account-delete = Избриши мој налог
account-delete-explain = Брисањем налога одмах се уклањају ваш профил, ваши језици, ваше улоге и све ваше сесије, и то не може да се поништи. Дискусије, одговори и коментари које сте написали остају видљиви другима, са потписом „бивши члан“. Безбедносни дневник чува нумерисани запис о томе да је налог избрисан.
account-delete-submit = Трајно избриши мој налог
account-deleted = Ваш налог је избрисан.
account-audit = Безбедносни дневник

email-confirm-title = Потврдите нову адресу е-поште
email-confirm-intro = Ваш налог ће од сада користити адресу { $email }.
email-confirm-submit = Потврди нову адресу
email-confirmed = Ваша адреса е-поште је промењена.

join-title = Затражите придруживање овој мрежи
join-intro = Представите се фасилитаторима мреже. Ако одобре ваш захтев, добићете позивницу путем е-поште.
join-submit = Пошаљи захтев
join-sent = Захтев је послат. Фасилитатори ће вам одговорити путем е-поште.
invite-title = Позовите особу
invite-intro = Особа ће добити поруку е-поште са везом за отварање налога, која важи 7 дана.
invite-submit = Пошаљи позивницу
invite-sent = Позивница је послата на адресу { $email }.
requests-title = Захтеви за придруживање
requests-none = Нема захтева на чекању.
request-from = { $name } ({ $email }) из организације { $organisation }
request-approve = Одобри
request-decline = Одбиј
request-approved = Захтев је одобрен: на адресу { $email } шаље се позивница.
request-declined = Захтев је одбијен.

audit-title = Безбедносни дневник
audit-when = Време
audit-event = Догађај
audit-actor = Извршилац
audit-subject = Налог
audit-ip = IP адреса
audit-detail = Детаљи
audit-older = Старији догађаји
audit-sign-in = Пријава
audit-sign-in-failed = Неуспешна пријава
audit-sign-out = Одјава
audit-invitation-sent = Позивница послата
audit-invitation-accepted = Позивница прихваћена
audit-reset-requested = Затражено ресетовање лозинке
audit-password-reset = Лозинка ресетована
audit-password-changed = Лозинка промењена
audit-email-changed = Адреса е-поште промењена
audit-role-granted = Улога додељена
audit-join-requested = Захтев за придруживање
audit-join-approved = Захтев за придруживање одобрен
audit-join-declined = Захтев за придруживање одбијен
audit-account-deleted = Налог избрисан

error-email-invalid = Унесите адресу е-поште, нпр. ime@example.org.
error-name-missing = Унесите своје име и презиме.
error-password-too-short = Изаберите лозинку од најмање 8 знакова.
error-password-too-long = Изаберите лозинку од највише 256 знакова.
error-password-common = Ова лозинка је међу најчешћим и лако се погађа. Изаберите неку другу.
error-ticket-invalid = Ова веза више не може да се користи: већ је искоришћена или је истекла. Затражите нову.
error-wrong-credentials = Адреса е-поште или лозинка није исправна.
error-current-password-wrong = Тренутна лозинка није исправна.
error-already-decided = О овом захтеву је већ одлучено.
error-organisation-not-in-network = Изаберите организацију која је чланица ове мреже.
error-locale-unsupported = Изаберите један од језика са листе.
error-text-too-long = Овај текст је предугачак.
error-forbidden = Немате дозволу за ову радњу.
error-sign-in-required = Пријавите се да бисте ово могли да урадите.
error-cross-site = Овај захтев је стигао са другог веб-сајта и одбијен је. Ништа није промењено.
error-too-many = { $seconds ->
    [one] Превише покушаја. Покушајте поново за { $seconds } секунду.
    [few] Превише покушаја. Покушајте поново за { $seconds } секунде.
   *[other] Превише покушаја. Покушајте поново за { $seconds } секунди.
}

mail-invitation-subject = Позивница за платформу { site-name }
mail-invitation-body = { $inviter } вас позива да се придружите платформи { site-name }: { $role } у организацији { $organisation }.
    
    Отворите свој налог преко ове везе, која важи 7 дана:
    { $link }
    
    Ако нисте очекивали ову позивницу, можете да занемарите ову поруку.
mail-role-subject = Нова улога на платформи { site-name }
mail-role-body = { $inviter } додељује вашем налогу нову улогу на платформи { site-name }: { $role }.
    
    Пријавите се да бисте је могли користити:
    { $link }
mail-reset-subject = Ресетовање лозинке на платформи { site-name }
mail-reset-body = Неко је затражио ресетовање лозинке вашег налога на платформи { site-name }. Нову лозинку изаберите преко ове везе, која важи један сат:
    { $link }
    
    Ако то нисте били ви, занемарите ову поруку: ваша лозинка остаје непромењена.
mail-email-subject = Потврдите нову адресу е-поште на платформи { site-name }
mail-email-body = Преко ове везе, која важи 24 сата, потврдите да је { $email } нова адреса вашег налога на платформи { site-name }:
    { $link }
    
    Ако то нисте затражили, занемарите ову поруку.
