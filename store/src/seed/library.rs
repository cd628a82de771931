//! The library's demo: resources of several kinds from members of several
//! countries, in more than one language, among them a PDF and an ePub that
//! the seed writes itself, stored and read through the same path as an
//! upload (so the pages show real metadata and the search finds their text).

use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};

use super::counselling::member_of;
use super::documents::{epub, pdf, Text};
use crate::account::Actor;
use crate::entity::{activity, country, network, post, resource, thread};
use crate::files::{extract, FileStore, FileType};
use crate::library::attach::{attach, Host};
use crate::library::collection::{self, NewCollection};
use crate::library::write::{add, add_version, NewResource, NewVersion, StoredUpload};
use crate::{Db, StoreError};

/// The languages the demo writes in.
const LANGUAGES: &[&str] = &["de", "en", "es", "fi", "fr", "it", "nl", "pl", "pt"];

const GUIDE_EN: &[&[&str]] = &[
    &[
        "Quality apprenticeships start with a clear agreement between the company, the apprentice and the VET provider.",
        "This guide collects the practices of twelve networks: how they recruit training companies, prepare in-company trainers and keep the learning plan shared between school and workplace.",
    ],
    &[
        "Checklist for a training company",
        "Name one in-company trainer for every apprentice and give them time for the role.",
        "Agree the learning outcomes of each rotation with the VET school before it starts.",
        "Review progress every term with the apprentice, the trainer and the teacher together.",
    ],
];

const GUIDE_DE: &[&[&str]] = &[
    &[
        "Eine gute Lehrlingsausbildung beginnt mit einer klaren Vereinbarung zwischen Betrieb, Auszubildenden und Berufsschule.",
        "Dieser Leitfaden sammelt die Praxis von zwölf Netzwerken: wie sie Ausbildungsbetriebe gewinnen, betriebliche Ausbilderinnen und Ausbilder vorbereiten und den Ausbildungsplan zwischen Schule und Betrieb abstimmen.",
    ],
    &[
        "Checkliste für den Ausbildungsbetrieb",
        "Benennen Sie für jede Auszubildende und jeden Auszubildenden eine Ausbilderin oder einen Ausbilder und planen Sie Zeit dafür ein.",
        "Stimmen Sie die Lernergebnisse jeder Station vorher mit der Berufsschule ab.",
        "Besprechen Sie den Fortschritt jedes Halbjahr gemeinsam mit Auszubildenden, Ausbildern und Lehrkräften.",
    ],
];

const HANDBOOK_DE: &[&[&str]] = &[
    &[
        "Digitale Kompetenzen für Ausbilderinnen und Ausbilder",
        "Das Handbuch folgt dem europäischen Rahmen DigCompEdu und übersetzt ihn in die Lernorte der beruflichen Bildung: Werkstatt, Labor, Betrieb.",
    ],
    &[
        "Lernen mit Simulationen",
        "Virtuelle Schweißtrainer und Simulatoren sparen Material und machen Fehler sichtbar, bevor sie teuer werden.",
        "Planen Sie nach jeder Übung eine kurze Reflexion mit den Lernenden ein.",
    ],
];

const HANDBOOK_EN: &[&[&str]] = &[
    &[
        "Digital competences for trainers",
        "The handbook follows the European DigCompEdu framework and applies it to the places where vocational learning happens: workshop, laboratory, company.",
    ],
    &[
        "Learning with simulations",
        "Virtual welding trainers and simulators save material and make mistakes visible before they become expensive.",
        "Plan a short reflection with the learners after every exercise.",
    ],
];

const DOCUMENT: &str = "document";
const EPUB: &str = "epub";

/// Seeds the library's demo unless it holds resources already; returns how many were added.
pub async fn seed_library(db: &Db, files: &FileStore) -> Result<u64, StoreError> {
    if resource::Entity::find().count(db).await? > 0 {
        return Ok(0);
    }
    let Some(german) = member_of(db, "DE").await? else {
        return Ok(0);
    };
    let Some(dutch) = member_of(db, "NL").await? else {
        return Ok(0);
    };
    let Some(finnish) = member_of(db, "FI").await?.or(member_of(db, "SE").await?) else {
        return Ok(0);
    };
    let countries: Vec<String> = country::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.code)
        .collect();
    let mut added = 0;

    let guide = Text {
        title: "Quality apprenticeships: a guide for training companies",
        author: "EuroVET working group on work-based learning",
        lang: "en",
        parts: GUIDE_EN,
    };
    let guide_de = Text {
        title: "Gute Lehrlingsausbildung: ein Leitfaden für Ausbildungsbetriebe",
        author: guide.author,
        lang: "de",
        parts: GUIDE_DE,
    };
    let first = add(
        db,
        &dutch,
        &resource(
            DOCUMENT,
            "companies",
            "cc-by",
            guide.author,
            &["work-based-learning", "quality-assurance"],
            &["NL", "DE"],
            NewVersion {
                lang: "en".into(),
                title: guide.title.into(),
                summary: "What the networks learnt about **apprenticeships in small companies**: recruiting training companies, preparing in-company trainers, sharing the learning plan.\n\n- a checklist for the training company\n- examples from twelve networks".into(),
                link: String::new(),
            },
        ),
        Some(&stored(files, "quality-apprenticeships.pdf", pdf(guide)).await?),
        LANGUAGES,
        &countries,
    )
    .await?;
    add_version(
        db,
        &dutch,
        first.resource_id,
        &NewVersion {
            lang: "de".into(),
            title: guide_de.title.into(),
            summary: "Was die Netzwerke über **Ausbildung in kleinen Betrieben** gelernt haben: Ausbildungsbetriebe gewinnen, betriebliches Ausbildungspersonal vorbereiten, den Ausbildungsplan abstimmen.".into(),
            link: String::new(),
        },
        Some(&stored(files, "gute-lehrlingsausbildung.pdf", pdf(guide_de)).await?),
        LANGUAGES,
    )
    .await?;
    added += 1;

    let handbook = Text {
        title: "Digitale Kompetenzen für Ausbilderinnen und Ausbilder",
        author: "Netzwerk Berufliche Bildung Deutschland",
        lang: "de",
        parts: HANDBOOK_DE,
    };
    let second = add(
        db,
        &german,
        &resource(
            EPUB,
            "trainers",
            "cc-by-sa",
            handbook.author,
            &["digitalisation", "trainers-competences"],
            &["DE", "AT"],
            NewVersion {
                lang: "de".into(),
                title: "Handbuch: Digitale Kompetenzen für Ausbilderinnen und Ausbilder".into(),
                summary: "Ein Handbuch nach dem Rahmen *DigCompEdu* für Werkstatt, Labor und Betrieb, mit Übungen zu Simulationen und Lernplattformen.".into(),
                link: String::new(),
            },
        ),
        Some(&stored(files, "digitale-kompetenzen.epub", epub(handbook)).await?),
        LANGUAGES,
        &countries,
    )
    .await?;
    add_version(
        db,
        &german,
        second.resource_id,
        &NewVersion {
            lang: "en".into(),
            title: "Handbook: digital competences for trainers".into(),
            summary: "A handbook on the *DigCompEdu* framework for workshop, laboratory and company, with exercises on simulations and learning platforms.".into(),
            link: String::new(),
        },
        Some(
            &stored(
                files,
                "digital-competences.epub",
                epub(Text {
                    title: "Digital competences for trainers",
                    author: "Netzwerk Berufliche Bildung Deutschland",
                    lang: "en",
                    parts: HANDBOOK_EN,
                }),
            )
            .await?,
        ),
        LANGUAGES,
    )
    .await?;
    added += 1;

    let europass = add(
        db,
        &finnish,
        &resource(
            "website",
            "guidance",
            "all-rights-reserved",
            "European Commission",
            &["labour-market"],
            &[],
            NewVersion {
                lang: "en".into(),
                title: "Europass: documents for learning and work in Europe".into(),
                summary: "The European Union's tools to describe skills and qualifications: the CV, the Certificate Supplement for VET qualifications and Europass Mobility.".into(),
                link: "https://europass.europa.eu/en".into(),
            },
        ),
        None,
        LANGUAGES,
        &countries,
    )
    .await?;
    added += 1;

    let template = add(
        db,
        &finnish,
        &resource(
            "template",
            "managers",
            "cc-by",
            "Suomen ammatillisen koulutuksen verkosto",
            &["eu-funding"],
            &["FI"],
            NewVersion {
                lang: "fi".into(),
                title: "Erasmus+ -liikkuvuuden oppimissopimuksen malli".into(),
                summary: "Valmis malli oppimissopimukseksi (Learning Agreement) ammatillisen koulutuksen opiskelijoiden ulkomaanjaksoille.".into(),
                link: String::new(),
            },
        ),
        Some(
            &stored(
                files,
                "oppimissopimus.txt",
                "Oppimissopimus – Erasmus+ ammatillinen koulutus\n\nOpiskelija, lähettävä oppilaitos ja vastaanottava organisaatio sopivat jakson oppimistuloksista, arvioinnista ja tunnustamisesta.\n".as_bytes().to_vec(),
            )
            .await?,
        ),
        LANGUAGES,
        &countries,
    )
    .await?;
    added += 1;

    toolbox(
        db,
        german,
        &[
            (first.resource_id, "Start here: the checklist on page 2 is what the training companies asked for most."),
            (second.resource_id, "For in-company trainers who will use simulators and learning platforms with apprentices."),
            (template.resource_id, "A Finnish model of the learning agreement, to adapt for your own mobility projects."),
            (europass.resource_id, "Where learners record what they learnt abroad."),
        ],
    )
    .await?;
    Ok(added)
}

/// The demo's toolbox for the international network, assembled by a German
/// member as its facilitator; its first resource is attached to the demo
/// plan's first activity and to the first reply of the first thread.
async fn toolbox(db: &Db, mut by: Actor, items: &[(i32, &str)]) -> Result<(), StoreError> {
    let Some(international) = network::Entity::find()
        .filter(network::Column::Slug.eq(super::INTERNATIONAL_SLUG))
        .one(db)
        .await?
    else {
        return Ok(());
    };
    by.facilitates.push(international.id);
    let toolbox = collection::create(
        db,
        &by,
        &NewCollection {
            title: "Toolbox: apprenticeships across borders".into(),
            description: "What a VET provider needs to **start or improve apprenticeships with mobility**: a quality guide, digital skills for trainers, a learning agreement and Europass.".into(),
            lang: "en".into(),
            network_id: Some(international.id),
            topic: "work-based-learning".into(),
        },
        LANGUAGES,
    )
    .await?;
    for (resource_id, note) in items {
        collection::add_item(db, &by, toolbox, *resource_id, note).await?;
    }
    let Some((first, _)) = items.first() else {
        return Ok(());
    };
    if let Some(activity) = activity::Entity::find()
        .order_by_asc(activity::Column::Id)
        .one(db)
        .await?
    {
        attach(db, &by, Host::Activity(activity.id), *first).await?;
    }
    // The first thread's first reply, attached by its author.
    if let Some(thread) = thread::Entity::find()
        .order_by_asc(thread::Column::Id)
        .one(db)
        .await?
    {
        let reply = post::Entity::find()
            .filter(post::Column::ThreadId.eq(thread.id))
            .order_by_asc(post::Column::Id)
            .offset(1)
            .one(db)
            .await?;
        if let Some(reply) = reply {
            if let Some(author) = Actor::load(db, reply.member_id).await? {
                attach(db, &author, Host::Post(reply.id), *first).await?;
            }
        }
    }
    Ok(())
}

fn resource(
    kind: &str,
    audience: &str,
    licence: &str,
    author: &str,
    topics: &[&str],
    countries: &[&str],
    version: NewVersion,
) -> NewResource {
    let owned = |keys: &[&str]| keys.iter().map(|k| (*k).to_owned()).collect();
    NewResource {
        kind: kind.into(),
        audience: audience.into(),
        licence: licence.into(),
        author: author.into(),
        visibility: "everyone".into(),
        network_id: None,
        topics: owned(topics),
        sectors: Vec::new(),
        countries: owned(countries),
        draft: false,
        version,
    }
}

/// Stores a generated document as an upload is stored: by hash, with what is read from it.
async fn stored(files: &FileStore, name: &str, bytes: Vec<u8>) -> Result<StoredUpload, StoreError> {
    let file_type = FileType::detect(&bytes[..bytes.len().min(crate::files::HEAD_BYTES)], name)?;
    let size = bytes.len() as u64;
    let path = std::env::temp_dir().join(format!("vetnet-seed-{:032x}", rand::random::<u128>()));
    std::fs::write(&path, &bytes)?;
    let extracted = extract(file_type, &path);
    let _ = std::fs::remove_file(&path);
    let extracted = extracted?;
    let hash = files.put_bytes(bytes).await?;
    Ok(StoredUpload {
        hash,
        size,
        file_type,
        file_name: name.to_owned(),
        extracted,
    })
}
