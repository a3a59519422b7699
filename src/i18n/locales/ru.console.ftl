## Консоль сотрудников: общее для всех страниц, вход, «Сегодня» и настройки.
## Консольные каталоги каждого языка содержат те же идентификаторы сообщений и переменные.

## Навигация и разметка

nav-label = Главное
nav-today = Сегодня
nav-clients = Клиенты
nav-alerts = Тревоги
nav-mentors = Наставники
nav-enrol = Зачислить
nav-deliveries = Доставка
nav-staff = Сотрудники
nav-audit = Аудит
nav-reports = Отчёты
nav-exports = Выгрузки
sign-out = Выйти
skip-to-content = Перейти к содержимому
next-page = Следующая страница →
save = Сохранить
back-to-today = Назад к «Сегодня»
back-to-sign-in = Назад ко входу

## Страницы, которые говорят, что пошло не так

problem-not-found-title = Не найдено
problem-not-found-text = Здесь ничего нет, или это не для Вас.
problem-forbidden-title = Для координаторов
problem-forbidden-text = Эта страница предназначена для координаторов программы.
problem-expired-form-title = Форма устарела
problem-expired-form-text = Страница была открыта слишком долго или пришла с другого сайта. Вернитесь, обновите страницу и отправьте ещё раз: ничего не изменилось.
problem-bad-request-title = Не получилось
problem-bad-request-text = Запрос не удалось выполнить в том виде, в каком он был отправлен. Ничего не изменилось.
problem-too-many-title = Слишком много попыток
problem-too-many-text = Пожалуйста, подождите несколько минут и попробуйте снова.
problem-broken-title = Что-то пошло не так
problem-broken-text = У нас что-то пошло не так. Ничего из отправленного не потеряно; пожалуйста, попробуйте снова через минуту.

## Общие слова

mood-none = –
mood-1 = Очень плохо
mood-2 = Плохо
mood-3 = Так себе
mood-4 = Хорошо
mood-5 = Очень хорошо
alert-kind-low_mood = Плохое самочувствие
alert-kind-missed_checkins = Пропущенные ответы
alert-kind-crisis_words = Кризисные слова
client-status-active = Активен
client-status-paused = На паузе
client-status-ended = Завершил
mentor-role-social_worker = Социальный работник
mentor-role-psychologist = Психолог
mentor-role-teacher = Преподаватель
mentor-role-career_specialist = Специалист по карьере
mentor-role-other = Другое
staff-role-coordinator = Координатор
staff-role-mentor = Наставник
staff-role-interpreter = Переводчик
task-state-assigned = Сделать
task-state-submitted = Показано выполнение
task-state-approved = Принято
task-state-cancelled = Отменено
delivery-status-pending = Ожидает
delivery-status-sending = Отправляется
delivery-status-sent = Отправлено
delivery-status-delivered = Доставлено
delivery-status-read = Прочитано
delivery-status-failed = Отклонено мессенджером
delivery-status-dead = Не доставлено
delivery-status-cancelled = Отменено
language-en = English
language-lv = Latviešu
language-ru = Русский
language-uk = Українська
waiting-since = ждёт { $ago }
due-on = срок { $date }

## Вход

login-title = Вход
login-submit = Войти
login-hint = Наставники в Telegram могут также отправить боту /web, чтобы получить ссылку для входа.
login-wrong = Неверный адрес электронной почты или пароль.
login-too-many = Слишком много неверных паролей. Пожалуйста, подождите 15 минут или попросите координатора задать Вам новый пароль.
field-email = Электронная почта
field-password = Пароль
field-name = Ваше имя
field-new-password = Новый пароль
field-confirm-password = Новый пароль ещё раз
field-current-password = Текущий пароль
password-hint = Не менее { $min } символов. Хороший пароль — несколько слов, которые Вы запомните.
passwords-differ = Пароли не совпадают.
setup-title = Выберите пароль
setup-intro = Добро пожаловать, { $name }! Выберите пароль, с которым будете входить.
setup-first-title = Создать первого координатора
setup-first-intro = Эту программу в Mentorline пока никто не ведёт. Создайте свою учётную запись координатора: затем Вы сможете зачислять наставников и клиентов и добавлять других сотрудников.
setup-submit = Сохранить и войти
link-sign-in-title = Вход из Telegram
link-sign-in-intro = Вы входите как { $name }.
link-sign-in-submit = Войти
link-gone-title = Эта ссылка больше не работает
link-gone-text = Она уже использована или её срок истёк. Ссылки от бота работают 10 минут; попросите новую командой /web. Ссылка для выбора пароля работает 72 часа; попросите новую у координатора.
done-signed-out = Вы вышли из консоли.
done-password-set = Ваш пароль сохранён.

## Сегодня

today-title-programme = Сегодня в программе
today-title-caseload = Сегодня с Вашими клиентами
today-checkins = Вопросы сегодня
checkin-asked = спрошено
checkin-answered = ответили
checkin-not-yet = пока нет
checkin-missed = пропустили
today-moods = Как они себя чувствуют сегодня
today-no-checkins = Сегодня ещё никого не спрашивали.
today-open-alerts = { $count ->
    [0] Открытых тревог нет
    [one] { $count } открытая тревога
    [few] { $count } открытые тревоги
   *[other] { $count } открытых тревог
}
today-no-alerts = Ничего не требует внимания.
today-waiting = { $count ->
    [0] Никто не ждёт ответа
    [one] { $count } клиент ждёт ответа
    [few] { $count } клиента ждут ответа
   *[other] { $count } клиентов ждут ответа
}
today-no-waiting = На последнее сообщение каждого клиента есть ответ.
today-overdue = { $count ->
    [0] Просроченных заданий нет
    [one] { $count } просроченное задание
    [few] { $count } просроченных задания
   *[other] { $count } просроченных заданий
}
today-no-overdue = Ни одно задание не просрочено.
today-deliveries = Доставка
deliveries-dead = не доставлено

## Настройки

settings-title = Ваши настройки
settings-preferences = Язык и часовой пояс
field-language = Язык
field-timezone = Часовой пояс
timezone-hint = Например, Europe/Riga: время в консоли показывается в нём.
settings-password = Пароль
settings-no-password-yet = Вы входите по ссылкам от бота. Выберите пароль, чтобы входить и по электронной почте.
settings-change-password = Сменить пароль
done-settings-saved = Ваши настройки сохранены.
done-password-changed = Ваш пароль изменён. На всех других устройствах выполнен выход.

## Приглашения

invite-for = Приглашение для: { $name }
invite-once = Показывается только сейчас: распечатайте или перешлите его. Оно работает один раз, до { $expires }.
invite-code = Код
invite-qr-alt = QR-код приглашения в Telegram для: { $name }
invite-no-telegram = Telegram для этого сервиса не настроен, поэтому ссылки для Telegram нет.
invite-whatsapp-how = В WhatsApp нужно отправить это сообщение на номер программы:
