## Консоль працівників: список клієнтів і сторінка кожного клієнта.
## У консольних каталогах кожної мови ті самі ідентифікатори повідомлень і змінні.

## Список клієнтів

clients-title = Клієнти
clients-caption = Клієнти за ім’ям
clients-search = Ім’я
clients-filter-label = Знайти клієнтів
clients-filter-any = Усі
clients-filter-current = Активні та на паузі
clients-filter-mentor = Наставник
clients-filter-status = Статус
clients-filter-programme = Програма
clients-filter-language = Мова
clients-filter-channel = Месенджер
clients-filter-submit = Показати
clients-filters-on = Показано лише:
clients-filters-clear = Показати всіх клієнтів
clients-filter-remove = Прибрати фільтр «{ $filter }»
clients-on-search = в імені є «{ $text }»
clients-on-mentor = наставник { $name }
clients-unknown-mentor = (наставник без поточних клієнтів)
clients-on-status = { $status }
clients-on-programme = програма { $programme }
clients-on-language = мова: { $language }
clients-on-channel = у { $channel }
clients-on-checkin-asked = опитані сьогодні
clients-on-checkin-answered = відповіли сьогодні
clients-on-checkin-not-yet = ще не відповіли сьогодні
clients-on-checkin-missed = пропустили сьогоднішнє запитання
clients-on-mood = сьогодні почуваються «{ $mood }»
clients-on-waiting = чекають на відповідь
clients-on-overdue = із простроченим завданням
clients-count = { $count ->
    [0] Немає клієнтів
    [one] { $count } клієнт
    [few] { $count } клієнти
   *[many] { $count } клієнтів
}
clients-none-match = Жоден клієнт не відповідає цим фільтрам.
clients-none-yet = Клієнтів поки немає.
clients-col-name = Ім’я
clients-col-mentor = Наставник
clients-col-channels = Месенджери
clients-col-last-contact = Останній контакт
clients-col-mood = Настрій
clients-col-open-tasks = Відкриті завдання
clients-col-waiting = Відповідь
clients-no-mentor = Без наставника
clients-no-channel = Месенджер ще не підключено
clients-never = Ніколи
clients-not-waiting = Відповіли
clients-sparkline = Настрій за останні 14 днів: { $answered ->
    [0] відповідей немає
    [one] { $answered } відповідь
    [few] { $answered } відповіді
   *[many] { $answered } відповідей
}
clients-pages = Інші клієнти
clients-first-page = ← Перша сторінка

## Сторінка клієнта: заголовок і розділи

client-page-sections = На цій сторінці
client-page-section-thread = Листування
client-page-section-tasks = Завдання
client-page-section-mood = Настрій
client-page-section-notes = Нотатки
client-page-section-profile = Профіль
client-page-section-access = Месенджери та запрошення
client-page-section-history = Наставники
client-page-mentor-inactive = вимкнено
client-page-open-alerts = { $count ->
    [one] { $count } відкрите попередження
    [few] { $count } відкриті попередження
   *[many] { $count } відкритих попереджень
}
client-page-none = немає
client-page-back = Назад до клієнта { $name }

## Листування

client-page-thread = Листування
client-page-timeline-label = Листування з клієнтом { $name }
client-page-timeline-empty = Поки нічого не написано.
client-page-timeline-cut = Показано лише останні записи: { $count }.
client-page-by-staff = { $name } (працівник)
client-page-edited = змінено
client-page-photo-from = Фото від клієнта { $name }
client-page-file-from = Файл від клієнта { $name }
client-page-photo-to = Фото, надіслане клієнту { $name }
client-page-file-to = Файл, надісланий клієнту { $name }
client-page-file = Завантажити файл ({ $type })
client-page-location = Місце на карті
client-page-voice = Голосове повідомлення
client-page-media-too_large = Файл був завеликий, щоб його зберегти.
client-page-media-download_failed = Не вдалося отримати файл із месенджера.
client-page-media-not_stored = Не вдалося зберегти файл.
client-page-media-unsafe = Фото не вдалося зробити безпечним (з нього можна було б зрозуміти, де його знято), тому його не збережено.
client-page-media-unprocessable = Це повідомлення не вдалося обробити; його текст, якщо він був, показано.
client-page-checkin-asked = Щоденне запитання: відповіді поки немає
client-page-checkin-answered = Щоденне запитання:
client-page-task-created = Завдання дано:
client-page-task-shown-done = Показано виконаним:
client-page-task-approved = Схвалено:
client-page-task-redo = Попросили переробити:
client-page-task-cancelled = Скасовано:
client-page-evidence-alt = Що показано для завдання «{ $title }»
client-page-worksheet-alt = Робочий аркуш до завдання «{ $title }»
client-page-alert-open = відкрито
client-page-alert-acknowledged = взято до відома { $when }
client-page-alert-resolved = вирішено { $when }
client-page-note-by = Особиста нотатка, автор: { $name }
client-page-mentor-started = { $name } став(-ла) наставником.
client-page-mentor-ended = { $name } більше не наставник.

## Поле відповіді

client-page-reply-label = Написати клієнту { $name }
client-page-reply-text = Повідомлення клієнту { $name }
client-page-reply-file = Фото або файл (необов’язково)
client-page-reply-send = Надіслати
client-page-reply-goes-own = Піде клієнту { $name } у { $chats } і з’явиться також у Вашому листуванні в Telegram.
client-page-reply-goes-other = Піде клієнту { $name } у { $chats }; наставник { $mentor } побачить його в Telegram.
client-page-reply-goes-no-mentor = Піде клієнту { $name } у { $chats }.
client-page-reply-no-chat = У клієнта { $name } ще не підключено месенджер, тож повідомлення до нього не дійде. Створіть запрошення в розділі «Месенджери та запрошення».
client-page-reply-empty = Напишіть повідомлення або виберіть файл для надсилання.
client-page-reply-file-again = Будь ласка, виберіть файл ще раз: він не зберігається, доки виправляється повідомлення.
client-page-upload-too_large = Файл більший за { $limit } МБ, тому його не надіслано.
client-page-upload-empty = Файл порожній.
client-page-upload-unsafe = Файл не вдалося зробити безпечним для надсилання (з нього можна зрозуміти, де його знято, або він пошкоджений). Будь ласка, надішліть інший.

## Завдання

client-page-tasks = { $count ->
    [0] Завдання
   *[other] Завдання (відкрито: { $count })
}
client-page-tasks-none = Відкритих завдань немає.
client-page-tasks-closed = Виконані та скасовані ({ $count })
client-page-task-overdue = прострочено з { $date }
client-page-task-redo-asked = Попросили переробити: { $comment }
client-page-task-worksheet = Робочий аркуш
client-page-task-shown = показано { $when }
client-page-task-no-photo = Позначено виконаним без фото.
client-page-task-approve = Схвалити й похвалити
client-page-task-approve-label = Схвалити «{ $title }»
client-page-task-cancel = Скасувати завдання
client-page-task-cancel-label = Скасувати «{ $title }»
client-page-task-cancel-confirm = Скасувати «{ $title }»? Клієнту { $name } повідомлять, що це завдання знято.
client-page-task-redo-open = Попросити переробити
client-page-task-redo-label = Попросити переробити «{ $title }»
client-page-task-redo-comment = Що зробити інакше?
client-page-task-redo-send = Повернути
client-page-task-moved-on = «{ $title }»: це завдання тим часом змінилося (на нього відповіли або його скасували). Тут видно, як воно є зараз.
client-page-task-new = Нове завдання
client-page-task-title = Завдання
client-page-task-details = Подробиці (необов’язково)
client-page-task-due = Термін (необов’язково)
client-page-task-due-hint = Цього дня клієнту нагадають.
client-page-task-worksheet-file = Робочий аркуш (необов’язково)
client-page-task-worksheet-hint = Фото або файл, що піде разом із завданням.
client-page-task-sent = Завдання одразу піде клієнту { $name } його мовою.
client-page-task-create = Дати завдання

## Настрій

client-page-mood = Настрій за { $days } днів
client-page-mood-axis = Настрій від 1 (дуже погано) до 5 (дуже добре)
client-page-mood-summary = Відповіді в { $answered } з останніх { $days } днів, у середньому { $average }.
client-page-mood-none = За останні { $days } днів відповідей немає.
client-page-mood-last = Остання відповідь ({ $date }):

## Нотатки

client-page-notes = Особисті нотатки
client-page-note-new = Нова нотатка
client-page-note-hint = Нотатки читають лише працівники; клієнт їх ніколи не бачить.
client-page-note-save = Зберегти нотатку
client-page-notes-none = Нотаток поки немає.

## Профіль, щоденні запитання та згода

client-page-profile = Профіль
client-page-profile-edit = Змінити профіль
client-page-field-name = Ім’я
client-page-field-phone = Телефон
client-page-phone-hint = У міжнародному форматі, наприклад +37120000000. Залиште порожнім, якщо телефону немає.
client-page-field-language = Мова
client-page-field-timezone = Часовий пояс
client-page-field-country = Країна
client-page-field-programme = Програма
client-page-field-status = Статус
client-page-status-hint = Клієнтам на паузі щоденне запитання не ставлять; повідомлення клієнтів, що завершили програму, зберігаються, але більше не пересилаються.
client-page-enrolled = Зараховано
client-page-checkins = Щоденні запитання
client-page-checkins-edit = Змінити або призупинити щоденні запитання
client-page-field-checkin-time = Час щоденного запитання
client-page-checkin-time-hint = Час клієнта, пояс { $zone }.
client-page-field-checkin-days = Дні
client-page-field-summary-day = День тижневого підсумку
client-page-field-paused-until = Призупинено до
client-page-paused-until-hint = Щоденного запитання не буде до цього дня включно. Залиште порожнім, щоб питати як зазвичай.
client-page-paused = Щоденні запитання призупинено до { $date }.
client-page-resume = Відновити запитання зараз
client-page-stopped = Клієнт сам зупинив щоденне запитання (/stop) { $when }. Відновити його можна командою /start.
client-page-day-mon = Понеділок
client-page-day-tue = Вівторок
client-page-day-wed = Середа
client-page-day-thu = Четвер
client-page-day-fri = П’ятниця
client-page-day-sat = Субота
client-page-day-sun = Неділя
client-page-consent = Згода
client-page-consent-in-person = Надано особисто, записано { $when }.
client-page-consent-bot = Надано в листуванні, { $when }.
client-page-consent-given = Надано.
client-page-consent-not-yet = Ще не надано. Клієнта { $name } запитають про неї в листуванні насамперед.
client-page-consent-record = Записати згоду, надану особисто
client-page-consent-confirm = Записати, що { $name } сьогодні особисто надав(-ла) згоду?

## Месенджери та запрошення

client-page-access = Месенджери та запрошення
client-page-accounts = Месенджери
client-page-accounts-none = У клієнта { $name } ще не підключено месенджер.
client-page-account-active = Активний
client-page-account-unreachable = Недоступний
client-page-account-revoked = Відкликано
client-page-account-since = з { $when }
client-page-window-open = Вікно WhatsApp відкрите до { $when }
client-page-window-closed = Вікно WhatsApp закрите з { $when }
client-page-window-closed-note = Зараз доходять лише шаблони; повідомлення чекають, доки клієнт не напише.
client-page-account-revoked-on = відкликано { $when }
client-page-account-revoke-label = Відкликати { $channel }
client-page-account-revoke-confirm = Відключити { $channel } клієнта { $name }? Йому повідомлять про це один раз, і більше через цей месенджер нічого не надсилатиметься і не прийматиметься.
client-page-revoke = Відкликати
client-page-invites = Відкриті запрошення
client-page-invites-none = Відкритих запрошень немає.
client-page-invite-open = Створено { $made }, діє до { $until }
client-page-invite-revoke-label = Відкликати запрошення, створене { $made }
client-page-invite-revoke-confirm = Відкликати це запрошення? За його кодом більше ніхто не зможе підключитися.
client-page-invite-used = Цим запрошенням тим часом скористалися: відкличте месенджер, який воно підключило.
client-page-invite-new = Створити запрошення
client-page-invite-hint = Запрошення підключає Telegram або WhatsApp клієнта { $name }. Його код показують один раз.
client-page-invite-title = Запрошення для клієнта { $name }

## Наставники

client-page-assignments = Наставники
client-page-assignments-none = Наставника поки не було.
client-page-assignment-since = з { $from }
client-page-assignment-from-to = { $from } – { $to }
client-page-assignment-current = зараз
client-page-reassign = Передати іншому наставнику
client-page-reassign-to = Новий наставник
client-page-reassign-hint = Новий наставник отримає листування з недавньою історією; попередньому повідомлять.
client-page-reassign-submit = Передати
client-page-reassign-confirm = Передати клієнта { $name } вибраному наставнику?
client-page-no-mentor = Без наставника

## Після дії

done-client-reply-sent = Ваше повідомлення надсилається.
done-client-task-created = Завдання дано, воно надсилається клієнту.
done-client-task-approved = Схвалено. Клієнту надіслано похвалу.
done-client-task-redo = Завдання повернуто з Вашим коментарем.
done-client-task-cancelled = Завдання скасовано; клієнту повідомили.
done-client-note-saved = Нотатку збережено.
done-client-profile-saved = Профіль збережено.
done-client-checkins-saved = Налаштування щоденних запитань збережено.
done-client-checkins-resumed = Щоденні запитання відновлено.
done-client-consent-recorded = Згоду записано.
done-client-reassigned = У клієнта новий наставник.
done-client-invite-revoked = Запрошення відкликано.
done-client-account-revoked = Месенджер відключено; клієнту повідомили.
