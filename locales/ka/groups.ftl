## სამუშაო ჯგუფები: სია.

groups-title = სამუშაო ჯგუფები
groups-lead = თემატური ჯგუფები, რომლებიც განსაზღვრული ვადით ერთად მუშაობენ საერთო მიზნის მისაღწევად; მათ ხელმძღვანელობენ წევრები, რომლებიც მუშაობის მსვლელობისას რიგრიგობით ცვლიან ერთმანეთს.
groups-none = სამუშაო ჯგუფები ჯერ არ არის.
groups-found-new = სამუშაო ჯგუფის დაფუძნება
group-members-count = { $count ->
    [one] { $count } წევრი
   *[other] { $count } წევრი
}
group-archived = დაარქივებული

## ჯგუფის სივრცე.

group-purpose = მიზანი
group-deliverables = მოსალოდნელი შედეგები
group-mandate = უფლებამოსილება
group-mandate-dates = { $from } – { $until }
group-mandate-open = დასაწყისი: { $from }, დასრულების თარიღის გარეშე
group-joining = გაწევრიანება
group-seen-by = ვისთვის არის ხილული
group-leaders = ხელმძღვანელები
group-leader-since = { $since }-დან
group-former-leaders = ყოფილი ხელმძღვანელები
group-leader-term = { $since } – { $until }
group-members = წევრები
group-events = ჯგუფის ღონისძიებები
group-no-events = ჯგუფს ღონისძიებები ჯერ არ აქვს.
group-join = ჯგუფში გაწევრიანება
group-ask = გაწევრიანების მოთხოვნა
group-accept-invitation = მოწვევის მიღება
group-leave = ჯგუფის დატოვება
group-you-member = ამ ჯგუფის წევრი ხართ.
group-you-asked = თქვენი მოთხოვნა ხელმძღვანელების გადაწყვეტილებას ელოდება.
group-you-invited = მოწვეული ხართ ამ ჯგუფში.
group-archived-note = ამ ჯგუფის უფლებამოსილების ვადა ამოიწურა: მისი ნამუშევარი აქ ინახება და მისი წაკითხვა შესაძლებელია.
group-sign-in-to-join = გასაწევრიანებლად შედით სისტემაში
group-requests = გაწევრიანების მოთხოვნები
group-appoint = ხელმძღვანელად დანიშვნა
group-step-down = ხელმძღვანელის როლის დატოვება
group-calendar = ჯგუფის საჯარო კალენდარი (.ics)

## ახალი ჯგუფის ფორმა.

group-new-title = სამუშაო ჯგუფის დაფუძნება
group-new-lead = განუსაზღვრეთ ჯგუფს წესდება: რისთვის არსებობს, რა შედეგებს მიიღებს და რა ვადით. თქვენ გახდებით მისი პირველი ხელმძღვანელი.
group-field-network = ქსელი
group-network-none = მთელი პლატფორმა
group-field-title = ჯგუფის სახელწოდება
group-field-topic = თემა
group-topic-none = კონკრეტული თემის გარეშე
group-field-lang = სამუშაო ენა
group-field-purpose = მიზანი
group-field-deliverables = მოსალოდნელი შედეგები
group-field-starts = უფლებამოსილების დასაწყისი
group-field-ends = უფლებამოსილების დასასრული (არასავალდებულო)
group-field-admission = გაწევრიანება
group-field-visibility = ვისთვის არის ხილული
group-found = ჯგუფის დაფუძნება

## შეტყობინებები ფორმის გაგზავნის შემდეგ.

group-founded = სამუშაო ჯგუფი დაფუძნებულია. თქვენ ხართ მისი პირველი ხელმძღვანელი.
group-joined = ახლა ჯგუფის წევრი ხართ.
group-requested = თქვენი მოთხოვნა ჯგუფის ხელმძღვანელებს გაეგზავნა.
group-left = ჯგუფი დატოვეთ.
group-decided = თქვენი გადაწყვეტილება შენახულია.
group-leader-appointed = ახალი ხელმძღვანელი დანიშნულია.
group-stepped-down = ხელმძღვანელის როლი დატოვეთ.
group-standing-requested = ითხოვს გაწევრიანებას
group-standing-invited = მოწვეული
