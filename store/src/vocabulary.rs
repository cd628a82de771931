//! The closed lists of the product's vocabulary. Each is a Rust enum stored
//! as its text key (a `CHECK` constraint holds the same keys); those a page
//! names are shown through a Fluent message whose id is the key after the
//! list's prefix (`activity-status-` + `in-progress`). The `*_KEYS`-style constants
//! (`ACTIVITY_STATUSES`) are the same keys in the same order, for the
//! migrations' `CHECK`s and for forms that list every choice.

use sea_orm::entity::prelude::*;
use serde::{Deserialize, Serialize};

/// The values of keys that were checked against their list (a form's, a
/// file's): any that is not one is `ChoiceUnknown`.
pub fn parsed<T: std::str::FromStr<Err = crate::refusal::Refusal>>(
    keys: &[String],
) -> Result<Vec<T>, crate::refusal::Refusal> {
    keys.iter().map(|k| k.parse()).collect()
}

/// A value of a closed list that pages name: forms offer every value of the
/// list by its message and send its key.
pub trait Named: Copy + 'static {
    fn key(self) -> &'static str;
    fn message_id(self) -> &'static str;
}

/// Declares one closed list: the enum (a database column type, serialised as
/// its key), its keys in order as a constant, and the message of each value.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, $keys:ident, messages $prefix:literal {
            $($variant:ident = $key:literal,)+
        }
    ) => {
        vocabulary! { $(#[$meta])* $name, $keys { $($variant = $key,)+ } }

        impl $name {
            /// The Fluent message that names this value.
            pub const fn message_id(self) -> &'static str {
                match self {
                    $($name::$variant => concat!($prefix, $key),)+
                }
            }
        }

        impl Named for $name {
            fn key(self) -> &'static str {
                $name::key(self)
            }

            fn message_id(self) -> &'static str {
                $name::message_id(self)
            }
        }
    };
    (
        $(#[$meta:meta])*
        $name:ident, $keys:ident {
            $($variant:ident = $key:literal,)+
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            EnumIter, DeriveActiveEnum, Serialize, Deserialize,
        )]
        #[sea_orm(rs_type = "String", db_type = "Text")]
        pub enum $name {
            $(
                #[sea_orm(string_value = $key)]
                #[serde(rename = $key)]
                $variant,
            )+
        }

        /// The keys of every value, in the list's order.
        pub const $keys: [&str; [$($key),+].len()] = [$($key),+];

        impl $name {
            /// Every value, in the list's order.
            pub const ALL: [$name; [$($key),+].len()] = [$($name::$variant),+];

            /// The text stored in the database and sent in forms and addresses.
            pub const fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)+
                }
            }

            /// The value of a key, if it is one of the list.
            pub fn parse(key: &str) -> Option<Self> {
                match key {
                    $($key => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.key()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.key())
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::refusal::Refusal;

            /// A key from a form or a file: anything else is `ChoiceUnknown`.
            fn from_str(key: &str) -> Result<Self, Self::Err> {
                Self::parse(key).ok_or($crate::refusal::Refusal::ChoiceUnknown)
            }
        }
    };
}

vocabulary! {
    NetworkKind, NETWORK_KINDS, messages "network-kind-" {
        International = "international",
        National = "national",
        Regional = "regional",
        Thematic = "thematic",
    }
}

vocabulary! {
    MembershipLevel, MEMBERSHIP_LEVELS, messages "membership-level-" {
        Core = "core",
        Member = "member",
        Associate = "associate",
    }
}

vocabulary! {
    OrganisationType, ORGANISATION_TYPES, messages "organisation-type-" {
        VetSchool = "vet-school",
        TrainingCentre = "training-centre",
        Company = "company",
        Chamber = "chamber",
        Association = "association",
        PublicAuthority = "public-authority",
        ResearchBody = "research-body",
    }
}

vocabulary! {
    Sector, SECTORS, messages "sector-" {
        Agriculture = "agriculture",
        Construction = "construction",
        Crafts = "crafts",
        Commerce = "commerce",
        Energy = "energy",
        HealthCare = "health-care",
        HospitalityTourism = "hospitality-tourism",
        Ict = "ict",
        Logistics = "logistics",
        Manufacturing = "manufacturing",
        Automotive = "automotive",
        CreativeIndustries = "creative-industries",
    }
}

vocabulary! {
    Topic, TOPICS, messages "topic-" {
        EuFunding = "eu-funding",
        Digitalisation = "digitalisation",
        TrainersCompetences = "trainers-competences",
        InnovativeDidactics = "innovative-didactics",
        LabourMarket = "labour-market",
        Advocacy = "advocacy",
        GreenSkills = "green-skills",
        Inclusion = "inclusion",
        WorkBasedLearning = "work-based-learning",
        QualityAssurance = "quality-assurance",
    }
}

vocabulary! {
    /// What a member may do beyond reading: `member` < `facilitator` (of one network) < `coordinator`.
    Role, ROLES, messages "role-" {
        Member = "member",
        Facilitator = "facilitator",
        Coordinator = "coordinator",
    }
}

vocabulary! {
    /// What a single-use ticket sent by e-mail is for.
    TicketPurpose, TICKET_PURPOSES {
        Invitation = "invitation",
        Reset = "reset",
        Email = "email",
    }
}

vocabulary! {
    JoinRequestStatus, JOIN_REQUEST_STATUSES {
        Pending = "pending",
        Approved = "approved",
        Declined = "declined",
    }
}

vocabulary! {
    /// Whether an organisation offers a kind of partnership or seeks one.
    PartnershipDirection, PARTNERSHIP_DIRECTIONS, messages "partnership-" {
        Offer = "offer",
        Seek = "seek",
    }
}

vocabulary! {
    /// The kinds of partnership organisations offer and seek.
    PartnershipKind, PARTNERSHIP_KINDS, messages "partnership-kind-" {
        CooperationPartnership = "cooperation-partnership",
        MobilityHosting = "mobility-hosting",
        StudyVisit = "study-visit",
        Mentoring = "mentoring",
        JobShadowing = "job-shadowing",
        JointTraining = "joint-training",
        StaffExchange = "staff-exchange",
        CurriculumDevelopment = "curriculum-development",
    }
}

vocabulary! {
    /// How often a member's counselling notifications are mailed; `never` keeps them in the app.
    DigestFrequency, DIGEST_FREQUENCIES, messages "digest-" {
        Immediate = "immediate",
        Daily = "daily",
        Weekly = "weekly",
        Never = "never",
    }
}

vocabulary! {
    /// Why a member is notified: a reply in a followed thread, a new thread in a
    /// followed topic, their reply accepted as the answer.
    NotificationReason, NOTIFICATION_REASONS, messages "notification-" {
        Reply = "reply",
        Topic = "topic",
        Accepted = "accepted",
    }
}

vocabulary! {
    /// What a moderator decides about a flagged post.
    ModerationAction, MODERATION_ACTIONS, messages "moderation-action-" {
        Hide = "hide",
        Restore = "restore",
        Dismiss = "dismiss",
    }
}

vocabulary! {
    /// Where a strategy stands: written, open for members' comments, agreed.
    StrategyStatus, STRATEGY_STATUSES, messages "strategy-status-" {
        Draft = "draft",
        Feedback = "feedback",
        Adopted = "adopted",
    }
}

vocabulary! {
    /// Where an activity of an action plan stands.
    ActivityStatus, ACTIVITY_STATUSES, messages "activity-status-" {
        Planned = "planned",
        InProgress = "in-progress",
        Done = "done",
        Blocked = "blocked",
        Cancelled = "cancelled",
    }
}

vocabulary! {
    /// What a facilitator decided about a member's comment in a feedback round.
    CommentResolution, COMMENT_RESOLUTIONS, messages "comment-" {
        TakenUp = "taken-up",
        Declined = "declined",
    }
}

vocabulary! {
    /// What of a plan one comments on or follows.
    PlanTarget, PLAN_TARGETS {
        Strategy = "strategy",
        Aspiration = "aspiration",
        Activity = "activity",
    }
}

vocabulary! {
    /// What of a plan a change is about (a revision records it): the
    /// targets of comments and follows, and an activity's indicators.
    PlanEntity, PLAN_ENTITIES {
        Strategy = "strategy",
        Aspiration = "aspiration",
        Activity = "activity",
        Indicator = "indicator",
    }
}

vocabulary! {
    /// Why a version of a strategy was kept: a feedback round closed, or it was adopted.
    VersionReason, VERSION_REASONS, messages "version-reason-" {
        Round = "round",
        Adopted = "adopted",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_messages_and_values_agree() {
        assert_eq!(
            ActivityStatus::ALL.map(ActivityStatus::key),
            ACTIVITY_STATUSES
        );
        assert_eq!(
            ActivityStatus::InProgress.message_id(),
            "activity-status-in-progress"
        );
        assert_eq!("taken-up".parse(), Ok(CommentResolution::TakenUp));
        assert_eq!(
            "in progress".parse::<ActivityStatus>(),
            Err(crate::refusal::Refusal::ChoiceUnknown)
        );
        assert_eq!(
            serde_json::to_string(&OrganisationType::VetSchool).unwrap(),
            "\"vet-school\""
        );
        assert_eq!(Topic::ALL.len(), TOPICS.len());
    }
}

vocabulary! {
    /// What a resource of the library is.
    ResourceKind, RESOURCE_KINDS, messages "resource-kind-" {
        Document = "document",
        Epub = "epub",
        Video = "video",
        Presentation = "presentation",
        Template = "template",
        Website = "website",
        Dataset = "dataset",
    }
}

vocabulary! {
    /// Whom a resource is written for.
    Audience, AUDIENCES, messages "audience-" {
        Trainers = "trainers",
        Learners = "learners",
        Managers = "managers",
        Companies = "companies",
        Guidance = "guidance",
        Policymakers = "policymakers",
    }
}

vocabulary! {
    /// The terms a resource is shared under: the Creative Commons licences
    /// (4.0), the public-domain dedication, or none ("all rights reserved").
    Licence, LICENCES, messages "licence-" {
        CcBy = "cc-by",
        CcBySa = "cc-by-sa",
        CcByNc = "cc-by-nc",
        CcByNcSa = "cc-by-nc-sa",
        CcByNd = "cc-by-nd",
        CcByNcNd = "cc-by-nc-nd",
        Cc0 = "cc0",
        AllRightsReserved = "all-rights-reserved",
    }
}

impl Licence {
    /// The licence's own short name, the same in every language.
    pub const fn short_name(self) -> &'static str {
        match self {
            Licence::CcBy => "CC BY 4.0",
            Licence::CcBySa => "CC BY-SA 4.0",
            Licence::CcByNc => "CC BY-NC 4.0",
            Licence::CcByNcSa => "CC BY-NC-SA 4.0",
            Licence::CcByNd => "CC BY-ND 4.0",
            Licence::CcByNcNd => "CC BY-NC-ND 4.0",
            Licence::Cc0 => "CC0 1.0",
            Licence::AllRightsReserved => "©",
        }
    }

    /// Where the licence's deed is read; none for "all rights reserved".
    pub const fn deed(self) -> Option<&'static str> {
        match self {
            Licence::CcBy => Some("https://creativecommons.org/licenses/by/4.0/"),
            Licence::CcBySa => Some("https://creativecommons.org/licenses/by-sa/4.0/"),
            Licence::CcByNc => Some("https://creativecommons.org/licenses/by-nc/4.0/"),
            Licence::CcByNcSa => Some("https://creativecommons.org/licenses/by-nc-sa/4.0/"),
            Licence::CcByNd => Some("https://creativecommons.org/licenses/by-nd/4.0/"),
            Licence::CcByNcNd => Some("https://creativecommons.org/licenses/by-nc-nd/4.0/"),
            Licence::Cc0 => Some("https://creativecommons.org/publicdomain/zero/1.0/"),
            Licence::AllRightsReserved => None,
        }
    }
}

vocabulary! {
    /// Who may see a resource: everyone, signed-in members, or the members of its network.
    Visibility, VISIBILITIES, messages "visibility-" {
        Everyone = "everyone",
        Members = "members",
        Network = "network",
    }
}

vocabulary! {
    /// Where a resource stands: being written, waiting for the network's
    /// review, or public to those who may see it.
    ResourceStatus, RESOURCE_STATUSES, messages "resource-status-" {
        Draft = "draft",
        Submitted = "submitted",
        Published = "published",
    }
}

vocabulary! {
    /// What kind of gathering an event is.
    EventKind, EVENT_KINDS, messages "event-kind-" {
        PeerLearning = "peer-learning",
        Webinar = "webinar",
        EConference = "e-conference",
        Workshop = "workshop",
        StudyVisit = "study-visit",
        AnnualMeeting = "annual-meeting",
    }
}

vocabulary! {
    /// How one gets in, to an event or a working group: by taking a place,
    /// by asking the organisers (or leaders), or only when invited.
    Admission, ADMISSIONS, messages "admission-" {
        Open = "open",
        Request = "request",
        Invitation = "invitation",
    }
}

vocabulary! {
    /// Whether an event takes place.
    EventStatus, EVENT_STATUSES {
        Scheduled = "scheduled",
        Cancelled = "cancelled",
    }
}

vocabulary! {
    /// Where a member stands with an event: holding a place, on the waiting
    /// list, asking for a place, invited, or out (cancelled or refused).
    Attendance, ATTENDANCES, messages "attendance-" {
        Registered = "registered",
        Waiting = "waiting",
        Requested = "requested",
        Invited = "invited",
        Cancelled = "cancelled",
        Declined = "declined",
    }
}

impl Attendance {
    /// Those who hold, await or are offered a place: the organisers' list and the member's calendar.
    pub const LISTED: [Attendance; 4] = [
        Attendance::Registered,
        Attendance::Waiting,
        Attendance::Requested,
        Attendance::Invited,
    ];

    /// Whether the member is expected (a place) or may yet be (waiting, asked, invited).
    pub const fn active(self) -> bool {
        !matches!(self, Attendance::Cancelled | Attendance::Declined)
    }
}

vocabulary! {
    /// How a series of events repeats: every week on the first one's weekday,
    /// or every month on the same weekday of the same week (the second Tuesday).
    Recurrence, RECURRENCES, messages "recurrence-" {
        Weekly = "weekly",
        Monthly = "monthly",
    }
}

vocabulary! {
    /// Who sees a working group: everyone, signed-in members, or its own members only.
    GroupVisibility, GROUP_VISIBILITIES, messages "group-visibility-" {
        Public = "public",
        Members = "members",
        Hidden = "hidden",
    }
}

vocabulary! {
    /// Where a member stands with a working group.
    GroupStanding, GROUP_STANDINGS {
        Member = "member",
        Requested = "requested",
        Invited = "invited",
    }
}
