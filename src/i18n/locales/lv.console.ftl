## Personāla konsole: kopīgais visām lapām, pieteikšanās, Šodien un iestatījumi.
## Katras valodas konsoles katalogiem ir tie paši ziņojumu identifikatori un mainīgie.

## Navigācija un izkārtojums

nav-label = Galvenā
nav-today = Šodien
nav-clients = Klienti
nav-alerts = Brīdinājumi
nav-mentors = Mentori
nav-enrol = Reģistrēt
nav-deliveries = Piegādes
nav-staff = Personāls
nav-audit = Audits
nav-reports = Pārskati
nav-exports = Eksports
sign-out = Iziet
skip-to-content = Pāriet uz saturu
next-page = Nākamā lapa →
save = Saglabāt
back-to-today = Atpakaļ uz Šodien
back-to-sign-in = Atpakaļ uz pieteikšanos

## Lapas, kas pasaka, kas nogāja greizi

problem-not-found-title = Nav atrasts
problem-not-found-text = Šeit nekā nav, vai tas nav paredzēts Jums.
problem-forbidden-title = Koordinatoriem
problem-forbidden-text = Šī lapa ir paredzēta programmas koordinatoriem.
problem-expired-form-title = Veidlapa ir novecojusi
problem-expired-form-text = Lapa bija atvērta pārāk ilgi vai nāca no citurienes. Atgriezieties, pārlādējiet lapu un nosūtiet vēlreiz: nekas netika mainīts.
problem-bad-request-title = Tas neizdevās
problem-bad-request-text = Pieprasījumu nevarēja izpildīt tā, kā tas tika nosūtīts. Nekas netika mainīts.
problem-too-many-title = Pārāk daudz mēģinājumu
problem-too-many-text = Lūdzu, pagaidiet dažas minūtes un mēģiniet vēlreiz.
problem-broken-title = Kaut kas nogāja greizi
problem-broken-text = Mūsu pusē kaut kas nogāja greizi. Nekas no nosūtītā nav zudis; lūdzu, pēc brīža mēģiniet vēlreiz.

## Kopīgie vārdi

mood-none = –
mood-1 = Ļoti slikti
mood-2 = Slikti
mood-3 = Tā neko
mood-4 = Labi
mood-5 = Ļoti labi
alert-kind-low_mood = Slikts garastāvoklis
alert-kind-missed_checkins = Izlaistas atbildes
alert-kind-crisis_words = Krīzes vārdi
client-status-active = Aktīvs
client-status-paused = Apturēts
client-status-ended = Beidzis
mentor-role-social_worker = Sociālais darbinieks
mentor-role-psychologist = Psihologs
mentor-role-teacher = Skolotājs
mentor-role-career_specialist = Karjeras speciālists
mentor-role-other = Cits
staff-role-coordinator = Koordinators
staff-role-mentor = Mentors
staff-role-interpreter = Tulks
task-state-assigned = Jāizdara
task-state-submitted = Parādīts paveiktais
task-state-approved = Apstiprināts
task-state-cancelled = Atcelts
delivery-status-pending = Gaida
delivery-status-sending = Sūta
delivery-status-sent = Nosūtīts
delivery-status-delivered = Piegādāts
delivery-status-read = Izlasīts
delivery-status-failed = Ziņapmaiņas lietotne atteica
delivery-status-dead = Nav piegādāts
delivery-status-cancelled = Atcelts
language-en = English
language-lv = Latviešu
language-ru = Русский
language-uk = Українська
waiting-since = gaida { $ago }
due-on = termiņš { $date }

## Pieteikšanās

login-title = Pieteikties
login-submit = Pieteikties
login-hint = Mentori Telegram var arī nosūtīt botam /web, lai saņemtu pieteikšanās saiti.
login-wrong = E-pasts vai parole nav pareiza.
login-too-many = Pārāk daudz nepareizu paroļu. Lūdzu, pagaidiet 15 minūtes vai palūdziet koordinatoram iestatīt Jums jaunu paroli.
field-email = E-pasts
field-password = Parole
field-name = Jūsu vārds
field-new-password = Jaunā parole
field-confirm-password = Jaunā parole vēlreiz
field-current-password = Pašreizējā parole
password-hint = Vismaz { $min } rakstzīmes. Labu paroli veido daži vārdi, ko Jūs atcerēsieties.
passwords-differ = Abas paroles nav vienādas.
setup-title = Izvēlieties paroli
setup-intro = Laipni lūdzam, { $name }! Izvēlieties paroli, ar kuru pieteiksieties.
setup-first-title = Izveidot pirmo koordinatoru
setup-first-intro = Šo programmu Mentorline vēl neviens nevada. Izveidojiet savu koordinatora kontu: pēc tam varēsiet reģistrēt mentorus un klientus un pievienot citus darbiniekus.
setup-submit = Saglabāt un pieteikties
link-sign-in-title = Pieteikties no Telegram
link-sign-in-intro = Jūs piesakāties kā { $name }.
link-sign-in-submit = Pieteikties
link-gone-title = Šī saite vairs nedarbojas
link-gone-text = Tā jau ir izmantota vai vairs nav derīga. Bota saites darbojas 10 minūtes; palūdziet jaunu ar /web. Saite paroles izvēlei darbojas 72 stundas; palūdziet koordinatoram jaunu.
done-signed-out = Jūs esat izgājis no konsoles.
done-password-set = Jūsu parole ir saglabāta.

## Šodien

today-title-programme = Šodien programmā
today-title-caseload = Šodien ar Jūsu klientiem
today-checkins = Šodienas jautājumi
checkin-asked = jautāti
checkin-answered = atbildējuši
checkin-not-yet = vēl nav
checkin-missed = izlaiduši
today-moods = Kā viņi šodien jūtas
today-no-checkins = Šodien vēl neviens nav jautāts.
today-open-alerts = { $count ->
    [0] Nav atvērtu brīdinājumu
    [one] { $count } atvērts brīdinājums
   *[other] { $count } atvērti brīdinājumi
}
today-no-alerts = Nekas neprasa uzmanību.
today-waiting = { $count ->
    [0] Neviens negaida atbildi
    [one] { $count } klients gaida atbildi
   *[other] { $count } klienti gaida atbildi
}
today-no-waiting = Katra klienta pēdējai ziņai ir atbilde.
today-overdue = { $count ->
    [0] Nav nokavētu uzdevumu
    [one] { $count } nokavēts uzdevums
   *[other] { $count } nokavēti uzdevumi
}
today-no-overdue = Neviens uzdevums nav nokavēts.
today-deliveries = Piegādes
deliveries-dead = nav piegādātas

## Iestatījumi

settings-title = Jūsu iestatījumi
settings-preferences = Valoda un laika josla
field-language = Valoda
field-timezone = Laika josla
timezone-hint = Piemēram, Europe/Riga: konsolē laiki tiek rādīti tajā.
settings-password = Parole
settings-no-password-yet = Jūs piesakāties ar bota saitēm. Izvēlieties paroli, lai varētu pieteikties arī ar e-pastu.
settings-change-password = Mainīt paroli
done-settings-saved = Jūsu iestatījumi ir saglabāti.
done-password-changed = Jūsu parole ir nomainīta. Visās citās ierīcēs Jūs tikāt izrakstīts.

## Ielūgumi

invite-for = Ielūgums: { $name }
invite-once = Redzams tikai tagad: izdrukājiet vai nosūtiet to. Tas darbojas vienu reizi, līdz { $expires }.
invite-code = Kods
invite-qr-alt = Telegram ielūguma QR kods: { $name }
invite-no-telegram = Šim pakalpojumam Telegram nav iestatīts, tāpēc Telegram saites nav.
invite-whatsapp-how = WhatsApp viņi nosūta šo ziņu uz programmas numuru:
