## Peer counselling: the threads list

counselling-sign-in-to-ask = Sign in to ask your peers a question or to answer one.
threads-search-label = Search the questions and answers
thread-topic = Topic
threads-language = Written in
threads-network = Network
threads-state = Answer
threads-unsolved = Not yet answered
threads-solved = Answered
threads-show = Show
threads-followed = Threads I follow
threads-mine = My questions
threads-found = { $count ->
    [one] { $count } thread
   *[other] { $count } threads
}
threads-none = No thread matches. Try fewer filters, or ask the question yourself.
thread-unread = New
thread-solved = Answered
thread-hidden-badge = Hidden
thread-asked-by = asked by { $name }
thread-replies = { $count ->
    [one] { $count } reply
   *[other] { $count } replies
}
notifications-link = Notifications
notifications-unread = { $count ->
    [one] { $count } unread
   *[other] { $count } unread
}

## A thread

thread-back = All threads
thread-platform = Whole platform
thread-hidden = The moderators have hidden this question. Only you and the moderators can see it.
thread-follow = Follow this thread
thread-unfollow = Stop following
thread-sign-in-to-reply = Sign in to reply.
answer-accepted-title = Accepted answer
answer-accepted-badge = Accepted answer
answer-accept = Accept as the answer
answer-unaccept = Withdraw acceptance
post-edited-link = edited (see versions)
post-hidden = Hidden by the moderators: { $reason }
post-quote = Quote
post-edit = Edit
post-flag = Report to the moderators
flag-reason = Why should the moderators look at this post?
flag-send = Send the report
post-language = Language of the text
reply-title = Your reply
reply-body = Reply
reply-send = Post the reply
markdown-help = You can format the text with Markdown: **bold**, *italic*, lists starting with -, links as [text](https://…).
markdown-preview = Preview

## Asking

ask-title = Ask your peers
ask-lead = Describe your situation and what you have tried. Members of the networks that can see your question will be able to answer it.
ask-field-title = Your question in one sentence
ask-field-body = Details
ask-field-audience = Who can see it
ask-send = Publish the question

## Editing and versions

post-edit-title = Edit your post
post-edit-body = Text
post-edit-save = Save the new version
post-history-title = Versions of a post
post-history-current = Current version
post-history-earlier = Earlier version
post-history-back = Back to the thread

## Notifications and the digest

notifications-title = Notifications
notifications-none = Nothing new. Follow a thread or a topic to be told when something happens in it.
notifications-mark-read = Mark all as read
notification-reply = { $name } replied in
notification-topic = { $name } asked a question in a topic you follow:
notification-accepted = { $name } accepted your reply as the answer in
digest-title = E-mail summary
digest-legend = Send me a summary of unread notifications
digest-immediate = As soon as something happens
digest-daily = Once a day
digest-weekly = Once a week
digest-never = Never (I read them here)
digest-save = Save the choice
topics-followed-title = Topics I follow
topics-followed-lead = You are told of every new question in the topics you follow.
topic-follow = Follow
topic-unfollow = Stop following

## Moderation

moderation-title = Moderation
moderation-queue-title = Reported posts
moderation-queue-empty = No post is waiting for a decision.
moderation-flags = Reports
moderation-decide = Moderate
moderation-reason = Reason
moderation-hide = Hide the post
moderation-restore = Show the post again
moderation-dismiss = Keep the post as it is
moderation-log-title = Decisions
moderation-log-empty = No decision has been taken yet.
moderation-log-when = When
moderation-log-who = Moderator
moderation-log-what = Decision
moderation-log-thread = Thread
moderation-action-hide = Hidden
moderation-action-restore = Shown again
moderation-action-dismiss = Reports dismissed

## Notices and refusals

thread-asked = Your question is published. You will be told of every reply.
reply-posted = Your reply is posted.
post-edited = Your post is saved; the earlier version stays visible in its history.
answer-accepted = The reply is marked as the accepted answer.
answer-unaccepted = The reply is no longer marked as the answer.
thread-followed = You follow this thread now.
thread-unfollowed = You no longer follow this thread.
topics-saved = Your topics are saved.
post-flagged = Thank you: the moderators will look at this post.
moderation-saved = The decision is saved.
notifications-read = All notifications are marked as read.
digest-saved = Your choice is saved.
error-already-flagged = You have already reported this; the moderators will look at it.
error-not-an-answer = Only a visible reply can be the accepted answer.

## E-mail

mail-digest-subject = New in peer counselling
mail-digest-body = Hello,

    { $count ->
        [one] there is { $count } new notification for you in peer counselling:
       *[other] there are { $count } new notifications for you in peer counselling:
    }

    { $items }
    All your notifications, and how often you receive this summary: { $link }
