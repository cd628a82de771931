//! The closed lists of the product's vocabulary, stored as text keys.
//! The interface translates each key through a Fluent message of the same name.

pub const NETWORK_KINDS: [&str; 4] = ["international", "national", "regional", "thematic"];

pub const MEMBERSHIP_LEVELS: [&str; 3] = ["core", "member", "associate"];

pub const ORGANISATION_TYPES: [&str; 7] = [
    "vet-school",
    "training-centre",
    "company",
    "chamber",
    "association",
    "public-authority",
    "research-body",
];

pub const SECTORS: [&str; 12] = [
    "agriculture",
    "construction",
    "crafts",
    "commerce",
    "energy",
    "health-care",
    "hospitality-tourism",
    "ict",
    "logistics",
    "manufacturing",
    "automotive",
    "creative-industries",
];

pub const TOPICS: [&str; 10] = [
    "eu-funding",
    "digitalisation",
    "trainers-competences",
    "innovative-didactics",
    "labour-market",
    "advocacy",
    "green-skills",
    "inclusion",
    "work-based-learning",
    "quality-assurance",
];

/// What a member may do beyond reading: `member` < `facilitator` (of one network) < `coordinator`.
pub const ROLES: [&str; 3] = ["member", "facilitator", "coordinator"];

/// What a single-use ticket sent by e-mail is for.
pub const TICKET_PURPOSES: [&str; 3] = ["invitation", "reset", "email"];

pub const JOIN_REQUEST_STATUSES: [&str; 3] = ["pending", "approved", "declined"];

/// Whether an organisation offers a kind of partnership or seeks one.
pub const PARTNERSHIP_DIRECTIONS: [&str; 2] = ["offer", "seek"];

/// The kinds of partnership organisations offer and seek.
pub const PARTNERSHIP_KINDS: [&str; 8] = [
    "cooperation-partnership",
    "mobility-hosting",
    "study-visit",
    "mentoring",
    "job-shadowing",
    "joint-training",
    "staff-exchange",
    "curriculum-development",
];

/// How often a member's counselling notifications are mailed; `never` keeps them in the app.
pub const DIGEST_FREQUENCIES: [&str; 4] = ["immediate", "daily", "weekly", "never"];

/// Why a member is notified: a reply in a followed thread, a new thread in a
/// followed topic, their reply accepted as the answer.
pub const NOTIFICATION_REASONS: [&str; 3] = ["reply", "topic", "accepted"];

/// What a moderator decides about a flagged post.
pub const MODERATION_ACTIONS: [&str; 3] = ["hide", "restore", "dismiss"];

/// Where a strategy stands: written, open for members' comments, agreed.
pub const STRATEGY_STATUSES: [&str; 3] = ["draft", "feedback", "adopted"];

/// Where an activity of an action plan stands.
pub const ACTIVITY_STATUSES: [&str; 5] = ["planned", "in-progress", "done", "blocked", "cancelled"];

/// What a facilitator decided about a member's comment in a feedback round.
pub const COMMENT_RESOLUTIONS: [&str; 2] = ["taken-up", "declined"];

/// What of a plan one comments on or follows.
pub const PLAN_TARGETS: [&str; 3] = ["strategy", "aspiration", "activity"];
