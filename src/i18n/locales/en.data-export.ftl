## The README.txt of a client's data export, in the client's language.
## Each language's catalog of this part has the same message ids and variables.

data-export-readme-title = Your data kept by Mentorline: { $name }
data-export-readme-made = This archive was made on { $date }. It holds everything the service keeps about you.
data-export-readme-times = Times are in UTC, written like 2026-03-14T09:30:00.000Z; days (such as the day of a check-in) are calendar days in your own time zone. The .json files are plain text that any text editor opens.
data-export-readme-client = Your profile (name, phone, language, time zone, country, programme, status), your consent and when it was recorded, when and on which days you are asked how you are, your mentors and from when to when each one was yours, and the messengers you used (which one, since when, and whether it is still in use; never your account numbers).
data-export-readme-thread = Every message between you and your mentors, both ways, oldest first: who wrote it and when, what it said, every earlier version of a message that was edited, how far a message to you got (sent, delivered, read), and the name of its photo or file in the media folder. Where an interpreter translated a message, its translations are with it: the language, the interpreter and when.
data-export-readme-checkins = Each day's question of how you are: when it was asked, reminded and answered, and the mood you gave, from 1 (very bad) to 5 (very good).
data-export-readme-tasks = The tasks agreed with you: what they were, by when, what became of them, and the worksheets and photos that came with them.
data-export-readme-notes = The notes your mentors and coordinators wrote about their work with you.
data-export-readme-alerts = When the service alerted your mentor (a low mood, days without an answer, or words that sounded like a crisis), and how it was followed up.
data-export-readme-media =
    { $count ->
        [one] One photo or file
       *[other] { $count } photos and files
    } from your messages and tasks, each named by its SHA-256 digest, so a file sent twice is here once.
data-export-readme-no-media = There are no photos or files, so this folder is not in the archive.
data-export-readme-missing =
    { $count ->
        [one] This file could not be read from storage, so it is not in this archive, although the records name it:
       *[other] These { $count } files could not be read from storage, so they are not in this archive, although the records name them:
    }
