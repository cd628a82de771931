## ყველა გვერდის ჩარჩო

site-name = EuroVET Commons
skip-to-content = შინაარსზე გადასვლა
nav-label = მთავარი მენიუ
nav-directory = კატალოგი
nav-counselling = კოლეგური კონსულტირება
nav-plans = სტრატეგია და გეგმები
footer-tagline = ევროპის პროფესიული განათლებისა და მომზადების მიმწოდებელთა ქსელების საერთო სახლი.
search-button = ძიება
error-load = შინაარსის ჩატვირთვა ვერ მოხერხდა. გთხოვთ, ცოტა ხანში სცადოთ ხელახლა.

not-found-title = გვერდი ვერ მოიძებნა
not-found-body = ამ მისამართზე არაფერია. შესაძლოა, გვერდი გადატანილია ან ბმული არასწორად არის აკრეფილი.
not-found-home = მთავარ გვერდზე გადასვლა

## ქვეყანა და ენა

language-link = ქვეყანა და ენა
language-title = აირჩიეთ თქვენი ქვეყანა და ენა
language-lead = აირჩიეთ თქვენი ქვეყანა, შემდეგ კი მისი ერთ-ერთი ენა. ყველა გვერდი თქვენს არჩევანს მიჰყვება და ეს მოწყობილობა მას დაიმახსოვრებს.
language-current = პლატფორმას კითხულობთ ენაზე: { $language }.
language-countries = წევრი ქვეყნები და მათი ენები

## მთავარი გვერდი

home-title = ევროპის პროფესიული განათლების მიმწოდებლები ერთ ქსელში
home-lead = იპოვეთ პარტნიორები წევრ ქსელებში, სთხოვეთ რჩევა კოლეგებს და ერთად შექმენით ქსელის სტრატეგია.
home-figures = ქსელი ციფრებში
home-parts = რისი გაკეთება შეგიძლიათ აქ
home-directory = ქსელები, ორგანიზაციები და წევრები ყველა წევრ ქვეყანაში და პარტნიორები თქვენი შემდეგი პროექტისთვის.
home-counselling = ჰკითხეთ კოლეგებს, რომლებსაც ეს პრობლემა უკვე გადაუჭრიათ, და უპასუხეთ საკუთარ ენაზე.
home-plans = თითოეული ქსელის ხედვა, მისწრაფებები და აქტივობები, რომლებსაც ქსელის ფასილიტატორები ერთად ადევნებენ თვალს.
figure-networks = { $count ->
    [one] ქსელი
   *[other] ქსელი
}
figure-organisations = { $count ->
    [one] ორგანიზაცია
   *[other] ორგანიზაცია
}
figure-members = { $count ->
    [one] წევრი
   *[other] წევრი
}
figure-countries = { $count ->
    [one] ქვეყანა
   *[other] ქვეყანა
}

## კატალოგი

directory-title = წევრთა კატალოგი
directory-lead = პლატფორმის ქსელები: საერთაშორისო ქსელიდან მასში შემავალ ეროვნულ, რეგიონულ და თემატურ ქსელებამდე.
directory-search-label = ქსელების ძიება სახელით ან ქალაქით
directory-tree-label = ქსელები და მათი წევრი ქსელები
directory-no-match = მოთხოვნას „{ $query }“ არც ერთი ქსელი არ შეესაბამება.
organisation-count = { $count ->
    [0] წევრი ორგანიზაცია არ არის
    [one] { $count } წევრი ორგანიზაცია
   *[other] { $count } წევრი ორგანიზაცია
}
directory-organisations-link = ყველა ორგანიზაციის ნახვა
map-link = წევრი ქვეყნების რუკა

organisations-title = ორგანიზაციები
organisations-lead = პლატფორმის ყველა წევრი ორგანიზაცია. მოძებნეთ სახელით, ქალაქით ან აღწერით და დააზუსტეთ სია ფილტრებით.
organisations-search-label = სახელი, ქალაქი ან აღწერა
organisations-found = { $count ->
    [0] ორგანიზაცია ვერ მოიძებნა
    [one] მოიძებნა { $count } ორგანიზაცია
   *[other] მოიძებნა { $count } ორგანიზაცია
}
organisations-none = ამ ფილტრებს არც ერთი ორგანიზაცია არ შეესაბამება. მოხსენით ერთი ფილტრი ან მოძებნეთ ნაკლები სიტყვებით.
filter-any = ყველა
filter-country = ქვეყანა
filter-type = ორგანიზაციის ტიპი
filter-sector = სექტორი
filter-topic = ექსპერტიზის სფერო
filter-language = სამუშაო ენა
sort-label = დალაგება
sort-relevance = ყველაზე შესაბამისი
sort-name = სახელი
sort-newest = ჯერ უახლესი
sort-country = ქვეყანა
page-navigation = გვერდები
page-previous = წინა გვერდი
page-next = შემდეგი გვერდი
page-position = გვერდი { $page } / { $pages }

organisation-back = ორგანიზაციებზე დაბრუნება
organisation-description = ორგანიზაციის შესახებ
organisation-languages = სამუშაო ენები
organisation-website = ვებგვერდი
organisation-networks = ქსელები
organisation-members = წევრები
organisation-contact-private = საკონტაქტო მონაცემები მხოლოდ სისტემაში შესულ წევრებს ეჩვენებათ.

network-back = წევრთა კატალოგზე დაბრუნება
network-parent = არის ქსელის წევრი:
network-figures = ქსელი ციფრებში
network-description = ქსელის შესახებ
network-member-networks = წევრი ქსელები
network-organisations = წევრი ორგანიზაციები
network-all-organisations = { $count ->
    [one] { $count } წევრი ორგანიზაციის ჩვენება ორგანიზაციების სიაში
   *[other] ყველა ({ $count }) წევრი ორგანიზაციის ჩვენება ორგანიზაციების სიაში
}

map-title = წევრი ქვეყნები რუკაზე
map-lead = თითოეული წევრი ქვეყანა შეფერილია მისი წევრი ორგანიზაციების რაოდენობის მიხედვით. აირჩიეთ ქვეყანა მისი ორგანიზაციების სანახავად.
map-table = წევრი ორგანიზაციები ქვეყნების მიხედვით

## კოლეგური კონსულტირება

counselling-title = კოლეგური კონსულტირება
counselling-lead = ჰკითხეთ წევრებს, რომლებიც იმავე საკითხის წინაშე იდგნენ, და გაუზიარეთ, რა გამოგივიდათ.

## სტრატეგია და გეგმები

plans-title = სტრატეგია და სამოქმედო გეგმები
plans-lead = თითოეული ქსელის ხუთწლიანი სტრატეგია, მისი მისწრაფებები და სამოქმედო გეგმის აქტივობები.
