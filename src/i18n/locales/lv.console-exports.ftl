## Darbinieku konsole: programmas ieraksti lejupielādei kā izklājlapas.
## Katras valodas šīs daļas katalogā ir tie paši ziņojumu identifikatori un mainīgie.

exports-title = Eksports
exports-intro = Lejupielādējiet programmas ierakstus kā izklājlapu failus (CSV, UTF-8), kurus var atvērt Excel, LibreOffice Calc vai Google Sheets. Katra lejupielāde tiek ierakstīta audita žurnālā ar jūsu vārdu un izvēlētajiem datumiem.
exports-columns = Kolonnas: { $columns }
exports-from = No
exports-to = Līdz
exports-refused = Datumi jāpārbauda vēlreiz: katrs paziņojums ir pie sava datuma.
exports-not-a-date = Ievadiet datumu, piemēram, 2026-04-01.
exports-from-after-to = Šis datums ir pēc perioda beigām.
exports-formula-note = Teksts, kas sākas kā formula (ar =, +, - vai @), piemēram, tālruņa numurs ar +, sākas ar apostrofu, lai izklājlapa to parādītu, nevis izpildītu.

exports-clients-title = Klienti
exports-clients-what = Visi uzņemtie klienti ar statusu, pašreizējo mentoru, valodu, ikdienas jautājumu, tālruni, valsti, programmu un piekrišanu.
exports-clients-download = Lejupielādēt klientus

exports-checkins-title = Ikdienas jautājumi
exports-checkins-what = Katras dienas jautājums katram klientam: kad tas uzdots, kad atgādināts un atbildēts, un kādu noskaņojumu klients norādīja.
exports-checkins-days = Dienas ir katra klienta paša kalendāra dienas. Atstājiet datumu tukšu, lai iekļautu visu pirms vai pēc tā; abi datumi ir iekļauti.
exports-checkins-download = Lejupielādēt ikdienas jautājumus

exports-tasks-title = Uzdevumi
exports-tasks-what = Ar klientiem norunātie uzdevumi: ar ko, kādā stāvoklī, kad iesniegti un apstiprināti, un cik fotoattēlu tiem pievienots.
exports-tasks-days = Uzdevums pieder dienai, kurā tas norunāts, aģentūras laika joslā ({ $zone }). Atstājiet datumu tukšu, lai iekļautu visu pirms vai pēc tā; abi datumi ir iekļauti.
exports-tasks-download = Lejupielādēt uzdevumus
