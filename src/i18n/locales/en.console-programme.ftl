## The staff console: running the programme (enrolment, mentors, alerts, deliveries, staff).
## Each language's catalog of this part has the same message ids and variables.

programme-fix-fields = { $count ->
    [one] One field needs another look: its message is next to it.
   *[other] { $count } fields need another look: each message is next to its field.
}

## Enrolment

enrol-title = Enrol
enrol-timezone-hint = As in Europe/Riga: the daily question and reminders follow this zone.
enrol-client-title = Enrol a client
enrol-client-what = Add someone who starts the programme: their mentor, language and daily check-in. You get their invite to hand over at once, on paper or by phone.
enrol-client-start = Enrol a client
enrol-client-intro = Fill in what you agreed with the client. You get their invite on the next page, to scan or send.
enrol-client-about = The client
enrol-client-name = Name
enrol-client-language = Language
enrol-client-language-hint = The bot writes to them in this language.
enrol-client-phone = Phone
enrol-client-phone-hint = Optional, with the country code, as in +371 2000 0000. With it, writing to the programme on WhatsApp from this number is enough to join.
enrol-client-country = Country
enrol-client-programme = Programme
enrol-client-programme-hint = Optional, for example the project or funding line they are in.
enrol-client-mentoring = Mentor and daily check-in
enrol-client-mentor = Mentor
enrol-client-mentor-hint = You can choose one later too.
enrol-client-no-mentor = No mentor yet
enrol-mentor-option = { $count ->
    [one] { $name } (one client)
   *[other] { $name } ({ $count } clients)
}
enrol-client-checkin-time = Check-in time
enrol-client-checkin-time-hint = When the bot asks them how they are, in their time zone.
enrol-client-checkin-days = Check-in days
enrol-client-consent = Consent
enrol-client-consent-given = The client gave consent in person
enrol-client-consent-hint = Tick only if they agreed with you today. Otherwise the bot asks them before anything else.
enrol-client-submit = Enrol and show the invite
enrol-client-done-title = { $name } is enrolled
enrol-client-done = { $name } is enrolled. Hand over the invite below now: it is not shown again once you leave this page.
enrol-client-summary = Enrolled
enrol-client-checkin = Daily check-in
enrol-client-checkin-at = { $time } ({ $zone }), { $days }
enrol-client-consent-yes = Given in person
enrol-client-consent-no = Not yet: the bot asks them first
enrol-client-open = Open the page of { $name }
enrol-client-another = Enrol another client
enrol-invite-gone-title = Invite
enrol-invite-gone = The invite of { $name } was shown when it was made, and only a fingerprint of it is kept. If it was not handed over, make a new one.
enrol-invite-new = Make a new invite

enrol-mentor-title = Enrol a mentor
enrol-mentor-what = Add a mentor: their role, languages and time zone, and a console account if they have an email. You get their Telegram invite at once.
enrol-mentor-start = Enrol a mentor
enrol-mentor-intro = The mentor works in Telegram. You get their invite on the next page, to scan with their phone.
enrol-mentor-about = The mentor
enrol-mentor-name = Name
enrol-mentor-role = Role
enrol-mentor-languages = Languages
enrol-mentor-languages-hint = Two-letter codes, separated by commas, as in lv, ru. The bot writes to them in the first.
enrol-mentor-account = Console account
enrol-mentor-account-hint = With an email, the mentor gets a console account and you get a link for them to choose a password. Without one, they sign in by sending /web to the bot.
enrol-mentor-email-hint = Optional.
enrol-mentor-submit = Enrol and show the invite
enrol-mentor-done-title = { $name } is enrolled
enrol-mentor-done = { $name } is enrolled as a mentor. Hand over the invite below now: it is not shown again once you leave this page.
enrol-mentor-summary = Enrolled
enrol-mentor-account-made = Made for { $email }: hand over the link above.
enrol-mentor-account-none = Not made
enrol-mentor-account-bot = None: they sign in by sending /web to the bot.
enrol-mentor-account-refused = The mentor is enrolled, but no console account was made for { $email }: { $reason }.
enrol-mentor-account-retry = Add a console account for { $name }
enrol-mentor-open = Open the page of { $name }
enrol-mentor-another = Enrol another mentor

## Mentors

mentors-title = Mentors
mentors-active = { $count ->
    [0] No active mentors
    [one] One active mentor
   *[other] { $count } active mentors
}
mentors-inactive = { $count ->
    [one] One mentor no longer active
   *[other] { $count } mentors no longer active
}
mentors-none = Nobody is enrolled as a mentor yet.
mentors-enrol = Enrol a mentor
mentors-summary = Clients in all: { $clients }. Waiting for a reply: { $waiting }.
mentors-window = First replies and check-in answers are over the last 30 days.
mentors-mentor = Mentor
mentors-caseload = Clients
mentors-waiting = Waiting for a reply
mentors-first-reply = Median first reply
mentors-answer-rate = Check-ins answered
mentors-open-alerts = Open alerts
mentors-caseload-of = clients of { $name }
mentors-waiting-of = clients of { $name } waiting for a reply
mentors-open-alerts-of = open alerts about clients of { $name }
mentors-no-replies = no message to answer in 30 days
mentors-no-checkins = no check-ins asked in 30 days
mentors-not-joined = Not in Telegram yet

mentors-page-inactive = No longer active
mentors-page-joined = In Telegram
mentors-page-figures = At a glance
mentors-page-clients = Current clients
mentors-page-enrol-client = Enrol a client for { $name }
mentors-page-no-clients = { $name } has no current clients.
mentors-page-client = Client
mentors-page-status = Status
mentors-page-last-contact = Last contact
mentors-page-never = never
mentors-page-mood = Mood
mentors-page-moods-label = Moods of { $name } over the last 14 days
mentors-page-open-tasks = Open tasks
mentors-page-telegram = Telegram invite
mentors-page-telegram-joined = { $name } is in Telegram. A new invite is for joining from a new phone or account.
mentors-page-telegram-not-joined = { $name } has not joined in Telegram yet. If the invite was lost or has expired, make a new one.
mentors-page-new-invite = Make a new invite

## Alerts

alerts-title = Alerts
alerts-unseen = { $count ->
    [0] No new alerts
    [one] One new alert nobody has looked at
   *[other] { $count } new alerts nobody has looked at
}
alerts-none-unseen = Every alert has been seen.
alerts-following = { $count ->
    [0] Nothing being followed up
    [one] One being followed up
   *[other] { $count } being followed up
}
alerts-none-following = No acknowledged alert is still open.
alerts-recent = Resolved in the last { $days } days
alerts-none-recent = Nothing was resolved lately.
alerts-of-mentor = Alerts about the clients of { $name }.
alerts-show-all = Show all alerts
alerts-client = Client
alerts-kind = Alert
alerts-raised = Raised
alerts-mentor = Mentor
alerts-no-mentor = No mentor
alerts-acknowledged = Acknowledged
alerts-not-acknowledged = Nobody yet
alerts-acknowledged-by = { $who }, { $when }
alerts-resolved = Resolved
alerts-resolved-by = { $who }, { $when }
alerts-note = What was done
alerts-someone = someone
alerts-actions = Actions
alerts-about = about { $name }
alerts-acknowledge = Seen, I will follow up
alerts-acknowledge-about = Acknowledge the alert about { $name }
alerts-open-resolve = Open
alerts-page-title = Alert about { $name }
alerts-page-checkin = Check-in
alerts-page-escalated = Passed to coordinators
alerts-page-open-client = Open the page and messages of { $name }
alerts-page-act = Follow up
alerts-page-acknowledge-hint = Say you have seen it, so nobody else needs to, and it is not passed to the coordinators.
alerts-page-note = What was done
alerts-page-note-hint = For example: called her, she is safe and sees her doctor on Monday. This closes the alert.
alerts-page-resolve = Resolve the alert
alerts-page-back = All alerts
done-alert-acknowledged = The alert is acknowledged: you follow up.
done-alert-already-acknowledged = Someone had acknowledged this alert already; nothing was changed.
done-alert-resolved = The alert is resolved, with your note of what was done.
done-alert-already-resolved = This alert was resolved already; its note stays as it was.

## Deliveries

deliveries-page-title = Deliveries
deliveries-page-intro = Messages that did not reach someone. Sending one again puts it back at its place in that chat; the messages after it wait for it.
deliveries-page-list = Not delivered
deliveries-page-older = Not delivered, older
deliveries-page-none = Every message was delivered.
deliveries-page-newest = Back to the newest
deliveries-page-when = Written
deliveries-page-for = For
deliveries-page-what = What
deliveries-page-status = Status
deliveries-page-reason = Reason
deliveries-page-actions = Actions
deliveries-page-client = client
deliveries-page-mentor = mentor
deliveries-page-chat = Chat { $chat }
deliveries-page-about = about { $name }
deliveries-page-kind-text = Text
deliveries-page-kind-photo = Photo
deliveries-page-kind-document = Document
deliveries-page-kind-voice = Voice message
deliveries-page-kind-video = Video
deliveries-page-kind-location = Location
deliveries-page-kind-menu = Command menu
deliveries-page-status-dead = Gave up after retries
deliveries-page-status-failed = Refused by the platform
deliveries-page-attempts = { $count ->
    [0] not tried yet
    [one] one attempt
   *[other] { $count } attempts
}
deliveries-page-no-reason = none given
deliveries-page-retry = Send again
deliveries-page-retry-to = to { $name }
deliveries-page-explain = “Gave up after retries”: the platform did not answer, or answered with an error, every time. “Refused by the platform”: it said this message can never be delivered as it is, for example because they blocked the bot. Send it again once the reason is gone.
done-delivery-retried = The message is back in the outbox and goes out in a moment. If it fails again, it comes back to this list.
done-delivery-not-retryable = That message is no longer waiting to be sent again: it was sent or sent again meanwhile.

## Staff

staff-page-title = Staff
staff-page-people = { $count ->
    [one] One person signs in
   *[other] { $count } people sign in
}
staff-page-name = Name
staff-page-role = Role
staff-page-mentor = Works as mentor
staff-page-mentor-hint = For mentors: the mentor record whose clients they see.
staff-page-no-mentor = None
staff-page-mentor-taken = { $name } (has an account)
staff-page-mentor-record = Mentor record
staff-page-state = Account
staff-page-active = Active
staff-page-inactive = Deactivated
staff-page-password-set = Set
staff-page-password-none = Not chosen yet
staff-page-no-email = No email: signs in from the bot
staff-page-you = you
staff-page-language-hint = The console speaks to them in this language.
staff-page-timezone-hint = As in Europe/Riga: the console shows times in this zone. They can change it in their settings.
staff-page-add = Add a staff member
staff-page-password = Password
staff-page-password-hint = Optional, at least { $min } characters. Without one, you get a link for them to choose their own: better than passing a password on.
staff-page-add-submit = Add
staff-page-change = Change
staff-page-self-hint = This is your own account: if you deactivate it or stop being a coordinator, you can no longer come back to this page.
staff-page-may-sign-in = Active: may sign in
staff-page-active-hint = Unticking this signs { $name } out everywhere at once, and they cannot sign in until it is ticked again.
staff-page-record = Account
staff-page-since = Added
staff-page-setup-link = Link to choose a password
staff-page-setup-link-first = { $name } has not chosen a password yet. A new link ends any earlier one.
staff-page-setup-link-reset = If { $name } forgot their password, a link lets them choose a new one. Their current password works until they do.
staff-page-setup-link-issue = Make a new link
staff-page-setup-link-inactive = { $name } is deactivated: a link would not work. Tick "Active" and save first.
staff-page-back = All staff
staff-page-link-for = Link for { $name } to choose a password
staff-page-link-how = Hand it to { $name } to open on their own phone or computer: it opens a page to choose the password they sign in with.
staff-page-link-once = It works once, until { $expires }, and is not shown again once you leave this page.
staff-page-link-qr-alt = QR code of the link for { $name } to choose a password
done-staff-saved = The changes are saved.
done-staff-added = The staff member is added and can sign in with the password you chose.
done-staff-added-link = The staff member is added. Hand over the link below: it is not shown again once you leave this page.
done-staff-link-made = A new link is made, and any earlier one no longer works. Hand it over below.
done-staff-deactivated = The account is deactivated: they were signed out everywhere and cannot sign in.
done-staff-reactivated = The account is active again: they can sign in.
