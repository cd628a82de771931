## Закриті переліки продукту (store/src/vocabulary.rs)

network-kind-international = Міжнародна мережа
network-kind-national = Національна мережа
network-kind-regional = Регіональна мережа
network-kind-thematic = Тематична мережа

membership-level-core = Основний учасник
membership-level-member = Учасник
membership-level-associate = Асоційований учасник

organisation-type-vet-school = Заклад професійної (професійно-технічної) освіти
organisation-type-training-centre = Навчальний центр
organisation-type-company = Підприємство
organisation-type-chamber = Палата
organisation-type-association = Асоціація
organisation-type-public-authority = Орган публічної влади
organisation-type-research-body = Наукова установа

sector-agriculture = Сільське і лісове господарство
sector-construction = Будівництво
sector-crafts = Ремесла
sector-commerce = Торгівля
sector-energy = Енергетика
sector-health-care = Охорона здоров’я і соціальна допомога
sector-hospitality-tourism = Готельно-ресторанна справа і туризм
sector-ict = Інформаційно-комунікаційні технології
sector-logistics = Транспорт і логістика
sector-manufacturing = Виробництво і машинобудування
sector-automotive = Автомобільна галузь
sector-creative-industries = Креативні індустрії

topic-eu-funding = Фінансування ЄС і Erasmus+
topic-digitalisation = Цифрова трансформація
topic-trainers-competences = Компетентності викладачів і майстрів виробничого навчання
topic-innovative-didactics = Інноваційне викладання і навчання
topic-labour-market = Потреби ринку праці
topic-advocacy = Адвокація і політика у сфері професійної освіти
topic-green-skills = Зелені навички і сталий розвиток
topic-inclusion = Інклюзія та здобувачі освіти з меншими можливостями
topic-work-based-learning = Навчання на робочому місці і дуальна освіта
topic-quality-assurance = Забезпечення якості

partnership-offer = Пропонує
partnership-seek = Шукає
partnership-kind-cooperation-partnership = Партнерство для співпраці Erasmus+
partnership-kind-mobility-hosting = Прийом здобувачів освіти на мобільність
partnership-kind-study-visit = Навчальний візит
partnership-kind-mentoring = Менторство
partnership-kind-job-shadowing = Навчання через спостереження на робочому місці
partnership-kind-joint-training = Спільне навчання
partnership-kind-staff-exchange = Обмін персоналом
partnership-kind-curriculum-development = Спільна розробка освітніх програм
