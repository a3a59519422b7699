## Darbinieku konsole: programmas vadība (uzņemšana, mentori, brīdinājumi, piegādes, darbinieki).
## Katras valodas šīs daļas katalogā ir tie paši ziņu identifikatori un mainīgie.

programme-fix-fields = { $count ->
    [one] Jāpārskata laukums: { $count }. Ziņa ir blakus katram laukam.
   *[other] Jāpārskata laukumi: { $count }. Ziņa ir blakus katram laukam.
}

## Uzņemšana

enrol-title = Uzņemt
enrol-timezone-hint = Piemēram, Europe/Riga: ikdienas jautājums un atgādinājumi seko šai joslai.
enrol-client-title = Uzņemt klientu
enrol-client-what = Pievienojiet cilvēku, kurš sāk programmu: mentoru, valodu un ikdienas pārbaudi. Uzaicinājumu nodošanai uz papīra vai pa tālruni saņemsiet uzreiz.
enrol-client-start = Uzņemt klientu
enrol-client-intro = Aizpildiet to, par ko vienojāties ar klientu. Uzaicinājumu skenēšanai vai nosūtīšanai saņemsiet nākamajā lapā.
enrol-client-about = Klients
enrol-client-name = Vārds
enrol-client-language = Valoda
enrol-client-language-hint = Bots raksta klientam šajā valodā.
enrol-client-phone = Tālrunis
enrol-client-phone-hint = Nav obligāts, ar valsts kodu, piemēram, +371 2000 0000. Ar to pietiek uzrakstīt programmai WhatsApp no šī numura, lai pievienotos.
enrol-client-country = Valsts
enrol-client-programme = Programma
enrol-client-programme-hint = Nav obligāta, piemēram, projekts vai finansējuma avots.
enrol-client-mentoring = Mentors un ikdienas pārbaude
enrol-client-mentor = Mentors
enrol-client-mentor-hint = Mentoru var izvēlēties arī vēlāk.
enrol-client-no-mentor = Vēl nav mentora
enrol-mentor-option = { $count ->
    [0] { $name } (nav klientu)
   *[other] { $name } (klienti: { $count })
}
enrol-client-checkin-time = Pārbaudes laiks
enrol-client-checkin-time-hint = Kad bots jautā, kā klientam klājas, klienta laika joslā.
enrol-client-checkin-days = Pārbaudes dienas
enrol-client-consent = Piekrišana
enrol-client-consent-given = Klients deva piekrišanu klātienē
enrol-client-consent-hint = Atzīmējiet tikai tad, ja klients šodien Jums piekrita. Citādi bots vispirms jautās pats.
enrol-client-submit = Uzņemt un parādīt uzaicinājumu
enrol-client-done-title = { $name } ir uzņemts
enrol-client-done = { $name } ir uzņemts. Nododiet zemāk redzamo uzaicinājumu tagad: kad atstāsiet šo lapu, tas vairs netiks rādīts.
enrol-client-summary = Uzņemts
enrol-client-checkin = Ikdienas pārbaude
enrol-client-checkin-at = { $time } ({ $zone }), { $days }
enrol-client-consent-yes = Dota klātienē
enrol-client-consent-no = Vēl nav: bots vispirms jautās
enrol-client-open = Atvērt klienta { $name } lapu
enrol-client-another = Uzņemt vēl vienu klientu
enrol-invite-gone-title = Uzaicinājums
enrol-invite-gone = Uzaicinājums ({ $name }) tika parādīts, kad to izveidoja, un tiek glabāts tikai tā nospiedums. Ja tas netika nodots, izveidojiet jaunu.
enrol-invite-new = Izveidot jaunu uzaicinājumu

enrol-mentor-title = Uzņemt mentoru
enrol-mentor-what = Pievienojiet mentoru: lomu, valodas un laika joslu, un konsoles kontu, ja ir e-pasts. Telegram uzaicinājumu saņemsiet uzreiz.
enrol-mentor-start = Uzņemt mentoru
enrol-mentor-intro = Mentors strādā Telegram. Uzaicinājumu skenēšanai ar mentora tālruni saņemsiet nākamajā lapā.
enrol-mentor-about = Mentors
enrol-mentor-name = Vārds
enrol-mentor-role = Loma
enrol-mentor-languages = Valodas
enrol-mentor-languages-hint = Divu burtu kodi, atdalīti ar komatiem, piemēram, lv, ru. Bots raksta mentoram pirmajā.
enrol-mentor-account = Konsoles konts
enrol-mentor-account-hint = Ar e-pastu mentors saņem konsoles kontu, bet Jūs saņemat saiti, ar kuru mentors izvēlas paroli. Bez e-pasta mentors piesakās, nosūtot botam /web.
enrol-mentor-email-hint = Nav obligāts.
enrol-mentor-submit = Uzņemt un parādīt uzaicinājumu
enrol-mentor-done-title = { $name } ir uzņemts
enrol-mentor-done = { $name } ir uzņemts kā mentors. Nododiet zemāk redzamo uzaicinājumu tagad: kad atstāsiet šo lapu, tas vairs netiks rādīts.
enrol-mentor-summary = Uzņemts
enrol-mentor-account-made = Izveidots adresei { $email }: nododiet augstāk redzamo saiti.
enrol-mentor-account-none = Nav izveidots
enrol-mentor-account-bot = Nav: mentors piesakās, nosūtot botam /web.
enrol-mentor-account-refused = Mentors ir uzņemts, bet konsoles konts adresei { $email } netika izveidots: { $reason }.
enrol-mentor-account-retry = Pievienot konsoles kontu mentoram { $name }
enrol-mentor-open = Atvērt mentora { $name } lapu
enrol-mentor-another = Uzņemt vēl vienu mentoru

## Mentori

mentors-title = Mentori
mentors-active = { $count ->
    [0] Nav aktīvu mentoru
   *[other] Aktīvie mentori: { $count }
}
mentors-inactive = Vairs neaktīvi mentori: { $count }
mentors-none = Neviens vēl nav uzņemts kā mentors.
mentors-enrol = Uzņemt mentoru
mentors-summary = Klientu kopā: { $clients }. Gaida atbildi: { $waiting }.
mentors-window = Pirmās atbildes un atbildētās pārbaudes ir par pēdējām 30 dienām.
mentors-mentor = Mentors
mentors-caseload = Klienti
mentors-waiting = Gaida atbildi
mentors-first-reply = Pirmās atbildes mediāna
mentors-answer-rate = Atbildētās pārbaudes
mentors-open-alerts = Atvērtie brīdinājumi
mentors-caseload-of = mentora { $name } klienti
mentors-waiting-of = mentora { $name } klienti, kas gaida atbildi
mentors-open-alerts-of = atvērtie brīdinājumi par mentora { $name } klientiem
mentors-no-replies = 30 dienās nebija ziņu, uz kurām atbildēt
mentors-no-checkins = 30 dienās netika uzdota neviena pārbaude
mentors-not-joined = Vēl nav Telegram

mentors-page-inactive = Vairs nav aktīvs
mentors-page-joined = Telegram
mentors-page-figures = Īsumā
mentors-page-clients = Pašreizējie klienti
mentors-page-enrol-client = Uzņemt klientu mentoram { $name }
mentors-page-no-clients = Mentoram { $name } nav pašreizējo klientu.
mentors-page-client = Klients
mentors-page-status = Statuss
mentors-page-last-contact = Pēdējais kontakts
mentors-page-never = nekad
mentors-page-mood = Noskaņojums
mentors-page-moods-label = Klienta { $name } noskaņojums pēdējās 14 dienās
mentors-page-open-tasks = Atvērtie uzdevumi
mentors-page-telegram = Telegram uzaicinājums
mentors-page-telegram-joined = { $name } ir Telegram. Jauns uzaicinājums ir paredzēts pievienošanai no jauna tālruņa vai konta.
mentors-page-telegram-not-joined = { $name } vēl nav pievienojies Telegram. Ja uzaicinājums pazudis vai beidzies, izveidojiet jaunu.
mentors-page-new-invite = Izveidot jaunu uzaicinājumu

## Brīdinājumi

alerts-title = Brīdinājumi
alerts-unseen = { $count ->
    [0] Nav jaunu brīdinājumu
   *[other] Brīdinājumi, ko neviens vēl nav skatījis: { $count }
}
alerts-none-unseen = Visi brīdinājumi ir apskatīti.
alerts-following = { $count ->
    [0] Nekas netiek risināts
   *[other] Tiek risināti: { $count }
}
alerts-none-following = Nav neviena apstiprināta, bet vēl atvērta brīdinājuma.
alerts-recent = Atrisināti pēdējās { $days } dienās
alerts-none-recent = Pēdējā laikā nekas netika atrisināts.
alerts-of-mentor = Brīdinājumi par mentora { $name } klientiem.
alerts-show-all = Rādīt visus brīdinājumus
alerts-client = Klients
alerts-kind = Brīdinājums
alerts-raised = Radās
alerts-mentor = Mentors
alerts-no-mentor = Nav mentora
alerts-acknowledged = Apstiprināts
alerts-not-acknowledged = Vēl neviens
alerts-acknowledged-by = { $who }, { $when }
alerts-resolved = Atrisināts
alerts-resolved-by = { $who }, { $when }
alerts-note = Kas tika darīts
alerts-someone = kāds
alerts-actions = Darbības
alerts-about = par klientu { $name }
alerts-acknowledge = Redzēju, sekošu līdzi
alerts-acknowledge-about = Apstiprināt brīdinājumu par klientu { $name }
alerts-open-resolve = Atvērt
alerts-page-title = Brīdinājums par klientu { $name }
alerts-page-checkin = Pārbaude
alerts-page-escalated = Nodots koordinatoriem
alerts-page-open-client = Atvērt klienta { $name } lapu un ziņas
alerts-page-act = Rīcība
alerts-page-acknowledge-hint = Apstipriniet, ka redzējāt, lai nevienam citam tas nebūtu jādara un brīdinājums netiktu nodots koordinatoriem.
alerts-page-note = Kas tika darīts
alerts-page-note-hint = Piemēram: piezvanīju, viņa ir drošībā un pirmdien apmeklēs ārstu. Tas aizver brīdinājumu.
alerts-page-resolve = Atrisināt brīdinājumu
alerts-page-back = Visi brīdinājumi
done-alert-acknowledged = Brīdinājums ir apstiprināts: Jūs sekojat līdzi.
done-alert-already-acknowledged = Kāds šo brīdinājumu jau bija apstiprinājis; nekas netika mainīts.
done-alert-resolved = Brīdinājums ir atrisināts ar Jūsu piezīmi par paveikto.
done-alert-already-resolved = Šis brīdinājums jau bija atrisināts; tā piezīme paliek nemainīta.

## Piegādes

deliveries-page-title = Piegādes
deliveries-page-intro = Ziņas, kas nesasniedza adresātu. Atkārtoti nosūtīta ziņa atgriežas savā vietā šajā sarakstē; nākamās ziņas to gaida.
deliveries-page-list = Nav piegādātas
deliveries-page-older = Nav piegādātas, vecākas
deliveries-page-none = Visas ziņas ir piegādātas.
deliveries-page-newest = Atpakaļ uz jaunākajām
deliveries-page-when = Rakstīta
deliveries-page-for = Kam
deliveries-page-what = Kas
deliveries-page-status = Statuss
deliveries-page-reason = Iemesls
deliveries-page-actions = Darbības
deliveries-page-client = klients
deliveries-page-mentor = mentors
deliveries-page-chat = Saruna { $chat }
deliveries-page-about = par klientu { $name }
deliveries-page-kind-text = Teksts
deliveries-page-kind-photo = Fotoattēls
deliveries-page-kind-document = Dokuments
deliveries-page-kind-voice = Balss ziņa
deliveries-page-kind-video = Video
deliveries-page-kind-location = Atrašanās vieta
deliveries-page-kind-menu = Komandu izvēlne
deliveries-page-status-dead = Atmesta pēc mēģinājumiem
deliveries-page-status-failed = Platforma atteica
deliveries-page-attempts = { $count ->
    [0] vēl nav mēģināts
   *[other] mēģinājumi: { $count }
}
deliveries-page-no-reason = nav norādīts
deliveries-page-retry = Sūtīt vēlreiz
deliveries-page-retry-to = adresātam { $name }
deliveries-page-explain = „Atmesta pēc mēģinājumiem”: platforma katru reizi neatbildēja vai atbildēja ar kļūdu. „Platforma atteica”: tā paziņoja, ka šo ziņu tādu nekad nevar piegādāt, piemēram, tāpēc, ka adresāts bloķēja botu. Sūtiet vēlreiz, kad iemesls ir novērsts.
done-delivery-retried = Ziņa ir atpakaļ izejošo rindā un drīz tiks nosūtīta. Ja tā atkal neizdosies, tā atgriezīsies šajā sarakstā.
done-delivery-not-retryable = Šī ziņa vairs negaida atkārtotu sūtīšanu: tā pa to laiku tika nosūtīta vai nosūtīta vēlreiz.

## Darbinieki

staff-page-title = Darbinieki
staff-page-people = Piesakās: { $count }
staff-page-name = Vārds
staff-page-role = Loma
staff-page-mentor = Strādā kā mentors
staff-page-mentor-hint = Mentoriem: mentora ieraksts, kura klientus viņi redz.
staff-page-no-mentor = Nav
staff-page-mentor-taken = { $name } (ir konts)
staff-page-mentor-record = Mentora ieraksts
staff-page-state = Konts
staff-page-active = Aktīvs
staff-page-inactive = Deaktivizēts
staff-page-password-set = Iestatīta
staff-page-password-none = Vēl nav izvēlēta
staff-page-no-email = Nav e-pasta: piesakās no bota
staff-page-you = Jūs
staff-page-language-hint = Konsole ar darbinieku runā šajā valodā.
staff-page-timezone-hint = Piemēram, Europe/Riga: konsole rāda laikus šajā joslā. Darbinieks to var mainīt savos iestatījumos.
staff-page-add = Pievienot darbinieku
staff-page-password = Parole
staff-page-password-hint = Nav obligāta, vismaz { $min } rakstzīmes. Bez tās saņemsiet saiti, ar kuru darbinieks izvēlas paroli pats: tas ir labāk nekā nodot paroli.
staff-page-add-submit = Pievienot
staff-page-change = Mainīt
staff-page-self-hint = Šis ir Jūsu konts: ja to deaktivizēsiet vai vairs nebūsiet koordinators, Jūs šajā lapā vairs nevarēsiet atgriezties.
staff-page-may-sign-in = Aktīvs: drīkst pieteikties
staff-page-active-hint = Noņemot atzīmi, { $name } tiek uzreiz izrakstīts visur un nevar pieteikties, kamēr atzīme nav atjaunota.
staff-page-record = Konts
staff-page-since = Pievienots
staff-page-setup-link = Saite paroles izvēlei
staff-page-setup-link-first = { $name } vēl nav izvēlējies paroli. Jauna saite izbeidz jebkuru iepriekšējo.
staff-page-setup-link-reset = Ja { $name } aizmirsa paroli, saite ļauj izvēlēties jaunu. Pašreizējā parole darbojas, līdz tas notiek.
staff-page-setup-link-issue = Izveidot jaunu saiti
staff-page-setup-link-inactive = { $name } ir deaktivizēts: saite nedarbotos. Vispirms atzīmējiet „Aktīvs” un saglabājiet.
staff-page-back = Visi darbinieki
staff-page-link-for = Saite paroles izvēlei: { $name }
staff-page-link-how = Nododiet to darbiniekam { $name }, lai atvērtu savā tālrunī vai datorā: tā atver lapu, kurā izvēlēties paroli pieteikšanās vajadzībām.
staff-page-link-once = Tā darbojas vienu reizi, līdz { $expires }, un netiks rādīta vēlreiz, kad atstāsiet šo lapu.
staff-page-link-qr-alt = Saites QR kods paroles izvēlei: { $name }
done-staff-saved = Izmaiņas ir saglabātas.
done-staff-added = Darbinieks ir pievienots un var pieteikties ar Jūsu izvēlēto paroli.
done-staff-added-link = Darbinieks ir pievienots. Nododiet zemāk redzamo saiti: kad atstāsiet šo lapu, tā vairs netiks rādīta.
done-staff-link-made = Ir izveidota jauna saite, un jebkura iepriekšējā vairs nedarbojas. Nododiet to zemāk.
done-staff-deactivated = Konts ir deaktivizēts: darbinieks tika izrakstīts visur un nevar pieteikties.
done-staff-reactivated = Konts atkal ir aktīvs: darbinieks var pieteikties.
