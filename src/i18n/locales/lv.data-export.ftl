## Klienta datu eksporta README.txt klienta valodā.
## Katrā valodā šai daļai ir tie paši ziņu identifikatori un mainīgie.

data-export-readme-title = Jūsu dati, ko glabā Mentorline: { $name }
data-export-readme-made = Šis arhīvs sagatavots { $date }. Tajā ir viss, ko pakalpojums par Jums glabā.
data-export-readme-times = Laiks norādīts UTC, pierakstīts šādi: 2026-03-14T09:30:00.000Z; dienas (piemēram, ikdienas jautājuma diena) ir kalendāra dienas Jūsu laika joslā. Faili .json ir vienkāršs teksts, ko atver jebkurš teksta redaktors.
data-export-readme-client = Jūsu profils (vārds, tālrunis, valoda, laika josla, valsts, programma, statuss), Jūsu piekrišana un kad tā reģistrēta, kad un kurās dienās Jums jautā, kā Jums klājas, Jūsu mentori un no kura līdz kuram laikam katrs bija Jūsu mentors, un saziņas lietotnes, ko izmantojāt (kura, kopš kura laika un vai tā vēl tiek lietota; nekad Jūsu kontu numuri).
data-export-readme-thread = Visas ziņas starp Jums un Jūsu mentoriem abos virzienos, sākot ar vecāko: kas un kad to rakstīja, kas tajā bija rakstīts, katra labotas ziņas iepriekšējā versija, cik tālu nonāca Jums sūtīta ziņa (nosūtīta, piegādāta, izlasīta) un tās fotoattēla vai faila nosaukums mapē media. Ja tulks ziņu iztulkoja, tās tulkojumi ir pie tās: valoda, tulks un kad.
data-export-readme-checkins = Katras dienas jautājums par to, kā Jums klājas: kad tas uzdots, atgādināts un atbildēts, un Jūsu norādītais noskaņojums no 1 (ļoti slikti) līdz 5 (ļoti labi).
data-export-readme-tasks = Ar Jums norunātie uzdevumi: kas tie bija, līdz kuram laikam, kas ar tiem notika, un darba lapas un fotoattēli, kas tiem pievienoti.
data-export-readme-notes = Piezīmes, ko Jūsu mentori un koordinatori rakstīja par darbu ar Jums.
data-export-readme-alerts = Kad pakalpojums brīdināja Jūsu mentoru (slikts noskaņojums, dienas bez atbildes vai vārdi, kas izklausījās pēc krīzes) un kā uz to reaģēja.
data-export-readme-media =
    { $count ->
        [zero] { $count } fotoattēlu un failu
        [one] { $count } fotoattēls vai fails
       *[other] { $count } fotoattēli un faili
    } no Jūsu ziņām un uzdevumiem; katra nosaukums ir tā SHA-256 nospiedums, tāpēc divreiz sūtīts fails šeit ir vienreiz.
data-export-readme-no-media = Fotoattēlu un failu nav, tāpēc šīs mapes arhīvā nav.
data-export-readme-missing =
    { $count ->
        [one] Šo failu neizdevās nolasīt no krātuves, tāpēc tā šajā arhīvā nav, lai gan ieraksti to min:
       *[other] Šos { $count } failus neizdevās nolasīt no krātuves, tāpēc to šajā arhīvā nav, lai gan ieraksti tos min:
    }
