## ანგარიშები: სისტემაში შესვლა, მოწვევები, პაროლის აღდგენა, წევრის საკუთარი ანგარიში

nav-sign-in = შესვლა
nav-account = ჩემი ანგარიში
sign-out = გასვლა

sign-in-title = სისტემაში შესვლა
sign-in-submit = შესვლა
sign-in-forgot = დაგავიწყდათ პაროლი?
sign-in-no-account = ჯერ არ გაქვთ ანგარიში? გახსენით თქვენი ქსელის გვერდი კატალოგში და მოითხოვეთ გაწევრიანება.
field-email = ელფოსტის მისამართი
field-password = პაროლი
field-new-password = ახალი პაროლი
field-current-password = მიმდინარე პაროლი
field-given-name = სახელი
field-family-name = გვარი
field-job-title = თანამდებობა თქვენს ორგანიზაციაში
field-locale = ინტერფეისისა და თქვენთვის გამოგზავნილი წერილების ენა
field-invitation-locale = მოწვევის ენა
field-languages = ენები, რომლებზეც საუბრობთ
field-organisation = ორგანიზაცია
field-role = როლი
field-message = შეტყობინება ფასილიტატორებისთვის (არასავალდებულო)
field-new-email = ელფოსტის ახალი მისამართი
password-rules = მინიმუმ 8 სიმბოლო. ძალიან გავრცელებული პაროლები არ მიიღება.

reset-title = პაროლის აღდგენა
reset-intro = შეიყვანეთ თქვენი ანგარიშის ელფოსტის მისამართი. გამოგიგზავნით ბმულს, რომლითაც ახალ პაროლს აირჩევთ.
reset-submit = ბმულის გაგზავნა
reset-sent = თუ მისამართი { $email } რომელიმე ანგარიშს ეკუთვნის, მასზე პაროლის აღდგენის ბმული იგზავნება. ბმული ერთი საათის განმავლობაში მოქმედებს.
reset-new-title = აირჩიეთ ახალი პაროლი
reset-new-submit = ახალი პაროლის შენახვა
reset-done = პაროლი შეიცვალა. შედით სისტემაში ახალი პაროლით.

invitation-title = მოწვევის მიღება
invitation-intro = თქვენ გიწვევენ, შემოუერთდეთ { site-name }-ს მისამართით { $email }. როლი: { $role }, ორგანიზაცია: { $organisation }.
invitation-submit = ჩემი ანგარიშის შექმნა

role-member = წევრი
role-facilitator = ფასილიტატორი
role-coordinator = კოორდინატორი
role-facilitator-of = ქსელის ფასილიტატორი: { $network }
role-coordinator-held = პლატფორმის კოორდინატორი

account-title = ჩემი ანგარიში
account-profile = პროფილი
account-organisation = ორგანიზაცია
account-roles = როლები
account-save = პროფილის შენახვა
account-saved = პროფილი შენახულია.
account-password = პაროლი
account-password-submit = პაროლის შეცვლა
account-password-changed = პაროლი შეიცვალა. თქვენი ანგარიშის ყველა სხვა სესია დასრულებულია.
account-email = ელფოსტის მისამართი
account-email-current = თქვენი მიმდინარე მისამართია { $email }.
account-email-submit = დადასტურების ბმულის გაგზავნა
account-email-sent = თუ მისამართის { $email } გამოყენება შესაძლებელია, მასზე დადასტურების ბმული იგზავნება. მისამართი შეიცვლება, როცა ამ ბმულს გახსნით.
account-data = თქვენი მონაცემები
account-export = ჩემი ყველა მონაცემის ჩამოტვირთვა (JSON)
account-delete = ჩემი ანგარიშის წაშლა
account-delete-explain = ანგარიშის წაშლა ერთბაშად შლის თქვენს პროფილს, ენებს, როლებსა და ყველა სესიას; ამ მოქმედების გაუქმება შეუძლებელია. თქვენ მიერ დაწერილი თემები, პასუხები და კომენტარები სხვებისთვის კვლავ ხილული დარჩება ხელმოწერით „ყოფილი წევრი“. უსაფრთხოების ჟურნალში ინახება დანომრილი ჩანაწერი იმის შესახებ, რომ ანგარიში წაიშალა.
account-delete-submit = ჩემი ანგარიშის სამუდამოდ წაშლა
account-deleted = თქვენი ანგარიში წაიშალა.
account-audit = უსაფრთხოების ჟურნალი

email-confirm-title = დაადასტურეთ ელფოსტის ახალი მისამართი
email-confirm-intro = ამიერიდან თქვენი ანგარიში გამოიყენებს მისამართს { $email }.
email-confirm-submit = ახალი მისამართის დადასტურება
email-confirmed = ელფოსტის მისამართი შეიცვალა.

join-title = ამ ქსელში გაწევრიანების მოთხოვნა
join-intro = უთხარით ფასილიტატორებს, ვინ ხართ. თუ ისინი მოთხოვნას დაამტკიცებენ, ელფოსტით მიიღებთ მოწვევას.
join-submit = მოთხოვნის გაგზავნა
join-sent = თქვენი მოთხოვნა გაიგზავნა. ფასილიტატორები ელფოსტით გიპასუხებენ.
invite-title = ადამიანის მოწვევა
invite-intro = მოწვეული ადამიანი მიიღებს წერილს ანგარიშის შესაქმნელი ბმულით, რომელიც 7 დღის განმავლობაში მოქმედებს.
invite-submit = მოწვევის გაგზავნა
invite-sent = მოწვევა იგზავნება მისამართზე { $email }.
requests-title = გაწევრიანების მოთხოვნები
requests-none = განსახილველი მოთხოვნები არ არის.
request-from = { $name } ({ $email }), ორგანიზაცია: { $organisation }
request-approve = დამტკიცება
request-decline = უარყოფა
request-approved = დამტკიცებულია: მისამართზე { $email } მოწვევა გაიგზავნება.
request-declined = მოთხოვნა უარყოფილია.

audit-title = უსაფრთხოების ჟურნალი
audit-when = დრო
audit-event = მოვლენა
audit-actor = შემსრულებელი
audit-subject = ანგარიში
audit-ip = IP მისამართი
audit-detail = დეტალები
audit-older = უფრო ძველი მოვლენები
audit-sign-in = სისტემაში შესვლა
audit-sign-in-failed = შესვლის წარუმატებელი მცდელობა
audit-sign-out = სისტემიდან გასვლა
audit-invitation-sent = მოწვევა გაიგზავნა
audit-invitation-accepted = მოწვევა მიღებულია
audit-reset-requested = მოთხოვნილია პაროლის აღდგენა
audit-password-reset = პაროლი აღდგენილია
audit-password-changed = პაროლი შეიცვალა
audit-email-changed = ელფოსტის მისამართი შეიცვალა
audit-role-granted = როლი მიენიჭა
audit-join-requested = გაწევრიანების მოთხოვნა
audit-join-approved = გაწევრიანების მოთხოვნა დამტკიცდა
audit-join-declined = გაწევრიანების მოთხოვნა უარყოფილია
audit-account-deleted = ანგარიში წაიშალა

error-email-invalid = შეიყვანეთ ელფოსტის მისამართი, მაგალითად: name@example.org.
error-name-missing = შეიყვანეთ სახელი და გვარი.
error-password-too-short = აირჩიეთ პაროლი, რომელიც მინიმუმ 8 სიმბოლოსგან შედგება.
error-password-too-long = აირჩიეთ პაროლი, რომელიც მაქსიმუმ 256 სიმბოლოსგან შედგება.
error-password-common = ეს პაროლი ყველაზე გავრცელებულ პაროლებს შორისაა და ადვილად გამოსაცნობია. აირჩიეთ სხვა.
error-ticket-invalid = ამ ბმულის გამოყენება აღარ შეიძლება: ის უკვე გამოყენებულია ან ვადა გაუვიდა. მოითხოვეთ ახალი.
error-wrong-credentials = ელფოსტის მისამართი ან პაროლი არასწორია.
error-current-password-wrong = მიმდინარე პაროლი არასწორია.
error-already-decided = ამ მოთხოვნაზე გადაწყვეტილება უკვე მიღებულია.
error-organisation-not-in-network = აირჩიეთ ორგანიზაცია, რომელიც ამ ქსელის წევრია.
error-locale-unsupported = აირჩიეთ ერთ-ერთი ენა სიიდან.
error-text-too-long = ტექსტი ძალიან გრძელია.
error-forbidden = ამ მოქმედების შესრულების უფლება არ გაქვთ.
error-sign-in-required = ამისათვის შედით სისტემაში.
error-cross-site = ეს მოთხოვნა სხვა ვებსაიტიდან მოვიდა და უარყოფილია. არაფერი შეცვლილა.
error-too-many = { $seconds ->
    [one] ძალიან ბევრი მცდელობა. სცადეთ ხელახლა { $seconds } წამში.
   *[other] ძალიან ბევრი მცდელობა. სცადეთ ხელახლა { $seconds } წამში.
}

mail-invitation-subject = თქვენი მოწვევა { site-name }-ზე
mail-invitation-body = { $inviter } გიწვევთ, შემოუერთდეთ { site-name }-ს. როლი: { $role }, ორგანიზაცია: { $organisation }.
    
    შექმენით ანგარიში ამ ბმულით, რომელიც 7 დღის განმავლობაში მოქმედებს:
    { $link }
    
    თუ ამ მოწვევას არ ელოდით, შეგიძლიათ ეს წერილი უგულებელყოთ.
mail-role-subject = ახალი როლი { site-name }-ზე
mail-role-body = თქვენს ანგარიშს { site-name }-ზე ახალი როლი მიენიჭა: { $role }. როლი მოგანიჭათ: { $inviter }.
    
    როლის გამოსაყენებლად შედით სისტემაში:
    { $link }
mail-reset-subject = პაროლის აღდგენა { site-name }-ზე
mail-reset-body = ვიღაცამ მოითხოვა თქვენი ანგარიშის პაროლის აღდგენა { site-name }-ზე. აირჩიეთ ახალი პაროლი ამ ბმულით, რომელიც ერთი საათის განმავლობაში მოქმედებს:
    { $link }
    
    თუ ეს თქვენ არ ყოფილხართ, უგულებელყავით ეს წერილი: პაროლი უცვლელი დარჩება.
mail-email-subject = დაადასტურეთ ელფოსტის ახალი მისამართი { site-name }-ზე
mail-email-body = დაადასტურეთ, რომ { $email } არის თქვენი ანგარიშის ახალი მისამართი { site-name }-ზე. გამოიყენეთ ეს ბმული, რომელიც 24 საათის განმავლობაში მოქმედებს:
    { $link }
    
    თუ ეს არ მოგითხოვიათ, უგულებელყავით ეს წერილი.
