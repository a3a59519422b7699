## The staff console: the programme's records as spreadsheet downloads.
## Each language's catalog of this part has the same message ids and variables.

exports-title = Exports
exports-intro = Download the programme's records as spreadsheet files (CSV, UTF-8) that open in Excel, LibreOffice Calc or Google Sheets. Every download is recorded in the audit log under your name, with the dates you chose.
exports-columns = Columns: { $columns }
exports-from = From
exports-to = To
exports-refused = The dates need another look: each message is next to its date.
exports-not-a-date = Enter a date, such as 2026-04-01.
exports-from-after-to = This date comes after the end of the period.
exports-formula-note = Text that begins like a formula (with =, +, - or @), such as a phone number with its +, starts with an apostrophe, so the spreadsheet shows it instead of running it.

exports-clients-title = Clients
exports-clients-what = Everyone enrolled, with their status, current mentor, language, daily check-in, phone, country, programme and consent.
exports-clients-download = Download clients

exports-checkins-title = Check-ins
exports-checkins-what = Each day's question to each client: when it was asked, reminded and answered, and the mood they gave.
exports-checkins-days = Days are each client's own calendar days. Leave a date empty for everything before or after; both dates are included.
exports-checkins-download = Download check-ins

exports-tasks-title = Tasks
exports-tasks-what = Tasks agreed with clients: with whom, their state, when they were handed in and approved, and how many photos came with them.
exports-tasks-days = A task counts on the day it was agreed, in the agency's time zone ({ $zone }). Leave a date empty for everything before or after; both dates are included.
exports-tasks-download = Download tasks
