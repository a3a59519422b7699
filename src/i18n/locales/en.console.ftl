## The staff console: what every page shares, signing in, Today and settings.
## Each language's console catalogs have the same message ids and variables.

## Navigation and layout

nav-label = Main
nav-today = Today
nav-clients = Clients
nav-alerts = Alerts
nav-mentors = Mentors
nav-enrol = Enrol
nav-deliveries = Deliveries
nav-staff = Staff
nav-audit = Audit
nav-reports = Reports
nav-exports = Exports
sign-out = Sign out
skip-to-content = Skip to content
next-page = Next page →
save = Save
back-to-today = Back to Today
back-to-sign-in = Back to sign-in

## Pages that say what went wrong

problem-not-found-title = Not found
problem-not-found-text = There is nothing here, or it is not yours to see.
problem-forbidden-title = For coordinators
problem-forbidden-text = This page is for the programme's coordinators.
problem-expired-form-title = The form has expired
problem-expired-form-text = The page was open too long, or came from elsewhere. Go back, reload the page and send it again: nothing was changed.
problem-bad-request-title = That did not work
problem-bad-request-text = The request could not be carried out as sent. Nothing was changed.
problem-too-many-title = Too many tries
problem-too-many-text = Please wait a few minutes before trying again.
problem-broken-title = Something went wrong
problem-broken-text = Something went wrong on our side. Nothing you sent is lost; please try again in a moment.

## Words the pages share

mood-none = –
mood-1 = Very bad
mood-2 = Bad
mood-3 = So-so
mood-4 = Good
mood-5 = Very good
alert-kind-low_mood = Low mood
alert-kind-missed_checkins = Missed check-ins
alert-kind-crisis_words = Words of crisis
client-status-active = Active
client-status-paused = Paused
client-status-ended = Ended
mentor-role-social_worker = Social worker
mentor-role-psychologist = Psychologist
mentor-role-teacher = Teacher
mentor-role-career_specialist = Career specialist
mentor-role-other = Other
staff-role-coordinator = Coordinator
staff-role-mentor = Mentor
staff-role-interpreter = Interpreter
task-state-assigned = To do
task-state-submitted = Shown done
task-state-approved = Approved
task-state-cancelled = Cancelled
delivery-status-pending = Waiting
delivery-status-sending = Sending
delivery-status-sent = Sent
delivery-status-delivered = Delivered
delivery-status-read = Read
delivery-status-failed = Refused by the messenger
delivery-status-dead = Not delivered
delivery-status-cancelled = Cancelled
language-en = English
language-lv = Latviešu
language-ru = Русский
language-uk = Українська
waiting-since = waiting { $ago }
due-on = due { $date }

## Signing in

login-title = Sign in
login-submit = Sign in
login-hint = Mentors on Telegram can also send /web to the bot for a sign-in link.
login-wrong = The email or password is not right.
login-too-many = Too many wrong passwords. Please wait 15 minutes, or ask a coordinator to set a new password for you.
field-email = Email
field-password = Password
field-name = Your name
field-new-password = New password
field-confirm-password = New password again
field-current-password = Current password
password-hint = At least { $min } characters. A few words you will remember make a good one.
passwords-differ = The two passwords are not the same.
setup-title = Choose your password
setup-intro = Welcome, { $name }. Choose the password you will sign in with.
setup-first-title = Create the first coordinator
setup-first-intro = Nobody runs this programme in Mentorline yet. Create your coordinator account: you can then enrol mentors and clients and add other staff.
setup-submit = Save and sign in
link-sign-in-title = Sign in from Telegram
link-sign-in-intro = You are signing in as { $name }.
link-sign-in-submit = Sign in
link-gone-title = This link no longer works
link-gone-text = It was used already, or has expired. Links from the bot work for 10 minutes; ask it again with /web. A link to choose a password works for 72 hours; ask a coordinator for a new one.
done-signed-out = You are signed out.
done-password-set = Your password is saved.

## Today

today-title-programme = Today in the programme
today-title-caseload = Today with your clients
today-checkins = Check-ins today
checkin-asked = asked
checkin-answered = answered
checkin-not-yet = not yet
checkin-missed = missed
today-moods = How they feel today
today-no-checkins = Nobody has been asked yet today.
today-open-alerts = { $count ->
    [0] No open alerts
    [one] One open alert
   *[other] { $count } open alerts
}
today-no-alerts = Nothing needs attention.
today-waiting = { $count ->
    [0] Nobody waiting for a reply
    [one] One client waiting for a reply
   *[other] { $count } clients waiting for a reply
}
today-no-waiting = Every client's last message has an answer.
today-overdue = { $count ->
    [0] No overdue tasks
    [one] One overdue task
   *[other] { $count } overdue tasks
}
today-no-overdue = No task is past its day.
today-deliveries = Deliveries
deliveries-dead = not delivered

## Settings

settings-title = Your settings
settings-preferences = Language and time zone
field-language = Language
field-timezone = Time zone
timezone-hint = As in Europe/Riga: times in the console are shown in it.
settings-password = Password
settings-no-password-yet = You sign in with links from the bot. Choose a password to sign in with your email too.
settings-change-password = Change password
done-settings-saved = Your settings are saved.
done-password-changed = Your password is changed. You were signed out everywhere else.

## Invites

invite-for = Invite for { $name }
invite-once = Shown only now: print it or send it on. It works once, until { $expires }.
invite-code = Code
invite-qr-alt = QR code of the Telegram invite for { $name }
invite-no-telegram = Telegram is not set up for this service, so there is no Telegram link.
invite-whatsapp-how = On WhatsApp, they send this message to the programme's number:
