## Консоль працівників: спільне для всіх сторінок, вхід, «Сьогодні» та налаштування.
## Консольні каталоги кожної мови мають ті самі ідентифікатори повідомлень і змінні.

## Навігація та розмітка

nav-label = Головне
nav-today = Сьогодні
nav-clients = Клієнти
nav-alerts = Тривоги
nav-mentors = Наставники
nav-enrol = Зарахувати
nav-deliveries = Доставка
nav-staff = Працівники
nav-audit = Аудит
nav-reports = Звіти
nav-exports = Вивантаження
sign-out = Вийти
skip-to-content = Перейти до вмісту
next-page = Наступна сторінка →
save = Зберегти
back-to-today = Назад до «Сьогодні»
back-to-sign-in = Назад до входу

## Сторінки, що кажуть, що пішло не так

problem-not-found-title = Не знайдено
problem-not-found-text = Тут нічого немає, або це не для Вас.
problem-forbidden-title = Для координаторів
problem-forbidden-text = Ця сторінка призначена для координаторів програми.
problem-expired-form-title = Форма застаріла
problem-expired-form-text = Сторінка була відкрита надто довго або прийшла з іншого сайту. Поверніться, оновіть сторінку й надішліть ще раз: нічого не змінилося.
problem-bad-request-title = Не вдалося
problem-bad-request-text = Запит не вдалося виконати в тому вигляді, в якому його надіслано. Нічого не змінилося.
problem-too-many-title = Забагато спроб
problem-too-many-text = Будь ласка, зачекайте кілька хвилин і спробуйте знову.
problem-broken-title = Щось пішло не так
problem-broken-text = У нас щось пішло не так. Нічого з надісланого не втрачено; будь ласка, спробуйте знову за хвилину.

## Спільні слова

mood-none = –
mood-1 = Дуже погано
mood-2 = Погано
mood-3 = Так собі
mood-4 = Добре
mood-5 = Дуже добре
alert-kind-low_mood = Поганий настрій
alert-kind-missed_checkins = Пропущені відповіді
alert-kind-crisis_words = Кризові слова
client-status-active = Активний
client-status-paused = На паузі
client-status-ended = Завершив
mentor-role-social_worker = Соціальний працівник
mentor-role-psychologist = Психолог
mentor-role-teacher = Викладач
mentor-role-career_specialist = Фахівець з кар'єри
mentor-role-other = Інше
staff-role-coordinator = Координатор
staff-role-mentor = Наставник
staff-role-interpreter = Перекладач
task-state-assigned = Зробити
task-state-submitted = Показано виконання
task-state-approved = Прийнято
task-state-cancelled = Скасовано
delivery-status-pending = Очікує
delivery-status-sending = Надсилається
delivery-status-sent = Надіслано
delivery-status-delivered = Доставлено
delivery-status-read = Прочитано
delivery-status-failed = Відхилено месенджером
delivery-status-dead = Не доставлено
delivery-status-cancelled = Скасовано
language-en = English
language-lv = Latviešu
language-ru = Русский
language-uk = Українська
waiting-since = чекає { $ago }
due-on = строк { $date }

## Вхід

login-title = Вхід
login-submit = Увійти
login-hint = Наставники в Telegram можуть також надіслати боту /web, щоб отримати посилання для входу.
login-wrong = Неправильна електронна пошта або пароль.
login-too-many = Забагато неправильних паролів. Будь ласка, зачекайте 15 хвилин або попросіть координатора встановити Вам новий пароль.
field-email = Електронна пошта
field-password = Пароль
field-name = Ваше ім'я
field-new-password = Новий пароль
field-confirm-password = Новий пароль ще раз
field-current-password = Поточний пароль
password-hint = Щонайменше { $min } символів. Добрий пароль — кілька слів, які Ви запам'ятаєте.
passwords-differ = Паролі не збігаються.
setup-title = Оберіть пароль
setup-intro = Ласкаво просимо, { $name }! Оберіть пароль, з яким будете входити.
setup-first-title = Створити першого координатора
setup-first-intro = Цю програму в Mentorline ще ніхто не веде. Створіть свій обліковий запис координатора: потім Ви зможете зараховувати наставників і клієнтів та додавати інших працівників.
setup-submit = Зберегти й увійти
link-sign-in-title = Вхід з Telegram
link-sign-in-intro = Ви входите як { $name }.
link-sign-in-submit = Увійти
link-gone-title = Це посилання більше не працює
link-gone-text = Його вже використано, або строк його дії минув. Посилання від бота працюють 10 хвилин; попросіть нове командою /web. Посилання для вибору пароля працює 72 години; попросіть нове в координатора.
done-signed-out = Ви вийшли з консолі.
done-password-set = Ваш пароль збережено.

## Сьогодні

today-title-programme = Сьогодні в програмі
today-title-caseload = Сьогодні з Вашими клієнтами
today-checkins = Питання сьогодні
checkin-asked = запитано
checkin-answered = відповіли
checkin-not-yet = ще ні
checkin-missed = пропустили
today-moods = Як вони почуваються сьогодні
today-no-checkins = Сьогодні ще нікого не питали.
today-open-alerts = { $count ->
    [0] Відкритих тривог немає
    [one] { $count } відкрита тривога
    [few] { $count } відкриті тривоги
   *[other] { $count } відкритих тривог
}
today-no-alerts = Ніщо не потребує уваги.
today-waiting = { $count ->
    [0] Ніхто не чекає відповіді
    [one] { $count } клієнт чекає відповіді
    [few] { $count } клієнти чекають відповіді
   *[other] { $count } клієнтів чекають відповіді
}
today-no-waiting = На останнє повідомлення кожного клієнта є відповідь.
today-overdue = { $count ->
    [0] Прострочених завдань немає
    [one] { $count } прострочене завдання
    [few] { $count } прострочені завдання
   *[other] { $count } прострочених завдань
}
today-no-overdue = Жодне завдання не прострочене.
today-deliveries = Доставка
deliveries-dead = не доставлено

## Налаштування

settings-title = Ваші налаштування
settings-preferences = Мова та часовий пояс
field-language = Мова
field-timezone = Часовий пояс
timezone-hint = Наприклад, Europe/Riga: час у консолі показується в ньому.
settings-password = Пароль
settings-no-password-yet = Ви входите за посиланнями від бота. Оберіть пароль, щоб входити й за електронною поштою.
settings-change-password = Змінити пароль
done-settings-saved = Ваші налаштування збережено.
done-password-changed = Ваш пароль змінено. На всіх інших пристроях виконано вихід.

## Запрошення

invite-for = Запрошення для: { $name }
invite-once = Показується лише зараз: надрукуйте або перешліть його. Воно працює один раз, до { $expires }.
invite-code = Код
invite-qr-alt = QR-код запрошення в Telegram для: { $name }
invite-no-telegram = Telegram для цього сервісу не налаштовано, тому посилання для Telegram немає.
invite-whatsapp-how = У WhatsApp потрібно надіслати це повідомлення на номер програми:
