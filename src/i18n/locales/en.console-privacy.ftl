## The staff console: what a client may ask of their own data, on their page.
## Each language's console catalogs have the same message ids and variables.

client-page-privacy = Their data
client-page-privacy-export-what = Everything kept about { $name } in one zip file, for them to see or take elsewhere: their profile and consent, the thread with every photo and file, check-ins, tasks, notes and alerts, with a README in their language.
client-page-privacy-export-audited = The download is recorded in the audit log under your name.
client-page-privacy-export = Download all their data (zip)
