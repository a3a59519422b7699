## Darbinieku konsole: klientu saraksts un katra klienta lapa.
## Katras valodas konsoles katalogos ir tie paši ziņojumu identifikatori un mainīgie.

## Klientu saraksts

clients-title = Klienti
clients-caption = Klienti pēc vārda
clients-search = Vārds
clients-filter-label = Meklēt klientus
clients-filter-any = Visi
clients-filter-current = Aktīvie un apturētie
clients-filter-mentor = Mentors
clients-filter-status = Statuss
clients-filter-programme = Programma
clients-filter-language = Valoda
clients-filter-channel = Saziņas kanāls
clients-filter-submit = Rādīt
clients-filters-on = Rādīti tikai:
clients-filters-clear = Rādīt visus klientus
clients-filter-remove = Noņemt filtru “{ $filter }”
clients-on-search = vārdā ir “{ $text }”
clients-on-mentor = mentors { $name }
clients-unknown-mentor = (mentors bez pašreizējiem klientiem)
clients-on-status = { $status }
clients-on-programme = programma { $programme }
clients-on-language = valoda: { $language }
clients-on-channel = kanālā { $channel }
clients-on-checkin-asked = šodien jautāti
clients-on-checkin-answered = šodien atbildējuši
clients-on-checkin-not-yet = šodien vēl nav atbildējuši
clients-on-checkin-missed = šodienas jautājums palicis bez atbildes
clients-on-mood = šodien jūtas “{ $mood }”
clients-on-waiting = gaida atbildi
clients-on-overdue = ar nokavētu uzdevumu
clients-count = { $count ->
    [0] Nav klientu
    [zero] { $count } klientu
    [one] { $count } klients
   *[other] { $count } klienti
}
clients-none-match = Neviens klients neatbilst šiem filtriem.
clients-none-yet = Klientu vēl nav.
clients-col-name = Vārds
clients-col-mentor = Mentors
clients-col-channels = Kanāli
clients-col-last-contact = Pēdējā saziņa
clients-col-mood = Noskaņojums
clients-col-open-tasks = Atvērtie uzdevumi
clients-col-waiting = Atbilde
clients-no-mentor = Nav mentora
clients-no-channel = Kanāla vēl nav
clients-never = Nekad
clients-not-waiting = Atbildēts
clients-sparkline = Noskaņojums pēdējās 14 dienās: { $answered ->
    [0] nav atbilžu
    [zero] { $answered } atbilžu
    [one] { $answered } atbilde
   *[other] { $answered } atbildes
}
clients-pages = Vēl klienti
clients-first-page = ← Pirmā lapa

## Klienta lapa: galvene un sadaļas

client-page-sections = Šajā lapā
client-page-section-thread = Sarakste
client-page-section-tasks = Uzdevumi
client-page-section-mood = Noskaņojums
client-page-section-notes = Piezīmes
client-page-section-profile = Profils
client-page-section-access = Kanāli un ielūgumi
client-page-section-history = Mentori
client-page-mentor-inactive = izslēgts
client-page-open-alerts = { $count ->
    [zero] { $count } atvērtu brīdinājumu
    [one] { $count } atvērts brīdinājums
   *[other] { $count } atvērti brīdinājumi
}
client-page-none = nav
client-page-back = Atpakaļ pie klienta { $name }

## Sarakste

client-page-thread = Sarakste
client-page-timeline-label = Sarakste ar { $name }
client-page-timeline-empty = Nekas vēl nav rakstīts.
client-page-timeline-cut = Rādīti tikai pēdējie { $count } ieraksti.
client-page-by-staff = { $name } (darbinieks)
client-page-edited = labots
client-page-photo-from = Foto no { $name }
client-page-file-from = Fails no { $name }
client-page-photo-to = Foto, nosūtīts klientam { $name }
client-page-file-to = Fails, nosūtīts klientam { $name }
client-page-file = Lejupielādēt failu ({ $type })
client-page-location = Atrašanās vieta kartē
client-page-voice = Balss ziņa
client-page-media-too_large = Fails bija par lielu, lai to saglabātu.
client-page-media-download_failed = Failu neizdevās saņemt no saziņas kanāla.
client-page-media-not_stored = Failu neizdevās saglabāt.
client-page-media-unsafe = Foto nevarēja padarīt drošu (tajā varētu redzēt, kur tas uzņemts), tāpēc tas netika saglabāts.
client-page-media-unprocessable = Šo ziņu neizdevās apstrādāt; tās teksts, ja tāds bija, ir redzams.
client-page-checkin-asked = Ikdienas jautājums: vēl nav atbildes
client-page-checkin-answered = Ikdienas jautājums:
client-page-task-created = Uzdots uzdevums:
client-page-task-shown-done = Parādīts paveiktais:
client-page-task-approved = Apstiprināts:
client-page-task-redo = Lūgts pārtaisīt:
client-page-task-cancelled = Atcelts:
client-page-evidence-alt = Ko klients parādīja uzdevumam “{ $title }”
client-page-worksheet-alt = Darba lapa uzdevumam “{ $title }”
client-page-alert-open = atvērts
client-page-alert-acknowledged = pieņemts zināšanai { $when }
client-page-alert-resolved = atrisināts { $when }
client-page-note-by = Privāta piezīme, autors: { $name }
client-page-mentor-started = { $name } kļuva par mentoru.
client-page-mentor-ended = { $name } vairs nav mentors.

## Atbildes lodziņš

client-page-reply-label = Rakstīt klientam { $name }
client-page-reply-text = Ziņa klientam { $name }
client-page-reply-file = Foto vai fails (nav obligāti)
client-page-reply-send = Sūtīt
client-page-reply-goes-own = Aizies pie { $name } kanālā { $chats } un būs redzama arī Jūsu Telegram sarakstē.
client-page-reply-goes-other = Aizies pie { $name } kanālā { $chats }; mentors { $mentor } to redzēs Telegram.
client-page-reply-goes-no-mentor = Aizies pie { $name } kanālā { $chats }.
client-page-reply-no-chat = Klientam { $name } vēl nav piesaistīta saziņas kanāla, tāpēc ziņa nenonāktu līdz viņam. Izveidojiet ielūgumu sadaļā “Kanāli un ielūgumi”.
client-page-reply-empty = Uzrakstiet ziņu vai izvēlieties sūtāmo failu.
client-page-reply-file-again = Lūdzu, izvēlieties failu vēlreiz: tas netiek saglabāts, kamēr ziņa tiek labota.
client-page-upload-too_large = Fails ir lielāks par { $limit } MB, tāpēc tas netika nosūtīts.
client-page-upload-empty = Fails ir tukšs.
client-page-upload-unsafe = Failu nevarēja padarīt drošu sūtīšanai (tajā varētu redzēt, kur tas uzņemts, vai tas ir bojāts). Lūdzu, nosūtiet citu.

## Uzdevumi

client-page-tasks = { $count ->
    [0] Uzdevumi
   *[other] Uzdevumi (atvērti: { $count })
}
client-page-tasks-none = Atvērtu uzdevumu nav.
client-page-tasks-closed = Paveiktie un atceltie ({ $count })
client-page-task-overdue = nokavēts kopš { $date }
client-page-task-redo-asked = Lūgts pārtaisīt: { $comment }
client-page-task-worksheet = Darba lapa
client-page-task-shown = parādīts { $when }
client-page-task-no-photo = Atzīmēts kā paveikts bez foto.
client-page-task-approve = Apstiprināt un uzslavēt
client-page-task-approve-label = Apstiprināt “{ $title }”
client-page-task-cancel = Atcelt uzdevumu
client-page-task-cancel-label = Atcelt “{ $title }”
client-page-task-cancel-confirm = Atcelt “{ $title }”? Klientam { $name } paziņos, ka tas vairs nav jādara.
client-page-task-redo-open = Lūgt pārtaisīt
client-page-task-redo-label = Lūgt pārtaisīt “{ $title }”
client-page-task-redo-comment = Kas jādara citādi?
client-page-task-redo-send = Sūtīt atpakaļ
client-page-task-moved-on = “{ $title }”: šis uzdevums pa to laiku ir mainījies (uz to atbildēja vai to atcēla). Šeit redzams, kā tas ir tagad.
client-page-task-new = Jauns uzdevums
client-page-task-title = Uzdevums
client-page-task-details = Sīkāka informācija (nav obligāti)
client-page-task-due = Termiņš (nav obligāti)
client-page-task-due-hint = Klientam atgādinās termiņa dienā.
client-page-task-worksheet-file = Darba lapa (nav obligāti)
client-page-task-worksheet-hint = Foto vai fails, ko nosūtīt kopā ar uzdevumu.
client-page-task-sent = Uzdevums uzreiz aizies pie { $name } viņa valodā.
client-page-task-create = Uzdot uzdevumu

## Noskaņojums

client-page-mood = Noskaņojums { $days } dienās
client-page-mood-axis = Noskaņojums no 1 (ļoti slikti) līdz 5 (ļoti labi)
client-page-mood-summary = Atbildēts { $answered } no pēdējām { $days } dienām, vidēji { $average }.
client-page-mood-none = Pēdējās { $days } dienās atbilžu nav.
client-page-mood-last = Pēdējā atbilde ({ $date }):

## Piezīmes

client-page-notes = Privātas piezīmes
client-page-note-new = Jauna piezīme
client-page-note-hint = Piezīmes lasa tikai darbinieki; klients tās nekad neredz.
client-page-note-save = Saglabāt piezīmi
client-page-notes-none = Piezīmju vēl nav.

## Profils, ikdienas jautājumi un piekrišana

client-page-profile = Profils
client-page-profile-edit = Labot profilu
client-page-field-name = Vārds
client-page-field-phone = Tālrunis
client-page-phone-hint = Starptautiskā formā, piemēram, +37120000000. Atstājiet tukšu, ja tālruņa nav.
client-page-field-language = Valoda
client-page-field-timezone = Laika josla
client-page-field-country = Valsts
client-page-field-programme = Programma
client-page-field-status = Statuss
client-page-status-hint = Apturētiem klientiem ikdienas jautājumu neuzdod; beigušos klientu ziņas saglabā, bet vairs nepārsūta.
client-page-enrolled = Uzņemts
client-page-checkins = Ikdienas jautājumi
client-page-checkins-edit = Mainīt vai apturēt ikdienas jautājumus
client-page-field-checkin-time = Ikdienas jautājuma laiks
client-page-checkin-time-hint = Klienta laiks, joslā { $zone }.
client-page-field-checkin-days = Dienas
client-page-field-summary-day = Nedēļas kopsavilkuma diena
client-page-field-paused-until = Apturēts līdz
client-page-paused-until-hint = Ikdienas jautājumu neuzdos līdz šai dienai ieskaitot. Atstājiet tukšu, lai jautātu kā parasti.
client-page-paused = Ikdienas jautājumi apturēti līdz { $date }.
client-page-resume = Atsākt jautājumus tūlīt
client-page-stopped = Klients pats apturēja ikdienas jautājumu (/stop) { $when }. Atsākt to var ar /start.
client-page-day-mon = Pirmdiena
client-page-day-tue = Otrdiena
client-page-day-wed = Trešdiena
client-page-day-thu = Ceturtdiena
client-page-day-fri = Piektdiena
client-page-day-sat = Sestdiena
client-page-day-sun = Svētdiena
client-page-consent = Piekrišana
client-page-consent-in-person = Dota klātienē, reģistrēta { $when }.
client-page-consent-bot = Dota sarakstē, { $when }.
client-page-consent-given = Dota.
client-page-consent-not-yet = Vēl nav dota. Klientam { $name } to sarakstē pajautā pirms visa cita.
client-page-consent-record = Reģistrēt klātienē dotu piekrišanu
client-page-consent-confirm = Reģistrēt, ka { $name } šodien deva piekrišanu klātienē?

## Kanāli un ielūgumi

client-page-access = Kanāli un ielūgumi
client-page-accounts = Kanāli
client-page-accounts-none = Klientam { $name } vēl nav piesaistīta saziņas kanāla.
client-page-account-active = Aktīvs
client-page-account-unreachable = Nav sasniedzams
client-page-account-revoked = Atsaukts
client-page-account-since = kopš { $when }
client-page-window-open = WhatsApp logs atvērts līdz { $when }
client-page-window-closed = WhatsApp logs slēgts kopš { $when }
client-page-window-closed-note = Tagad sasniedz tikai veidnes; ziņas gaida, līdz klients uzrakstīs.
client-page-account-revoked-on = atsaukts { $when }
client-page-account-revoke-label = Atsaukt { $channel } kanālu
client-page-account-revoke-confirm = Atņemt klientam { $name } { $channel } kanālu? Viņam to paziņos vienreiz, un pēc tam caur to nekas vairs netiks ne sūtīts, ne saņemts.
client-page-revoke = Atsaukt
client-page-invites = Atvērtie ielūgumi
client-page-invites-none = Atvērtu ielūgumu nav.
client-page-invite-open = Izveidots { $made }, derīgs līdz { $until }
client-page-invite-revoke-label = Atsaukt ielūgumu, kas izveidots { $made }
client-page-invite-revoke-confirm = Atsaukt šo ielūgumu? Ar tā kodu vairs nevarēs pievienoties.
client-page-invite-used = Šis ielūgums pa to laiku izmantots: atsauciet kanālu, ko tas piesaistīja.
client-page-invite-new = Izveidot ielūgumu
client-page-invite-hint = Ielūgums piesaista klienta { $name } Telegram vai WhatsApp. Tā kods tiek parādīts vienu reizi.
client-page-invite-title = Ielūgums klientam { $name }

## Mentori

client-page-assignments = Mentori
client-page-assignments-none = Mentora līdz šim nav bijis.
client-page-assignment-since = kopš { $from }
client-page-assignment-from-to = { $from } – { $to }
client-page-assignment-current = tagad
client-page-reassign = Nodot citam mentoram
client-page-reassign-to = Jaunais mentors
client-page-reassign-hint = Jaunais mentors saņems saraksti ar nesenāko vēsturi; iepriekšējam paziņos.
client-page-reassign-submit = Nodot
client-page-reassign-confirm = Nodot klientu { $name } izvēlētajam mentoram?
client-page-no-mentor = Bez mentora

## Pēc darbības

done-client-reply-sent = Jūsu ziņa ir ceļā.
done-client-task-created = Uzdevums uzdots un ir ceļā pie klienta.
done-client-task-approved = Apstiprināts. Klientam nosūtīta uzslava.
done-client-task-redo = Uzdevums nosūtīts atpakaļ ar Jūsu komentāru.
done-client-task-cancelled = Uzdevums atcelts; klientam paziņots.
done-client-note-saved = Piezīme saglabāta.
done-client-profile-saved = Profils saglabāts.
done-client-checkins-saved = Ikdienas jautājumu iestatījumi saglabāti.
done-client-checkins-resumed = Ikdienas jautājumi atsākti.
done-client-consent-recorded = Piekrišana reģistrēta.
done-client-reassigned = Klientam ir jauns mentors.
done-client-invite-revoked = Ielūgums atsaukts.
done-client-account-revoked = Kanāls atsaukts; klientam paziņots.
