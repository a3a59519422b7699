## Darbinieku konsole: audita žurnāls — kas ko lasīja vai mainīja un kad.
## Katras valodas šīs daļas katalogā ir tie paši ziņojumu identifikatori un mainīgie.

audit-title = Audita žurnāls
audit-intro = Kas ko lasīja vai mainīja un kad: katra klienta sarakstes, failu, ikdienas jautājumu un uzdevumu apskate, katra lejupielāde un katra izmaiņa ar vērtību pirms un pēc tās. Ziņu un piezīmju teksti šeit netiek glabāti nekad.
audit-client-link = Kas to ir redzējis vai mainījis

## Atlase

audit-filter-label = Sašaurināt žurnālu
audit-filter-client = Klients
audit-filter-client-hint = Daļa no vārda
audit-filter-actor = Kas
audit-filter-action = Ko
audit-filter-from = No
audit-filter-to = Līdz
audit-filter-anyone = Jebkurš
audit-filter-anything = Jebkas
audit-filter-submit = Rādīt
audit-filter-kind-staff = Jebkurš darbinieks
audit-filter-kind-mentor = Jebkurš mentors sarakstē
audit-filter-kind-client = Jebkurš klients sarakstē
audit-filter-group-kinds = Veidi
audit-filter-group-staff = Darbinieki konsolē
audit-filter-group-mentors = Mentori sarakstē
audit-filter-reads = Jebkura lietas apskate
audit-filter-chosen = Kā izvēlēts

audit-on = Rāda
audit-on-client = Klients: { $name }
audit-on-clients-named = Klienti, kuru vārdā ir “{ $text }”: { $names }
audit-on-actor = Kas: { $name }
audit-on-action = Ko: { $action }
audit-on-from = No { $date }
audit-on-to = Līdz { $date }
audit-filter-remove = Noņemt atlasi: { $filter }
audit-filters-clear = Rādīt visu

audit-no-client-named = Nevienam klientam vārdā nav “{ $text }”.
audit-none = Nekas atbilstošs nav ierakstīts.
audit-newest = Atpakaļ uz jaunākajiem
audit-older = Vecāki ieraksti
audit-entries = Jaunākie vispirms
audit-refused = Atlase jāpārbauda vēlreiz: katrs paziņojums ir pie sava lauka.
audit-bad-client = Izvēlieties klientu vēlreiz.
audit-bad-actor = Izvēlieties, kas, vēlreiz.
audit-bad-action = Izvēlieties, ko, vēlreiz.
audit-not-a-date = Ievadiet datumu, piemēram, 2026-04-01.
audit-to-before-from = Šis datums ir pirms pirmā datuma.
audit-bad-cursor = Šo žurnāla lapu nevar atrast; sāciet no jaunākajiem.
audit-client-page = Klienta lapa: { $name }

## Kā katra darbība saucas atlasē

audit-action-read-thread = Lasīja saraksti
audit-action-read-message = Saņēma ziņu kā tulks
audit-action-read-media = Atvēra fotoattēlu vai failu
audit-action-read-checkins = Lasīja ikdienas jautājumus
audit-action-read-tasks = Lasīja uzdevumus
audit-action-export-clients = Lejupielādēja klientus
audit-action-export-checkins = Lejupielādēja ikdienas jautājumus
audit-action-export-tasks = Lejupielādēja uzdevumus
audit-action-report-exported = Lejupielādēja izvērtēšanas pārskatu
audit-action-client-created = Uzņēma klientu
audit-action-client-updated = Mainīja klienta datus
audit-action-clients-imported = Uzņēma klientus no faila
audit-action-client-exported = Lejupielādēja visus klienta datus
audit-action-client-erasure-requested = Lūdza dzēst savus datus
audit-action-client-erased = Dzēsa klienta datus
audit-action-consent-given = Piekrišana dota
audit-action-consent-withdrawn = Piekrišana atsaukta
audit-action-consent-declined = Piekrišana atteikta
audit-action-note-written = Uzrakstīja privātu piezīmi
audit-action-task-create = Uzdeva uzdevumu
audit-action-task-update = Mainīja uzdevumu
audit-action-task-approve = Apstiprināja uzdevumu
audit-action-task-redo = Lūdza uzdevumu izpildīt vēlreiz
audit-action-task-cancel = Atcēla uzdevumu
audit-action-alert-acknowledged = Atzīmēja brīdinājumu kā redzētu
audit-action-alert-resolved = Atrisināja brīdinājumu
audit-action-invite-created = Izveidoja ielūgumu
audit-action-invite-revoked = Atsauca ielūgumus
audit-action-account-bound = Piesaistīja kanālu
audit-action-account-replaced = Nomainīja kanālu
audit-action-account-revoked = Atsauca kanālu
audit-action-mentor-created = Pievienoja mentoru
audit-action-mentor-updated = Mainīja mentora datus
audit-action-deliveries-cancelled = Atcēla gaidošās ziņas
audit-action-delivery-retried = Nosūtīja ziņu vēlreiz
audit-action-staff-created = Izveidoja konsoles kontu
audit-action-staff-updated = Mainīja konsoles kontu
audit-action-staff-password-set = Izvēlējās paroli
audit-action-staff-setup-link-issued = Izveidoja paroles saiti
audit-action-staff-signed-in = Pieteicās
audit-action-staff-signed-out = Atteicās

## Kas

audit-actor-admin = Administrēšanas API
audit-actor-system = Mentorline
audit-actor-unknown = Kāds, kas nav reģistrēts
audit-gone-staff-actor = Bijušais darbinieks
audit-gone-mentor-actor = Bijušais mentors
audit-gone-client-actor = Dzēsts klients
audit-gone-staff = bijušais darbinieks
audit-gone-mentor = bijušais mentors
audit-gone-client = dzēsts klients

## Kas notika, viens teikums katram ierakstam

audit-did-read-thread = { $actor } lasīja klienta { $subject } saraksti
audit-did-read-message = { $actor } kā tulks saņēma klienta { $subject } ziņu savā { $channel } tērzēšanā
audit-did-read-media = { $actor } atvēra fotoattēlu vai failu klienta { $subject } lietā
audit-did-read-checkins = { $actor } lasīja klienta { $subject } ikdienas jautājumus
audit-did-read-tasks = { $actor } lasīja klienta { $subject } uzdevumus
audit-did-export-clients = { $actor } lejupielādēja klientu sarakstu
audit-did-export-checkins = { $actor } lejupielādēja ikdienas jautājumus, { $period }
audit-did-export-tasks = { $actor } lejupielādēja uzdevumus, { $period }
audit-did-report-exported = { $actor } lejupielādēja izvērtēšanas pārskatu ({ $table ->
    [months] mēneši
    [profile] profils
    [mentors] mentori
   *[pdf] PDF
}), { $period }
audit-did-client-created = { $actor } uzņēma klientu { $subject }
audit-did-client-created-consent = { $actor } uzņēma klientu { $subject }, kurš deva piekrišanu klātienē
audit-did-clients-imported = { $actor } no faila uzņēma { $count ->
    [one] { $count } klientu
   *[other] { $count } klientus
}
audit-did-client-exported = { $actor } lejupielādēja visus klienta { $subject } datus
audit-did-client-erasure-requested = { $actor } sarakstē lūdza dzēst savus datus
audit-did-client-erased = { $actor } dzēsa klienta { $subject } datus
audit-did-consent-given = { $method ->
    [bot] { $actor } sarakstē piekrita saziņai
   *[other] { $actor } reģistrēja klienta { $subject } klātienē doto piekrišanu
}
audit-did-consent-withdrawn = { $method ->
    [bot] { $actor } sarakstē atsauca savu piekrišanu
   *[other] { $actor } reģistrēja, ka klients { $subject } atsauca piekrišanu
}
audit-did-consent-declined = { $actor } sarakstē atteicās no saziņas
audit-did-note-written = { $actor } uzrakstīja privātu piezīmi par klientu { $subject }
audit-did-task-create = { $actor } uzdeva uzdevumu klientam { $subject }
audit-did-task-update = { $actor } mainīja klienta { $subject } uzdevumu
audit-did-task-approve = { $actor } apstiprināja klienta { $subject } uzdevumu
audit-did-task-redo = { $actor } lūdza klientu { $subject } izpildīt uzdevumu vēlreiz
audit-did-task-cancel = { $actor } atcēla klienta { $subject } uzdevumu
audit-did-alert-acknowledged = { $actor } atzīmēja kā redzētu brīdinājumu par klientu { $subject }: { $kind }
audit-did-alert-resolved = { $actor } atrisināja brīdinājumu par klientu { $subject }: { $kind }
audit-did-invite-created = { $actor } izveidoja ielūgumu: { $subject }
audit-did-invite-revoked = { $reason ->
    [bound] Pēc kanāla piesaistes pārējie ielūgumi vairs nav derīgi: { $subject }
   *[other] { $actor } atsauca { $count ->
        [one] { $count } ielūgumu
       *[other] { $count } ielūgumus
    }: { $subject }
}
audit-did-account-bound = { $actor } piesaistīja { $channel } kanālu
audit-did-account-replaced = { $actor }: iepriekšējo kanālu aizstāja jauns
audit-did-account-revoked = { $actor } atsauca { $channel } kanālu: { $subject }
audit-did-mentor-created = { $actor } pievienoja mentoru { $subject }
audit-did-deliveries-cancelled = { $actor } padarīja neaktīvu mentoru { $subject }: atceltas gaidošās ziņas — { $count }
audit-did-delivery-retried = { $actor } vēlreiz nosūtīja ziņu, kas nebija pienākusi
audit-did-staff-created = { $actor } izveidoja konsoles kontu: { $subject }, { $role }
audit-did-staff-password-set = { $actor } izvēlējās paroli
audit-did-staff-setup-link-issued = { $actor } izveidoja paroles izvēles saiti: { $subject }
audit-did-staff-signed-in = { $actor } pieteicās konsolē
audit-did-staff-signed-out = { $actor } atteicās no konsoles
audit-did-other = { $actor }: { $action }

## Izmaiņas

audit-changed-one = { $actor } mainīja: { $subject } — { $field } no { $from } uz { $to }
audit-changed-fields = { $actor } mainīja: { $subject } — { $fields }
audit-changed-many = { $actor } mainīja datus: { $subject }
audit-changed-nothing = { $actor } saglabāja datus bez izmaiņām: { $subject }
audit-change-line = { $field }: no { $from } uz { $to }
audit-change-fields-line = Mainīts, vārdi netiek glabāti: { $fields }
audit-password-changed = Parole nomainīta.
audit-period-between = no { $from } līdz { $to }
audit-period-from = no { $from }
audit-period-to = līdz { $to }
audit-period-all = visi datumi

audit-field-name = vārds
audit-field-phone = tālrunis
audit-field-language = valoda
audit-field-languages = valodas
audit-field-timezone = laika josla
audit-field-checkin-time = ikdienas jautājuma laiks
audit-field-checkin-days = ikdienas jautājuma dienas
audit-field-checkins-paused-until = ikdienas jautājumi apturēti līdz
audit-field-weekly-summary-day = nedēļas kopsavilkuma diena
audit-field-status = statuss
audit-field-country = valsts
audit-field-programme = programma
audit-field-consent = piekrišana
audit-field-mentor = mentors
audit-field-interpreter = tulks
audit-field-mentor-record = mentora ieraksts
audit-field-role = loma
audit-field-active = stāvoklis
audit-field-title = nosaukums
audit-field-details = apraksts
audit-field-due-date = termiņš

audit-value-none = nav
audit-value-yes = jā
audit-value-no = nē
audit-value-active = aktīvs
audit-value-inactive = neaktīvs
audit-value-no-mentor = bez mentora
audit-value-no-interpreter = bez tulka
