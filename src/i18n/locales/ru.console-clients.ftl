## Консоль сотрудников: список клиентов и страница каждого клиента.
## В консольных каталогах каждого языка одни и те же идентификаторы сообщений и переменные.

## Список клиентов

clients-title = Клиенты
clients-caption = Клиенты по имени
clients-search = Имя
clients-filter-label = Найти клиентов
clients-filter-any = Все
clients-filter-current = Активные и на паузе
clients-filter-mentor = Наставник
clients-filter-status = Статус
clients-filter-programme = Программа
clients-filter-language = Язык
clients-filter-channel = Мессенджер
clients-filter-submit = Показать
clients-filters-on = Показаны только:
clients-filters-clear = Показать всех клиентов
clients-filter-remove = Убрать фильтр «{ $filter }»
clients-on-search = в имени есть «{ $text }»
clients-on-mentor = наставник { $name }
clients-unknown-mentor = (наставник без текущих клиентов)
clients-on-status = { $status }
clients-on-programme = программа { $programme }
clients-on-language = язык: { $language }
clients-on-channel = в { $channel }
clients-on-checkin-asked = опрошены сегодня
clients-on-checkin-answered = ответили сегодня
clients-on-checkin-not-yet = ещё не ответили сегодня
clients-on-checkin-missed = пропустили сегодняшний вопрос
clients-on-mood = сегодня чувствуют себя «{ $mood }»
clients-on-waiting = ждут ответа
clients-on-overdue = с просроченным заданием
clients-count = { $count ->
    [0] Нет клиентов
    [one] { $count } клиент
    [few] { $count } клиента
   *[many] { $count } клиентов
}
clients-none-match = Ни один клиент не подходит под эти фильтры.
clients-none-yet = Клиентов пока нет.
clients-col-name = Имя
clients-col-mentor = Наставник
clients-col-channels = Мессенджеры
clients-col-last-contact = Последний контакт
clients-col-mood = Настроение
clients-col-open-tasks = Открытые задания
clients-col-waiting = Ответ
clients-no-mentor = Без наставника
clients-no-channel = Мессенджер ещё не подключён
clients-never = Никогда
clients-not-waiting = Отвечено
clients-sparkline = Настроение за последние 14 дней: { $answered ->
    [0] ответов нет
    [one] { $answered } ответ
    [few] { $answered } ответа
   *[many] { $answered } ответов
}
clients-pages = Другие клиенты
clients-first-page = ← Первая страница

## Страница клиента: шапка и разделы

client-page-sections = На этой странице
client-page-section-thread = Переписка
client-page-section-tasks = Задания
client-page-section-mood = Настроение
client-page-section-notes = Заметки
client-page-section-profile = Профиль
client-page-section-access = Мессенджеры и приглашения
client-page-section-history = Наставники
client-page-mentor-inactive = отключён
client-page-open-alerts = { $count ->
    [one] { $count } открытое предупреждение
    [few] { $count } открытых предупреждения
   *[many] { $count } открытых предупреждений
}
client-page-none = нет
client-page-back = Назад к клиенту { $name }

## Переписка

client-page-thread = Переписка
client-page-timeline-label = Переписка с клиентом { $name }
client-page-timeline-empty = Пока ничего не написано.
client-page-timeline-cut = Показаны только последние записи: { $count }.
client-page-by-staff = { $name } (сотрудник)
client-page-edited = изменено
client-page-photo-from = Фото от клиента { $name }
client-page-file-from = Файл от клиента { $name }
client-page-photo-to = Фото, отправленное клиенту { $name }
client-page-file-to = Файл, отправленный клиенту { $name }
client-page-file = Скачать файл ({ $type })
client-page-location = Место на карте
client-page-voice = Голосовое сообщение
client-page-media-too_large = Файл был слишком большим, чтобы его сохранить.
client-page-media-download_failed = Не удалось получить файл из мессенджера.
client-page-media-not_stored = Не удалось сохранить файл.
client-page-media-unsafe = Фото не удалось сделать безопасным (по нему можно было бы понять, где оно снято), поэтому оно не сохранено.
client-page-media-unprocessable = Это сообщение не удалось обработать; его текст, если он был, показан.
client-page-checkin-asked = Ежедневный вопрос: ответа пока нет
client-page-checkin-answered = Ежедневный вопрос:
client-page-task-created = Задание дано:
client-page-task-shown-done = Показано выполненным:
client-page-task-approved = Одобрено:
client-page-task-redo = Попросили переделать:
client-page-task-cancelled = Отменено:
client-page-evidence-alt = Что показано для задания «{ $title }»
client-page-worksheet-alt = Рабочий лист к заданию «{ $title }»
client-page-alert-open = открыто
client-page-alert-acknowledged = принято к сведению { $when }
client-page-alert-resolved = решено { $when }
client-page-note-by = Личная заметка, автор: { $name }
client-page-mentor-started = { $name } стал(а) наставником.
client-page-mentor-ended = { $name } больше не наставник.

## Поле ответа

client-page-reply-label = Написать клиенту { $name }
client-page-reply-text = Сообщение клиенту { $name }
client-page-reply-file = Фото или файл (необязательно)
client-page-reply-send = Отправить
client-page-reply-goes-own = Уйдёт клиенту { $name } в { $chats } и появится также в Вашей переписке в Telegram.
client-page-reply-goes-other = Уйдёт клиенту { $name } в { $chats }; наставник { $mentor } увидит его в Telegram.
client-page-reply-goes-no-mentor = Уйдёт клиенту { $name } в { $chats }.
client-page-reply-no-chat = У клиента { $name } ещё не подключён мессенджер, поэтому сообщение до него не дойдёт. Создайте приглашение в разделе «Мессенджеры и приглашения».
client-page-reply-empty = Напишите сообщение или выберите файл для отправки.
client-page-reply-file-again = Пожалуйста, выберите файл ещё раз: он не сохраняется, пока исправляется сообщение.
client-page-upload-too_large = Файл больше { $limit } МБ, поэтому он не отправлен.
client-page-upload-empty = Файл пустой.
client-page-upload-unsafe = Файл не удалось сделать безопасным для отправки (по нему можно понять, где он снят, или он повреждён). Пожалуйста, отправьте другой.

## Задания

client-page-tasks = { $count ->
    [0] Задания
   *[other] Задания (открыто: { $count })
}
client-page-tasks-none = Открытых заданий нет.
client-page-tasks-closed = Выполненные и отменённые ({ $count })
client-page-task-overdue = просрочено с { $date }
client-page-task-redo-asked = Попросили переделать: { $comment }
client-page-task-worksheet = Рабочий лист
client-page-task-shown = показано { $when }
client-page-task-no-photo = Отмечено выполненным без фото.
client-page-task-approve = Одобрить и похвалить
client-page-task-approve-label = Одобрить «{ $title }»
client-page-task-cancel = Отменить задание
client-page-task-cancel-label = Отменить «{ $title }»
client-page-task-cancel-confirm = Отменить «{ $title }»? Клиенту { $name } сообщат, что это задание снято.
client-page-task-redo-open = Попросить переделать
client-page-task-redo-label = Попросить переделать «{ $title }»
client-page-task-redo-comment = Что сделать иначе?
client-page-task-redo-send = Вернуть
client-page-task-moved-on = «{ $title }»: это задание тем временем изменилось (на него ответили или его отменили). Здесь видно, как оно обстоит сейчас.
client-page-task-new = Новое задание
client-page-task-title = Задание
client-page-task-details = Подробности (необязательно)
client-page-task-due = Срок (необязательно)
client-page-task-due-hint = В этот день клиенту напомнят.
client-page-task-worksheet-file = Рабочий лист (необязательно)
client-page-task-worksheet-hint = Фото или файл, который уйдёт вместе с заданием.
client-page-task-sent = Задание сразу уйдёт клиенту { $name } на его языке.
client-page-task-create = Дать задание

## Настроение

client-page-mood = Настроение за { $days } дней
client-page-mood-axis = Настроение от 1 (очень плохо) до 5 (очень хорошо)
client-page-mood-summary = Ответы в { $answered } из последних { $days } дней, в среднем { $average }.
client-page-mood-none = За последние { $days } дней ответов нет.
client-page-mood-last = Последний ответ ({ $date }):

## Заметки

client-page-notes = Личные заметки
client-page-note-new = Новая заметка
client-page-note-hint = Заметки читают только сотрудники; клиент их никогда не видит.
client-page-note-save = Сохранить заметку
client-page-notes-none = Заметок пока нет.

## Профиль, ежедневные вопросы и согласие

client-page-profile = Профиль
client-page-profile-edit = Изменить профиль
client-page-field-name = Имя
client-page-field-phone = Телефон
client-page-phone-hint = В международном формате, например +37120000000. Оставьте пустым, если телефона нет.
client-page-field-language = Язык
client-page-field-timezone = Часовой пояс
client-page-field-country = Страна
client-page-field-programme = Программа
client-page-field-status = Статус
client-page-status-hint = Клиентам на паузе ежедневный вопрос не задаётся; сообщения завершивших программу клиентов сохраняются, но больше не пересылаются.
client-page-enrolled = Зачислен
client-page-checkins = Ежедневные вопросы
client-page-checkins-edit = Изменить или приостановить ежедневные вопросы
client-page-field-checkin-time = Время ежедневного вопроса
client-page-checkin-time-hint = Время клиента, пояс { $zone }.
client-page-field-checkin-days = Дни
client-page-field-summary-day = День недельной сводки
client-page-field-paused-until = Приостановлено до
client-page-paused-until-hint = Ежедневного вопроса не будет до этого дня включительно. Оставьте пустым, чтобы спрашивать как обычно.
client-page-paused = Ежедневные вопросы приостановлены до { $date }.
client-page-resume = Возобновить вопросы сейчас
client-page-stopped = Клиент сам остановил ежедневный вопрос (/stop) { $when }. Возобновить его можно командой /start.
client-page-day-mon = Понедельник
client-page-day-tue = Вторник
client-page-day-wed = Среда
client-page-day-thu = Четверг
client-page-day-fri = Пятница
client-page-day-sat = Суббота
client-page-day-sun = Воскресенье
client-page-consent = Согласие
client-page-consent-in-person = Дано лично, записано { $when }.
client-page-consent-bot = Дано в переписке, { $when }.
client-page-consent-given = Дано.
client-page-consent-not-yet = Ещё не дано. Клиента { $name } спросят о нём в переписке прежде всего остального.
client-page-consent-record = Записать согласие, данное лично
client-page-consent-confirm = Записать, что { $name } сегодня лично дал(а) согласие?

## Мессенджеры и приглашения

client-page-access = Мессенджеры и приглашения
client-page-accounts = Мессенджеры
client-page-accounts-none = У клиента { $name } ещё не подключён мессенджер.
client-page-account-active = Активен
client-page-account-unreachable = Недоступен
client-page-account-revoked = Отозван
client-page-account-since = с { $when }
client-page-window-open = Окно WhatsApp открыто до { $when }
client-page-window-closed = Окно WhatsApp закрыто с { $when }
client-page-window-closed-note = Сейчас доходят только шаблоны; сообщения ждут, пока клиент не напишет.
client-page-account-revoked-on = отозван { $when }
client-page-account-revoke-label = Отозвать { $channel }
client-page-account-revoke-confirm = Отключить { $channel } клиента { $name }? Ему сообщат об этом один раз, и больше через этот мессенджер ничего не будет ни отправляться, ни приниматься.
client-page-revoke = Отозвать
client-page-invites = Открытые приглашения
client-page-invites-none = Открытых приглашений нет.
client-page-invite-open = Создано { $made }, действует до { $until }
client-page-invite-revoke-label = Отозвать приглашение, созданное { $made }
client-page-invite-revoke-confirm = Отозвать это приглашение? По его коду больше никто не сможет подключиться.
client-page-invite-used = Этим приглашением тем временем воспользовались: отзовите мессенджер, который оно подключило.
client-page-invite-new = Создать приглашение
client-page-invite-hint = Приглашение подключает Telegram или WhatsApp клиента { $name }. Его код показывается один раз.
client-page-invite-title = Приглашение для клиента { $name }

## Наставники

client-page-assignments = Наставники
client-page-assignments-none = Наставника пока не было.
client-page-assignment-since = с { $from }
client-page-assignment-from-to = { $from } – { $to }
client-page-assignment-current = сейчас
client-page-reassign = Передать другому наставнику
client-page-reassign-to = Новый наставник
client-page-reassign-hint = Новый наставник получит переписку с недавней историей; прежнему сообщат.
client-page-reassign-submit = Передать
client-page-reassign-confirm = Передать клиента { $name } выбранному наставнику?
client-page-no-mentor = Без наставника

## После действия

done-client-reply-sent = Ваше сообщение отправляется.
done-client-task-created = Задание дано и отправляется клиенту.
done-client-task-approved = Одобрено. Клиенту отправлена похвала.
done-client-task-redo = Задание возвращено с Вашим комментарием.
done-client-task-cancelled = Задание отменено; клиенту сообщили.
done-client-note-saved = Заметка сохранена.
done-client-profile-saved = Профиль сохранён.
done-client-checkins-saved = Настройки ежедневных вопросов сохранены.
done-client-checkins-resumed = Ежедневные вопросы возобновлены.
done-client-consent-recorded = Согласие записано.
done-client-reassigned = У клиента новый наставник.
done-client-invite-revoked = Приглашение отозвано.
done-client-account-revoked = Мессенджер отключён; клиенту сообщили.
