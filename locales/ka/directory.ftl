## კატალოგის რედაქტირება: ორგანიზაციები, პარტნიორების ძიება, წევრები, ქსელები, იმპორტი.

organisations-export = ამ სიის ჩამოტვირთვა CSV ფორმატში
filter-offers = პარტნიორობას სთავაზობს
filter-seeks = პარტნიორობას ეძებს

organisation-edit = ამ ორგანიზაციის რედაქტირება
organisation-edit-title = ორგანიზაციის რედაქტირება
organisation-edit-back = ორგანიზაციაზე დაბრუნება
organisation-edit-not-allowed = ორგანიზაციის რედაქტირება მხოლოდ მის საკუთარ წევრებსა და პლატფორმის კოორდინატორებს შეუძლიათ.
organisation-save = ორგანიზაციის შენახვა
organisation-saved = ორგანიზაცია შენახულია.
field-organisation-name = ორგანიზაციის სახელწოდება
field-city = ქალაქი
field-description = აღწერა
field-description-language = აღწერის ენა
field-topics = ექსპერტიზის სფეროები

partnerships-page-title = პარტნიორების ძიება
partnerships-lead = რას სთავაზობენ და რას ეძებენ ქსელების ორგანიზაციები. გაფილტრეთ პარტნიორობის ტიპის, სფეროსა და ქვეყნის მიხედვით.
partnerships-title = შეთავაზებები და საჭიროებები
partnerships-none-here = ამ ორგანიზაციას ჯერ არც შეთავაზება მიუთითებია და არც საჭიროება.
partnerships-none = ამ ფილტრებს არც ერთი შეთავაზება ან საჭიროება არ შეესაბამება.
partnerships-found = { $count ->
    [one] { $count } შეთავაზება ან საჭიროება
   *[other] { $count } შეთავაზება და საჭიროება
}
partnership-add = შეთავაზების ან საჭიროების დამატება
partnership-add-submit = დამატება
partnership-added = შეთავაზება ან საჭიროება დაემატა.
partnership-withdraw = გამოხმობა
partnership-removed = შეთავაზება ან საჭიროება გამოხმობილია.
partnership-any-country = ღიაა ნებისმიერი ქვეყნის პარტნიორებისთვის
partnership-open-to = ღიაა შემდეგი ქვეყნების პარტნიორებისთვის: { $countries }
field-direction = შეთავაზება თუ საჭიროება
field-partnership-kind = პარტნიორობის ტიპი
field-open-to = ღიაა შემდეგი ქვეყნების პარტნიორებისთვის
field-open-to-hint = ყველა ქვეყნის პარტნიორების მისაღებად არც ერთი ქვეყანა არ აირჩიოთ; რამდენიმე ქვეყნის ასარჩევად არჩევისას დააჭირეთ Ctrl ღილაკს (ან ⌘-ს).
suggestions-title = შესაძლო პარტნიორები
suggestions-intro = სხვა ორგანიზაციების შეთავაზებები, რომლებიც ამ ორგანიზაციის საჭიროებებს შეესაბამება: პარტნიორობის იგივე ტიპი და მინიმუმ ერთი საერთო სფერო.
suggestions-mine = შესაძლო პარტნიორები თქვენი ორგანიზაციისთვის
suggestion-for = პასუხობს საჭიროებას: { $kind }

memberships-title = წევრობა ქსელებში
memberships-intro = ქსელები, რომელთა ფასილიტატორიც ხართ: დაამატეთ ეს ორგანიზაცია, შეცვალეთ მისი წევრობის დონე ან ამოიღეთ იგი ქსელიდან.
membership-add = ქსელში დამატება
membership-save = დონის შეცვლა
membership-remove = ქსელიდან ამოღება
membership-saved = წევრობა შენახულია.
membership-removed = ორგანიზაცია ამოღებულია ქსელიდან.
field-level = წევრობის დონე
field-network = ქსელი

network-facilitators = ფასილიტატორები
field-expertise = ექსპერტიზა
member-no-expertise = ექსპერტიზა ჯერ მითითებული არ არის.

network-create = ახალი ქსელის შექმნა
network-create-submit = ქსელის შექმნა
network-created = ქსელი შეიქმნა.
field-network-name = ქსელის სახელწოდება
field-network-kind = ქსელის ტიპი
field-network-parent = არის ქსელის წევრი
network-no-parent = არც ერთი (უმაღლესი დონის ქსელი)
network-no-country = არც ერთი (საერთაშორისო ან თემატური)
network-country-hint = ეროვნული და რეგიონული ქსელებისთვის ქვეყნის მითითება აუცილებელია.

import-title = ორგანიზაციების იმპორტი
import-lead = დაამატეთ ქსელში ბევრი ორგანიზაცია ერთბაშად CSV ფაილიდან. იმპორტამდე ყოველი სტრიქონის შემოწმების შედეგს ნახავთ.
import-not-allowed = ორგანიზაციების იმპორტი მხოლოდ ქსელის ფასილიტატორებსა და პლატფორმის კოორდინატორებს შეუძლიათ.
import-columns = ფაილის პირველ სტრიქონში სვეტების სახელებია: { $required } (სავალდებულო) და { $optional } (არასავალდებულო). სვეტები შეიძლება ნებისმიერი თანმიმდევრობით იყოს და ერთმანეთისგან მძიმით ან წერტილმძიმით გამოიყოფა.
import-lists-hint = სექტორებს, სფეროებსა და ენებს შეიძლება რამდენიმე მნიშვნელობა ჰქონდეს, წერტილმძიმით გამოყოფილი, ექსპორტირებული სიის იგივე გასაღებებით; დონე არის „core“, „member“ ან „associate“ (თუ ცარიელია — „member“).
import-network = ქსელი, რომელსაც ორგანიზაციები შეუერთდებიან
import-file = CSV ფაილი (UTF-8)
import-upload = ფაილის შემოწმება
import-preview-title = იმპორტის წინასწარი ნახვა
import-preview-heading = { $file }: იმპორტი ქსელში { $network }
import-summary = { $ready ->
    [one] { $ready } ორგანიზაცია მზადაა იმპორტისთვის
   *[other] { $ready } ორგანიზაცია მზადაა იმპორტისთვის
}, { $problems ->
    [one] { $problems } პრობლემა
   *[other] { $problems } პრობლემა
}.
import-problems = პრობლემური სტრიქონები
import-fix-and-upload = სანამ რომელიმე სტრიქონს პრობლემა აქვს, არაფერი დაიმპორტდება. შეასწორეთ ფაილი და ხელახლა ატვირთეთ.
import-ready = იმპორტისთვის მზა სტრიქონები
import-line = სტრიქონი
import-column = სვეტი
import-problem = პრობლემა
import-value = მნიშვნელობა ფაილში
import-apply = { $count ->
    [one] { $count } ორგანიზაციის იმპორტი
   *[other] { $count } ორგანიზაციის იმპორტი
}
import-applied = ორგანიზაციების იმპორტი დასრულდა.
import-done = { $count ->
    [one] დაიმპორტდა { $count } ორგანიზაცია.
   *[other] დაიმპორტდა { $count } ორგანიზაცია.
}
import-another = სხვა ფაილის იმპორტი

error-text-missing = შეავსეთ ეს ველი.
error-choice-unknown = აირჩიეთ შემოთავაზებული მნიშვნელობებიდან ერთ-ერთი.
error-website-invalid = შეიყვანეთ ვებმისამართი, რომელიც იწყება https://-ით ან http://-ით.
error-topic-missing = აირჩიეთ მინიმუმ ერთი სფერო.
error-already-member = ეს ორგანიზაცია უკვე ამ ქსელის წევრია.
error-organisation-exists = ამ ქალაქში ამ სახელწოდების ორგანიზაცია უკვე არსებობს.
error-import-unreadable = ფაილის წაკითხვა ორგანიზაციების ცხრილის სახით ვერ მოხერხდა. შეამოწმეთ, არის თუ არა ის UTF-8 კოდირების CSV ფაილი, რომლის პირველ სტრიქონში სავალდებულო სვეტების სახელებია.
error-import-empty = ფაილში ორგანიზაციები არ არის.
error-import-too-large = ფაილი ძალიან დიდია: მაქსიმუმ 5 მბ და 20 000 ორგანიზაცია.
error-import-has-errors = ზოგიერთ სტრიქონს პრობლემები აქვს, ამიტომ არაფერი დაიმპორტდა.
error-import-applied = ეს ფაილი უკვე დაიმპორტდა.
error-limit-reached = ლიმიტი ამოწურულია: ახლის დამატებამდე წაშალეთ ერთ-ერთი ჩანაწერი.
