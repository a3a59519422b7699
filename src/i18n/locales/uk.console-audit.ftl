## Консоль працівників: журнал аудиту — хто що читав або змінював і коли.
## У каталозі цієї частини кожною мовою ті самі ідентифікатори повідомлень і змінні.
## Дії названо іменниками («перегляд листування»), щоб фраза була правильною за будь-якого роду того, хто діяв.

audit-title = Журнал аудиту
audit-intro = Хто що читав або змінював і коли: кожен перегляд листування клієнта, його файлів, щоденних запитань і завдань, кожне завантаження і кожна зміна зі значенням до і після. Тексти повідомлень і нотаток тут не зберігаються ніколи.
audit-client-link = Хто це бачив або змінював

## Відбір

audit-filter-label = Звузити журнал
audit-filter-client = Клієнт
audit-filter-client-hint = Частина імені
audit-filter-actor = Хто
audit-filter-action = Що
audit-filter-from = З
audit-filter-to = По
audit-filter-anyone = Будь-хто
audit-filter-anything = Будь-що
audit-filter-submit = Показати
audit-filter-kind-staff = Будь-який працівник
audit-filter-kind-mentor = Будь-який наставник у месенджері
audit-filter-kind-client = Будь-який клієнт у месенджері
audit-filter-group-kinds = Види
audit-filter-group-staff = Працівники в консолі
audit-filter-group-mentors = Наставники в месенджері
audit-filter-reads = Будь-який перегляд справи
audit-filter-chosen = Як вибрано

audit-on = Показано
audit-on-client = Клієнт: { $name }
audit-on-clients-named = Клієнти, в імені яких є «{ $text }»: { $names }
audit-on-actor = Хто: { $name }
audit-on-action = Що: { $action }
audit-on-from = З { $date }
audit-on-to = По { $date }
audit-filter-remove = Прибрати відбір: { $filter }
audit-filters-clear = Показати все

audit-no-client-named = Немає клієнта, в імені якого є «{ $text }».
audit-none = Нічого відповідного не записано.
audit-newest = До найновіших
audit-older = Давніші записи
audit-entries = Спершу найновіші
audit-refused = Перевірте відбір: кожне повідомлення стоїть біля свого поля.
audit-bad-client = Виберіть клієнта ще раз.
audit-bad-actor = Виберіть, хто, ще раз.
audit-bad-action = Виберіть, що, ще раз.
audit-not-a-date = Введіть дату, наприклад 2026-04-01.
audit-to-before-from = Ця дата раніша за першу.
audit-bad-cursor = Цю сторінку журналу не знайти; почніть із найновіших.
audit-client-page = Сторінка клієнта: { $name }

## Як дії називаються у відборі

audit-action-read-thread = Перегляд листування
audit-action-read-message = Отримання повідомлення перекладачем
audit-action-read-media = Перегляд фото чи файлу
audit-action-read-checkins = Перегляд щоденних запитань
audit-action-read-tasks = Перегляд завдань
audit-action-export-clients = Вивантаження клієнтів
audit-action-export-checkins = Вивантаження щоденних запитань
audit-action-export-tasks = Вивантаження завдань
audit-action-report-exported = Вивантаження звіту для оцінювання
audit-action-client-created = Зарахування клієнта
audit-action-client-updated = Зміна даних клієнта
audit-action-clients-imported = Зарахування клієнтів із файлу
audit-action-client-exported = Вивантаження всіх даних клієнта
audit-action-client-erasure-requested = Прохання видалити дані
audit-action-client-erased = Видалення даних клієнта
audit-action-consent-given = Згоду надано
audit-action-consent-withdrawn = Згоду відкликано
audit-action-consent-declined = У згоді відмовлено
audit-action-note-written = Особиста нотатка
audit-action-task-create = Нове завдання
audit-action-task-update = Зміна завдання
audit-action-task-approve = Завдання прийнято
audit-action-task-redo = Завдання на доопрацювання
audit-action-task-cancel = Завдання скасовано
audit-action-alert-acknowledged = Тривогу помічено
audit-action-alert-resolved = Тривогу закрито
audit-action-invite-created = Нове запрошення
audit-action-invite-revoked = Запрошення відкликано
audit-action-account-bound = Месенджер підключено
audit-action-account-replaced = Месенджер замінено
audit-action-account-revoked = Месенджер відключено
audit-action-mentor-created = Новий наставник
audit-action-mentor-updated = Зміна даних наставника
audit-action-deliveries-cancelled = Повідомлення в черзі скасовано
audit-action-delivery-retried = Повторне надсилання повідомлення
audit-action-staff-created = Новий обліковий запис консолі
audit-action-staff-updated = Зміна облікового запису консолі
audit-action-staff-password-set = Вибір пароля
audit-action-staff-setup-link-issued = Посилання для вибору пароля
audit-action-staff-signed-in = Вхід
audit-action-staff-signed-out = Вихід

## Хто

audit-actor-admin = API адміністратора
audit-actor-system = Mentorline
audit-actor-unknown = Невідомий учасник
audit-gone-staff-actor = Колишній працівник
audit-gone-mentor-actor = Колишній наставник
audit-gone-client-actor = Видалений клієнт
audit-gone-staff = колишній працівник
audit-gone-mentor = колишній наставник
audit-gone-client = видалений клієнт

## Що сталося, одна фраза на запис

audit-did-read-thread = { $actor }: перегляд листування — { $subject }
audit-did-read-message = { $actor }: отримання повідомлення як перекладач ({ $channel }) — { $subject }
audit-did-read-media = { $actor }: перегляд фото чи файлу зі справи — { $subject }
audit-did-read-checkins = { $actor }: перегляд щоденних запитань — { $subject }
audit-did-read-tasks = { $actor }: перегляд завдань — { $subject }
audit-did-export-clients = { $actor }: вивантаження списку клієнтів
audit-did-export-checkins = { $actor }: вивантаження щоденних запитань, { $period }
audit-did-export-tasks = { $actor }: вивантаження завдань, { $period }
audit-did-report-exported = { $actor }: вивантаження звіту для оцінювання ({ $table ->
    [months] місяці
    [profile] профіль
    [mentors] наставники
   *[pdf] PDF
}), { $period }
audit-did-client-created = { $actor }: зарахування клієнта — { $subject }
audit-did-client-created-consent = { $actor }: зарахування клієнта зі згодою, наданою особисто — { $subject }
audit-did-clients-imported = { $actor }: зарахування з файлу — { $count ->
    [one] { $count } клієнт
    [few] { $count } клієнти
    [many] { $count } клієнтів
   *[other] { $count } клієнта
}
audit-did-client-exported = { $actor }: вивантаження всіх даних клієнта — { $subject }
audit-did-client-erasure-requested = { $actor }: прохання в месенджері видалити свої дані
audit-did-client-erased = { $actor }: видалення даних клієнта — { $subject }
audit-did-consent-given = { $method ->
    [bot] { $actor }: згоду на спілкування надано в месенджері
   *[other] { $actor }: записано згоду, надану особисто — { $subject }
}
audit-did-consent-withdrawn = { $method ->
    [bot] { $actor }: згоду відкликано в месенджері
   *[other] { $actor }: записано відкликання згоди — { $subject }
}
audit-did-consent-declined = { $actor }: відмова від спілкування в месенджері
audit-did-note-written = { $actor }: особиста нотатка про клієнта — { $subject }
audit-did-task-create = { $actor }: нове завдання — { $subject }
audit-did-task-update = { $actor }: зміна завдання — { $subject }
audit-did-task-approve = { $actor }: завдання прийнято — { $subject }
audit-did-task-redo = { $actor }: завдання надіслано на доопрацювання — { $subject }
audit-did-task-cancel = { $actor }: завдання скасовано — { $subject }
audit-did-alert-acknowledged = { $actor }: тривогу помічено — { $subject }: { $kind }
audit-did-alert-resolved = { $actor }: тривогу закрито — { $subject }: { $kind }
audit-did-invite-created = { $actor }: нове запрошення — { $subject }
audit-did-invite-revoked = { $reason ->
    [bound] Інші запрошення більше не діють, месенджер підключено — { $subject }
   *[other] { $actor }: { $count ->
        [one] відкликано { $count } запрошення
        [few] відкликано { $count } запрошення
        [many] відкликано { $count } запрошень
       *[other] відкликано { $count } запрошення
    } — { $subject }
}
audit-did-account-bound = { $actor }: підключено месенджер { $channel }
audit-did-account-replaced = { $actor }: попередній месенджер замінено новим
audit-did-account-revoked = { $actor }: відключено месенджер { $channel } — { $subject }
audit-did-mentor-created = { $actor }: новий наставник — { $subject }
audit-did-deliveries-cancelled = { $actor }: наставник більше не активний — { $subject }; скасовано повідомлень у черзі: { $count }
audit-did-delivery-retried = { $actor }: повторне надсилання повідомлення, яке не дійшло
audit-did-staff-created = { $actor }: новий обліковий запис консолі — { $subject }, { $role }
audit-did-staff-password-set = { $actor }: вибрано пароль
audit-did-staff-setup-link-issued = { $actor }: посилання для вибору пароля — { $subject }
audit-did-staff-signed-in = { $actor }: вхід до консолі
audit-did-staff-signed-out = { $actor }: вихід із консолі
audit-did-other = { $actor }: { $action }

## Зміни

audit-changed-one = { $actor }: { $subject } — поле «{ $field }» змінено з { $from } на { $to }
audit-changed-fields = { $actor }: { $subject } — змінено: { $fields }
audit-changed-many = { $actor }: зміна даних — { $subject }
audit-changed-nothing = { $actor }: дані збережено без змін — { $subject }
audit-change-line = { $field }: з { $from } на { $to }
audit-change-fields-line = Змінено, слова не зберігаються: { $fields }
audit-password-changed = Пароль змінено.
audit-period-between = з { $from } по { $to }
audit-period-from = з { $from }
audit-period-to = по { $to }
audit-period-all = усі дати

audit-field-name = ім’я
audit-field-phone = телефон
audit-field-language = мова
audit-field-languages = мови
audit-field-timezone = часовий пояс
audit-field-checkin-time = час щоденного запитання
audit-field-checkin-days = дні щоденного запитання
audit-field-checkins-paused-until = щоденні запитання призупинено до
audit-field-weekly-summary-day = день тижневого підсумку
audit-field-status = статус
audit-field-country = країна
audit-field-programme = програма
audit-field-consent = згода
audit-field-mentor = наставник
audit-field-interpreter = перекладач
audit-field-mentor-record = запис наставника
audit-field-role = роль
audit-field-active = стан
audit-field-title = назва
audit-field-details = опис
audit-field-due-date = термін

audit-value-none = немає
audit-value-yes = так
audit-value-no = ні
audit-value-active = у роботі
audit-value-inactive = не в роботі
audit-value-no-mentor = без наставника
audit-value-no-interpreter = без перекладача
