## Accounts: signing in, invitations, password resets, the member's own account

nav-sign-in = Sign in
nav-account = My account
sign-out = Sign out

sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-forgot = Forgot your password?
sign-in-no-account = No account yet? Open your network's page in the directory and ask to join.
field-email = E-mail address
field-password = Password
field-new-password = New password
field-current-password = Current password
field-given-name = Given name
field-family-name = Family name
field-job-title = Role in your organisation
field-locale = Language of the interface and of your e-mails
field-invitation-locale = Language of the invitation
field-languages = Languages you speak
field-organisation = Organisation
field-role = Role
field-message = Message to the facilitators (optional)
field-new-email = New e-mail address
password-rules = At least 8 characters. Very common passwords are refused.

reset-title = Reset your password
reset-intro = Enter the e-mail address of your account. We will send you a link to choose a new password.
reset-submit = Send the link
reset-sent = If an account uses { $email }, a link to reset its password is on its way. The link stays valid for one hour.
reset-new-title = Choose a new password
reset-new-submit = Save the new password
reset-done = Your password is changed. Sign in with your new password.

invitation-title = Accept your invitation
invitation-intro = You are invited to join { site-name } with the address { $email }: { $role } at { $organisation }.
invitation-submit = Create my account

role-member = member
role-facilitator = facilitator
role-coordinator = coordinator
role-facilitator-of = Facilitator of { $network }
role-coordinator-held = Coordinator of the platform

account-title = My account
account-profile = Profile
account-organisation = Organisation
account-roles = Roles
account-save = Save the profile
account-saved = Your profile is saved.
account-password = Password
account-password-submit = Change the password
account-password-changed = Your password is changed. Every other session of your account has been signed out.
account-email = E-mail address
account-email-current = Your current address is { $email }.
account-email-submit = Send a confirmation link
account-email-sent = If { $email } can be used, a confirmation link is on its way to it. Your address changes when you open that link.
account-data = Your data
account-export = Download all my data (JSON)
account-delete = Delete my account
account-delete-explain = Deleting your account removes your profile, your languages, your roles and all your sessions at once, and cannot be undone. Threads, replies and comments you wrote stay visible to the others, signed “former member”. The security log keeps a numbered record that an account was deleted.
account-delete-submit = Delete my account for good
account-deleted = Your account is deleted.
account-audit = Security log

email-confirm-title = Confirm your new e-mail address
email-confirm-intro = Your account will use { $email } from now on.
email-confirm-submit = Confirm the new address
email-confirmed = Your e-mail address is changed.

join-title = Ask to join this network
join-intro = Tell the facilitators who you are. If they approve, you receive an invitation by e-mail.
join-submit = Send the request
join-sent = Your request is sent. The facilitators will answer by e-mail.
invite-title = Invite a person
invite-intro = The person receives an e-mail with a link to create an account, valid for 7 days.
invite-submit = Send the invitation
invite-sent = An invitation is on its way to { $email }.
requests-title = Requests to join
requests-none = No requests are waiting.
request-from = { $name } ({ $email }), { $organisation }
request-approve = Approve
request-decline = Decline
request-approved = Approved: { $email } receives an invitation.
request-declined = The request is declined.

audit-title = Security log
audit-when = When
audit-event = Event
audit-actor = By
audit-subject = Account
audit-ip = IP address
audit-detail = Detail
audit-older = Older events
audit-sign-in = Signed in
audit-sign-in-failed = Failed sign-in
audit-sign-out = Signed out
audit-invitation-sent = Invitation sent
audit-invitation-accepted = Invitation accepted
audit-reset-requested = Password reset requested
audit-password-reset = Password reset
audit-password-changed = Password changed
audit-email-changed = E-mail address changed
audit-role-granted = Role granted
audit-join-requested = Request to join
audit-join-approved = Request to join approved
audit-join-declined = Request to join declined
audit-account-deleted = Account deleted

error-email-invalid = Enter an e-mail address such as name@example.org.
error-name-missing = Enter your given name and your family name.
error-password-too-short = Choose a password of at least 8 characters.
error-password-too-long = Choose a password of at most 256 characters.
error-password-common = This password is among the most common ones and easy to guess. Choose another one.
error-ticket-invalid = This link can no longer be used: it has been used already or has expired. Ask for a new one.
error-wrong-credentials = The e-mail address or the password is wrong.
error-current-password-wrong = Your current password is wrong.
error-already-decided = This request has already been decided.
error-organisation-not-in-network = Choose an organisation that is a member of this network.
error-locale-unsupported = Choose one of the languages in the list.
error-text-too-long = This text is too long.
error-forbidden = You are not allowed to do this.
error-sign-in-required = Sign in to do this.
error-cross-site = This request came from another website and was refused. Nothing was changed.
error-too-many = { $seconds ->
    [one] Too many attempts. Try again in { $seconds } second.
   *[other] Too many attempts. Try again in { $seconds } seconds.
}

mail-invitation-subject = Your invitation to { site-name }
mail-invitation-body = { $inviter } invites you to join { site-name }: { $role } at { $organisation }.
    
    Create your account with this link, valid for 7 days:
    { $link }
    
    If you did not expect this invitation, you can ignore this e-mail.
mail-role-subject = A new role on { site-name }
mail-role-body = { $inviter } has given your account a new role on { site-name }: { $role }.
    
    Sign in to use it:
    { $link }
mail-reset-subject = Reset your password on { site-name }
mail-reset-body = Someone asked to reset the password of your account on { site-name }. Choose a new password with this link, valid for one hour:
    { $link }
    
    If it was not you, ignore this e-mail: your password stays as it is.
mail-email-subject = Confirm your new e-mail address on { site-name }
mail-email-body = Confirm that { $email } is the new address of your account on { site-name } with this link, valid for 24 hours:
    { $link }
    
    If you did not ask for this, ignore this e-mail.
