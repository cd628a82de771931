## Events: why a time, a number of places or a registration is refused.

error-time-zone-unknown = Choose a time zone from the list.
error-wall-time-skipped = This time does not exist in that time zone on that day: the clocks go forward an hour. Choose another time.
error-wall-time-repeated = This time occurs twice in that time zone on that day: the clocks go back an hour. Choose another time.
error-capacity-invalid = The number of places must be a whole number of 1 or more, or left empty for no limit.
error-already-registered = You are already registered for this event.
error-event-past = This event has already taken place.
error-event-cancelled = This event has been cancelled.
error-invitation-only = Places at this event are given by invitation only. Ask the organisers if you would like to take part.
error-group-archived = This working group's mandate has ended: it is archived and can no longer be changed.
error-last-leader = A working group needs at least one leader. Appoint another leader before stepping down.
error-place-missing = Give a meeting link, a venue, or both.
error-series-too-long = A series can have at most 150 occurrences. Choose an earlier last date.
error-event-unknown = There is no event at this address, or it is not open to you.
error-group-unknown = There is no working group at this address, or it is not open to you.
error-calendar-address-revoked = This calendar address has been revoked. Copy your new address from your calendar page.
error-not-registered = You are not registered for this event.

## The kinds of events.

event-kind-peer-learning = Peer-learning session
event-kind-webinar = Webinar
event-kind-e-conference = E-conference
event-kind-workshop = Workshop
event-kind-study-visit = Study visit
event-kind-annual-meeting = Annual meeting

## How one gets a place at an event, or into a working group.

admission-open = Open to all
admission-request = On request, approved by the organisers
admission-invitation = By invitation only

## Where a member stands with an event.

attendance-registered = Registered
attendance-waiting = On the waiting list
attendance-requested = Request sent
attendance-invited = Invited
attendance-cancelled = Registration cancelled
attendance-declined = Request declined

## How a series of events repeats.

recurrence-weekly = Every week
recurrence-monthly = Every month, on the same weekday

## Who sees a working group.

group-visibility-public = Public
group-visibility-members = Signed-in members
group-visibility-hidden = The group's members only

## The events' list.

events-title = Events
events-lead = Peer-learning sessions, webinars, conferences, workshops, study visits and annual meetings of the networks and their working groups.
events-upcoming = Upcoming
events-past = Past events
events-found = { $count ->
    [one] One event
   *[other] { $count } events
}
events-none = No events match these choices.
events-organise = Organise an event
events-your-calendar = Your calendar
events-filter-kind = Kind of event
events-filter-network = Network
events-show = Show
event-your-time = Your time: { $time }
event-online = Online
event-places-left = { $count ->
    [one] One place left
   *[other] { $count } places left
}
event-full = Full: waiting list open
event-recorded = Recording available
event-cancelled-badge = Cancelled
event-in-series = Part of a series

## An event's page.

event-when = When
event-where = Where
event-languages = Languages spoken
event-organised-by = Organised by
event-admission = Admission
event-places = Places
event-places-taken = { $registered } of { $capacity } places taken
event-places-unlimited = { $registered } registered, no limit on places
event-waiting-count = { $count ->
    [one] One person on the waiting list
   *[other] { $count } people on the waiting list
}
event-your-standing = Your registration
event-register = Register
event-request = Ask for a place
event-join-waiting-list = Join the waiting list
event-access-needs = Access needs (optional)
event-access-needs-hint = Only the organisers see this: step-free access, sign language interpretation, dietary needs, anything that helps you take part.
event-withdraw = Cancel my registration
event-sign-in-to-register = Sign in to register
event-meeting-link = Meeting link
event-meeting-link-hint = The meeting link is shown here to participants once they have a place.
event-add-to-calendar = Add to your calendar
event-calendar-file = This event (.ics file)
event-series-file = The whole series (.ics file)
event-agenda = Agenda
event-materials = Materials
event-recording = Recording
event-watch-recording = Watch the recording
event-questions = Questions and answers
event-conclusions = Conclusions
event-taken-place = This event has taken place.

## What the organisers do on an event's page.

event-organisers = For the organisers
event-participants = Participants
event-participants-csv = Download the list of participants (CSV)
event-no-participants = No one has registered yet.
event-cancel = Cancel this event
event-cancel-confirm = Yes, cancel it: the participants' calendars are told.
event-add-session = Add a session to the agenda
event-session-starts = Starts
event-session-ends = Ends
event-session-title = Title
event-session-speakers = Speakers
event-add-material = Add material
event-material-title = Title
event-material-link = A link, or a library resource's number or address
event-recording-link = Link to the recording
event-save = Save

## The form for a new event.

event-new-title = Organise an event
event-new-lead = Announce an event to the members. Times are entered on the clocks of the time zone you choose; everyone sees them in that zone and in their own.
event-field-organiser = Organised by
event-organiser-platform = The whole platform
event-field-kind = Kind of event
event-field-title = Title
event-field-lang = Language of this announcement
event-field-languages = Languages spoken at the event
event-field-description = Description
event-field-time-zone = Time zone
event-field-starts = Starts
event-field-ends = Ends
event-field-online-url = Meeting link (for an online event)
event-field-venue = Venue (for an event on site)
event-field-address = Address
event-field-country = Country
event-field-visibility = Who can see it
event-field-admission = Admission
event-field-capacity = Number of places
event-field-capacity-hint = Leave empty for no limit. When the places are taken, a waiting list opens.
event-field-repeat = Repeats
event-repeat-none = Does not repeat
event-field-until = Last date of the series
event-create = Announce the event

## Notices after a form.

event-registered = You are registered. The meeting link and the calendar file are on this page.
event-waiting = The places are taken: you are on the waiting list and get a place as soon as one frees.
event-requested = Your request has been sent to the organisers.
event-withdrawn = Your registration is cancelled.
event-created = The event is announced.
event-cancelled = The event is cancelled.
event-decided = Your decision is saved.
event-session-added = The session is on the agenda.
event-material-added = The material is added.
event-recording-saved = The recording's link is saved.

## A member's calendar address.

calendar-title = Your calendar
calendar-lead = Subscribe to your own calendar address in your calendar program (Outlook, Apple Calendar, Thunderbird, Google Calendar): the events you registered for appear there and stay up to date.
calendar-address-label = Your calendar address
calendar-address-once = Copy it now: it is shown only this once. Anyone who has this address can see your events, so keep it to yourself.
calendar-has-address = You have a calendar address. If you lost it, or someone else may know it, make a new one: the old one stops working.
calendar-no-address = You have no calendar address yet.
calendar-make = Make my calendar address
calendar-make-new = Make a new address
calendar-revoke = Revoke my address
calendar-public-feeds = Public calendars
calendar-public-feeds-lead = The events open to everyone of each network and each public working group, to subscribe to without signing in.
calendar-address-made = Your new calendar address is ready.
calendar-address-revoked = Your calendar address is revoked: calendar programs get nothing more from it.
event-participant = Participant
error-cancel-unconfirmed = Tick the box to confirm that the event is to be cancelled.
event-country-none = Not given

## E-mails about a place at an event.

mail-event-place-subject = Your place: { $title }
mail-event-place-body = Hello { $name },

    you have a place at "{ $title }", { $time }.

    The event is attached to this e-mail: your calendar program adds it, and updates it if it changes. Its page, with the meeting link for an online event:
    { $link }
mail-event-cancelled-subject = Off your calendar: { $title }
mail-event-cancelled-body = Hello { $name },

    "{ $title }", { $time }, is off your calendar: the event was cancelled, or your registration was.

    The attached message lets your calendar program remove it. The event's page:
    { $link }
mail-event-reminder-subject = Soon: { $title }
mail-event-reminder-body = Hello { $name },

    a reminder: "{ $title }" begins { $time }.

    The event's page, with the meeting link for an online event:
    { $link }

## A peer-learning session's questions, for its organisers.

event-add-question = Put a question to the discussion groups
event-question-text = Question
event-record-answer = Record a group's answer
event-answer-group = Discussion group
event-answer-text = The group's answer
event-question-added = The question is added.
event-answer-recorded = The group's answer is recorded.

## Changing an event.

event-edit = Change this event
event-edit-save = Save the changes
event-saved = The event is saved. Those who hold a place get the change in their calendars.

## Organisers invite members.

error-member-unknown = No member has this e-mail address.
event-invite = Invite a member
event-invite-email = The member's e-mail address
event-invited = The invitation is sent.
mail-event-invited-subject = You are invited: { $title }
mail-event-invited-body = Hello { $name },

    the organisers invite you to "{ $title }", { $time }.

    Take your place on the event's page:
    { $link }
