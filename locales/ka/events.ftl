## ღონისძიებები: რატომ არ მიიღება დრო, ადგილების რაოდენობა ან რეგისტრაცია.

error-time-zone-unknown = აირჩიეთ დროის სარტყელი სიიდან.
error-wall-time-skipped = ამ დღეს ამ დროის სარტყელში ეს დრო არ არსებობს: საათის ისრები ერთი საათით წინ გადაიწევს. აირჩიეთ სხვა დრო.
error-wall-time-repeated = ამ დღეს ამ დროის სარტყელში ეს დრო ორჯერ გვხვდება: საათის ისრები ერთი საათით უკან გადაიწევს. აირჩიეთ სხვა დრო.
error-capacity-invalid = ადგილების რაოდენობა უნდა იყოს მთელი რიცხვი, არანაკლებ 1-ისა; თუ შეზღუდვა არ არის, ველი ცარიელი დატოვეთ.
error-already-registered = ამ ღონისძიებაზე უკვე დარეგისტრირებული ხართ.
error-event-past = ეს ღონისძიება უკვე ჩატარდა.
error-event-cancelled = ეს ღონისძიება გაუქმებულია.
error-invitation-only = ამ ღონისძიებაზე ადგილები მხოლოდ მოწვევით გაიცემა. თუ მონაწილეობა გსურთ, მიმართეთ ორგანიზატორებს.
error-group-archived = ამ სამუშაო ჯგუფის უფლებამოსილების ვადა ამოიწურა: ჯგუფი დაარქივებულია და მისი შეცვლა აღარ შეიძლება.
error-last-leader = სამუშაო ჯგუფს სულ მცირე ერთი ხელმძღვანელი უნდა ჰყავდეს. სანამ ამ როლს დატოვებთ, დანიშნეთ სხვა ხელმძღვანელი.
error-place-missing = მიუთითეთ შეხვედრის ბმული, ჩატარების ადგილი ან ორივე.
error-series-too-long = სერია შეიძლება მოიცავდეს არაუმეტეს 150 ღონისძიებას. აირჩიეთ უფრო ადრეული ბოლო თარიღი.
error-event-unknown = ამ მისამართზე ღონისძიება არ არსებობს, ან თქვენთვის ხელმისაწვდომი არ არის.
error-group-unknown = ამ მისამართზე სამუშაო ჯგუფი არ არსებობს, ან თქვენთვის ხელმისაწვდომი არ არის.
error-calendar-address-revoked = კალენდრის ეს მისამართი გაუქმებულია. დააკოპირეთ ახალი მისამართი თქვენი კალენდრის გვერდიდან.
error-not-registered = ამ ღონისძიებაზე დარეგისტრირებული არ ხართ.

## ღონისძიებების სახეები.

event-kind-peer-learning = ურთიერთსწავლების სესია
event-kind-webinar = ვებინარი
event-kind-e-conference = ელექტრონული კონფერენცია
event-kind-workshop = პრაქტიკული სემინარი
event-kind-study-visit = სასწავლო ვიზიტი
event-kind-annual-meeting = წლიური შეხვედრა

## როგორ მიიღება ადგილი ღონისძიებაზე ან როგორ ხდება სამუშაო ჯგუფში გაწევრიანება.

admission-open = ღიაა ყველასთვის
admission-request = მოთხოვნით, ორგანიზატორების თანხმობით
admission-invitation = მხოლოდ მოწვევით

## წევრის სტატუსი ღონისძიებასთან მიმართებით.

attendance-registered = დარეგისტრირებული
attendance-waiting = მოლოდინის სიაში
attendance-requested = მოთხოვნა გაგზავნილია
attendance-invited = მოწვეული
attendance-cancelled = რეგისტრაცია გაუქმებულია
attendance-declined = მოთხოვნა უარყოფილია

## როგორ მეორდება ღონისძიებების სერია.

recurrence-weekly = ყოველკვირეულად
recurrence-monthly = ყოველთვიურად, კვირის იმავე დღეს

## ვინ ხედავს სამუშაო ჯგუფს.

group-visibility-public = საჯარო
group-visibility-members = სისტემაში შესული წევრები
group-visibility-hidden = მხოლოდ ჯგუფის წევრები

## ღონისძიებების სია.

events-title = ღონისძიებები
events-lead = ქსელებისა და მათი სამუშაო ჯგუფების ურთიერთსწავლების სესიები, ვებინარები, კონფერენციები, პრაქტიკული სემინარები, სასწავლო ვიზიტები და წლიური შეხვედრები.
events-upcoming = მომავალი ღონისძიებები
events-past = ჩატარებული ღონისძიებები
events-found = { $count ->
    [one] { $count } ღონისძიება
   *[other] { $count } ღონისძიება
}
events-none = ამ არჩევანს არც ერთი ღონისძიება არ შეესაბამება.
events-organise = ღონისძიების ორგანიზება
events-your-calendar = თქვენი კალენდარი
events-filter-kind = ღონისძიების სახე
events-filter-network = ქსელი
events-show = ჩვენება
event-your-time = თქვენი დროით: { $time }
event-online = დისტანციური
event-places-left = { $count ->
    [one] დარჩა { $count } ადგილი
   *[other] დარჩა { $count } ადგილი
}
event-full = ადგილები შევსებულია: მოლოდინის სია ღიაა
event-recorded = ხელმისაწვდომია ჩანაწერი
event-cancelled-badge = გაუქმებულია
event-in-series = სერიის ნაწილი

## ღონისძიების გვერდი.

event-when = როდის
event-where = სად
event-languages = სამუშაო ენები
event-organised-by = ორგანიზატორი
event-admission = მონაწილეობის წესი
event-places = ადგილები
event-places-taken = დაკავებულია { $registered } ადგილი { $capacity }-დან
event-places-unlimited = დარეგისტრირებულია { $registered }, ადგილების რაოდენობა შეუზღუდავია
event-waiting-count = { $count ->
    [one] მოლოდინის სიაში { $count } ადამიანია
   *[other] მოლოდინის სიაში { $count } ადამიანია
}
event-your-standing = თქვენი რეგისტრაცია
event-register = რეგისტრაცია
event-request = ადგილის მოთხოვნა
event-join-waiting-list = მოლოდინის სიაში ჩაწერა
event-access-needs = ხელმისაწვდომობის საჭიროებები (არასავალდებულო)
event-access-needs-hint = ამას მხოლოდ ორგანიზატორები ხედავენ: უსაფეხურო შესასვლელი, ჟესტური ენის თარგმანი, კვებასთან დაკავშირებული საჭიროებები — ყველაფერი, რაც მონაწილეობაში დაგეხმარებათ.
event-withdraw = ჩემი რეგისტრაციის გაუქმება
event-sign-in-to-register = რეგისტრაციისთვის შედით სისტემაში
event-meeting-link = შეხვედრის ბმული
event-meeting-link-hint = შეხვედრის ბმული მონაწილეებს აქ გამოუჩნდებათ, როგორც კი ადგილს მიიღებენ.
event-add-to-calendar = თქვენს კალენდარში დამატება
event-calendar-file = ეს ღონისძიება (.ics ფაილი)
event-series-file = მთელი სერია (.ics ფაილი)
event-agenda = დღის წესრიგი
event-materials = მასალები
event-recording = ჩანაწერი
event-watch-recording = ჩანაწერის ნახვა
event-questions = კითხვები და პასუხები
event-conclusions = დასკვნები
event-taken-place = ეს ღონისძიება უკვე ჩატარდა.

## რას აკეთებენ ორგანიზატორები ღონისძიების გვერდზე.

event-organisers = ორგანიზატორებისთვის
event-participants = მონაწილეები
event-participants-csv = მონაწილეთა სიის ჩამოტვირთვა (CSV)
event-no-participants = ჯერ არავინ დარეგისტრირებულა.
event-cancel = ამ ღონისძიების გაუქმება
event-cancel-confirm = დიახ, გაუქმდეს: მონაწილეთა კალენდრები ამის შესახებ შეტყობინებას მიიღებენ.
event-add-session = დღის წესრიგში სესიის დამატება
event-session-starts = დასაწყისი
event-session-ends = დასასრული
event-session-title = სათაური
event-session-speakers = მომხსენებლები
event-add-material = მასალის დამატება
event-material-title = სათაური
event-material-link = ბმული ან ბიბლიოთეკის რესურსის ნომერი ან მისამართი
event-recording-link = ჩანაწერის ბმული
event-save = შენახვა

## ახალი ღონისძიების ფორმა.

event-new-title = ღონისძიების ორგანიზება
event-new-lead = გამოაცხადეთ ღონისძიება წევრებისთვის. დრო შეიყვანება თქვენ მიერ არჩეული დროის სარტყლის მიხედვით; ყველა მას ხედავს როგორც ამ სარტყლის, ისე საკუთარი სარტყლის დროით.
event-field-organiser = ორგანიზატორი
event-organiser-platform = მთელი პლატფორმა
event-field-kind = ღონისძიების სახე
event-field-title = სათაური
event-field-lang = ამ განცხადების ენა
event-field-languages = ღონისძიების სამუშაო ენები
event-field-description = აღწერა
event-field-time-zone = დროის სარტყელი
event-field-starts = დასაწყისი
event-field-ends = დასასრული
event-field-online-url = შეხვედრის ბმული (დისტანციური ღონისძიებისთვის)
event-field-venue = ჩატარების ადგილი (ადგილზე ჩატარებული ღონისძიებისთვის)
event-field-address = მისამართი
event-field-country = ქვეყანა
event-field-visibility = ვის შეუძლია ნახვა
event-field-admission = მონაწილეობის წესი
event-field-capacity = ადგილების რაოდენობა
event-field-capacity-hint = თუ შეზღუდვა არ არის, ცარიელი დატოვეთ. როცა ადგილები შეივსება, მოლოდინის სია გაიხსნება.
event-field-repeat = გამეორება
event-repeat-none = არ მეორდება
event-field-until = სერიის ბოლო თარიღი
event-create = ღონისძიების გამოცხადება

## შეტყობინებები ფორმის გაგზავნის შემდეგ.

event-registered = დარეგისტრირებული ხართ. შეხვედრის ბმული და კალენდრის ფაილი ამ გვერდზეა.
event-waiting = ადგილები შევსებულია: მოლოდინის სიაში ხართ და ადგილს მიიღებთ, როგორც კი რომელიმე გათავისუფლდება.
event-requested = თქვენი მოთხოვნა ორგანიზატორებს გაეგზავნა.
event-withdrawn = თქვენი რეგისტრაცია გაუქმებულია.
event-created = ღონისძიება გამოცხადებულია.
event-cancelled = ღონისძიება გაუქმებულია.
event-decided = თქვენი გადაწყვეტილება შენახულია.
event-session-added = სესია დღის წესრიგს დაემატა.
event-material-added = მასალა დამატებულია.
event-recording-saved = ჩანაწერის ბმული შენახულია.

## წევრის კალენდრის მისამართი.

calendar-title = თქვენი კალენდარი
calendar-lead = გამოიწერეთ თქვენი პირადი კალენდრის მისამართი თქვენს კალენდრის პროგრამაში (Outlook, Apple Calendar, Thunderbird, Google Calendar): ღონისძიებები, რომლებზეც დარეგისტრირდით, იქ გამოჩნდება და ყოველთვის განახლებული იქნება.
calendar-address-label = თქვენი კალენდრის მისამართი
calendar-address-once = დააკოპირეთ ახლავე: ის მხოლოდ ამჯერად ჩანს. ვისაც ეს მისამართი აქვს, შეუძლია თქვენი ღონისძიებების ნახვა, ამიტომ არავის გაუზიაროთ.
calendar-has-address = კალენდრის მისამართი უკვე გაქვთ. თუ დაკარგეთ, ან შესაძლოა ვინმე სხვამაც იცოდეს, შექმენით ახალი: ძველი აღარ იმუშავებს.
calendar-no-address = კალენდრის მისამართი ჯერ არ გაქვთ.
calendar-make = ჩემი კალენდრის მისამართის შექმნა
calendar-make-new = ახალი მისამართის შექმნა
calendar-revoke = ჩემი მისამართის გაუქმება
calendar-public-feeds = საჯარო კალენდრები
calendar-public-feeds-lead = თითოეული ქსელისა და თითოეული საჯარო სამუშაო ჯგუფის ყველასთვის ღია ღონისძიებები, რომელთა გამოწერაც სისტემაში შესვლის გარეშე შეგიძლიათ.
calendar-address-made = თქვენი ახალი კალენდრის მისამართი მზადაა.
calendar-address-revoked = თქვენი კალენდრის მისამართი გაუქმებულია: კალენდრის პროგრამები მისგან მეტს ვეღარაფერს მიიღებენ.
event-participant = მონაწილე
error-cancel-unconfirmed = მონიშნეთ ველი, რათა დაადასტუროთ ღონისძიების გაუქმება.
event-country-none = არ არის მითითებული

## წერილები ღონისძიებაზე ადგილის შესახებ.

mail-event-place-subject = თქვენი ადგილი: { $title }
mail-event-place-body = გამარჯობა, { $name },

    თქვენ ადგილი მიიღეთ ღონისძიებაზე „{ $title }“ ({ $time }).

    ღონისძიება ამ წერილს თან ერთვის: თქვენი კალენდრის პროგრამა მას დაამატებს და განაახლებს, თუ ის შეიცვლება. ღონისძიების გვერდი, დისტანციური ღონისძიების შემთხვევაში — შეხვედრის ბმულით:
    { $link }
mail-event-cancelled-subject = ამოიშალა თქვენი კალენდრიდან: { $title }
mail-event-cancelled-body = გამარჯობა, { $name },

    ღონისძიება „{ $title }“ ({ $time }) თქვენი კალენდრიდან ამოიშალა: გაუქმდა ღონისძიება ან თქვენი რეგისტრაცია.

    თანდართული შეტყობინების მეშვეობით თქვენი კალენდრის პროგრამა მას წაშლის. ღონისძიების გვერდი:
    { $link }
mail-event-reminder-subject = მალე იწყება: { $title }
mail-event-reminder-body = გამარჯობა, { $name },

    შეგახსენებთ: ღონისძიება „{ $title }“ ({ $time }) მალე დაიწყება.

    ღონისძიების გვერდი, დისტანციური ღონისძიების შემთხვევაში — შეხვედრის ბმულით:
    { $link }

event-add-question = დასვით კითხვა სადისკუსიო ჯგუფებისთვის
event-question-text = კითხვა
event-record-answer = ჩაწერეთ ჯგუფის პასუხი
event-answer-group = სადისკუსიო ჯგუფი
event-answer-text = ჯგუფის პასუხი
event-question-added = კითხვა დამატებულია.
event-answer-recorded = ჯგუფის პასუხი ჩაწერილია.

event-edit = ღონისძიების შეცვლა
event-edit-save = ცვლილებების შენახვა
event-saved = ღონისძიება შენახულია. ვისაც ადგილი აქვს, ცვლილებას კალენდარში მიიღებს.

## ორგანიზატორები წევრებს იწვევენ.

error-member-unknown = ამ ელფოსტის მისამართით წევრი არ მოიძებნა.
event-invite = წევრის მოწვევა
event-invite-email = წევრის ელფოსტის მისამართი
event-invited = მოწვევა გაიგზავნა.
mail-event-invited-subject = მოწვეული ხართ: { $title }
mail-event-invited-body = გამარჯობა, { $name },

    ორგანიზატორები გიწვევენ ღონისძიებაზე „{ $title }“ ({ $time }).

    დაიკავეთ ადგილი ღონისძიების გვერდზე:
    { $link }
