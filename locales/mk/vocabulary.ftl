## Затворените списоци на производот (store/src/vocabulary.rs)

network-kind-international = Меѓународна мрежа
network-kind-national = Национална мрежа
network-kind-regional = Регионална мрежа
network-kind-thematic = Тематска мрежа

membership-level-core = Клучен член
membership-level-member = Член
membership-level-associate = Придружен член

organisation-type-vet-school = Стручно училиште
organisation-type-training-centre = Центар за обука
organisation-type-company = Компанија
organisation-type-chamber = Комора
organisation-type-association = Здружение
organisation-type-public-authority = Јавна институција
organisation-type-research-body = Истражувачка институција

sector-agriculture = Земјоделство и шумарство
sector-construction = Градежништво
sector-crafts = Занаетчиство
sector-commerce = Трговија
sector-energy = Енергетика
sector-health-care = Здравство и социјална заштита
sector-hospitality-tourism = Угостителство и туризам
sector-ict = Информациски и комуникациски технологии
sector-logistics = Сообраќај и логистика
sector-manufacturing = Производство и машинство
sector-automotive = Автомобилска индустрија
sector-creative-industries = Креативни индустрии

topic-eu-funding = Фондови на ЕУ и Erasmus+
topic-digitalisation = Дигитална трансформација
topic-trainers-competences = Компетенции на наставниците и обучувачите
topic-innovative-didactics = Иновативно поучување и учење
topic-labour-market = Потреби на пазарот на трудот
topic-advocacy = Застапување и политики за стручно образование
topic-green-skills = Зелени вештини и одржливост
topic-inclusion = Инклузија и учесници со помалку можности
topic-work-based-learning = Учење преку работа и чиракување
topic-quality-assurance = Обезбедување квалитет

partnership-offer = Нуди
partnership-seek = Бара
partnership-kind-cooperation-partnership = Erasmus+ партнерство за соработка
partnership-kind-mobility-hosting = Прием на учесници во мобилност
partnership-kind-study-visit = Студиска посета
partnership-kind-mentoring = Менторство
partnership-kind-job-shadowing = Следење на работата на работното место
partnership-kind-joint-training = Заедничка обука
partnership-kind-staff-exchange = Размена на кадар
partnership-kind-curriculum-development = Заеднички развој на наставни програми
