## The staff console: the clients list and each client's page.
## Each language's console catalogs have the same message ids and variables.

## The clients list

clients-title = Clients
clients-caption = Clients, by name
clients-search = Name
clients-filter-label = Find clients
clients-filter-any = All
clients-filter-current = Active and paused
clients-filter-mentor = Mentor
clients-filter-status = Status
clients-filter-programme = Programme
clients-filter-language = Language
clients-filter-channel = Chat
clients-filter-submit = Show
clients-filters-on = Showing only:
clients-filters-clear = Show all clients
clients-filter-remove = Remove the filter “{ $filter }”
clients-on-search = name contains “{ $text }”
clients-on-mentor = mentor { $name }
clients-unknown-mentor = (a mentor without current clients)
clients-on-status = { $status }
clients-on-programme = programme { $programme }
clients-on-language = speaks { $language }
clients-on-channel = on { $channel }
clients-on-checkin-asked = asked today
clients-on-checkin-answered = answered today
clients-on-checkin-not-yet = not answered yet today
clients-on-checkin-missed = missed today's check-in
clients-on-mood = feeling “{ $mood }” today
clients-on-waiting = waiting for a reply
clients-on-overdue = with an overdue task
clients-count = { $count ->
    [0] No clients
    [one] One client
   *[other] { $count } clients
}
clients-none-match = No client matches these filters.
clients-none-yet = There are no clients yet.
clients-col-name = Name
clients-col-mentor = Mentor
clients-col-channels = Chats
clients-col-last-contact = Last contact
clients-col-mood = Mood
clients-col-open-tasks = Open tasks
clients-col-waiting = Reply
clients-no-mentor = No mentor
clients-no-channel = No chat yet
clients-never = Never
clients-not-waiting = Answered
clients-sparkline = Mood over the last 14 days: { $answered ->
    [0] no answers
    [one] one answer
   *[other] { $answered } answers
}
clients-pages = More clients
clients-first-page = ← First page

## A client's page: the head and the sections

client-page-sections = On this page
client-page-section-thread = Thread
client-page-section-tasks = Tasks
client-page-section-mood = Mood
client-page-section-notes = Notes
client-page-section-profile = Profile
client-page-section-access = Chats and invites
client-page-section-history = Mentors
client-page-mentor-inactive = switched off
client-page-open-alerts = { $count ->
    [one] One open alert
   *[other] { $count } open alerts
}
client-page-none = none
client-page-back = Back to { $name }

## The thread

client-page-thread = Thread
client-page-timeline-label = Thread with { $name }
client-page-timeline-empty = Nothing has been written yet.
client-page-timeline-cut = Only the latest { $count } entries are shown.
client-page-by-staff = { $name } (staff)
client-page-edited = edited
client-page-photo-from = Photo from { $name }
client-page-file-from = File from { $name }
client-page-photo-to = Photo sent to { $name }
client-page-file-to = File sent to { $name }
client-page-file = Download the file ({ $type })
client-page-location = Location on a map
client-page-voice = Voice message
client-page-media-too_large = The file was too large to keep.
client-page-media-download_failed = The file could not be fetched from the chat.
client-page-media-not_stored = The file could not be stored.
client-page-media-unsafe = The photo could not be made safe (it might show where it was taken), so it was not kept.
client-page-media-unprocessable = This message could not be processed; any text it had is shown.
client-page-checkin-asked = Daily question: no answer yet
client-page-checkin-answered = Daily question:
client-page-task-created = Task set:
client-page-task-shown-done = Shown done:
client-page-task-approved = Approved:
client-page-task-redo = Asked to redo:
client-page-task-cancelled = Cancelled:
client-page-evidence-alt = What was shown for “{ $title }”
client-page-worksheet-alt = Worksheet for “{ $title }”
client-page-alert-open = open
client-page-alert-acknowledged = acknowledged { $when }
client-page-alert-resolved = resolved { $when }
client-page-note-by = Private note by { $name }
client-page-mentor-started = { $name } became the mentor.
client-page-mentor-ended = { $name } is no longer the mentor.

## The reply box

client-page-reply-label = Write to { $name }
client-page-reply-text = Message to { $name }
client-page-reply-file = Photo or file (optional)
client-page-reply-send = Send
client-page-reply-goes-own = Goes to { $name } on { $chats }, and appears in your Telegram chat too.
client-page-reply-goes-other = Goes to { $name } on { $chats }; their mentor { $mentor } sees it in Telegram.
client-page-reply-goes-no-mentor = Goes to { $name } on { $chats }.
client-page-reply-no-chat = { $name } has no chat linked yet, so a message would not reach them. Create an invite under “Chats and invites”.
client-page-reply-empty = Write a message or choose a file to send.
client-page-reply-file-again = Please choose the file again: it is not kept while the message is corrected.
client-page-upload-too_large = The file is larger than { $limit } MB, so it was not sent.
client-page-upload-empty = The file is empty.
client-page-upload-unsafe = The file could not be made safe to send (it might show where it was taken, or is damaged). Please send another.

## Tasks

client-page-tasks = { $count ->
    [0] Tasks
   *[other] Tasks ({ $count } open)
}
client-page-tasks-none = No open tasks.
client-page-tasks-closed = Done and cancelled ({ $count })
client-page-task-overdue = overdue since { $date }
client-page-task-redo-asked = Asked to redo: { $comment }
client-page-task-worksheet = Worksheet
client-page-task-shown = shown done { $when }
client-page-task-no-photo = Shown done without a photo.
client-page-task-approve = Approve and praise
client-page-task-approve-label = Approve “{ $title }”
client-page-task-cancel = Cancel task
client-page-task-cancel-label = Cancel “{ $title }”
client-page-task-cancel-confirm = Cancel “{ $title }”? { $name } will be told it is off their list.
client-page-task-redo-open = Ask to redo
client-page-task-redo-label = Ask to redo “{ $title }”
client-page-task-redo-comment = What should be done differently?
client-page-task-redo-send = Send back
client-page-task-moved-on = “{ $title }”: this task has changed meanwhile (it was answered, or cancelled). Here is how it stands now.
client-page-task-new = New task
client-page-task-title = Task
client-page-task-details = Details (optional)
client-page-task-due = Due date (optional)
client-page-task-due-hint = The client is reminded on the day.
client-page-task-worksheet-file = Worksheet (optional)
client-page-task-worksheet-hint = A photo or a file sent with the task.
client-page-task-sent = The task goes to { $name } at once, in their language.
client-page-task-create = Set task

## Mood

client-page-mood = Mood over { $days } days
client-page-mood-axis = Mood, 1 (very bad) to 5 (very good)
client-page-mood-summary = Answered on { $answered } of the last { $days } days, { $average } on average.
client-page-mood-none = No answers in the last { $days } days.
client-page-mood-last = Last answer ({ $date }):

## Notes

client-page-notes = Private notes
client-page-note-new = New note
client-page-note-hint = Only staff read notes; the client never sees them.
client-page-note-save = Save note
client-page-notes-none = No notes yet.

## Profile, check-ins and consent

client-page-profile = Profile
client-page-profile-edit = Edit profile
client-page-field-name = Name
client-page-field-phone = Phone
client-page-phone-hint = In international form, such as +37120000000. Leave empty for none.
client-page-field-language = Language
client-page-field-timezone = Time zone
client-page-field-country = Country
client-page-field-programme = Programme
client-page-field-status = Status
client-page-status-hint = Paused clients are not asked daily; an ended client's messages are kept but no longer passed on.
client-page-enrolled = Enrolled
client-page-checkins = Check-ins
client-page-checkins-edit = Change or pause check-ins
client-page-field-checkin-time = Time of the daily question
client-page-checkin-time-hint = The client's own time, in { $zone }.
client-page-field-checkin-days = Days
client-page-field-summary-day = Day of the weekly summary
client-page-field-paused-until = Paused until
client-page-paused-until-hint = No daily question up to and including this day. Leave empty to ask as usual.
client-page-paused = Check-ins are paused until { $date }.
client-page-resume = Resume check-ins now
client-page-stopped = The client stopped the daily question themselves (/stop) on { $when }. They can start it again with /start.
client-page-day-mon = Monday
client-page-day-tue = Tuesday
client-page-day-wed = Wednesday
client-page-day-thu = Thursday
client-page-day-fri = Friday
client-page-day-sat = Saturday
client-page-day-sun = Sunday
client-page-consent = Consent
client-page-consent-in-person = Given in person, recorded { $when }.
client-page-consent-bot = Given in the chat, { $when }.
client-page-consent-given = Given.
client-page-consent-not-yet = Not given yet. { $name } is asked for it in the chat before anything else.
client-page-consent-record = Record consent given in person
client-page-consent-confirm = Record that { $name } gave their consent in person, today?

## Chats and invites

client-page-access = Chats and invites
client-page-accounts = Chats
client-page-accounts-none = { $name } has no chat linked yet.
client-page-account-active = Active
client-page-account-unreachable = Unreachable
client-page-account-revoked = Revoked
client-page-account-since = since { $when }
client-page-window-open = WhatsApp window open until { $when }
client-page-window-closed = WhatsApp window closed since { $when }
client-page-window-closed-note = Only templates reach them now; messages wait until they write.
client-page-account-revoked-on = revoked { $when }
client-page-account-revoke-label = Revoke the { $channel } chat
client-page-account-revoke-confirm = Take the { $channel } chat away from { $name }? They are told once, and nothing more reaches it or comes from it.
client-page-revoke = Revoke
client-page-invites = Open invites
client-page-invites-none = No open invites.
client-page-invite-open = Made { $made }, works until { $until }
client-page-invite-revoke-label = Revoke the invite made { $made }
client-page-invite-revoke-confirm = Revoke this invite? Its code will bind nobody.
client-page-invite-used = This invite was used meanwhile: revoke the chat it linked instead.
client-page-invite-new = Create an invite
client-page-invite-hint = The invite links { $name }'s Telegram or WhatsApp. Its code is shown once.
client-page-invite-title = Invite for { $name }

## Mentors

client-page-assignments = Mentors
client-page-assignments-none = No mentor so far.
client-page-assignment-since = since { $from }
client-page-assignment-from-to = { $from } – { $to }
client-page-assignment-current = now
client-page-reassign = Move to another mentor
client-page-reassign-to = New mentor
client-page-reassign-hint = The new mentor gets the thread with its recent history; the previous one is told.
client-page-reassign-submit = Move
client-page-reassign-confirm = Move { $name } to the chosen mentor?
client-page-no-mentor = No mentor

## After an action

done-client-reply-sent = Your message is on its way.
done-client-task-created = The task is set and on its way to the client.
done-client-task-approved = Approved. The client has been sent praise.
done-client-task-redo = The task is sent back with your comment.
done-client-task-cancelled = The task is cancelled; the client has been told.
done-client-note-saved = The note is saved.
done-client-profile-saved = The profile is saved.
done-client-checkins-saved = The check-in settings are saved.
done-client-checkins-resumed = Check-ins are resumed.
done-client-consent-recorded = The consent is recorded.
done-client-reassigned = The client has a new mentor.
done-client-invite-revoked = The invite is revoked.
done-client-account-revoked = The chat is revoked; the client has been told.
