# სტრატეგია და სამოქმედო გეგმები

plans-none = ჯერ არც ერთ ქსელს არ გამოუქვეყნებია სტრატეგია.
plans-back = ყველა სტრატეგია
plan-activity-count = { $count ->
    [one] { $count } აქტივობა
   *[other] { $count } აქტივობა
}
strategy-create-title = სტრატეგიის შემუშავების დაწყება
strategy-network = ქსელი
strategy-create = სტრატეგიის შემუშავების დაწყება

## სტრატეგიის ეტაპები
strategy-status-draft = პროექტი
strategy-status-feedback = განხილვაზე
strategy-status-adopted = დამტკიცებული
strategy-stage = ეტაპი
strategy-adopt = სტრატეგიის დამტკიცება
strategy-reopen = პროექტად დაბრუნება
round-open = განხილვის რაუნდის გახსნა
round-close = განხილვის რაუნდის დახურვა
round-opens = გახსნის თარიღი
round-closes = დახურვის თარიღი
round-open-notice = განხილვის რაუნდი ღიაა: { $from } – { $to }.
round-comment-link = პროექტის კომენტირება

## სტრატეგიის ველები
strategy-edit = სტრატეგიის რედაქტირება
strategy-fields = ხედვა და მისია
strategy-field-title = სათაური
strategy-field-period = პერიოდი (წლები)
strategy-field-vision = ხედვა
strategy-field-mission = მისიის განაცხადი
strategy-field-status = ეტაპი
strategy-aspirations = მისწრაფებები
strategy-save = სტრატეგიის შენახვა
aspiration-field-title = მისწრაფება
aspiration-field-description = აღწერა
aspiration-save = მისწრაფების შენახვა
aspiration-add-title = მისწრაფების დამატება
aspiration-add = მისწრაფების დამატება

## სამოქმედო გეგმა
plan-progress = პროგრესი:
plan-percent = { $value }%
plan-number = { $value }
plan-tools = სტრატეგიის ინსტრუმენტები
plan-print = ამოსაბეჭდი ვერსია
plan-export = სამოქმედო გეგმის ჩამოტვირთვა (CSV)
plan-present = ახლა გვერდზე არიან:
plan-timeline = სამოქმედო გეგმის ქრონოლოგია
plan-timeline-caption = თითოეული ზოლი აქტივობის დაწყებიდან მის ვადამდე გრძელდება და შევსებულია პროგრესის შესაბამისად; წითელი ხაზი დღევანდელ დღეს აღნიშნავს.
plan-today = დღეს
plan-dates = თარიღები
plan-activities = აქტივობები
plan-no-activities = ამ მისწრაფებას ჯერ არც ერთი აქტივობა არ ემსახურება.
plan-filter-aspiration = მისწრაფება
plan-filter-status = სტატუსი
plan-filter-all = ყველა
plan-filter-apply = ჩვენება

## აქტივობები
activity-status-planned = დაგეგმილი
activity-status-in-progress = მიმდინარე
activity-status-done = დასრულებული
activity-status-blocked = შეჩერებული
activity-status-cancelled = გაუქმებული
activity-field-title = აქტივობა
activity-field-description = აღწერა
activity-field-aspirations = მისწრაფებები, რომლებსაც ემსახურება
activity-field-owner = პასუხისმგებელი
activity-field-contributors = ჩართული ორგანიზაციები
activity-field-start_on = დაწყება
activity-field-due_on = ვადა
activity-field-status = სტატუსი
activity-field-progress = პროგრესი (%)
activity-owner-none = პასუხისმგებელი ჯერ არ არის
activity-owner-members = წევრები
activity-owner-organisations = ორგანიზაციები
activity-add-title = აქტივობის დამატება
activity-add = აქტივობის დამატება
activity-edit-title = აქტივობის რედაქტირება
activity-save = აქტივობის შენახვა
activity-follow = ამ აქტივობისთვის თვალის დევნება
activity-unfollow = ამ აქტივობისთვის თვალის დევნების შეწყვეტა
activity-being-edited = ახლა არედაქტირებენ: { $names }
field-changed-live = { $name }: ეს ველი ახლახან შეიცვალა. თქვენი მნიშვნელობა აქ რჩება; შენახვისას ორივე გამოჩნდება.
offline-kept = ინტერნეტკავშირი არ არის: თქვენი ცვლილებები ამ ბრაუზერში ინახება და გაიგზავნება, როცა კავშირი აღდგება.

## ინდიკატორები
indicators-title = ინდიკატორები
indicators-none = ინდიკატორი ჯერ არ არის.
indicator-field-name = ინდიკატორი
indicator-field-target = სამიზნე მაჩვენებელი
indicator-field-actual = მიღწეული მაჩვენებელი
indicator-reached = { $name }: { $actual } / { $target }
indicator-edit = ინდიკატორი: { $name }
indicator-save = შენახვა
indicator-add = ინდიკატორის დამატება

## ამასობაში შეტანილი ცვლილებები
conflict-title = ამასობაში ეს სხვამ შეცვალა
conflict-lead = თქვენი სხვა ცვლილებები შენახულია. ეს ველები სხვამ შეცვალა მას შემდეგ, რაც ფორმა გახსენით: არაფერი გადაწერილა. თითოეულისთვის აირჩიეთ, რა უნდა მოხდეს.
conflict-changed-by = შეცვალა: { $name }, { $at } (UTC).
conflict-theirs = მათი მნიშვნელობა (შენახული)
conflict-mine = თქვენი მნიშვნელობა (შეუნახავი)
conflict-keep = მათი მნიშვნელობის დატოვება
conflict-replace = ჩემი მნიშვნელობით ჩანაცვლება
conflict-merge-label = გაერთიანებული ტექსტი
conflict-merge = გაერთიანებული ტექსტის შენახვა
error-changed-meanwhile = ეს ველი შეიცვალა მას შემდეგ, რაც გვერდი გაიხსნა. ხელახლა ჩატვირთეთ გვერდი და სცადეთ თავიდან.

## ისტორია და ვერსიები
history-title = ცვლილებების ისტორია
revision-created = შეიქმნა
revision-restore = ამ მნიშვნელობის აღდგენა
revision-restores = (აღადგენს ცვლილებას № { $number })
strategy-versions = ვერსიები
versions-none = შენახული ვერსია ჯერ არ არის: ვერსია ინახება, როცა განხილვის რაუნდი იხურება და როცა სტრატეგია მტკიცდება.
version-now = მიმდინარე ვერსია
version-number = ვერსია { $number }
version-reason-round = განხილვის რაუნდის შემდეგ
version-reason-adopted = დამტკიცებული
diff-from = საწყისი ვერსია
diff-to = შესადარებელი ვერსია
diff-compare = შედარება
diff-title = ცვლილებები: { $from } → { $to }
diff-unchanged = (უცვლელი)

## განხილვის რაუნდები
comments-title = კომენტარები
comment-title = პროექტის კომენტირება
comment-about = რას ეხება
comment-on-strategy = სტრატეგია მთლიანად
comment-body = თქვენი კომენტარი
comment-send = კომენტარის გაგზავნა
comment-taken-up = გათვალისწინებული
comment-declined = გაუთვალისწინებელი
comment-resolution = გადაწყვეტილება
comment-reason = დასაბუთება
comment-resolve = გადაწყვეტილების მიღება

## შეტყობინებები
strategy-created = სტრატეგიის შემუშავება დაიწყო. ჩამოაყალიბეთ მისი ხედვა, მისია და მისწრაფებები.
strategy-saved = შენახულია.
aspiration-added = მისწრაფება დაემატა.
activity-added = აქტივობა დაემატა. განუსაზღვრეთ მას პასუხისმგებელი, თარიღები და ინდიკატორები.
activity-saved = აქტივობა შენახულია.
indicator-added = ინდიკატორი დაემატა.
value-restored = წინა მნიშვნელობა აღდგა, როგორც ახალი ცვლილება.
stage-open = განხილვის რაუნდი გაიხსნა: ქსელის წევრებს შეუძლიათ კომენტარების დატოვება.
stage-close = განხილვის რაუნდი დაიხურა და ეს ვერსია შენახულია.
stage-adopt = სტრატეგია დამტკიცდა და ეს ვერსია შენახულია.
stage-reopen = სტრატეგია კვლავ პროექტის ეტაპზეა.
comment-posted = თქვენი კომენტარი ფასილიტატორებს გაეგზავნა.
comment-resolved = კომენტარზე გადაწყვეტილება მიღებულია.
followed = ახლა ამას თვალს ადევნებთ: შეგატყობინებთ, როცა შეიცვლება რომელიმე სტატუსი, პასუხისმგებელი ან თარიღი.
unfollowed = ამას აღარ ადევნებთ თვალს.

## შეტყობინებები აქტივობებზე, რომლებსაც თვალს ადევნებთ
plan-notification-status = { $name }: შეიცვალა სტატუსი აქტივობაში
plan-notification-owner = { $name }: შეიცვალა პასუხისმგებელი აქტივობაში
plan-notification-start_on = { $name }: შეიცვალა დაწყების თარიღი აქტივობაში
plan-notification-due_on = { $name }: შეიცვალა ვადა აქტივობაში

## უარი
error-date-invalid = მიუთითეთ თარიღი კალენდარული თარიღის სახით (წელი, თვე, დღე).
error-dates-reversed = დასრულების თარიღი დაწყების თარიღზე ადრეა.
error-number-invalid = მიუთითეთ მთელი რიცხვი დასაშვებ დიაპაზონში.
error-aspiration-missing = აქტივობა მინიმუმ ერთ მისწრაფებას უნდა ემსახურებოდეს.
error-wrong-stage = სტრატეგია არ არის ამისთვის საჭირო ეტაპზე (მაგალითად, განხილვის რაუნდი არ არის გახსნილი).
plan-notifications-title = აქტივობები, რომლებსაც თვალს ადევნებთ
aspiration-follow = ამ მისწრაფებისთვის თვალის დევნება
aspiration-unfollow = ამ მისწრაფებისთვის თვალის დევნების შეწყვეტა
