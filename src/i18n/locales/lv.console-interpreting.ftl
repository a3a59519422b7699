## Darbinieku konsole: tulki darbinieku lapās, klienta lapā un savā konsolē.
## Katras valodas konsoles katalogos ir tie paši ziņojumu identifikatori un mainīgie.

## Darbinieku lapas

staff-page-languages = Tulko
staff-page-languages-hint = Tulkiem: valodas, kuras viņi tulko, divburtu kodos, atdalītas ar komatiem, piemēram, ar, fa, uk.
staff-page-email-hint = Tulkam tā var nebūt: viņš piesakās ar saiti no bota.
staff-page-telegram = Telegram
staff-page-telegram-how = { $name } strādā Telegram: tur pienāk klientu ziņas tulkošanai. Izveidojiet uzaicinājumu: { $name } noskenē tā QR kodu ar savu tālruni vai atver tā saiti.
staff-page-telegram-joined = { $name } ir Telegram. Jauns uzaicinājums ir paredzēts pievienošanai no jauna tālruņa vai konta.
staff-page-telegram-invite = Izveidot Telegram uzaicinājumu
staff-page-telegram-inactive = { $name } ir deaktivizēts: uzaicinājums nedarbotos. Vispirms atzīmējiet „Aktīvs” un saglabājiet.
done-staff-added-interpreter = Tulks ir pievienots. Viņš strādā Telegram: izveidojiet viņa uzaicinājumu zemāk. Konsolē viņš piesakās ar saiti no bota.
done-staff-invite-made = Uzaicinājums ir izveidots. Nododiet to zemāk: kad atstāsiet šo lapu, tas vairs netiks rādīts.

## Klienta lapa: viņa tulks

client-page-section-interpreter = Tulks
interpreting-panel = Tulks
interpreting-panel-none = Klientam { $client } nav tulka.
interpreting-panel-change = Mainīt tulku
interpreting-panel-choose = Tulks
interpreting-panel-hint = Tulki, kas tulko { $language } valodu. No šī brīža tulks saņem klienta ziņas tulkošanai, un mentoram tiek paziņots.
interpreting-panel-nobody = Neviens aktīvs tulks vēl netulko { $language } valodu. Pievienojiet tulku sadaļā „Personāls”.
interpreting-panel-no-interpreter = Bez tulka
interpreting-panel-submit = Saglabāt
done-client-interpreter-assigned = Tulks ir saglabāts. No šī brīža viņš saņem klienta ziņas tulkošanai, un mentoram ir paziņots.
done-client-interpreter-removed = Klientam tagad nav tulka: iepriekšējam tulkam par viņu vairs nekas netiek sūtīts.

## Sarakste: tulkojumi un ziņas, kas gaida tulkojumu

interpreting-translation-by = Tulkojums { $language } valodā, tulks: { $name }
interpreting-waiting = Gaida tulkojumu (tulks: { $name }) kopš { $since }
interpreting-waiting-for-you = Gaida Jūsu tulkojumu kopš { $since }
interpreting-send-original = Sūtīt oriģinālu
interpreting-send-original-confirm = Sūtīt šo ziņu klientam tādu, kāda tā uzrakstīta, negaidot tulkojumu (tulks: { $name })?
done-client-original-sent = Ziņa aizgāja pie klienta tāda, kāda tā uzrakstīta.
done-client-original-already-sent = Ziņa jau bija aizgājusi pie klienta.

## Atbildes lodziņš

interpreting-reply-via = Sūtīt caur tulku { $name }
interpreting-reply-via-hint = Vispirms to pārtulko { $name }; klients { $client } to saņems ar tulkojumu vai tādu, kāda tā uzrakstīta, ja nosūtīsiet oriģinālu.
interpreting-reply-text-only = Caur tulku var sūtīt tikai tekstu. Lai nosūtītu fotoattēlu vai failu, noņemiet šo atzīmi.
interpreting-reply-no-interpreter = Klientam { $name } tagad nav tulka, tāpēc ziņa netika nosūtīta. Nosūtiet to bez tulka.
done-client-reply-to-interpreter = Jūsu ziņa aizgāja pie tulka tulkošanai. Klients to saņems ar tulkojumu.

## Tulka konsole

interpreting-clients-count = { $count ->
    [0] Pašlaik Jūs netulkojat nevienam klientam.
    [zero] Jūs tulkojat { $count } klientiem.
    [one] Jūs tulkojat { $count } klientam.
   *[other] Jūs tulkojat { $count } klientiem.
}
interpreting-clients-none = Kad koordinators Jums piešķirs klientu, viņš parādīsies šeit, un viņa ziņas pienāks Jums arī Telegram.
interpreting-col-language = Valoda
interpreting-page-hint = Klienta { $name } ziņas aiziet pie mentora ar Jūsu tulkojumu; ziņas, kas atzīmētas kā gaidošas, aiziet pie klienta { $name }, kad Jūs tās pārtulkojat.
interpreting-translate-label = Tulkot šo ziņu
interpreting-translation-for-mentor = Tulkojums mentoram
interpreting-translation-for-client = Tulkojums klientam
interpreting-translate = Sūtīt tulkojumu
interpreting-translate-again = Tulkot vēlreiz
interpreting-translation-empty = Uzrakstiet tulkojumu.
interpreting-translation-already-sent = Šī ziņa jau ir aizgājusi pie klienta (tāda, kāda uzrakstīta, vai jau pārtulkota), tāpēc Jūsu tulkojums netika nosūtīts.
interpreting-translation-not-translatable = Šī ziņa nav tulkojama.
done-client-translation-to-mentor = Jūsu tulkojums aizgāja pie mentora.
done-client-translation-kept = Jūsu tulkojums ir saglabāts pie ziņas: klientam pašlaik nav mentora, kas to izlasītu.
done-client-translation-to-client = Jūsu tulkojums aizgāja pie klienta.
