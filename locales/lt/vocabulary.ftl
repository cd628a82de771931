## Fiksuoti produkto sąrašai (store/src/vocabulary.rs)

network-kind-international = Tarptautinis tinklas
network-kind-national = Nacionalinis tinklas
network-kind-regional = Regioninis tinklas
network-kind-thematic = Teminis tinklas

membership-level-core = Pagrindinis narys
membership-level-member = Narys
membership-level-associate = Asocijuotasis narys

organisation-type-vet-school = Profesinio mokymo įstaiga
organisation-type-training-centre = Mokymo centras
organisation-type-company = Įmonė
organisation-type-chamber = Rūmai
organisation-type-association = Asociacija
organisation-type-public-authority = Valdžios institucija
organisation-type-research-body = Mokslinių tyrimų įstaiga

sector-agriculture = Žemės ūkis ir miškininkystė
sector-construction = Statyba
sector-crafts = Amatai
sector-commerce = Prekyba ir mažmeninė prekyba
sector-energy = Energetika
sector-health-care = Sveikatos priežiūra ir socialinės paslaugos
sector-hospitality-tourism = Apgyvendinimo, maitinimo paslaugos ir turizmas
sector-ict = Informacinės ir ryšių technologijos
sector-logistics = Transportas ir logistika
sector-manufacturing = Gamyba ir inžinerija
sector-automotive = Automobilių pramonė
sector-creative-industries = Kūrybinės industrijos

topic-eu-funding = ES finansavimas ir Erasmus+
topic-digitalisation = Skaitmeninė transformacija
topic-trainers-competences = Mokytojų ir profesijos mokytojų kompetencijos
topic-innovative-didactics = Inovatyvus mokymas ir mokymasis
topic-labour-market = Darbo rinkos poreikiai
topic-advocacy = Interesų atstovavimas ir profesinio mokymo politika
topic-green-skills = Žalieji įgūdžiai ir tvarumas
topic-inclusion = Įtrauktis ir mažiau galimybių turintys besimokantieji
topic-work-based-learning = Mokymasis darbo vietoje ir pameistrystė
topic-quality-assurance = Kokybės užtikrinimas

partnership-offer = Siūlo
partnership-seek = Ieško
partnership-kind-cooperation-partnership = Erasmus+ bendradarbiavimo partnerystė
partnership-kind-mobility-hosting = Besimokančiųjų priėmimas mobilumo laikotarpiu
partnership-kind-study-visit = Studijų vizitas
partnership-kind-mentoring = Mentorystė
partnership-kind-job-shadowing = Darbo stebėjimas
partnership-kind-joint-training = Bendri mokymai
partnership-kind-staff-exchange = Darbuotojų mainai
partnership-kind-curriculum-development = Bendras mokymo programų rengimas
