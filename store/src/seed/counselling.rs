//! Demo threads of peer counselling: real questions of VET providers, asked
//! and answered in their own languages by seeded members of several
//! countries, written through the same rules as a member's post.

use sea_orm::sea_query::{Expr, Query};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::account::Actor;
use crate::counselling::write::{accept, ask, reply, Question};
use crate::entity::{member, notification, organisation};
use crate::vocabulary::Topic;
use crate::{Db, StoreError};

/// (country, language, topic, title, body, replies as (country, language, body), accepted reply's index)
type DemoThread = (
    &'static str,
    &'static str,
    Topic,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
    Option<usize>,
);

const THREADS: &[DemoThread] = &[
    (
        "DE", "de", Topic::WorkBasedLearning,
        "Wie gewinnen wir kleine Betriebe für die Verbundausbildung?",
        "Viele Handwerksbetriebe in unserer Region bilden nicht mehr aus, weil sie nicht alle Inhalte der Ausbildungsordnung abdecken können. Wir möchten einen **Ausbildungsverbund** aufbauen.\n\n- Wer hat damit Erfahrung?\n- Wie regelt ihr die Kosten zwischen den Betrieben?",
        &[
            ("AT", "de", "Wir arbeiten seit fünf Jahren mit einem Verbund aus zwölf Betrieben. Entscheidend war eine **Koordinationsstelle** an unserer Schule, die Rotationspläne erstellt und die Betriebe berät. Die Kosten teilen wir nach Ausbildungstagen."),
            ("NL", "en", "In the Netherlands we use *leerbedrijven* accredited by SBB. Small companies share one apprentice across two or three workplaces; the school keeps the learning plan. Happy to share our rotation template."),
        ],
        Some(0),
    ),
    (
        "FR", "fr", Topic::EuFunding,
        "Quels outils pour suivre les mobilités Erasmus+ de nos apprenants ?",
        "Nous envoyons chaque année une soixantaine d'apprentis en mobilité. Le suivi (conventions, Europass, évaluations) se fait encore sur des tableurs.\n\nQuels outils utilisez-vous ?",
        &[
            ("BE", "fr", "Nous utilisons le *Beneficiary Module* pour le rapport, et un simple formulaire partagé pour les conventions. L'essentiel est de désigner un référent mobilité par filière."),
            ("IT", "it", "Noi usiamo una piattaforma regionale per i tirocini all'estero; per l'Europass Mobilità lavoriamo direttamente sul portale europeo."),
        ],
        None,
    ),
    (
        "IT", "it", Topic::Digitalisation,
        "Come formare i formatori all'uso dell'intelligenza artificiale in aula?",
        "Molti dei nostri docenti tecnici chiedono indicazioni sull'uso degli strumenti di IA generativa nei laboratori. Avete un percorso di formazione o linee guida da condividere?",
        &[
            ("ES", "es", "Hemos preparado un curso de 20 horas con casos prácticos por familia profesional. Lo más útil fue acordar primero unas normas comunes de uso con el alumnado."),
        ],
        None,
    ),
    (
        "ES", "es", Topic::LabourMarket,
        "¿Cómo medimos la inserción laboral de nuestros titulados?",
        "Queremos saber qué hacen nuestros titulados seis y doce meses después de terminar. Las encuestas telefónicas tienen muy poca respuesta.\n\n¿Qué método os funciona?",
        &[
            ("PT", "pt", "Cruzamos os dados com a segurança social, com o consentimento dos diplomados, através do observatório regional. A taxa de cobertura passou de 30 % para mais de 80 %."),
            ("FI", "fi", "Suomessa käytämme valtakunnallista palautekyselyä (Arvo), joka lähetetään automaattisesti tutkinnon suorittamisen jälkeen."),
        ],
        Some(0),
    ),
    (
        "PL", "pl", Topic::EuFunding,
        "Jak przygotować wniosek o akredytację Erasmus+ w sektorze kształcenia zawodowego?",
        "Nasza szkoła planuje złożyć wniosek o akredytację. Najtrudniejsza jest dla nas część o **celach** i sposobie ich mierzenia. Czy ktoś mógłby podzielić się doświadczeniem?",
        &[
            ("CZ", "cs", "Doporučujeme stanovit tři až čtyři cíle navázané na strategii školy a ke každému jeden měřitelný ukazatel. Národní agentura ocenila, když jsme popsali i zapojení firem."),
        ],
        None,
    ),
    (
        "NL", "en", Topic::GreenSkills,
        "Green skills modules for automotive technicians: who has a curriculum to share?",
        "We are adding electric and hydrogen drivetrains to our automotive programme. Has anyone built modules on **battery safety** and **circular repair** that we could adapt?",
        &[
            ("DE", "de", "Wir haben ein Modul „Hochvolttechnik“ mit 80 Stunden Praxisanteil entwickelt, zusammen mit der Innung. Die Unterlagen können wir gern teilen."),
            ("SE", "sv", "Vi har en kurs i cirkulär reparation tillsammans med en lokal återvinningsfirma. Eleverna demonterar batteripaket under handledning."),
            ("IE", "en", "Our SOLAS-funded pilot combined battery safety with a short course on repair documentation. Learner feedback was very positive."),
        ],
        Some(0),
    ),
    (
        "IE", "en", Topic::Inclusion,
        "Supporting apprentices with dyslexia in written assessments",
        "Several of our apprentices struggle with written theory exams although they perform very well in practice. What adjustments have worked for you, and how did you agree them with the awarding body?",
        &[
            ("MT", "en", "We offer oral assessments and a reader for theory papers, agreed case by case with MCAST's inclusion unit. Planning it at enrolment avoids last-minute requests."),
        ],
        None,
    ),
];

/// A seeded member of the country (the first by id), as they would act.
pub(super) async fn member_of(db: &Db, country: &str) -> Result<Option<Actor>, StoreError> {
    let organisations = Query::select()
        .column(organisation::Column::Id)
        .from(organisation::Entity)
        .and_where(organisation::Column::CountryCode.eq(country))
        .to_owned();
    let first: Option<i32> = member::Entity::find()
        .select_only()
        .column(member::Column::Id)
        .filter(member::Column::OrganisationId.in_subquery(organisations))
        .order_by_asc(member::Column::Id)
        .into_tuple()
        .one(db)
        .await?;
    let Some(member_id) = first else {
        return Ok(None);
    };
    Actor::load(db, member_id).await
}

/// Adds the demo threads (members of the countries they name must exist).
pub async fn seed_threads(db: &Db) -> Result<u64, StoreError> {
    let languages: Vec<&str> = THREADS
        .iter()
        .flat_map(|t| std::iter::once(t.1).chain(t.5.iter().map(|r| r.1)))
        .collect();
    let mut count = 0;
    for (country, lang, topic, title, body, replies, accepted) in THREADS {
        let Some(asker) = member_of(db, country).await? else {
            continue;
        };
        let question = Question {
            title: (*title).into(),
            body: (*body).into(),
            topic: topic.key().into(),
            lang: (*lang).into(),
            network_id: None,
        };
        let thread = ask(db, &asker, &question, &languages).await?;
        let mut posted = Vec::new();
        for (country, lang, text) in *replies {
            if let Some(peer) = member_of(db, country).await? {
                posted.push(reply(db, &peer, thread.thread_id, text, lang, &languages).await?);
            }
        }
        if let Some(answer) = accepted.and_then(|i| posted.get(i)) {
            accept(db, &asker, thread.thread_id, Some(answer.post_id)).await?;
        }
        count += 1;
    }
    // The demo's members read nothing and are mailed nothing.
    let created_at = Expr::col(notification::Column::CreatedAt);
    notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, created_at.clone())
        .col_expr(notification::Column::MailedAt, created_at)
        .exec(db)
        .await?;
    Ok(count)
}

/// A platform thread with `replies` replies by seeded members in turn (for
/// benchmarks); returns its id.
pub async fn seed_long_thread(db: &Db, replies: u32) -> Result<i32, StoreError> {
    let ids: Vec<i32> = member::Entity::find()
        .select_only()
        .column(member::Column::Id)
        .order_by_asc(member::Column::Id)
        .limit(20)
        .into_tuple()
        .all(db)
        .await?;
    let mut members = Vec::new();
    for id in ids {
        if let Some(actor) = Actor::load(db, id).await? {
            members.push(actor);
        }
    }
    let Some(asker) = members.first() else {
        return Err(StoreError::SeedData("no member to ask".into()));
    };
    let question = Question {
        title: "How do you organise the final examination of apprentices together with companies?".into(),
        body: "We would like to hear how other providers share the **final examination** with the companies: who sits on the board, who writes the tasks, and how the marks are agreed.".into(),
        topic: Topic::WorkBasedLearning.key().into(),
        lang: "en".into(),
        network_id: None,
    };
    let thread = ask(db, asker, &question, &["en"]).await?;
    for i in 0..replies {
        let member = &members[(i as usize + 1) % members.len()];
        let text = format!(
            "Reply {n}: in our school the board has **three members** — a teacher, a trainer from the company and a member of the chamber.\n\n- tasks are written together\n- marks are agreed in one meeting\n\nSee also the [national guidelines](https://example.org/guidelines/{n}).",
            n = i + 1
        );
        reply(db, member, thread.thread_id, &text, "en", &["en"]).await?;
    }
    Ok(thread.thread_id)
}
