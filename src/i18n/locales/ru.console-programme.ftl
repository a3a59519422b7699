## Консоль сотрудников: ведение программы (приём, наставники, сигналы, доставка, сотрудники).
## В каталоге этой части для каждого языка одни и те же идентификаторы сообщений и переменные.

programme-fix-fields = { $count ->
    [one] Проверьте поля ({ $count }): сообщение указано рядом с каждым полем.
   *[other] Проверьте поля ({ $count }): сообщение указано рядом с каждым полем.
}

## Приём

enrol-title = Принять
enrol-timezone-hint = Например, Europe/Riga: ежедневный вопрос и напоминания идут по этому поясу.
enrol-client-title = Принять клиента
enrol-client-what = Добавьте человека, который начинает программу: наставника, язык и ежедневный опрос. Приглашение для передачи на бумаге или по телефону Вы получите сразу.
enrol-client-start = Принять клиента
enrol-client-intro = Заполните то, о чём Вы договорились с клиентом. Приглашение для сканирования или отправки Вы получите на следующей странице.
enrol-client-about = Клиент
enrol-client-name = Имя
enrol-client-language = Язык
enrol-client-language-hint = Бот пишет клиенту на этом языке.
enrol-client-phone = Телефон
enrol-client-phone-hint = Необязательно, с кодом страны, например +371 2000 0000. С ним достаточно написать программе в WhatsApp с этого номера, чтобы подключиться.
enrol-client-country = Страна
enrol-client-programme = Программа
enrol-client-programme-hint = Необязательно, например проект или источник финансирования.
enrol-client-mentoring = Наставник и ежедневный опрос
enrol-client-mentor = Наставник
enrol-client-mentor-hint = Наставника можно выбрать и позже.
enrol-client-no-mentor = Пока без наставника
enrol-mentor-option = { $count ->
    [0] { $name } (нет клиентов)
   *[other] { $name } (клиентов: { $count })
}
enrol-client-checkin-time = Время опроса
enrol-client-checkin-time-hint = Когда бот спрашивает, как у клиента дела, по его часовому поясу.
enrol-client-checkin-days = Дни опроса
enrol-client-consent = Согласие
enrol-client-consent-given = Клиент дал согласие лично
enrol-client-consent-hint = Отметьте, только если клиент согласился с Вами сегодня. Иначе бот сначала спросит его сам.
enrol-client-submit = Принять и показать приглашение
enrol-client-done-title = { $name }: клиент принят
enrol-client-done = { $name }: клиент принят. Передайте приглашение ниже сейчас: когда Вы уйдёте с этой страницы, оно больше не будет показано.
enrol-client-summary = Принят
enrol-client-checkin = Ежедневный опрос
enrol-client-checkin-at = { $time } ({ $zone }), { $days }
enrol-client-consent-yes = Дано лично
enrol-client-consent-no = Пока нет: бот сначала спросит
enrol-client-open = Открыть страницу клиента { $name }
enrol-client-another = Принять ещё одного клиента
enrol-invite-gone-title = Приглашение
enrol-invite-gone = Приглашение ({ $name }) было показано, когда его создали, и хранится только его отпечаток. Если его не передали, создайте новое.
enrol-invite-new = Создать новое приглашение

enrol-mentor-title = Принять наставника
enrol-mentor-what = Добавьте наставника: роль, языки и часовой пояс, и учётную запись в консоли, если есть электронная почта. Приглашение в Telegram Вы получите сразу.
enrol-mentor-start = Принять наставника
enrol-mentor-intro = Наставник работает в Telegram. Приглашение для сканирования телефоном наставника Вы получите на следующей странице.
enrol-mentor-about = Наставник
enrol-mentor-name = Имя
enrol-mentor-role = Роль
enrol-mentor-languages = Языки
enrol-mentor-languages-hint = Двухбуквенные коды через запятую, например lv, ru. Бот пишет наставнику на первом.
enrol-mentor-account = Учётная запись в консоли
enrol-mentor-account-hint = С электронной почтой наставник получает учётную запись в консоли, а Вы — ссылку, по которой он выберет пароль. Без неё наставник входит, отправив боту /web.
enrol-mentor-email-hint = Необязательно.
enrol-mentor-submit = Принять и показать приглашение
enrol-mentor-done-title = { $name }: наставник принят
enrol-mentor-done = { $name }: наставник принят. Передайте приглашение ниже сейчас: когда Вы уйдёте с этой страницы, оно больше не будет показано.
enrol-mentor-summary = Принят
enrol-mentor-account-made = Создана для { $email }: передайте ссылку выше.
enrol-mentor-account-none = Не создана
enrol-mentor-account-bot = Нет: наставник входит, отправив боту /web.
enrol-mentor-account-refused = Наставник принят, но учётная запись в консоли для { $email } не создана: { $reason }.
enrol-mentor-account-retry = Добавить учётную запись в консоли для { $name }
enrol-mentor-open = Открыть страницу наставника { $name }
enrol-mentor-another = Принять ещё одного наставника

## Наставники

mentors-title = Наставники
mentors-active = { $count ->
    [0] Нет активных наставников
   *[other] Активные наставники: { $count }
}
mentors-inactive = Больше не активны: { $count }
mentors-none = Ещё никто не принят наставником.
mentors-enrol = Принять наставника
mentors-summary = Всего клиентов: { $clients }. Ждут ответа: { $waiting }.
mentors-window = Первые ответы и ответы на опросы — за последние 30 дней.
mentors-mentor = Наставник
mentors-caseload = Клиенты
mentors-waiting = Ждут ответа
mentors-first-reply = Медиана первого ответа
mentors-answer-rate = Ответы на опросы
mentors-open-alerts = Открытые сигналы
mentors-caseload-of = клиенты наставника { $name }
mentors-waiting-of = клиенты наставника { $name }, ждущие ответа
mentors-open-alerts-of = открытые сигналы о клиентах наставника { $name }
mentors-no-replies = за 30 дней не было сообщений, требующих ответа
mentors-no-checkins = за 30 дней не было опросов
mentors-not-joined = Ещё не в Telegram

mentors-page-inactive = Больше не активен
mentors-page-joined = В Telegram
mentors-page-figures = Коротко
mentors-page-clients = Текущие клиенты
mentors-page-enrol-client = Принять клиента для наставника { $name }
mentors-page-no-clients = У наставника { $name } нет текущих клиентов.
mentors-page-client = Клиент
mentors-page-status = Статус
mentors-page-last-contact = Последний контакт
mentors-page-never = никогда
mentors-page-mood = Настроение
mentors-page-moods-label = Настроение клиента { $name } за последние 14 дней
mentors-page-open-tasks = Открытые задания
mentors-page-telegram = Приглашение в Telegram
mentors-page-telegram-joined = { $name } уже в Telegram. Новое приглашение нужно, чтобы подключиться с нового телефона или аккаунта.
mentors-page-telegram-not-joined = { $name } ещё не подключился в Telegram. Если приглашение потерялось или истекло, создайте новое.
mentors-page-new-invite = Создать новое приглашение

## Сигналы

alerts-title = Сигналы
alerts-unseen = { $count ->
    [0] Новых сигналов нет
   *[other] Сигналы, которые никто ещё не смотрел: { $count }
}
alerts-none-unseen = Все сигналы просмотрены.
alerts-following = { $count ->
    [0] Ничего не в работе
   *[other] В работе: { $count }
}
alerts-none-following = Нет подтверждённых, но ещё открытых сигналов.
alerts-recent = Закрыты за последние { $days } дн.
alerts-none-recent = В последнее время ничего не закрывали.
alerts-of-mentor = Сигналы о клиентах наставника { $name }.
alerts-show-all = Показать все сигналы
alerts-client = Клиент
alerts-kind = Сигнал
alerts-raised = Возник
alerts-mentor = Наставник
alerts-no-mentor = Без наставника
alerts-acknowledged = Подтверждён
alerts-not-acknowledged = Пока никем
alerts-acknowledged-by = { $who }, { $when }
alerts-resolved = Закрыт
alerts-resolved-by = { $who }, { $when }
alerts-note = Что было сделано
alerts-someone = кто-то
alerts-actions = Действия
alerts-about = о клиенте { $name }
alerts-acknowledge = Увидел(а), займусь
alerts-acknowledge-about = Подтвердить сигнал о клиенте { $name }
alerts-open-resolve = Открыть
alerts-page-title = Сигнал о клиенте { $name }
alerts-page-checkin = Опрос
alerts-page-escalated = Передан координаторам
alerts-page-open-client = Открыть страницу и сообщения клиента { $name }
alerts-page-act = Действия
alerts-page-acknowledge-hint = Подтвердите, что Вы увидели сигнал: тогда никому больше не нужно этого делать, и он не будет передан координаторам.
alerts-page-note = Что было сделано
alerts-page-note-hint = Например: позвонил(а), она в безопасности и в понедельник идёт к врачу. Это закрывает сигнал.
alerts-page-resolve = Закрыть сигнал
alerts-page-back = Все сигналы
done-alert-acknowledged = Сигнал подтверждён: Вы им занимаетесь.
done-alert-already-acknowledged = Кто-то уже подтвердил этот сигнал; ничего не изменено.
done-alert-resolved = Сигнал закрыт с Вашей заметкой о том, что было сделано.
done-alert-already-resolved = Этот сигнал уже был закрыт; его заметка осталась прежней.

## Доставка

deliveries-page-title = Доставка
deliveries-page-intro = Сообщения, которые не дошли до адресата. Повторно отправленное сообщение возвращается на своё место в этом чате; следующие сообщения ждут его.
deliveries-page-list = Не доставлены
deliveries-page-older = Не доставлены, более ранние
deliveries-page-none = Все сообщения доставлены.
deliveries-page-newest = Назад к самым новым
deliveries-page-when = Написано
deliveries-page-for = Кому
deliveries-page-what = Что
deliveries-page-status = Статус
deliveries-page-reason = Причина
deliveries-page-actions = Действия
deliveries-page-client = клиент
deliveries-page-mentor = наставник
deliveries-page-chat = Чат { $chat }
deliveries-page-about = о клиенте { $name }
deliveries-page-kind-text = Текст
deliveries-page-kind-photo = Фото
deliveries-page-kind-document = Документ
deliveries-page-kind-voice = Голосовое сообщение
deliveries-page-kind-video = Видео
deliveries-page-kind-location = Местоположение
deliveries-page-kind-menu = Меню команд
deliveries-page-status-dead = Попытки исчерпаны
deliveries-page-status-failed = Платформа отказала
deliveries-page-attempts = { $count ->
    [0] ещё не отправлялось
   *[other] попыток: { $count }
}
deliveries-page-no-reason = не указана
deliveries-page-retry = Отправить снова
deliveries-page-retry-to = адресату { $name }
deliveries-page-explain = «Попытки исчерпаны»: платформа каждый раз не отвечала или отвечала ошибкой. «Платформа отказала»: она сообщила, что такое сообщение никогда не может быть доставлено, например потому, что адресат заблокировал бота. Отправьте снова, когда причина устранена.
done-delivery-retried = Сообщение снова в очереди и скоро уйдёт. Если оно опять не дойдёт, то вернётся в этот список.
done-delivery-not-retryable = Это сообщение больше не ждёт повторной отправки: за это время его отправили или отправили снова.

## Сотрудники

staff-page-title = Сотрудники
staff-page-people = Входят в консоль: { $count }
staff-page-name = Имя
staff-page-role = Роль
staff-page-mentor = Работает наставником
staff-page-mentor-hint = Для наставников: запись наставника, чьих клиентов они видят.
staff-page-no-mentor = Нет
staff-page-mentor-taken = { $name } (есть учётная запись)
staff-page-mentor-record = Запись наставника
staff-page-state = Учётная запись
staff-page-active = Активна
staff-page-inactive = Отключена
staff-page-password-set = Задан
staff-page-password-none = Ещё не выбран
staff-page-no-email = Нет почты: входит из бота
staff-page-you = Вы
staff-page-language-hint = Консоль говорит с сотрудником на этом языке.
staff-page-timezone-hint = Например, Europe/Riga: консоль показывает время в этом поясе. Сотрудник может изменить его в своих настройках.
staff-page-add = Добавить сотрудника
staff-page-password = Пароль
staff-page-password-hint = Необязательно, не менее { $min } символов. Без пароля Вы получите ссылку, по которой сотрудник выберет его сам: это лучше, чем передавать пароль.
staff-page-add-submit = Добавить
staff-page-change = Изменить
staff-page-self-hint = Это Ваша учётная запись: если Вы её отключите или перестанете быть координатором, Вы не сможете вернуться на эту страницу.
staff-page-may-sign-in = Активна: может входить
staff-page-active-hint = Если снять отметку, { $name } сразу выходит из консоли везде и не может войти, пока отметку не вернут.
staff-page-record = Учётная запись
staff-page-since = Добавлен(а)
staff-page-setup-link = Ссылка для выбора пароля
staff-page-setup-link-first = { $name } ещё не выбрал(а) пароль. Новая ссылка отменяет все прежние.
staff-page-setup-link-reset = Если { $name } забыл(а) пароль, ссылка позволит выбрать новый. Нынешний пароль работает, пока этого не произошло.
staff-page-setup-link-issue = Создать новую ссылку
staff-page-setup-link-inactive = Учётная запись { $name } отключена: ссылка не сработает. Сначала отметьте «Активна» и сохраните.
staff-page-back = Все сотрудники
staff-page-link-for = Ссылка для выбора пароля: { $name }
staff-page-link-how = Передайте её сотруднику { $name }, чтобы открыть на своём телефоне или компьютере: она ведёт на страницу выбора пароля для входа.
staff-page-link-once = Работает один раз, до { $expires }, и больше не будет показана, когда Вы уйдёте с этой страницы.
staff-page-link-qr-alt = QR-код ссылки для выбора пароля: { $name }
done-staff-saved = Изменения сохранены.
done-staff-added = Сотрудник добавлен и может войти с выбранным Вами паролем.
done-staff-added-link = Сотрудник добавлен. Передайте ссылку ниже: когда Вы уйдёте с этой страницы, она больше не будет показана.
done-staff-link-made = Создана новая ссылка, все прежние больше не работают. Передайте её ниже.
done-staff-deactivated = Учётная запись отключена: сотрудник вышел из консоли везде и не может войти.
done-staff-reactivated = Учётная запись снова активна: сотрудник может входить.
