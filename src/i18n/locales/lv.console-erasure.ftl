## The staff console: erasing a client's data for good.
## Each language's catalog of this part has the same message ids and variables.

erase-title = Dzēst klienta { $name } datus
erase-back = Atpakaļ uz klienta { $name } lapu
erase-requested = Klients to lūdza pats { $when } ({ $channel }).
erase-what-heading = Ko dzēšana nozīmē
erase-removes = Tā neatgriezeniski dzēš: profilu (vārdu, tālruni, valsti, programmu), sarunas un ielūgumus, visas ziņas abos virzienos ar fotoattēliem un failiem, ikdienas atbildes, uzdevumus un to pierādījumus, piezīmes, brīdinājumus un visas piegādei glabātās ziņu kopijas, arī tās, kas nodotas mentoram. Fotoattēli, ko sūtījis arī kāds cits klients, tam paliek.
erase-keeps = Tā saglabā: ierakstu, ka klients dzēsts, kad, kas to izdarīja un kāpēc (vārds un tālrunis no iemesla tiek izņemti), audita žurnālu bez klienta datiem un anonimizētus skaitļus, lai iepriekšējie pārskati finansētājiem nemainītos.
erase-told = Klients saņem pēdējo ziņu savā valodā, ka viņa dati ir dzēsti. To nevar atsaukt.
erase-form-heading = Dzēst neatgriezeniski
erase-reason = Kāpēc
erase-reason-hint = Piemēram: klients to lūdza pa tālruni 3. maijā. Tiek glabāts kopā ar dzēšanas ierakstu.
erase-confirm = Lai apstiprinātu, ierakstiet klienta vārdu: { $name }
erase-confirm-wrong = Tas nav klienta vārds. Lai apstiprinātu, ierakstiet { $name }.
erase-submit = Dzēst visus datus
erase-cancel = Paturēt
erased-title = Klients dzēsts
erased-done = Klienta dati tika dzēsti { $when }. Klientam nosūtīta pēdējā ziņa par to.
erased-reason = Iemesls, kas glabājas ierakstā: { $reason }
erased-to-clients = Uz klientu sarakstu
privacy-erase-link = Dzēst visus datus…
privacy-erase-requested = Klients { $when } lūdza dzēst savus datus.
today-erasure-requests = { $count ->
    [one] Viens klients lūdza dzēst savus datus
   *[other] { $count } klienti lūdza dzēst savus datus
}
today-erasure-request = { $name }, { $when }
