## Viss, ko lasa klients vai mentors, latviešu valodā.
## Katrā katalogā ir vieni un tie paši ziņu identifikatori un mainīgie.

## Cilvēki, kas vēl nav piesaistīti

stranger-welcome =
    Sveiki! Šis ir Mentorline — Jūsu mentorēšanas programmas saziņas rīks.
    Lai sāktu, vajadzīgs personīgs ielūgums no Jūsu koordinatora vai mentora: atveriet ielūguma saiti, ko saņēmāt, vai nosūtiet { $start } un aiz tā savu kodu.
invite-invalid = Šis ielūguma kods nedarbojas: tas nav zināms, jau ir izmantots vai vairs nav derīgs. Lūdzu, prasiet jaunu kodu savam koordinatoram vai mentoram.
account-taken = Šis konts Mentorline jau ir piesaistīts citai personai. Lūdzu, vērsieties pēc palīdzības pie sava koordinatora.

## Klienti

client-welcome = Sveicināti, { $name }! Tagad varat sarakstīties ar savu mentoru. Jūsu mentors: { $mentor }. Rakstiet šeit, kad vien vēlaties.
client-welcome-no-mentor = Sveicināti, { $name }! Savienojums ir izveidots. Drīz Jums tiks piešķirts mentors, bet rakstīt šeit varat jau tagad.
consent-request =
    Pirms sākam: viss, ko šeit sūtāt (ziņas, fotoattēli, atbildes uz ikdienas jautājumu), tiek saglabāts. To redz Jūsu mentors un Jūsu programmas koordinatori — tikai tāpēc, lai Jūs atbalstītu.
    Vai Jūs piekrītat?
consent-agree = Jā, piekrītu
consent-decline = Nē
consent-thanks = Paldies! Tagad Jūsu mentors redzēs Jūsu ziņas.
consent-declined = Mēs cienām Jūsu lēmumu: nekas no tā, ko sūtāt, netiek nodots nevienam. Ja pārdomāsiet, izvēlieties „Jā, piekrītu” vai nosūtiet /start.
consent-still-needed = Jūsu ziņas netiek nodotas tālāk, kamēr Jūs nepiekrītat. Lūdzu, atbildiet uz jautājumu virs šīs ziņas vai nosūtiet /start, lai to redzētu vēlreiz.
message-kept-no-mentor = Paldies! Jūsu ziņa ir saglabāta, un mentors Jums drīz atbildēs.
from-mentor = Jūsu mentors { $mentor }:
client-help =
    Šī ir saruna ar Jūsu mentoru. Rakstiet, kad vien vēlaties, sūtiet fotoattēlus ar to, kas paveikts, vai balss ziņas.
    /mood – kā es šodien jūtos
    /tasks – mani uzdevumi; kad kāds ir izdarīts, atsūtiet foto
    /language – izvēlēties valodu
    /stop – uz laiku apturēt ikdienas jautājumu (saruna paliek atvērta)
    /start – atkal saņemt ikdienas jautājumu
    /forget – lūgt izdzēst visus manus datus
    /help – šī ziņa
language-choose = Izvēlieties valodu:
language-set = Labi: turpmāk rakstīšu Jums latviski.
checkins-paused = Ikdienas jautājums ir apturēts. Saruna paliek atvērta: rakstiet jebkurā laikā. Nosūtiet /start, lai atkal saņemtu ikdienas jautājumu.
checkins-resumed = Ikdienas jautājums atkal ir ieslēgts. Prieks, ka esat atkal klāt!

## Mentori

mentor-welcome = Sveicināti, { $name }! Jūsu konts ir pievienots kā mentora konts. Šeit pienāks jūsu klientu ziņas. Lai tās redzētu, atveriet /clients.
mentor-help =
    Šeit jums raksta jūsu klienti.
    Lai atbildētu klientam, atbildiet uz viņa ziņu vai izvēlieties klientu ar /clients vai /client; pēc tam parastās ziņas tiks sūtītas šim klientam.
    /clients – jūsu klienti: nelasītās ziņas, pēdējais noskaņojums un neizpildītie uzdevumi
    /client – mainīt klientu, kuram rakstāt
    /history – pašreizējā klienta jaunākās ziņas
    /task – dot pašreizējam klientam uzdevumu (nosaukums, termiņš, darba lapa)
    /tasks – pašreizējā klienta atvērtie uzdevumi (var atcelt)
    /checkin – uzdot pašreizējam klientam ikdienas jautājumu tūlīt
    /note – privāta piezīme par klientu, kas nekad netiek sūtīta klientam
    /praise – nosūtīt pašreizējam klientam uzslavu
    /via – ieslēgt vai izslēgt ziņu sūtīšanu caur klienta tulku; /via <teksts> nosūta tikai šo tekstu caur tulku
    /web – saite pieteikšanās tīmekļa konsolē
    /help – šī ziņa
client-said = { $client } ({ $channel }):
client-edited = { $client } ({ $channel }) laboja ziņu:
client-sent-location = { $client } ({ $channel }) nosūtīja savu atrašanās vietu.
channel-telegram = Telegram
channel-whatsapp = WhatsApp
clients-header = Jūsu klienti:
clients-none = Jums vēl nav piešķirts neviens klients.
clients-row = { $name } · nelasītas ziņas: { $unread } · pēdējais noskaņojums: { $mood } · izlaistas dienas: { $missed } · neizpildīti uzdevumi: { $tasks }{ $overdue ->
        [0] {""}
       *[other] {" "}(nokavēti: { $overdue })
    }
mood-unknown = –
current-client = Pašreizējais klients: { $name }. Parastās ziņas tiks sūtītas šim klientam, līdz izvēlēsieties citu.
choose-client-first = Vispirms izvēlieties klientu: atbildiet uz kādu no viņa ziņām vai izmantojiet /clients.
not-your-client = Šis klients nav piešķirts jums.
history-header = Jaunākās ziņas (klients: { $name }):
history-empty = Ziņu vēl nav (klients: { $name }).
history-from-client = { $name }
history-from-mentor = Jūs
history-from-system = Mentorline
note-prompt = Uzrakstiet piezīmi (klients: { $name }). Tā paliek privāta un klientam netiek sūtīta.
note-saved = Piezīme saglabāta (klients: { $name }).
praise-choose = Izvēlieties uzslavu (klients: { $name }). Tā tiks nosūtīta klienta valodā:
praise-sent = Nosūtīts (klients: { $name }).
delivery-failed = Ziņu neizdevās piegādāt (klients: { $name }): klients ir bloķējis botu vai vairs neizmanto { $channel }.
whatsapp-window-closed = WhatsApp logs ir slēgts (klients: { $name }; 24 stundas nav ziņu): klientam paziņots, ka viņu gaida ziņa, un jūsējā tiks nosūtīta, tiklīdz viņš uzrakstīs.
whatsapp-window-held = WhatsApp logs ir slēgts (klients: { $name }): jūsu ziņa gaida un tiks nosūtīta, tiklīdz klients uzrakstīs.
whatsapp-choose = Izvēlēties
handed-over = Jums piešķirts jauns klients: { $name }. Jaunākās ziņas:
handed-away = Klients { $name } ir nodots citam mentoram. Šī klienta ziņas jums vairs nepienāks.
sent = Nosūtīts.

## Uzslavas klienta valodā

praise-1 = Labi padarīts! Es lepojos ar Jums.
praise-2 = Lielisks darbs, turpiniet tāpat!
praise-3 = Tas ir īsts progress. Paldies, ka padalījāties.
praise-4 = Jums izdevās! Solīti pa solītim — tieši tā arī jādara.
praise-5 = Brīnišķīgi! Es redzu, cik ļoti Jūs centāties.

## Komandu izvēlnes apraksti

command-clients = Jūsu klienti
command-client = Mainīt klientu
command-history = Pēdējās ziņas
command-note = Privāta piezīme
command-praise = Nosūtīt uzslavu
command-help = Palīdzība
command-language = Izvēlēties valodu
command-stop = Apturēt ikdienas jautājumu
command-forget = Lūgt izdzēst manus datus
command-start = Sākt vai atsākt

## Ikdienas jautājums

checkin-prompt = Labdien, { $name }! Kā Jūs šodien jūtaties? Izvēlieties no 1 (ļoti slikti) līdz 5 (ļoti labi).
checkin-reminder = { $name }, vēlreiz jautāju: kā Jums šodien klājas? Izvēlieties no 1 līdz 5 vai vienkārši uzrakstiet savam mentoram.
checkin-thanks = Paldies, ka pastāstījāt. Ja vēlaties, uzrakstiet mentoram dažus vārdus par savu dienu.
checkin-thanks-low = Paldies, ka pastāstījāt. Žēl, ka šodien ir grūti. Jūsu mentors to redzēs; rakstiet viņam, kad vien vēlaties.
client-checked-in = { $client } atbildēja: { $mood }/5
alert-low-mood = ⚠️ { $client } šodien jūtas slikti: { $mood }/5.
alert-acknowledge = Redzēju, sazināšos
alert-acknowledged = Pieņemts. Paldies, ka sazināsieties (klients: { $client }).
command-mood = Kā es šodien jūtos
command-checkin = Uzdot ikdienas jautājumu tūlīt
checkin-ask-again = Jautāt vēlreiz
checkin-now-sent = Klientam { $name } ir pajautāts, kā viņš šodien jūtas.
checkin-now-already-asked = Klientam { $name } šodien jau ir jautāts. Jautāt vēlreiz?
checkin-now-no-consent = { $name } vēl nav piekritis sarakstei, tāpēc neko nevar nosūtīt.
checkin-now-unreachable = Ar klientu { $name } nevar sazināties: nav aktīvas sarakstes.
alert-missed-checkins = ⚠️ { $client } nav atbildējis uz ikdienas jautājumu { $count ->
        [one] { $count } dienu pēc kārtas
       *[other] { $count } dienas pēc kārtas
    }.
alert-crisis-words = 🆘 { $client } uzrakstīja vārdus, kas var nozīmēt briesmas. Lūdzu, sazinieties tūlīt. Klientam ir nosūtīti krīzes palīdzības kontakti.
alert-escalated = ⚠️ Nav apstiprināts { $minutes } min: { $client } ({ $reason }). Mentors: { $mentor }.
alert-reason-low_mood = slikts noskaņojums
alert-reason-missed_checkins = neatbildēti ikdienas jautājumi
alert-reason-crisis_words = krīzes vārdi
no-mentor = nav piešķirts
crisis-contacts =
    Jūs neesat viens. Ja jums draud briesmas vai domājat sevi savainot, lūdzu, meklējiet palīdzību tūlīt:
    { $contacts }
    Jūsu mentors ir informēts un sazināsies ar jums.

## Mentora dienas kopsavilkums

digest-header = Jūsu diena ({ $date }):
digest-answered = Atbildēja ({ $count }): { $names }
digest-unanswered = Vēl nav atbildējuši ({ $count }): { $names }
digest-alerts = Neapstiprināti brīdinājumi: { $names }
digest-overdue = Nokavēti uzdevumi: { $names }

## Uzdevumi

command-task = Dot uzdevumu
command-tasks = Atvērtie uzdevumi
task-assigned = Jauns uzdevums: “{ $title }”
task-due = Termiņš: { $date }
task-how-to-show = Kad tas ir izdarīts, atsūtiet šeit foto vai atveriet /tasks.
task-worksheet = Darba lapa uzdevumam “{ $title }”
task-received = Paldies! Jūsu mentors apskatīs “{ $title }”.
task-praise-1 = 🌟 Labi padarīts! “{ $title }” ir izdarīts. Es lepojos ar jums.
task-praise-2 = 👏 Lielisks darbs ar “{ $title }”! Tā turpināt.
task-praise-3 = 💪 “{ $title }”: izdarīts! Soli pa solim jūs virzāties uz priekšu.
task-praise-4 = 🎉 Jums izdevās: “{ $title }”. Tas prasīja pūles, un tas ir redzams.
task-praise-5 = ✨ Brīnišķīgi! “{ $title }” ir vēl viens solis uz priekšu.
task-redo = Lūdzu, pamēģiniet vēlreiz: “{ $title }”.
task-which = Kuru uzdevumu rāda šis foto?
task-photo-not-for-task = Tikai foto manam mentoram
task-nothing-waiting = Šī atbilde vairs netiek gaidīta.
task-not-open = Šis uzdevums vairs nav atvērts.
task-send-photo = Lieliski! Atsūtiet foto vai izvēlieties “Izdarīts bez foto”.
task-done-without-photo = Izdarīts bez foto
tasks-none = Jums pašlaik nav atvērtu uzdevumu.
tasks-header = Jūsu atvērtie uzdevumi. Izvēlieties to, kas ir izdarīts:
task-due-reminder = Šodien ir diena uzdevumam “{ $title }”. Jums izdosies! Kad tas ir izdarīts, atsūtiet foto.
weekly-summary =
    { $name }, jūsu nedēļa:
    ✅ Izdarīti uzdevumi: { $done }
    🔥 Dienas pēc kārtas, kad piedalījāties: { $streak }
    Paldies, ka turpināt. Katrs mazs solis ir svarīgs!
weekly-summary-quiet = { $name }, jauna nedēļa ir jauns sākums. Jūsu mentors ir šeit jums: rakstiet jebkurā laikā vai pamēģiniet šonedēļ vienu mazu uzdevumu.
task-approve = ✅ Apstiprināt
task-ask-redo = ↩️ Lūgt pārtaisīt
task-submitted = { $client } izpildīja uzdevumu: “{ $title }”
task-submitted-no-photo = { $client } saka, ka uzdevums ir izdarīts (bez foto): “{ $title }”
task-approved = Apstiprināts. Klientam { $client } nosūtīta uzslava par “{ $title }”.
task-redo-sent = Nosūtīts klientam { $client }: “{ $title }” jāizdara vēlreiz.
task-redo-prompt = Ko klientam { $name } vajadzētu darīt citādi uzdevumā “{ $title }”? Uzrakstiet to vienā ziņā.
task-not-reviewable = “{ $title }” vairs negaida pārbaudi.
task-choose-client = Kuram klientam ir uzdevums?
task-ask-title = Kāds ir uzdevums klientam { $name }? Uzrakstiet īsu nosaukumu, piemēram, “Pagatavot veselīgas vakariņas”.
task-ask-due = Termiņš uzdevumam “{ $title }”? Uzrakstiet datumu, piemēram, 25.11, vai izvēlieties:
task-due-today = Šodien
task-due-tomorrow = Rīt
task-due-none = Bez termiņa
task-due-invalid = Nevarēju nolasīt datumu. Rakstiet, piemēram, 25.11 vai 2026-11-25 (šodien vai vēlāk), vai izvēlieties:
task-ask-worksheet = Atsūtiet darba lapu (dokumentu vai foto) vai izvēlieties:
task-no-worksheet = Bez darba lapas
task-created = Uzdevums nosūtīts klientam { $name }: “{ $title }”.
task-cancelled = “{ $title }” ir noņemts no jūsu saraksta. To nav jādara.
task-cancelled-mentor = “{ $title }” ir atcelts; klients ir informēts.
task-not-open-mentor = “{ $title }” jau ir slēgts.
mentor-tasks-none = Klientam { $name } nav atvērtu uzdevumu.
mentor-tasks-header = Klienta { $name } atvērtie uzdevumi (nospiediet, lai atceltu):
mentor-tasks-row = • { $title } · termiņš: { $due } · { $status }
task-status-assigned = jāizdara
task-status-submitted = gaida jūsu pārbaudi

## Access taken back or moved

account-revoked = Šī tērzēšana vairs nav savienota ar Mentorline. Ja domājat, ka tā ir kļūda, lūdzu, vērsieties pie sava koordinatora.
account-replaced = Tagad esat savienots ar Mentorline no cita konta, tāpēc šī tērzēšana vairs nav savienota.
client-account-replaced = { $name } tagad jums raksta no jauna { $channel } konta; iepriekšējais vairs nav savienots.
mentor-inactive = Jūsu mentora konts nav aktīvs, tāpēc nekas no jūsu sūtītā netiek nodots tālāk. Lūdzu, vērsieties pie sava koordinatora.
coordinators-mentor-inactive = { $client } uzrakstīja, bet mentors { $mentor } nav aktīvs. Ziņas gaidīs, līdz tiks piešķirts cits mentors.
client-ended = Jūsu programma ir beigusies, tāpēc jūsu ziņas vairs netiek nodotas tālāk; tās tiek saglabātas. Ja jums vajag palīdzību, lūdzu, sazinieties ar savu koordinatoru.

## Files and messages that could not be passed on

media-problem-too_large = ⚠️ Failu nevarēja nodot tālāk: tas ir lielāks par { $limit } MB.
media-problem-download_failed = ⚠️ Failu nevarēja saņemt no { $channel }.
media-problem-not_stored = ⚠️ Failu nevarēja saglabāt.
media-problem-unsafe = ⚠️ Fotoattēlu nevarēja droši nodot tālāk (tas varētu parādīt, kur tas uzņemts), tāpēc tas netika nosūtīts.
media-problem-unprocessable = ⚠️ Šo ziņu nevarēja apstrādāt. Tās teksts, ja tāds bija, ir redzams augstāk.
client-media-too_large = Jūsu fails ir pārāk liels, lai to nodotu tālāk (ierobežojums ir { $limit } MB). Lūdzu, nosūtiet mazāku.
client-media-failed = Jūsu failu nevarēja nodot tālāk. Lūdzu, mēģiniet to nosūtīt vēlreiz.
client-media-unsafe = Jūsu fotoattēlu nevarēja droši nodot tālāk. Lūdzu, nosūtiet to vēlreiz vai nosūtiet tā ekrānuzņēmumu.
client-unprocessable = Atvainojiet, jūsu pēdējo ziņu nevarēja apstrādāt. Jūsu mentors ir informēts; lūdzu, mēģiniet vēlreiz.
mentor-unprocessable = Jūsu pēdējo ziņu nevarēja apstrādāt, tāpēc tā netika nosūtīta. Lūdzu, mēģiniet vēlreiz.
topic-recreated = Iepriekšējā klienta { $name } tēma tika dzēsta, tāpēc šī ir jauna. Turpmāk viss par klientu { $name } pienāks šeit.

## Tīmekļa konsole, no bota

from-staff = { $mentor } no Jūsu programmas:
console-copy-own = Jūs rakstījāt klientam { $client } no konsoles:
console-copy-other = { $writer } rakstīja klientam { $client } no konsoles:
command-web = Pieteikties tīmekļa konsolē
command-via = Sūtīt caur tulku (ieslēgt/izslēgt)
web-sign-in-link = Jūsu saite pieteikšanās tīmekļa konsolē. Tā darbojas vienu reizi, 10 minūtes: { $link }
web-sign-in-refused = Jūsu konsoles konts ir izslēgts. Lūdzu, vērsieties pie sava koordinatora.

## Erasure of a client's data
client-erased = Jūsu dati mentoringa programmā ir izdzēsti: jūsu ziņas, ikdienas atbildes, uzdevumi un fotoattēli. Šī saruna vairs nav saistīta ar programmu. Ja vēlaties piedalīties atkal, lūdziet savam koordinatoram jaunu ielūgumu.
forget-confirm = Vai vēlaties, lai visi jūsu dati programmā tiktu izdzēsti: jūsu ziņas, ikdienas atbildes, uzdevumi un fotoattēli? Jūsu mentors tos vairs neredzēs un nevarēs jums šeit rakstīt. To izdara koordinators.
forget-yes = Jā, izdzēsiet manus datus
forget-no = Nē, paturiet tos
forget-received = Jūsu lūgums ir saņemts. Koordinators izdzēsīs jūsu datus, un jūs saņemsiet ziņu, kad tas būs izdarīts.
forget-kept = Labi: nekas netiek dzēsts.
forget-already = Jūs jau esat lūdzis izdzēst savus datus; koordinators to drīz izdarīs.
mentor-erasure-requested = { $client } lūdza izdzēst savus datus. To izdarīs koordinators; līdz tam saruna turpinās kā iepriekš.

## Interpreters

interpreter-welcome = Laipni lūdzam, { $name }! Jūs esat pieslēgts kā tulks. Šeit pienāks to klientu ziņas, kuriem jūs tulkojat, un viņu mentoru ziņas viņiem. Atbildiet uz ziņu ar tās tulkojumu.
interpreter-help =
    Šeit pienāk to klientu ziņas, kuriem jūs tulkojat, katra ar norādi, kas to rakstīja.
    Atbildiet uz klienta ziņu ar tās tulkojumu: tas nonāks pie mentora.
    Atbildiet uz mentora ziņu ar norādi „lūdzu, iztulkojiet” ar tulkojumu: tas nonāks pie klienta.
    /clients – klienti, kuriem jūs tulkojat
    /web – saite, lai pieteiktos tīmekļa konsolē
    /help – šī ziņa
interpreter-inactive = Jūsu tulka konts ir izslēgts, tāpēc nekas, ko sūtāt, netiek nodots tālāk. Lūdzu, vērsieties pie koordinatora.
interpreter-no-clients = Pašlaik jūs netulkojat nevienam klientam.
interpreter-clients =
    Jūs tulkojat:
    { $list }
interpreter-assigned = Tagad jūs tulkojat klientam { $client } (valoda: { $language }). Šeit pienāks viņa un viņa mentora ziņas; atbildiet uz ziņu ar tās tulkojumu.
interpreter-assigned-mentor = { $interpreter } tagad tulko klientam { $client }. Atbildiet uz { $client } ziņām kā parasti; ar /via sūtiet savas ziņas caur { $interpreter }.
interpreter-client-said = { $client } ({ $channel }):
interpreter-client-edited = { $client } ({ $channel }) laboja ziņu:
interpreter-writer-said = { $writer } klientam { $client }:
interpreter-translate-request = { $writer } klientam { $client }, lūdzu, iztulkojiet (atbildiet ar tulkojumu):
interpreter-not-your-client = Jūs netulkojat šim klientam.
translation-by = Tulkojums, tulkoja { $interpreter }:
translation-sent-mentor = Paldies: tulkojums nosūtīts mentoram.
translation-kept = Paldies: tulkojums saglabāts; klientam pašlaik nav mentora, kas to izlasītu.
translation-sent-client = Paldies: tulkojums nosūtīts klientam.
translation-already-sent = Šī ziņa klientam jau nosūtīta; vairāk nekas netiek sūtīts.
translation-reply-to-message = Lai tulkotu, atbildiet uz ziņu, ko tulkojat.
translation-text-only = Tulkojumu raksta kā tekstu.
translation-went = { $interpreter } tulkojums nosūtīts klientam { $client }:
    { $text }
translation-waiting = { $interpreter } vēl nav iztulkojis jūsu ziņu klientam { $client }:
    { $text }
    Varat to nosūtīt tā, kā uzrakstījāt.
translation-interpreter-left = { $interpreter } vairs netulko klientam { $client }, un jūsu ziņa netika iztulkota:
    { $text }
    Varat to nosūtīt tā, kā uzrakstījāt.
send-original-button = Sūtīt oriģinālu
original-sent = Nosūtīts tā, kā uzrakstījāt.
translation-already-went = Šī ziņa klientam jau nosūtīta.
via-mode-on = Jūsu ziņas klientiem ar tulku tagad vispirms nonāk pie tulka. Vēlreiz /via, lai sūtītu tieši.
via-mode-off = Jūsu ziņas tagad nonāk tieši pie klientiem.
via-waiting = Gaida { $interpreter } tulkojumu, pirms ziņa nonāks pie klienta { $client }.
via-no-interpreter = Klientam { $client } nav tulka: rakstiet viņam tieši.
