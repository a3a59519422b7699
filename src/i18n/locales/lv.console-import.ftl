## Darbinieku konsole: daudzu klientu uzņemšana no CSV faila.
## Šīs daļas katalogā katrai valodai ir vieni un tie paši ziņu identifikatori un mainīgie.

import-start = Uzņemt no faila
import-what = Daudz klientu uzreiz? Saglabājiet izklājlapu kā CSV un uzņemiet visus pēc vienas pārbaudes.
import-title = Klientu uzņemšana no faila
import-intro = Saglabājiet izklājlapu kā CSV (UTF-8): katrs klients savā rindā, virs tām galvenes rinda ar kolonnu nosaukumiem. Neviens netiek uzņemts, pirms redzat katras rindas pārbaudi un to apstiprināt.
import-upload = Izvēlieties failu
import-columns = Kolonnas
import-template = Lejupielādēt tukšu veidni
import-column-required = obligāta
import-column-mentor-required = obligāta, vai tās vietā mentorId
import-column-name = Klienta vārds.
import-column-mentorEmail = Mentora konsoles konta e-pasts. Tukšs, ja mentora vēl nav.
import-column-language = Valoda, kurā raksta bots, ar divu burtu kodu: uk, ru, lv, en.
import-column-timezone = Klienta laika josla, piemēram, Europe/Riga.
import-column-checkinTime = Kad bots jautā, kā klientam klājas, piemēram, 09:30.
import-column-checkinDays = Dienas, kurās tas jautā, piemēram, mon,wed,fri vai mon tue. Tukšs nozīmē katru dienu.
import-column-phone = Ar valsts kodu, piemēram, +371 2000 0000. Nav obligāts.
import-column-country = Nav obligāta.
import-column-programme = Nav obligāta, piemēram, projekts vai finansējuma avots.
import-column-consentGiven = yes, ja klients piekrišanu deva klātienē; citādi tukšs vai no, un bots vispirms jautā klientam pašam.
import-columns-mentor-id = mentorEmail vietā kolonna mentorId var norādīt mentorus ar viņu ieraksta identifikatoru. Kolonnas var būt jebkurā secībā; neobligātās var izlaist.
import-file = CSV fails
import-file-hint = Ne vairāk kā { $size } MB un { $rows } klientu.
import-check = Pārbaudīt failu
import-file-missing = Izvēlieties CSV failu.
import-file-too-large = Fails ir lielāks par { $size } MB.
import-file-lost = Pārbaudītais fails neatnāca līdzi veidlapai. Izvēlieties to vēlreiz.

import-preview-title = Faila { $file } pārbaude
import-count-rows = Klienti failā
import-count-valid = Gatavi uzņemšanai
import-count-invalid = Rindas ar problēmām
import-problems-title = Kas jālabo
import-problems = Jālabo rindas: { $count }. Kamēr tās nav izlabotas, neviens netiek uzņemts. Izlabojiet failu un pārbaudiet to vēlreiz.
import-problems-more = Un vēl { $count }, kas redzamas tabulā zemāk.
import-fix-and-retry = Pārbaudīt izlaboto failu
import-ready-title = Visas rindas ir gatavas
import-enrol = { $count ->
    [one] Uzņemt { $count } klientu
   *[other] Uzņemt { $count } klientus
}
import-enrol-hint = Viņi tiek uzņemti visi kopā vai neviens, ja kopš šīs pārbaudes kas mainījies, piemēram, kāds cits klients jau ieguvis to pašu tālruņa numuru.
import-choose-other = Izvēlēties citu failu
import-rows-title = Faila rindas
import-row-heading = Rinda
import-row = { $row }. rinda
import-row-ready = Gatava
import-row-problems = Problēmas: { $count }

import-done-title = Uzņemti klienti: { $count }
import-done = No faila uzņemti klienti: { $count } ({ $when }).
import-done-next = Katram no viņiem vēl vajag ielūgumu: atveriet klienta lapu, lai to izveidotu. Klients, kura tālruņa numurs bija failā, var pievienoties arī, uzrakstot programmai WhatsApp no šī numura.
import-done-clients = Uzņemtie
import-done-name = Vārds
import-done-mentor = Mentors
import-no-mentor = Mentora vēl nav
import-again = Uzņemt vēl no faila
import-all-clients = Visi klienti
