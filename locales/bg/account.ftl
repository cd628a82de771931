## Профили: вход, покани, нулиране на паролата, собственият профил на члена

nav-sign-in = Вход
nav-account = Моят профил
sign-out = Изход

sign-in-title = Вход
sign-in-submit = Влизане
sign-in-forgot = Забравена парола?
sign-in-no-account = Все още нямате профил? Отворете страницата на Вашата мрежа в указателя и подайте заявка за присъединяване.
field-email = Имейл адрес
field-password = Парола
field-new-password = Нова парола
field-current-password = Текуща парола
field-given-name = Собствено име
field-family-name = Фамилия
field-job-title = Длъжност във Вашата организация
field-locale = Език на интерфейса и на имейлите до Вас
field-invitation-locale = Език на поканата
field-languages = Езици, които говорите
field-organisation = Организация
field-role = Роля
field-message = Съобщение до фасилитаторите (по желание)
field-new-email = Нов имейл адрес
password-rules = Поне 8 знака. Много често срещаните пароли не се приемат.

reset-title = Нулиране на паролата
reset-intro = Въведете имейл адреса на своя профил. Ще Ви изпратим връзка, чрез която да изберете нова парола.
reset-submit = Изпращане на връзката
reset-sent = Ако съществува профил с адрес { $email }, към него е изпратена връзка за нулиране на паролата. Връзката е валидна един час.
reset-new-title = Изберете нова парола
reset-new-submit = Запазване на новата парола
reset-done = Паролата Ви е променена. Влезте с новата си парола.

invitation-title = Приемете поканата си
invitation-intro = Поканени сте да се присъедините към { site-name } с адреса { $email } като { $role } от { $organisation }.
invitation-submit = Създаване на профила ми

role-member = член
role-facilitator = фасилитатор
role-coordinator = координатор
role-facilitator-of = Фасилитатор на мрежата { $network }
role-coordinator-held = Координатор на платформата

account-title = Моят профил
account-profile = Лични данни
account-organisation = Организация
account-roles = Роли
account-save = Запазване на личните данни
account-saved = Личните Ви данни са запазени.
account-password = Парола
account-password-submit = Смяна на паролата
account-password-changed = Паролата Ви е променена. Всички останали сесии на профила Ви са прекратени.
account-email = Имейл адрес
account-email-current = Текущият Ви адрес е { $email }.
account-email-submit = Изпращане на връзка за потвърждение
account-email-sent = Ако адресът { $email } може да бъде използван, към него е изпратена връзка за потвърждение. Адресът Ви ще бъде променен, когато отворите тази връзка.
account-data = Вашите данни
account-export = Изтегляне на всички мои данни (JSON)
account-delete = Изтриване на профила ми
account-delete-explain = Изтриването на профила премахва наведнъж личните Ви данни, езиците Ви, ролите Ви и всички Ваши сесии и не може да бъде отменено. Темите, отговорите и коментарите, които сте написали, остават видими за останалите с подпис „бивш член“. В журнала за сигурност се запазва номериран запис, че даден профил е изтрит.
account-delete-submit = Окончателно изтриване на профила ми
account-deleted = Профилът Ви е изтрит.
account-audit = Журнал за сигурност

email-confirm-title = Потвърдете новия си имейл адрес
email-confirm-intro = Отсега нататък профилът Ви ще използва адреса { $email }.
email-confirm-submit = Потвърждаване на новия адрес
email-confirmed = Имейл адресът Ви е променен.

join-title = Заявка за присъединяване към тази мрежа
join-intro = Представете се на фасилитаторите. Ако одобрят заявката Ви, ще получите покана по имейл.
join-submit = Изпращане на заявката
join-sent = Заявката Ви е изпратена. Фасилитаторите ще Ви отговорят по имейл.
invite-title = Покана за нов член
invite-intro = Лицето ще получи имейл с връзка за създаване на профил, валидна 7 дни.
invite-submit = Изпращане на поканата
invite-sent = Изпратена е покана до { $email }.
requests-title = Заявки за присъединяване
requests-none = Няма чакащи заявки.
request-from = { $name } ({ $email }) от { $organisation }
request-approve = Одобряване
request-decline = Отхвърляне
request-approved = Одобрено: { $email } ще получи покана.
request-declined = Заявката е отхвърлена.

audit-title = Журнал за сигурност
audit-when = Дата и час
audit-event = Събитие
audit-actor = Извършено от
audit-subject = Профил
audit-ip = IP адрес
audit-detail = Подробности
audit-older = По-стари събития
audit-sign-in = Вход
audit-sign-in-failed = Неуспешен опит за вход
audit-sign-out = Изход
audit-invitation-sent = Изпратена покана
audit-invitation-accepted = Приета покана
audit-reset-requested = Заявено нулиране на паролата
audit-password-reset = Нулирана парола
audit-password-changed = Сменена парола
audit-email-changed = Променен имейл адрес
audit-role-granted = Предоставена роля
audit-join-requested = Заявка за присъединяване
audit-join-approved = Одобрена заявка за присъединяване
audit-join-declined = Отхвърлена заявка за присъединяване
audit-account-deleted = Изтрит профил

error-email-invalid = Въведете имейл адрес, например name@example.org.
error-name-missing = Въведете собственото си име и фамилията си.
error-password-too-short = Изберете парола с поне 8 знака.
error-password-too-long = Изберете парола с най-много 256 знака.
error-password-common = Тази парола е сред най-често използваните и лесно може да бъде отгатната. Изберете друга.
error-ticket-invalid = Тази връзка вече не може да бъде използвана: вече е използвана или е изтекла. Поискайте нова.
error-wrong-credentials = Имейл адресът или паролата са грешни.
error-current-password-wrong = Текущата Ви парола е грешна.
error-already-decided = По тази заявка вече е взето решение.
error-organisation-not-in-network = Изберете организация, която е член на тази мрежа.
error-locale-unsupported = Изберете един от езиците в списъка.
error-text-too-long = Този текст е твърде дълъг.
error-forbidden = Нямате право да извършите това действие.
error-sign-in-required = Влезте в профила си, за да извършите това действие.
error-cross-site = Тази заявка идва от друг уебсайт и е отхвърлена. Нищо не е променено.
error-too-many = { $seconds ->
    [one] Твърде много опити. Опитайте отново след { $seconds } секунда.
   *[other] Твърде много опити. Опитайте отново след { $seconds } секунди.
}

mail-invitation-subject = Вашата покана за { site-name }
mail-invitation-body = { $inviter } Ви кани да се присъедините към { site-name } като { $role } от { $organisation }.
    
    Създайте своя профил чрез тази връзка, валидна 7 дни:
    { $link }
    
    Ако не сте очаквали тази покана, можете да не обръщате внимание на този имейл.
mail-role-subject = Нова роля в { site-name }
mail-role-body = { $inviter } предостави на профила Ви в { site-name } нова роля: { $role }.
    
    Влезте в профила си, за да я използвате:
    { $link }
mail-reset-subject = Нулиране на паролата Ви за { site-name }
mail-reset-body = Някой е поискал нулиране на паролата на профила Ви в { site-name }. Изберете нова парола чрез тази връзка, валидна един час:
    { $link }
    
    Ако не сте били Вие, не обръщайте внимание на този имейл: паролата Ви остава непроменена.
mail-email-subject = Потвърдете новия си имейл адрес за { site-name }
mail-email-body = Потвърдете, че { $email } е новият адрес на профила Ви в { site-name }, чрез тази връзка, валидна 24 часа:
    { $link }
    
    Ако не сте поискали това, не обръщайте внимание на този имейл.
