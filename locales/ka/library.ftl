# ბიბლიოთეკა: ქსელების მიერ გაზიარებული რესურსები რამდენიმე ენაზე.

nav-library = ბიბლიოთეკა
library-title = ბიბლიოთეკა
library-lead = გზამკვლევები, სახელმძღვანელოები, შაბლონები, ვიდეოები და ინსტრუმენტები ქსელების წევრებისგან, თითოეული იმ ენებზე, რომლებზეც ის ითარგმნა.
library-add = რესურსის დამატება
library-add-lead = გააზიარეთ დოკუმენტი, ePub, ვიდეო, პრეზენტაცია, შაბლონი ან ბმული. მიუთითეთ სათაური და რეზიუმე იმ ენაზე, რომელზეც რესურსი დაწერილია; თარგმანების დამატება მოგვიანებით შეიძლება.
library-add-send = რესურსის დამატება
library-sign-in-to-add = შედით სისტემაში, რომ რესურსი დაამატოთ
library-found = { $count ->
    [one] { $count } რესურსი
   *[other] { $count } რესურსი
}
library-none = ამ ძიებას არც ერთი რესურსი არ შეესაბამება.
library-search-label = ძიება სათაურებში, რეზიუმეებსა და ფაილების ტექსტში
library-sort = დალაგება
library-sort-relevance = ყველაზე შესაბამისი
library-sort-newest = ჯერ უახლესი
library-file = ფაილი
library-file-hint = მაქსიმუმ { $size } მბ (ვიდეოსთვის — { $video } მბ), ან მიუთითეთ ბმული იმ ადგილზე, სადაც ფაილი განთავსებულია. PDF, ePub, საოფისე დოკუმენტები (OpenDocument, Word, Excel, PowerPoint), ვიდეო, აუდიო, სურათები და უბრალო ტექსტი.

resource-kind = ტიპი
resource-kind-document = დოკუმენტი
resource-kind-epub = ePub
resource-kind-video = ვიდეო
resource-kind-presentation = პრეზენტაცია
resource-kind-template = შაბლონი ან ინსტრუმენტი
resource-kind-website = ვებგვერდი
resource-kind-dataset = მონაცემთა ნაკრები

resource-audience = ვისთვის
audience-trainers = მასწავლებლები და ტრენერები
audience-learners = პროფესიული სტუდენტები და შეგირდები
audience-managers = პროფესიული განათლების მიმწოდებლების ხელმძღვანელები
audience-companies = კომპანიები და საწარმოს ინსტრუქტორები
audience-guidance = კარიერის კონსულტანტები
audience-policymakers = პოლიტიკის შემქმნელები

resource-licence = ლიცენზია
licence-cc-by = ავტორობის მითითებით (CC BY 4.0)
licence-cc-by-sa = ავტორობის მითითებით – გავრცელება იგივე პირობებით (CC BY-SA 4.0)
licence-cc-by-nc = ავტორობის მითითებით – არაკომერციული (CC BY-NC 4.0)
licence-cc-by-nc-sa = ავტორობის მითითებით – არაკომერციული – გავრცელება იგივე პირობებით (CC BY-NC-SA 4.0)
licence-cc-by-nd = ავტორობის მითითებით – წარმოებული ნაწარმოებების გარეშე (CC BY-ND 4.0)
licence-cc-by-nc-nd = ავტორობის მითითებით – არაკომერციული – წარმოებული ნაწარმოებების გარეშე (CC BY-NC-ND 4.0)
licence-cc0 = საჯარო მფლობელობა (CC0 1.0)
licence-all-rights-reserved = ყველა უფლება დაცულია
resource-attribution = „{ $title }“, ავტორი: { $author }, ლიცენზია: { $licence }.
resource-licence-deed = რის უფლებას იძლევა ლიცენზია
resource-rights-reserved = © { $author }. ყველა უფლება დაცულია: ხელახლა გამოყენებამდე ნებართვა სთხოვეთ ავტორებს.

resource-visibility = ვის შეუძლია ნახვა
visibility-everyone = ყველა
visibility-members = სისტემაში შესული წევრები
visibility-network = მისი ქსელის წევრები

resource-status-draft = მონახაზი
resource-status-submitted = ელოდება განხილვას
resource-status-published = გამოქვეყნებული
resource-draft-hint = გამოქვეყნებამდე მას მხოლოდ თქვენ და ქსელის ფასილიტატორები ხედავთ.
resource-submitted-hint = ქსელის ფასილიტატორები მას საჯაროდ გამოქვეყნებამდე გადახედავენ.
resource-hidden = დამალულია მოდერატორის მიერ

resource-field-title = სათაური
resource-field-summary = რეზიუმე
resource-field-author = ავტორები (ისე, როგორც ავტორობის მითითებაში არიან დასახელებული)
resource-field-link = ბმული (ვებგვერდი ან ადგილი, სადაც ვიდეოა განთავსებული)
resource-field-draft = ჯერჯერობით მონახაზად შენახვა
resource-language = ენა
resource-topics = სფეროები
resource-sectors = სექტორები
resource-countries = ქვეყნები
resource-network = ქსელი
resource-network-none = მთელი პლატფორმა
resource-organisation = ორგანიზაცია
resource-added-by = დაამატა
resource-updated = განახლდა
resource-about = ამ რესურსის შესახებ
resource-original = ორიგინალი
resource-other-languages = სხვა ენებზე
resource-not-in-your-language = ჯერ არ არის ხელმისაწვდომი ენაზე: { $language }. ნაჩვენებია დაწერის ენაზე: { $shown }.
resource-open-pdf = PDF-ის გახსნა
resource-download = ჩამოტვირთვა
resource-open-link = რესურსზე გადასვლა
resource-files = ფაილები
resource-file-name = ფაილი
resource-file-size = ზომა
resource-file-uploaded = ატვირთულია
resource-file-current = მიმდინარე
resource-pages = { $count ->
    [one] { $count } გვერდი
   *[other] { $count } გვერდი
}
file-size-kb = { $size } კბ
file-size-mb = { $size } მბ

resource-new-file = ახალი ფაილის ატვირთვა ({ $language })
resource-new-file-hint = ახალი ფაილი მიმდინარე ფაილი ხდება; წინა ფაილები სიაში რჩება და მათი ჩამოტვირთვა კვლავ შესაძლებელია.
resource-new-file-send = ფაილის ატვირთვა
resource-add-translation = თარგმანის დამატება
resource-add-translation-send = თარგმანის დამატება
resource-review = განხილვა
resource-review-publish = გამოქვეყნება
resource-review-return = ავტორისთვის მონახაზად დაბრუნება
resource-publish = გამოქვეყნება

resource-added = რესურსი დაემატა.
resource-version-added = თარგმანი დაემატა.
resource-file-added = ახალი ფაილი აიტვირთა; წინა ფაილი კვლავ სიაშია.
resource-published = რესურსი გამოქვეყნდა.
resource-submitted = რესურსი გაიგზავნა: ქსელის ფასილიტატორები მას საჯაროდ გამოქვეყნებამდე გადახედავენ.
resource-returned = რესურსი ავტორს მონახაზის სახით დაუბრუნდა.

upload-progress = იტვირთება: { $percent }%
upload-failed = ატვირთვა ვერ მოხერხდა. გთხოვთ, სცადოთ ხელახლა.

error-file-too-large = ფაილი აღემატება ამ ტიპის რესურსისთვის დაშვებულ ზღვარს. სანაცვლოდ გააზიარეთ ბმული იმ ადგილზე, სადაც ის განთავსებულია.
error-file-missing = აირჩიეთ ფაილი ან მიუთითეთ ბმული.
error-upload-incomplete = ატვირთვა შეწყდა, სანამ მთელი ფაილი აიტვირთებოდა. არაფერი შენახულა; გთხოვთ, სცადოთ ხელახლა.
error-file-type-refused = ბიბლიოთეკა ამ ტიპის ფაილს არ იღებს. პროგრამები და არქივები არ მიიღება; ePub, OpenDocument და Office ფაილები მიიღება.
error-file-type-mismatch = ფაილის შინაარსი მის სახელს არ შეესაბამება: .pdf გაფართოების ფაილი PDF უნდა იყოს.
error-file-name-invalid = ფაილის სახელი შეიცავს სიმბოლოებს, რომლებიც ფაილის სახელში დაუშვებელია, ან ზედმეტად გრძელია (მაქსიმუმ 200 სიმბოლო).
error-file-unreadable = ფაილის წაკითხვა შეუძლებელია: ის დაზიანებულია ან გაშლისას გაცილებით მეტ ადგილს იკავებს, ვიდრე თავად ფაილი.
error-file-duplicate = სწორედ ეს ფაილი უკვე არის ამ ვერსიის მიმდინარე ფაილი.
error-link-invalid = ბმული უნდა იყოს ვებმისამართი, რომელიც იწყება https://-ით ან http://-ით.
error-version-exists = რესურსს ამ ენაზე უკვე აქვს ვერსია.
error-not-a-form = ეს მოთხოვნა არ არის ფორმა, რომლის წაკითხვაც ბიბლიოთეკას შეუძლია.
error-back-to-form = ფორმაზე დაბრუნება

## კრებულები (ინსტრუმენტების ნაკრებები)

collections-title = ინსტრუმენტების ნაკრებები
collections-lead = ქსელების ფასილიტატორების მიერ რომელიმე თემისთვის ან ქსელისთვის შედგენილი რესურსების კრებულები; თითოეულ რესურსს ახლავს შენიშვნა, თუ რატომ არის ის აქ.
collections-none = ინსტრუმენტების ნაკრები ჯერ არ არის.
collection-count = { $count ->
    [one] { $count } რესურსი
   *[other] { $count } რესურსი
}
collection-new = ახალი ინსტრუმენტების ნაკრები
collection-new-lead = ინსტრუმენტების ნაკრები აერთიანებს ბიბლიოთეკის რესურსებს თქვენ მიერ არჩეული თანმიმდევრობით. რესურსები მას მათივე გვერდებიდან დაამატეთ.
collection-description = ნაკრების დანიშნულება
collection-create = ინსტრუმენტების ნაკრების შექმნა
collection-curator = შეადგინა
collection-empty = ამ ნაკრებში ჯერ არც ერთი რესურსი არ არის.
collection-unseen = { $count ->
    [one] ამ ნაკრების კიდევ { $count } რესურსი ხელმისაწვდომია მხოლოდ წევრებისთვის ან მხოლოდ ერთი ქსელისთვის.
   *[other] ამ ნაკრების კიდევ { $count } რესურსი ხელმისაწვდომია მხოლოდ წევრებისთვის ან მხოლოდ ერთი ქსელისთვის.
}
collection-add-hint = რესურსის დასამატებლად გახსენით ის ბიბლიოთეკაში და აირჩიეთ „ინსტრუმენტების ნაკრებში დამატება“.
collection-item-up = ზემოთ გადატანა
collection-item-down = ქვემოთ გადატანა
collection-item-remove = ნაკრებიდან ამოღება
collection-item-note = შენიშვნა
collection-item-note-save = შენიშვნის შენახვა
collection-note = რატომ არის ის ნაკრებში (არასავალდებულო)
collection-add-to = ინსტრუმენტების ნაკრებში დამატება
collection-which = ინსტრუმენტების ნაკრები
collection-add-send = ნაკრებში დამატება
collection-created = ინსტრუმენტების ნაკრები შეიქმნა. რესურსები მას მათი გვერდებიდან დაამატეთ.
collection-saved = ინსტრუმენტების ნაკრები შენახულია.
collection-item-added = რესურსი ნაკრებს დაემატა.

## სად გამოიყენება რესურსი და მისი მიმაგრება

used-in-title = სად გამოიყენება
used-in-collection = ინსტრუმენტების ნაკრები
used-in-thread = კოლეგური კონსულტირება
used-in-activity = სამოქმედო გეგმა
attached-title = რესურსები ბიბლიოთეკიდან
attached-add = რესურსის მიმაგრება
attached-resource = რესურსი
attached-resource-hint = მისი გვერდის მისამართი ბიბლიოთეკაში ან მისი ნომერი.
attached-add-send = მიმაგრება
attached-remove = მოხსნა
resource-attached = რესურსი მიმაგრებულია.
resource-detached = რესურსი მოხსნილია.
activity-resources = რესურსები
activity-resources-none = ამ აქტივობას ბიბლიოთეკის არც ერთი რესურსი არ აქვს მიმაგრებული.
error-resource-unknown = ამ მისამართით ან ნომრით ბიბლიოთეკაში ვერ მოიძებნა რესურსი, რომლის წაკითხვის უფლებაც გაქვთ.
error-already-listed = ეს რესურსი აქ უკვე არის.

## რედაქტირება, საჩივრები და განხილვა

resource-edit = რედაქტირება
resource-edit-lead = შეცვალეთ რესურსის აღწერა, ასევე მისი ერთ-ერთი ენობრივი ვერსიის სათაური, რეზიუმე და ბმული. ფაილები რესურსის გვერდზე ემატება; ადრინდელი ფაილები ინახება.
resource-edit-version = { $language } ვერსია
resource-edit-other-versions = სხვა ენობრივი ვერსიის რედაქტირება
resource-edit-save = ცვლილებების შენახვა
resource-saved = ცვლილებები შენახულია.
resource-flag = გასაჩივრება
resource-flagged = გმადლობთ: ბიბლიოთეკის რეცენზენტები ამ რესურსს გადახედავენ.
resource-moderation-hide = რესურსის დამალვა
resource-moderation-restore = რესურსის ხელახლა ჩვენება
resource-moderation-dismiss = რესურსის უცვლელად დატოვება
library-review-title = ბიბლიოთეკის განხილვა
library-review-waiting = ელოდება გადაწყვეტილებას
library-review-none = არც ერთი რესურსი არ ელოდება განხილვას და არც ერთი არ არის გასაჩივრებული.
library-review-resource = რესურსი
