## კოლეგური კონსულტირება: თემების სია

counselling-sign-in-to-ask = შედით სისტემაში, რომ კოლეგებს კითხვა დაუსვათ ან რომელიმე კითხვას უპასუხოთ.
threads-search-label = ძიება კითხვებსა და პასუხებში
thread-topic = სფერო
threads-language = დაწერის ენა
threads-network = ქსელი
threads-state = პასუხი
threads-unsolved = ჯერ უპასუხო
threads-solved = პასუხგაცემული
threads-show = ჩვენება
threads-followed = თემები, რომლებსაც თვალს ვადევნებ
threads-mine = ჩემი კითხვები
threads-found = { $count ->
    [one] { $count } თემა
   *[other] { $count } თემა
}
threads-none = არც ერთი თემა არ შეესაბამება. გამოიყენეთ ნაკლები ფილტრი ან თავად დასვით კითხვა.
thread-unread = ახალი
thread-solved = პასუხგაცემული
thread-hidden-badge = დამალული
thread-asked-by = კითხვის ავტორი: { $name }
thread-replies = { $count ->
    [one] { $count } პასუხი
   *[other] { $count } პასუხი
}
notifications-link = შეტყობინებები
notifications-unread = { $count ->
    [one] { $count } წაუკითხავი
   *[other] { $count } წაუკითხავი
}

## თემა

thread-back = ყველა თემა
thread-platform = მთელი პლატფორმა
thread-hidden = მოდერატორებმა ეს კითხვა დამალეს. მას მხოლოდ თქვენ და მოდერატორები ხედავთ.
thread-follow = ამ თემისთვის თვალის დევნება
thread-unfollow = თვალის დევნების შეწყვეტა
thread-sign-in-to-reply = პასუხის გასაცემად შედით სისტემაში.
answer-accepted-title = მიღებული პასუხი
answer-accepted-badge = მიღებული პასუხი
answer-accept = პასუხად მიღება
answer-unaccept = მიღების გაუქმება
post-edited-link = რედაქტირებულია (ვერსიების ნახვა)
post-hidden = დამალულია მოდერატორების მიერ: { $reason }
post-quote = ციტირება
post-edit = რედაქტირება
post-flag = მოდერატორებთან გასაჩივრება
flag-reason = რატომ უნდა გადახედონ მოდერატორებმა ამ პოსტს?
flag-send = საჩივრის გაგზავნა
post-language = ტექსტის ენა
reply-title = თქვენი პასუხი
reply-body = პასუხი
reply-send = პასუხის გამოქვეყნება
markdown-help = ტექსტის ფორმატირება შეგიძლიათ Markdown-ით: **მუქი**, *დახრილი*, -ით დაწყებული სიები, ბმულები ასე: [ტექსტი](https://…).
markdown-preview = წინასწარი ნახვა

## კითხვის დასმა

ask-title = ჰკითხეთ კოლეგებს
ask-lead = აღწერეთ თქვენი სიტუაცია და ის, რაც უკვე სცადეთ. პასუხის გაცემას შეძლებენ იმ ქსელების წევრები, რომლებიც თქვენს კითხვას ხედავენ.
ask-field-title = თქვენი კითხვა ერთი წინადადებით
ask-field-body = დეტალები
ask-field-audience = ვის შეუძლია ნახვა
ask-send = კითხვის გამოქვეყნება

## რედაქტირება და ვერსიები

post-edit-title = თქვენი პოსტის რედაქტირება
post-edit-body = ტექსტი
post-edit-save = ახალი ვერსიის შენახვა
post-history-title = პოსტის ვერსიები
post-history-current = მიმდინარე ვერსია
post-history-earlier = წინა ვერსია
post-history-back = თემაზე დაბრუნება

## შეტყობინებები და შეჯამება

notifications-title = შეტყობინებები
notifications-none = ახალი არაფერია. თვალი ადევნეთ თემას ან სფეროს, რომ შეიტყოთ, როცა მასში რამე მოხდება.
notifications-mark-read = ყველას წაკითხულად მონიშვნა
notification-reply = { $name }: ახალი პასუხი თემაში
notification-topic = { $name }: ახალი კითხვა სფეროში, რომელსაც თვალს ადევნებთ:
notification-accepted = { $name }: თქვენი პასუხი მიღებულ პასუხად მოინიშნა თემაში
digest-title = შეჯამება ელფოსტით
digest-legend = გამომიგზავნეთ წაუკითხავი შეტყობინებების შეჯამება
digest-immediate = როგორც კი რამე მოხდება
digest-daily = დღეში ერთხელ
digest-weekly = კვირაში ერთხელ
digest-never = არასოდეს (აქ ვკითხულობ)
digest-save = არჩევანის შენახვა
topics-followed-title = სფეროები, რომლებსაც თვალს ვადევნებ
topics-followed-lead = შეგატყობინებთ ყოველი ახალი კითხვის შესახებ იმ სფეროებში, რომლებსაც თვალს ადევნებთ.
topic-follow = თვალის დევნება
topic-unfollow = თვალის დევნების შეწყვეტა

## მოდერაცია

moderation-title = მოდერაცია
moderation-queue-title = გასაჩივრებული პოსტები
moderation-queue-empty = გადაწყვეტილებას არც ერთი პოსტი არ ელოდება.
moderation-flags = საჩივრები
moderation-decide = მოდერირება
moderation-reason = მიზეზი
moderation-hide = პოსტის დამალვა
moderation-restore = პოსტის ხელახლა ჩვენება
moderation-dismiss = პოსტის უცვლელად დატოვება
moderation-log-title = გადაწყვეტილებები
moderation-log-empty = გადაწყვეტილება ჯერ არ მიღებულა.
moderation-log-when = დრო
moderation-log-who = მოდერატორი
moderation-log-what = გადაწყვეტილება
moderation-log-thread = თემა
moderation-action-hide = დამალულია
moderation-action-restore = ხელახლა ნაჩვენებია
moderation-action-dismiss = საჩივრები უარყოფილია

## შეტყობინებები და უარი

thread-asked = თქვენი კითხვა გამოქვეყნდა. ყოველი პასუხის შესახებ შეგატყობინებთ.
reply-posted = თქვენი პასუხი გამოქვეყნდა.
post-edited = თქვენი პოსტი შენახულია; წინა ვერსია მის ისტორიაში ხილული დარჩება.
answer-accepted = პასუხი მონიშნულია მიღებულ პასუხად.
answer-unaccepted = პასუხი აღარ არის მონიშნული მიღებულ პასუხად.
thread-followed = ახლა ამ თემას თვალს ადევნებთ.
thread-unfollowed = ამ თემას აღარ ადევნებთ თვალს.
topics-saved = თქვენი სფეროები შენახულია.
post-flagged = გმადლობთ: მოდერატორები ამ პოსტს გადახედავენ.
moderation-saved = გადაწყვეტილება შენახულია.
notifications-read = ყველა შეტყობინება მონიშნულია წაკითხულად.
digest-saved = თქვენი არჩევანი შენახულია.
error-already-flagged = ეს უკვე გაასაჩივრეთ; მოდერატორები მას გადახედავენ.
error-not-an-answer = მიღებული პასუხი მხოლოდ ხილული პასუხი შეიძლება იყოს.

## ელფოსტა

mail-digest-subject = სიახლეები კოლეგურ კონსულტირებაში
mail-digest-body = გამარჯობა,

    { $count ->
        [one] კოლეგურ კონსულტირებაში თქვენთვის { $count } ახალი შეტყობინებაა:
       *[other] კოლეგურ კონსულტირებაში თქვენთვის { $count } ახალი შეტყობინებაა:
    }

    { $items }
    ყველა თქვენი შეტყობინება და ამ შეჯამების მიღების სიხშირე: { $link }
