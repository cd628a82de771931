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
