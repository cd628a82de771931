//! Why the store refuses a request: one value per message a person may see.

/// Why the store refused a request made in good faith: each is shown to the
/// person as a translated message. Nothing was changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    EmailInvalid,
    NameMissing,
    PasswordTooShort,
    PasswordTooLong,
    PasswordCommon,
    /// The link is unknown, used or expired (which one is not said).
    TicketInvalid,
    /// The e-mail address or password is wrong (which one is not said).
    WrongCredentials,
    CurrentPasswordWrong,
    AlreadyDecided,
    OrganisationNotInNetwork,
    LocaleUnsupported,
    TextTooLong,
    /// A required text (city, description) is empty.
    TextMissing,
    /// A value that must come from a closed list does not.
    ChoiceUnknown,
    WebsiteInvalid,
    /// A partnership needs at least one topic.
    TopicMissing,
    /// The organisation already belongs to the network.
    AlreadyMember,
    /// An organisation of this name already exists in this city.
    OrganisationExists,
    /// The CSV file cannot be read as a table with the expected columns.
    ImportUnreadable,
    /// The CSV file holds no organisations.
    ImportEmpty,
    /// Some rows of the import have errors; nothing was imported.
    ImportHasErrors,
    /// This import was applied already.
    ImportApplied,
    /// There are as many entries as allowed; one must go first.
    LimitReached,
    /// The member has flagged this post already; a moderator will look at it.
    AlreadyFlagged,
    /// Only a visible reply can be the accepted answer (not the question itself).
    NotAnAnswer,
    /// The actor may not do this.
    Forbidden,
    /// A date is not a calendar date (YYYY-MM-DD).
    DateInvalid,
    /// The end comes before the start.
    DatesReversed,
    /// A number is not a whole number in the allowed range.
    NumberInvalid,
    /// An activity serves at least one aspiration of its strategy.
    AspirationMissing,
    /// The strategy is not at the stage this needs (a round open, a draft).
    WrongStage,
    /// The file is larger than the limit for its kind of resource.
    FileTooLarge,
    /// Neither a file nor a link was given (or the file is empty).
    FileMissing,
    /// The upload broke off before the whole file arrived.
    UploadIncomplete,
    /// The library does not take files of this type (executables, archives, unknown data).
    FileTypeRefused,
    /// The file's content is of another type than its name says.
    FileTypeMismatch,
    /// The file's name holds path separators or control characters, or is too long.
    FileNameInvalid,
    /// The file cannot be read as what it claims to be (a damaged or oversized container).
    FileUnreadable,
    /// This very file is the version's current file already.
    FileDuplicate,
    /// A link is not an http(s) address.
    LinkInvalid,
    /// The resource has a version in this language already.
    VersionExists,
    /// No resource the member may read has this address or number.
    ResourceUnknown,
    /// The resource is there already (in the collection, on the post or activity).
    AlreadyListed,
    /// Not an IANA time zone the platform knows.
    TimeZoneUnknown,
    /// The zone's clocks skip this wall time that day (the change to summer time).
    WallTimeSkipped,
    /// The zone's clocks show this wall time twice that day (the change back).
    WallTimeRepeated,
    /// A number of places that is not a whole number of 1 or more.
    CapacityInvalid,
    /// The member holds a place (or a place on the waiting list) already.
    AlreadyRegistered,
    /// The event has begun or is over.
    EventPast,
    /// The event is cancelled.
    EventCancelled,
    /// Only the organisers (or a group's leaders) let members in, by invitation.
    InvitationOnly,
    /// The working group's mandate has ended: it is archived, read-only.
    GroupArchived,
    /// A working group keeps at least one leader.
    LastLeader,
    /// An event needs a meeting link, a venue, or both.
    PlaceMissing,
    /// A series repeats too often before its last day.
    SeriesTooLong,
    /// No event the member may see has this number.
    EventUnknown,
    /// No working group the member may see has this address.
    GroupUnknown,
    /// This calendar address was revoked (a new one replaces it).
    CalendarAddressRevoked,
    /// The member holds no place and asked for none.
    NotRegistered,
    /// No member has this e-mail address.
    MemberUnknown,
}
