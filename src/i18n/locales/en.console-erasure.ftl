## The staff console: erasing a client's data for good.
## Each language's catalog of this part has the same message ids and variables.

erase-title = Erase { $name }'s data
erase-back = Back to { $name }'s page
erase-requested = They asked for it themselves on { $when } ({ $channel }).
erase-what-heading = What erasing does
erase-removes = It removes for good: their profile (name, phone, country, programme), their chats and invites, every message both ways with its photos and files, check-ins, tasks and their evidence, notes, alerts, and every copy of their messages kept for delivery, also those passed to their mentor. Photos another client also sent stay for that client.
erase-keeps = It keeps: a record that a client was erased, when, by you and why (their name and phone are taken out of the reason), the audit log without their details, and de-identified figures so that past reports to funders stay the same.
erase-told = They get one last message, in their language, saying their data has been erased. It cannot be undone.
erase-form-heading = Erase for good
erase-reason = Why
erase-reason-hint = For example: the client asked on the phone on 3 May. Kept with the record of the erasure.
erase-confirm = Type the client's name, { $name }, to confirm
erase-confirm-wrong = This is not the client's name. Type { $name } to confirm.
erase-submit = Erase all their data
erase-cancel = Keep it
erased-title = Client erased
erased-done = The client's data was erased on { $when }. They were sent one last message saying so.
erased-reason = Reason kept with the record: { $reason }
erased-to-clients = To the clients
privacy-erase-link = Erase all their data…
privacy-erase-requested = They asked on { $when } for their data to be erased.
today-erasure-requests = { $count ->
    [one] One client asked for their data to be erased
   *[other] { $count } clients asked for their data to be erased
}
today-erasure-request = { $name }, on { $when }
