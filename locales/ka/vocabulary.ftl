## პროდუქტის დახურული სიები (store/src/vocabulary.rs)

network-kind-international = საერთაშორისო ქსელი
network-kind-national = ეროვნული ქსელი
network-kind-regional = რეგიონული ქსელი
network-kind-thematic = თემატური ქსელი

membership-level-core = ძირითადი წევრი
membership-level-member = წევრი
membership-level-associate = ასოცირებული წევრი

organisation-type-vet-school = პროფესიული საგანმანათლებლო დაწესებულება
organisation-type-training-centre = სასწავლო ცენტრი
organisation-type-company = კომპანია
organisation-type-chamber = პალატა
organisation-type-association = ასოციაცია
organisation-type-public-authority = საჯარო დაწესებულება
organisation-type-research-body = კვლევითი დაწესებულება

sector-agriculture = სოფლის მეურნეობა და სატყეო საქმე
sector-construction = მშენებლობა
sector-crafts = ხელოსნობა
sector-commerce = ვაჭრობა
sector-energy = ენერგეტიკა
sector-health-care = ჯანდაცვა და სოციალური მომსახურება
sector-hospitality-tourism = სასტუმრო საქმე და ტურიზმი
sector-ict = საინფორმაციო და საკომუნიკაციო ტექნოლოგიები
sector-logistics = ტრანსპორტი და ლოგისტიკა
sector-manufacturing = წარმოება და ინჟინერია
sector-automotive = საავტომობილო დარგი
sector-creative-industries = შემოქმედებითი ინდუსტრიები

topic-eu-funding = ევროკავშირის დაფინანსება და Erasmus+
topic-digitalisation = ციფრული ტრანსფორმაცია
topic-trainers-competences = მასწავლებლებისა და ტრენერების კომპეტენციები
topic-innovative-didactics = ინოვაციური სწავლება და სწავლა
topic-labour-market = შრომის ბაზრის საჭიროებები
topic-advocacy = ადვოკატირება და პროფესიული განათლების პოლიტიკა
topic-green-skills = მწვანე უნარები და მდგრადობა
topic-inclusion = ინკლუზია და ნაკლები შესაძლებლობების მქონე პროფესიული სტუდენტები
topic-work-based-learning = სამუშაო ადგილზე სწავლება და დუალური განათლება
topic-quality-assurance = ხარისხის უზრუნველყოფა

partnership-offer = სთავაზობს
partnership-seek = ეძებს
partnership-kind-cooperation-partnership = Erasmus+ თანამშრომლობითი პარტნიორობა
partnership-kind-mobility-hosting = მობილობის მონაწილე პროფესიული სტუდენტების მიღება
partnership-kind-study-visit = სასწავლო ვიზიტი
partnership-kind-mentoring = მენტორობა
partnership-kind-job-shadowing = სამუშაო პროცესზე დაკვირვება
partnership-kind-joint-training = ერთობლივი სწავლება
partnership-kind-staff-exchange = პერსონალის გაცვლა
partnership-kind-curriculum-development = სასწავლო პროგრამების ერთობლივი შემუშავება
