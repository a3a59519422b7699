## Darbinieku konsole: ko klients var lūgt par saviem datiem, viņa lapā.
## Katrā valodā konsoles katalogiem ir tie paši ziņu identifikatori un mainīgie.

client-page-privacy = Klienta dati
client-page-privacy-export-what = Viss, kas glabāts par { $name }, vienā zip failā, ko klients var apskatīt vai paņemt līdzi: profils un piekrišana, saziņa ar visiem fotoattēliem un failiem, ikdienas jautājumi, uzdevumi, piezīmes un brīdinājumi, ar README klienta valodā.
client-page-privacy-export-audited = Lejupielāde tiek ierakstīta audita žurnālā ar jūsu vārdu.
client-page-privacy-export = Lejupielādēt visus klienta datus (zip)
