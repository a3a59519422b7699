## The staff console: the audit trail, who read or changed what and when.
## Each language's catalog of this part has the same message ids and variables.

audit-title = Audit trail
audit-intro = Who read or changed what, and when: every view of a client's thread, files, check-ins and tasks, every download, and every change with its value before and after. The words of messages and notes are never kept here.
audit-client-link = Who has seen or changed this

## The filter

audit-filter-label = Narrow the trail
audit-filter-client = Client
audit-filter-client-hint = Part of their name
audit-filter-actor = Who
audit-filter-action = What
audit-filter-from = From
audit-filter-to = To
audit-filter-anyone = Anyone
audit-filter-anything = Anything
audit-filter-submit = Show
audit-filter-kind-staff = Any staff member
audit-filter-kind-mentor = Any mentor in the bot
audit-filter-kind-client = Any client in the bot
audit-filter-group-kinds = Kinds
audit-filter-group-staff = Staff in the console
audit-filter-group-mentors = Mentors in the bot
audit-filter-reads = Every read of a case
audit-filter-chosen = As chosen

audit-on = Showing
audit-on-client = Client: { $name }
audit-on-clients-named = Clients whose name contains “{ $text }”: { $names }
audit-on-actor = Who: { $name }
audit-on-action = What: { $action }
audit-on-from = From { $date }
audit-on-to = To { $date }
audit-filter-remove = Remove the filter: { $filter }
audit-filters-clear = Show everything

audit-no-client-named = No client's name contains “{ $text }”.
audit-none = Nothing recorded matches.
audit-newest = Back to the newest
audit-older = Older entries
audit-entries = Newest first
audit-refused = The filter needs another look: each message is next to its field.
audit-bad-client = Choose the client again.
audit-bad-actor = Choose who again.
audit-bad-action = Choose what again.
audit-not-a-date = Enter a date, such as 2026-04-01.
audit-to-before-from = This date comes before the first one.
audit-bad-cursor = This page of the trail cannot be found; start again from the newest.
audit-client-page = { $name }'s page

## What each action is called in the filter

audit-action-read-thread = Read a thread
audit-action-read-message = Received a message as interpreter
audit-action-read-media = Opened a photo or file
audit-action-read-checkins = Read check-ins
audit-action-read-tasks = Read tasks
audit-action-export-clients = Downloaded the clients
audit-action-export-checkins = Downloaded check-ins
audit-action-export-tasks = Downloaded tasks
audit-action-report-exported = Downloaded the evaluation report
audit-action-client-created = Enrolled a client
audit-action-client-updated = Changed a client
audit-action-clients-imported = Enrolled clients from a file
audit-action-client-exported = Downloaded a client's data
audit-action-client-erasure-requested = Asked for their data to be erased
audit-action-client-erased = Erased a client
audit-action-consent-given = Consent given
audit-action-consent-withdrawn = Consent withdrawn
audit-action-consent-declined = Consent declined
audit-action-note-written = Wrote a private note
audit-action-task-create = Set a task
audit-action-task-update = Changed a task
audit-action-task-approve = Approved a task
audit-action-task-redo = Asked for a task again
audit-action-task-cancel = Cancelled a task
audit-action-alert-acknowledged = Acknowledged an alert
audit-action-alert-resolved = Resolved an alert
audit-action-invite-created = Made an invite
audit-action-invite-revoked = Withdrew invites
audit-action-account-bound = Connected a chat
audit-action-account-replaced = Replaced a chat
audit-action-account-revoked = Revoked a chat
audit-action-mentor-created = Added a mentor
audit-action-mentor-updated = Changed a mentor
audit-action-deliveries-cancelled = Waiting messages cancelled
audit-action-delivery-retried = Sent a message again
audit-action-staff-created = Gave a console account
audit-action-staff-updated = Changed a console account
audit-action-staff-password-set = Chose a password
audit-action-staff-setup-link-issued = Made a password link
audit-action-staff-signed-in = Signed in
audit-action-staff-signed-out = Signed out

## Who

audit-actor-admin = The admin API
audit-actor-system = Mentorline
audit-actor-unknown = Someone not on record
audit-gone-staff-actor = A former staff member
audit-gone-mentor-actor = A former mentor
audit-gone-client-actor = An erased client
audit-gone-staff = a former staff member
audit-gone-mentor = a former mentor
audit-gone-client = an erased client

## What happened, one sentence an entry

audit-did-read-thread = { $actor } read { $subject }'s thread
audit-did-read-message = { $actor } received { $subject }'s message in their { $channel } chat, as interpreter
audit-did-read-media = { $actor } opened a photo or file in { $subject }'s case
audit-did-read-checkins = { $actor } read { $subject }'s check-ins
audit-did-read-tasks = { $actor } read { $subject }'s tasks
audit-did-export-clients = { $actor } downloaded the list of clients
audit-did-export-checkins = { $actor } downloaded the check-ins, { $period }
audit-did-export-tasks = { $actor } downloaded the tasks, { $period }
audit-did-report-exported = { $actor } downloaded the evaluation report ({ $table ->
    [months] months
    [profile] profile
    [mentors] mentors
   *[pdf] PDF
}), { $period }
audit-did-client-created = { $actor } enrolled { $subject }
audit-did-client-created-consent = { $actor } enrolled { $subject }, who agreed in person
audit-did-clients-imported = { $actor } enrolled { $count ->
    [one] one client
   *[other] { $count } clients
} from a file
audit-did-client-exported = { $actor } downloaded all of { $subject }'s data
audit-did-client-erasure-requested = { $actor } asked in the bot for their data to be erased
audit-did-client-erased = { $actor } erased { $subject }'s data
audit-did-consent-given = { $method ->
    [bot] { $actor } agreed in the bot to keep in touch
   *[other] { $actor } recorded { $subject }'s consent, given in person
}
audit-did-consent-withdrawn = { $method ->
    [bot] { $actor } withdrew their consent in the bot
   *[other] { $actor } recorded that { $subject } withdrew their consent
}
audit-did-consent-declined = { $actor } declined in the bot to keep in touch
audit-did-note-written = { $actor } wrote a private note about { $subject }
audit-did-task-create = { $actor } set { $subject } a task
audit-did-task-update = { $actor } changed a task of { $subject }
audit-did-task-approve = { $actor } approved a task of { $subject }
audit-did-task-redo = { $actor } asked { $subject } to do a task again
audit-did-task-cancel = { $actor } cancelled a task of { $subject }
audit-did-alert-acknowledged = { $actor } acknowledged the alert about { $subject }: { $kind }
audit-did-alert-resolved = { $actor } resolved the alert about { $subject }: { $kind }
audit-did-invite-created = { $actor } made an invite for { $subject }
audit-did-invite-revoked = { $reason ->
    [bound] { $subject }'s other invites lapsed as they connected a chat
   *[other] { $actor } withdrew { $count ->
        [one] an invite
       *[other] { $count } invites
    } of { $subject }
}
audit-did-account-bound = { $actor } connected a { $channel } chat
audit-did-account-replaced = { $actor }'s earlier chat gave way to a new one
audit-did-account-revoked = { $actor } revoked { $subject }'s { $channel } chat
audit-did-mentor-created = { $actor } added the mentor { $subject }
audit-did-deliveries-cancelled = { $actor } made { $subject } inactive: { $count ->
    [one] one waiting message was
   *[other] { $count } waiting messages were
} cancelled
audit-did-delivery-retried = { $actor } sent again a message that had not arrived
audit-did-staff-created = { $actor } gave { $subject } a console account: { $role }
audit-did-staff-password-set = { $actor } chose a password
audit-did-staff-setup-link-issued = { $actor } made { $subject } a link to choose a password
audit-did-staff-signed-in = { $actor } signed in to the console
audit-did-staff-signed-out = { $actor } signed out of the console
audit-did-other = { $actor }: { $action }

## Changes

audit-changed-one = { $actor } changed { $subject }'s { $field } from { $from } to { $to }
audit-changed-fields = { $actor } changed { $subject }'s { $fields }
audit-changed-many = { $actor } changed { $subject }'s record
audit-changed-nothing = { $actor } saved { $subject }'s record unchanged
audit-change-line = { $field }: from { $from } to { $to }
audit-change-fields-line = Changed, words not kept: { $fields }
audit-password-changed = The password was changed.
audit-period-between = { $from } to { $to }
audit-period-from = from { $from } on
audit-period-to = up to { $to }
audit-period-all = all dates

audit-field-name = name
audit-field-phone = phone
audit-field-language = language
audit-field-languages = languages
audit-field-timezone = time zone
audit-field-checkin-time = check-in time
audit-field-checkin-days = check-in days
audit-field-checkins-paused-until = check-ins paused until
audit-field-weekly-summary-day = day of the weekly summary
audit-field-status = status
audit-field-country = country
audit-field-programme = programme
audit-field-consent = consent
audit-field-mentor = mentor
audit-field-interpreter = interpreter
audit-field-mentor-record = mentor record
audit-field-role = role
audit-field-active = state
audit-field-title = title
audit-field-details = details
audit-field-due-date = due date

audit-value-none = none
audit-value-yes = yes
audit-value-no = no
audit-value-active = active
audit-value-inactive = inactive
audit-value-no-mentor = no mentor
audit-value-no-interpreter = no interpreter
