## The staff console: enrolling many clients from a CSV file.
## Every language's catalog of this part has the same message ids and variables.

import-start = Enrol from a file
import-what = Many clients at once? Save the spreadsheet as CSV and enrol them all after one check.
import-title = Enrol clients from a file
import-intro = Save the spreadsheet as CSV (UTF-8), one client per row, under a header row that names the columns. Nothing is enrolled until you have seen the check of every row and confirmed it.
import-upload = Choose the file
import-columns = Columns
import-template = Download a blank template
import-column-required = required
import-column-mentor-required = required, or mentorId instead
import-column-name = The client's name.
import-column-mentorEmail = The email of the mentor's console account. Empty for no mentor yet.
import-column-language = The language the bot writes in, as a two-letter code: uk, ru, lv, en.
import-column-timezone = The client's time zone, as in Europe/Riga.
import-column-checkinTime = When the bot asks how they are, as in 09:30.
import-column-checkinDays = The days it asks, as in mon,wed,fri or mon tue. Empty for every day.
import-column-phone = With the country code, as in +371 2000 0000. Optional.
import-column-country = Optional.
import-column-programme = Optional, for example the project or funding line.
import-column-consentGiven = yes if the client gave consent in person; empty or no otherwise, and the bot asks them first.
import-columns-mentor-id = Instead of mentorEmail, a column mentorId may name mentors by their record id. Columns may come in any order; the optional ones may be left out.
import-file = CSV file
import-file-hint = At most { $size } MB and { $rows } clients.
import-check = Check the file
import-file-missing = Choose a CSV file.
import-file-too-large = The file is larger than { $size } MB.
import-file-lost = The checked file did not come back with the form. Choose it again.

import-preview-title = Check of { $file }
import-count-rows = Clients in the file
import-count-valid = Ready to enrol
import-count-invalid = Rows with problems
import-problems-title = What to correct
import-problems = { $count ->
    [one] One row needs correcting before anyone is enrolled. Correct the file and check it again.
   *[other] { $count } rows need correcting before anyone is enrolled. Correct the file and check it again.
}
import-problems-more = And { $count } more, shown in the table below.
import-fix-and-retry = Check the corrected file
import-ready-title = Every row is ready
import-enrol = { $count ->
    [one] Enrol 1 client
   *[other] Enrol { $count } clients
}
import-enrol-hint = They are enrolled all together, or none of them if something has changed since this check, such as a phone number another client has taken.
import-choose-other = Choose another file
import-rows-title = The rows of the file
import-row-heading = Row
import-row = Row { $row }
import-row-ready = Ready
import-row-problems = { $count ->
    [one] 1 problem
   *[other] { $count } problems
}

import-done-title = { $count ->
    [one] 1 client enrolled
   *[other] { $count } clients enrolled
}
import-done = { $count ->
    [one] 1 client was enrolled from the file on { $when }.
   *[other] { $count } clients were enrolled from the file on { $when }.
}
import-done-next = Each of them still needs an invite: open their page to make one. A client whose phone number the file gave can also join by writing to the programme on WhatsApp from that number.
import-done-clients = Enrolled
import-done-name = Name
import-done-mentor = Mentor
import-no-mentor = No mentor yet
import-again = Enrol more from a file
import-all-clients = All clients
