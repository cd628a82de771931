# Strategy and action plans

plans-none = No network has published a strategy yet.
plans-back = All strategies
plan-activity-count = { $count ->
    [one] { $count } activity
   *[other] { $count } activities
}
strategy-create-title = Start a strategy
strategy-network = Network
strategy-create = Start the strategy

## Stages of a strategy
strategy-status-draft = Draft
strategy-status-feedback = In feedback
strategy-status-adopted = Adopted
strategy-stage = Stage
strategy-adopt = Adopt the strategy
strategy-reopen = Make it a draft again
round-open = Open a feedback round
round-close = Close the feedback round
round-opens = From
round-closes = To
round-open-notice = Feedback round open from { $from } to { $to }.
round-comment-link = Comment on the draft

## The strategy's fields
strategy-edit = Edit the strategy
strategy-fields = Vision and mission
strategy-field-title = Title
strategy-field-period = Period (years)
strategy-field-vision = Vision
strategy-field-mission = Mission statement
strategy-field-status = Stage
strategy-aspirations = Aspirations
strategy-save = Save the strategy
aspiration-field-title = Aspiration
aspiration-field-description = Description
aspiration-save = Save the aspiration
aspiration-add-title = Add an aspiration
aspiration-add = Add the aspiration

## The action plan
plan-progress = Progress:
plan-percent = { $value } %
plan-number = { $value }
plan-tools = Strategy tools
plan-print = Print view
plan-export = Download the action plan (CSV)
plan-present = Open now:
plan-timeline = Timeline of the action plan
plan-timeline-caption = Each bar runs from an activity's start to its due date, filled as far as its progress; the red line is today.
plan-today = today
plan-dates = Dates
plan-activities = Activities
plan-no-activities = No activity serves this aspiration yet.
plan-filter-aspiration = Aspiration
plan-filter-status = Status
plan-filter-all = All
plan-filter-apply = Show

## Activities
activity-status-planned = Planned
activity-status-in-progress = In progress
activity-status-done = Done
activity-status-blocked = Blocked
activity-status-cancelled = Cancelled
activity-field-title = Activity
activity-field-description = Description
activity-field-aspirations = Aspirations it serves
activity-field-owner = Owner
activity-field-contributors = Contributing organisations
activity-field-start_on = Start
activity-field-due_on = Due
activity-field-status = Status
activity-field-progress = Progress (%)
activity-owner-none = No owner yet
activity-owner-members = Members
activity-owner-organisations = Organisations
activity-add-title = Add an activity
activity-add = Add the activity
activity-edit-title = Edit the activity
activity-save = Save the activity
activity-follow = Follow this activity
activity-unfollow = Stop following this activity
activity-being-edited = Editing now: { $names }
field-changed-live = { $name } has just changed this field. Your value stays here; saving will show both.
offline-kept = No connection: your changes are kept in this browser and will be sent when the connection returns.

## Indicators
indicators-title = Indicators
indicators-none = No indicator yet.
indicator-field-name = Indicator
indicator-field-target = Target
indicator-field-actual = Achieved
indicator-reached = { $name }: { $actual } of { $target }
indicator-edit = Indicator { $name }
indicator-save = Save
indicator-add = Add the indicator

## Changes made meanwhile
conflict-title = Someone changed this meanwhile
conflict-lead = Your other changes are saved. These fields were changed by someone else after you opened the form: nothing was overwritten. Choose for each one.
conflict-changed-by = Changed by { $name } at { $at } (UTC).
conflict-theirs = Their value (saved)
conflict-mine = Your value (not saved)
conflict-keep = Keep theirs
conflict-replace = Replace with mine
conflict-merge-label = Merged text
conflict-merge = Save the merged text
error-changed-meanwhile = This field has changed since the page was opened. Reload the page and try again.

## History and versions
history-title = History
revision-created = Created
revision-restore = Restore this value
revision-restores = (restores change { $number })
strategy-versions = Versions
versions-none = No version kept yet: one is kept when a feedback round closes and when the strategy is adopted.
version-now = The strategy now
version-number = Version { $number }
version-reason-round = after a feedback round
version-reason-adopted = adopted
diff-from = From
diff-to = To
diff-compare = Compare
diff-title = From { $from } to { $to }
diff-unchanged = (unchanged)

## Feedback rounds
comments-title = Comments
comment-title = Comment on the draft
comment-about = About
comment-on-strategy = The strategy as a whole
comment-body = Your comment
comment-send = Send the comment
comment-taken-up = Taken up
comment-declined = Declined
comment-resolution = Decision
comment-reason = Reason
comment-resolve = Resolve

## Notices
strategy-created = The strategy is started. Write its vision, mission and aspirations.
strategy-saved = Saved.
aspiration-added = The aspiration is added.
activity-added = The activity is added. Give it an owner, dates and indicators.
activity-saved = The activity is saved.
indicator-added = The indicator is added.
value-restored = The earlier value is back, as a new change.
stage-open = The feedback round is open: members of the network can comment.
stage-close = The feedback round is closed and this version is kept.
stage-adopt = The strategy is adopted and this version is kept.
stage-reopen = The strategy is a draft again.
comment-posted = Your comment is sent to the facilitators.
comment-resolved = The comment is resolved.
followed = You follow this now: you will be told when a status, an owner or a date changes.
unfollowed = You no longer follow this.

## Notifications of followed activities
plan-notification-status = { $name } changed the status of
plan-notification-owner = { $name } changed the owner of
plan-notification-start_on = { $name } changed the start date of
plan-notification-due_on = { $name } changed the due date of

## Refusals
error-date-invalid = Give the date as a calendar date (year, month, day).
error-dates-reversed = The end comes before the start.
error-number-invalid = Give a whole number in the allowed range.
error-aspiration-missing = An activity serves at least one aspiration.
error-wrong-stage = The strategy is not at the stage this needs (for example, no feedback round is open).
plan-notifications-title = Activities you follow
aspiration-follow = Follow this aspiration
aspiration-unfollow = Stop following this aspiration
