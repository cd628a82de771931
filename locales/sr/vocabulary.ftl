## Затворене листе производа (store/src/vocabulary.rs)

network-kind-international = Међународна мрежа
network-kind-national = Национална мрежа
network-kind-regional = Регионална мрежа
network-kind-thematic = Тематска мрежа

membership-level-core = Кључни члан
membership-level-member = Члан
membership-level-associate = Придружени члан

organisation-type-vet-school = Стручна школа
organisation-type-training-centre = Центар за обуку
organisation-type-company = Предузеће
organisation-type-chamber = Комора
organisation-type-association = Удружење
organisation-type-public-authority = Јавни орган
organisation-type-research-body = Истраживачка институција

sector-agriculture = Пољопривреда и шумарство
sector-construction = Грађевинарство
sector-crafts = Занатство
sector-commerce = Трговина
sector-energy = Енергетика
sector-health-care = Здравство и социјална заштита
sector-hospitality-tourism = Угоститељство и туризам
sector-ict = Информационе и комуникационе технологије
sector-logistics = Саобраћај и логистика
sector-manufacturing = Производња и машинство
sector-automotive = Аутомобилска индустрија
sector-creative-industries = Креативне индустрије

topic-eu-funding = Фондови ЕУ и Erasmus+
topic-digitalisation = Дигитална трансформација
topic-trainers-competences = Компетенције наставника и инструктора
topic-innovative-didactics = Иновативно подучавање и учење
topic-labour-market = Потребе тржишта рада
topic-advocacy = Заступање и политика стручног образовања
topic-green-skills = Зелене вештине и одрживост
topic-inclusion = Инклузија и ученици са мање могућности
topic-work-based-learning = Учење кроз рад и дуално образовање
topic-quality-assurance = Обезбеђивање квалитета

partnership-offer = Нуди
partnership-seek = Тражи
partnership-kind-cooperation-partnership = Erasmus+ партнерство за сарадњу
partnership-kind-mobility-hosting = Пријем ученика на мобилности
partnership-kind-study-visit = Студијска посета
partnership-kind-mentoring = Менторство
partnership-kind-job-shadowing = Праћење рада на радном месту
partnership-kind-joint-training = Заједничка обука
partnership-kind-staff-exchange = Размена особља
partnership-kind-curriculum-development = Заједнички развој наставних планова и програма
