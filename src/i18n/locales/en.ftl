## Everything a client or mentor reads, in English (the fallback for every other language).
## Each catalog has the same message ids and variables.

## People who are not bound yet

stranger-welcome =
    Hello! This is Mentorline, the messenger of your mentoring programme.
    To start, you need a personal invite from your coordinator or mentor: open the invite link they gave you, or send { $start } followed by your code.
invite-invalid = This invite code does not work: it is unknown, already used or expired. Please ask your coordinator or mentor for a new one.
account-taken = This account is already connected to Mentorline as someone else. Please ask your coordinator for help.

## Clients

client-welcome = Welcome, { $name }! You are now connected to your mentor { $mentor }. Write here whenever you like.
client-welcome-no-mentor = Welcome, { $name }! You are connected. A mentor will be assigned to you soon; you can already write here.
consent-request =
    Before we start: what you send here (messages, photos, answers to the daily question) is stored and seen by your mentor and your programme's coordinators, only to support you.
    Do you agree?
consent-agree = Yes, I agree
consent-decline = No
consent-thanks = Thank you! Your mentor will now see your messages.
consent-declined = We respect your decision: nothing you send is passed on to anyone. If you change your mind, choose "Yes, I agree" or send /start.
consent-still-needed = Your messages are not passed on until you agree. Please answer the question above, or send /start to see it again.
message-kept-no-mentor = Thank you. Your message is kept, and a mentor will answer you soon.
from-mentor = Your mentor { $mentor }:
client-help =
    This is the chat with your mentor. Write whenever you like, send photos of what you have done, or voice messages.
    /mood – how I feel today
    /tasks – my tasks; send a photo when one is done
    /language – choose your language
    /stop – pause the daily question (your chat stays open)
    /start – resume the daily question
    /forget – ask for all my data to be erased
    /help – this message
language-choose = Choose your language:
language-set = Done: I will write to you in English.
checkins-paused = The daily question is paused. Your chat stays open: write any time. Send /start to resume it.
checkins-resumed = The daily question is back on. Welcome back!

## Mentors

mentor-welcome = Welcome, { $name }! You are connected as a mentor. Your clients' messages will arrive here. Open /clients to see them.
mentor-help =
    Your clients write to you here.
    Reply to a client's message to answer them, or choose a client with /clients or /client; plain messages then go to that client.
    /clients – your clients, with unread messages, last mood and open tasks
    /client – switch the client you write to
    /history – recent messages of the current client
    /task – set the current client a task (title, due date, worksheet)
    /tasks – the current client's open tasks (cancel one)
    /checkin – ask the current client the daily question now
    /note – a private case note, never sent to the client
    /praise – send the current client a word of praise
    /via – turn on or off sending your messages through the client's interpreter; /via <text> sends just that text through them
    /web – a link to sign in to the web console
    /help – this message
client-said = { $client } ({ $channel }):
client-edited = { $client } ({ $channel }) edited a message:
client-sent-location = { $client } ({ $channel }) shared a location.
channel-telegram = Telegram
channel-whatsapp = WhatsApp
clients-header = Your clients:
clients-none = You have no clients assigned yet.
clients-row = { $name } · unread: { $unread } · last mood: { $mood } · missed days: { $missed } · open tasks: { $tasks }{ $overdue ->
        [0] {""}
       *[other] {" "}(overdue: { $overdue })
    }
mood-unknown = –
current-client = Now writing to { $name }. Plain messages go to them until you switch.
choose-client-first = Choose a client first: reply to one of their messages, or use /clients.
not-your-client = This client is not assigned to you.
history-header = Recent messages with { $name }:
history-empty = No messages with { $name } yet.
history-from-client = { $name }
history-from-mentor = You
history-from-system = Mentorline
note-prompt = Write your note about { $name }. It stays private and is never sent to them.
note-saved = Note saved for { $name }.
praise-choose = Choose a word of praise for { $name } (sent in their language):
praise-sent = Sent to { $name }.
delivery-failed = { $name } could not receive your message: they have blocked the bot or left { $channel }.
whatsapp-window-closed = { $name }'s WhatsApp window is closed (no message from them for 24 hours): they were told a message is waiting, and yours goes to them as soon as they write.
whatsapp-window-held = { $name }'s WhatsApp window is closed: your message waits and goes to them as soon as they write.
whatsapp-choose = Choose
handed-over = { $name } is now your client. Recent messages:
handed-away = { $name } has been assigned to another mentor. Their messages no longer reach you.
sent = Sent.

## Praise phrases, in the client's language

praise-1 = Well done! I am proud of you.
praise-2 = Great job, keep it up!
praise-3 = That is real progress. Thank you for sharing it.
praise-4 = You did it! Step by step, that is how it works.
praise-5 = Wonderful. I can see how much effort you put in.

## Command menu descriptions

command-clients = Your clients
command-client = Switch client
command-history = Recent messages
command-note = Private case note
command-praise = Send praise
command-help = Help
command-language = Choose language
command-stop = Pause the daily question
command-forget = Ask for my data to be erased
command-start = Start or resume

## Daily check-in

checkin-prompt = Good day, { $name }! How are you feeling today? Choose from 1 (very bad) to 5 (very good).
checkin-reminder = { $name }, just checking in: how are you today? Choose from 1 to 5, or simply write to your mentor.
checkin-thanks = Thank you for telling me. If you like, write a few words to your mentor about your day.
checkin-thanks-low = Thank you for telling me. I am sorry it is hard today. Your mentor will see this; write to them whenever you want.
client-checked-in = { $client } checked in: { $mood }/5
alert-low-mood = ⚠️ { $client } feels bad today: { $mood }/5.
alert-acknowledge = Seen, I will follow up
alert-acknowledged = Noted. Thank you for following up with { $client }.
command-mood = How I feel today
command-checkin = Ask the daily question now
checkin-ask-again = Ask again
checkin-now-sent = Asked { $name } how they feel today.
checkin-now-already-asked = { $name } has already been asked today. Ask a second time?
checkin-now-no-consent = { $name } has not agreed to the chat yet, so nothing can be sent.
checkin-now-unreachable = { $name } cannot be reached: they have no active chat.
alert-missed-checkins = ⚠️ { $client } has not answered the daily question { $count ->
        [one] once
       *[other] { $count } days in a row
    }.
alert-crisis-words = 🆘 { $client } wrote words that may mean they are in danger. Please contact them now. They were sent the crisis contacts.
alert-escalated = ⚠️ Not acknowledged after { $minutes } min: { $client } ({ $reason }). Mentor: { $mentor }.
alert-reason-low_mood = low mood
alert-reason-missed_checkins = missed daily questions
alert-reason-crisis_words = words of crisis
no-mentor = none assigned
crisis-contacts =
    You are not alone. If you are in danger or thinking of hurting yourself, please get help now:
    { $contacts }
    Your mentor has been told and will contact you.

## Mentor's daily digest

digest-header = Your day ({ $date }):
digest-answered = Answered ({ $count }): { $names }
digest-unanswered = No answer yet ({ $count }): { $names }
digest-alerts = Open alerts: { $names }
digest-overdue = Overdue tasks: { $names }

## Tasks

command-task = Set a task
command-tasks = Open tasks
task-assigned = New task: “{ $title }”
task-due = Due: { $date }
task-how-to-show = When it is done, send a photo here, or open /tasks.
task-worksheet = Worksheet for “{ $title }”
task-received = Thank you! Your mentor will look at “{ $title }”.
task-praise-1 = 🌟 Well done! “{ $title }” is done. I am proud of you.
task-praise-2 = 👏 Great work on “{ $title }”! Keep it up.
task-praise-3 = 💪 “{ $title }”: done! Step by step, you are getting there.
task-praise-4 = 🎉 You did it: “{ $title }”. That took effort, and it shows.
task-praise-5 = ✨ Wonderful! “{ $title }” is another step forward.
task-redo = Please have another go at “{ $title }”.
task-which = Which task does this photo show?
task-photo-not-for-task = Just a photo for my mentor
task-nothing-waiting = Nothing is waiting for this answer any more.
task-not-open = This task is no longer open.
task-send-photo = Great! Send a photo of it, or choose “Done without photo”.
task-done-without-photo = Done without photo
tasks-none = You have no open tasks right now.
tasks-header = Your open tasks. Choose one when it is done:
task-due-reminder = Today is the day for “{ $title }”. You can do it! Send a photo when it is done.
weekly-summary =
    { $name }, here is your week:
    ✅ Tasks done: { $done }
    🔥 Days in a row you took part: { $streak }
    Thank you for keeping going. Every small step counts!
weekly-summary-quiet = { $name }, a new week is a new start. Your mentor is here for you: write any time, or try one small task this week.
task-approve = ✅ Approve
task-ask-redo = ↩️ Ask to redo
task-submitted = { $client } did a task: “{ $title }”
task-submitted-no-photo = { $client } says this task is done (no photo): “{ $title }”
task-approved = Approved. { $client } has been sent praise for “{ $title }”.
task-redo-sent = Sent to { $client }: “{ $title }” is to be done again.
task-redo-prompt = What should { $name } do differently for “{ $title }”? Write it in one message.
task-not-reviewable = “{ $title }” is not waiting for review any more.
task-choose-client = Which client is the task for?
task-ask-title = What is the task for { $name }? Write a short title, such as “Cook a healthy dinner”.
task-ask-due = Due date for “{ $title }”? Write a date such as 25.11, or choose:
task-due-today = Today
task-due-tomorrow = Tomorrow
task-due-none = No due date
task-due-invalid = I could not read that date. Write it like 25.11 or 2026-11-25 (today or later), or choose:
task-ask-worksheet = Send a worksheet (a document or photo) to go with it, or choose:
task-no-worksheet = No worksheet
task-created = Task sent to { $name }: “{ $title }”.
task-cancelled = “{ $title }” has been taken off your list. No need to do it.
task-cancelled-mentor = “{ $title }” is cancelled; the client has been told.
task-not-open-mentor = “{ $title }” is already closed.
mentor-tasks-none = { $name } has no open tasks.
mentor-tasks-header = Open tasks of { $name } (press one to cancel it):
mentor-tasks-row = • { $title } · due: { $due } · { $status }
task-status-assigned = to do
task-status-submitted = waiting for your review

## Access taken back or moved

account-revoked = This chat no longer reaches Mentorline. If you think this is a mistake, please ask your coordinator.
account-replaced = You are now connected to Mentorline from another account, so this chat is no longer connected.
client-account-replaced = { $name } now writes to you from a new { $channel } account; the earlier one no longer reaches them.
mentor-inactive = Your mentor account is not active, so nothing you send is passed on. Please ask your coordinator.
coordinators-mentor-inactive = { $client } wrote, but their mentor { $mentor } is not active. Their messages wait until another mentor is assigned.
client-ended = Your programme has ended, so your messages are no longer passed on; they are kept. If you need help, please contact your coordinator.

## Files and messages that could not be passed on

media-problem-too_large = ⚠️ The file could not be passed on: it is larger than { $limit } MB.
media-problem-download_failed = ⚠️ The file could not be fetched from { $channel }.
media-problem-not_stored = ⚠️ The file could not be stored.
media-problem-unsafe = ⚠️ The photo could not be made safe to pass on (it might show where it was taken), so it was not sent.
media-problem-unprocessable = ⚠️ This message could not be processed. Whatever text it had is shown above.
client-media-too_large = Your file is too large to pass on (the limit is { $limit } MB). Please send a smaller one.
client-media-failed = Your file could not be passed on. Please try sending it again.
client-media-unsafe = Your photo could not be passed on safely. Please send it again, or send a screenshot of it.
client-unprocessable = Sorry, your last message could not be processed. Your mentor has been told; please try again.
mentor-unprocessable = Your last message could not be processed, so it was not sent. Please try again.
topic-recreated = The earlier topic of { $name } was deleted, so this is a new one. Everything about { $name } arrives here from now on.

## The web console, from the bot

from-staff = { $mentor } from your programme:
console-copy-own = You wrote to { $client } from the console:
console-copy-other = { $writer } wrote to { $client } from the console:
command-web = Sign in to the web console
command-via = Send through the interpreter (on/off)
web-sign-in-link = Your link to sign in to the web console. It works once, for 10 minutes: { $link }
web-sign-in-refused = Your console account is switched off. Please ask your coordinator.

## Erasure of a client's data
client-erased = Your data in the mentoring programme has been erased: your messages, check-ins, tasks and photos. This chat is no longer connected to the programme. If you want to take part again, ask your coordinator for a new invitation.
forget-confirm = Do you want all your data in the programme erased: your messages, check-ins, tasks and photos? Your mentor will no longer see them or be able to write to you here. A coordinator carries it out.
forget-yes = Yes, erase my data
forget-no = No, keep it
forget-received = Your request is received. A coordinator will erase your data, and you will get a message when it is done.
forget-kept = All right: nothing is erased.
forget-already = You have already asked for your data to be erased; a coordinator will carry it out soon.
mentor-erasure-requested = { $client } asked for their data to be erased. A coordinator will carry it out; until then the chat goes on as before.

## Interpreters

interpreter-welcome = Welcome, { $name }! You are connected as an interpreter. Messages of the clients you interpret for, and their mentors' messages to them, arrive here. Reply to a message with its translation.
interpreter-help =
    Messages of the clients you interpret for arrive here, each with who wrote it.
    Reply to a client's message with its translation: it goes to the mentor.
    Reply to a mentor's message marked "please translate" with the translation: it goes to the client.
    /clients – the clients you interpret for
    /web – a link to sign in to the web console
    /help – this message
interpreter-inactive = Your interpreter account is switched off, so nothing you send goes on. Please ask your coordinator.
interpreter-no-clients = You do not interpret for any client at the moment.
interpreter-clients =
    You interpret for:
    { $list }
interpreter-assigned = You now interpret for { $client } (language: { $language }). Their messages and their mentor's will arrive here; reply to one with its translation.
interpreter-assigned-mentor = { $interpreter } now interprets for { $client }. Reply to { $client }'s messages as usual; use /via to send yours through { $interpreter }.
interpreter-client-said = { $client } ({ $channel }):
interpreter-client-edited = { $client } ({ $channel }) edited a message:
interpreter-writer-said = { $writer } to { $client }:
interpreter-translate-request = { $writer } to { $client }, please translate (reply with the translation):
interpreter-not-your-client = You do not interpret for this client.
translation-by = Translation by { $interpreter }:
translation-sent-mentor = Thank you: the translation went to the mentor.
translation-kept = Thank you: the translation is kept; the client has no mentor to read it right now.
translation-sent-client = Thank you: the translation went to the client.
translation-already-sent = This message went to the client already; nothing more is sent.
translation-reply-to-message = To translate, reply to the message you are translating.
translation-text-only = A translation is written as text.
translation-went = { $interpreter }'s translation went to { $client }:
    { $text }
translation-waiting = { $interpreter } has not translated your message to { $client } yet:
    { $text }
    You can send it as you wrote it.
translation-interpreter-left = { $interpreter } no longer interprets for { $client }, and your message was not translated:
    { $text }
    You can send it as you wrote it.
send-original-button = Send the original
original-sent = Sent as you wrote it.
translation-already-went = This message went to the client already.
via-mode-on = Your messages to clients with an interpreter now go through the interpreter first. /via again to send directly.
via-mode-off = Your messages now go directly to your clients.
via-waiting = Waiting for { $interpreter }'s translation before it goes to { $client }.
via-no-interpreter = { $client } has no interpreter: write to them directly.
