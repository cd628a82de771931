## Затворените списъци на продукта (store/src/vocabulary.rs)

network-kind-international = Международна мрежа
network-kind-national = Национална мрежа
network-kind-regional = Регионална мрежа
network-kind-thematic = Тематична мрежа

membership-level-core = Основен член
membership-level-member = Член
membership-level-associate = Асоцииран член

organisation-type-vet-school = Професионално училище
organisation-type-training-centre = Център за обучение
organisation-type-company = Предприятие
organisation-type-chamber = Камара
organisation-type-association = Сдружение
organisation-type-public-authority = Публичен орган
organisation-type-research-body = Научноизследователска организация

sector-agriculture = Селско и горско стопанство
sector-construction = Строителство
sector-crafts = Занаяти
sector-commerce = Търговия
sector-energy = Енергетика
sector-health-care = Здравеопазване и социални грижи
sector-hospitality-tourism = Хотелиерство, ресторантьорство и туризъм
sector-ict = Информационни и комуникационни технологии
sector-logistics = Транспорт и логистика
sector-manufacturing = Производство и инженерство
sector-automotive = Автомобилен сектор
sector-creative-industries = Творчески индустрии

topic-eu-funding = Финансиране от ЕС и Erasmus+
topic-digitalisation = Цифрова трансформация
topic-trainers-competences = Компетентности на учителите и обучителите
topic-innovative-didactics = Иновативно преподаване и учене
topic-labour-market = Потребности на пазара на труда
topic-advocacy = Застъпничество и политика в областта на ПОО
topic-green-skills = Зелени умения и устойчивост
topic-inclusion = Приобщаване и учащи с по-малко възможности
topic-work-based-learning = Учене в работна среда и чиракуване
topic-quality-assurance = Осигуряване на качеството

partnership-offer = Предлага
partnership-seek = Търси
partnership-kind-cooperation-partnership = Партньорство за сътрудничество по Erasmus+
partnership-kind-mobility-hosting = Приемане на учащи в мобилност
partnership-kind-study-visit = Учебно посещение
partnership-kind-mentoring = Наставничество
partnership-kind-job-shadowing = Обучение чрез наблюдение на работното място
partnership-kind-joint-training = Съвместно обучение
partnership-kind-staff-exchange = Обмен на персонал
partnership-kind-curriculum-development = Съвместно разработване на учебни програми
