## Working groups: the list.

groups-title = Working groups
groups-lead = Thematic groups that work together for a set time towards a shared purpose, led by members who take turns as the work goes on.
groups-none = There are no working groups yet.
groups-found-new = Found a working group
group-members-count = { $count ->
    [one] One member
   *[other] { $count } members
}
group-archived = Archived

## A group's space.

group-purpose = Purpose
group-deliverables = Deliverables
group-mandate = Mandate
group-mandate-dates = From { $from } to { $until }
group-mandate-open = From { $from }, with no end date
group-joining = Joining
group-seen-by = Visible to
group-leaders = Leaders
group-leader-since = since { $since }
group-former-leaders = Former leaders
group-leader-term = { $since } to { $until }
group-members = Members
group-events = The group's events
group-no-events = The group has no events yet.
group-join = Join the group
group-ask = Ask to join
group-accept-invitation = Accept the invitation
group-leave = Leave the group
group-you-member = You are a member of this group.
group-you-asked = Your request is waiting for the leaders' decision.
group-you-invited = You have been invited to this group.
group-archived-note = This group's mandate has ended: its work is kept here to read.
group-sign-in-to-join = Sign in to join
group-requests = Requests to join
group-appoint = Make a leader
group-step-down = Step down as leader
group-calendar = The group's public calendar (.ics)

## The form for a new group.

group-new-title = Found a working group
group-new-lead = Give the group its charter: what it is for, what it will deliver and for how long. You become its first leader.
group-field-network = Network
group-network-none = The whole platform
group-field-title = Name of the group
group-field-topic = Topic
group-topic-none = No particular topic
group-field-lang = Working language
group-field-purpose = Purpose
group-field-deliverables = Deliverables
group-field-starts = Start of the mandate
group-field-ends = End of the mandate (optional)
group-field-admission = Joining
group-field-visibility = Visible to
group-found = Found the group

## Notices after a form.

group-founded = The working group is founded. You are its first leader.
group-joined = You are a member of the group.
group-requested = Your request has been sent to the group's leaders.
group-left = You have left the group.
group-decided = Your decision is saved.
group-leader-appointed = The new leader is appointed.
group-stepped-down = You have stepped down as leader.
group-standing-requested = Asks to join
group-standing-invited = Invited
