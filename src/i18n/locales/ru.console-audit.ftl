## Консоль сотрудников: журнал аудита — кто что читал или менял и когда.
## В каталоге этой части на каждом языке те же идентификаторы сообщений и переменные.
## Действия названы существительными («просмотр переписки»), чтобы фраза была верной при любом роде того, кто действовал.

audit-title = Журнал аудита
audit-intro = Кто что читал или менял и когда: каждый просмотр переписки клиента, его файлов, ежедневных вопросов и заданий, каждое скачивание и каждое изменение со значением до и после. Тексты сообщений и заметок здесь не хранятся никогда.
audit-client-link = Кто это видел или менял

## Отбор

audit-filter-label = Сузить журнал
audit-filter-client = Клиент
audit-filter-client-hint = Часть имени
audit-filter-actor = Кто
audit-filter-action = Что
audit-filter-from = С
audit-filter-to = По
audit-filter-anyone = Кто угодно
audit-filter-anything = Что угодно
audit-filter-submit = Показать
audit-filter-kind-staff = Любой сотрудник
audit-filter-kind-mentor = Любой наставник в мессенджере
audit-filter-kind-client = Любой клиент в мессенджере
audit-filter-group-kinds = Виды
audit-filter-group-staff = Сотрудники в консоли
audit-filter-group-mentors = Наставники в мессенджере
audit-filter-reads = Любой просмотр дела
audit-filter-chosen = Как выбрано

audit-on = Показано
audit-on-client = Клиент: { $name }
audit-on-clients-named = Клиенты, в имени которых есть «{ $text }»: { $names }
audit-on-actor = Кто: { $name }
audit-on-action = Что: { $action }
audit-on-from = С { $date }
audit-on-to = По { $date }
audit-filter-remove = Убрать отбор: { $filter }
audit-filters-clear = Показать всё

audit-no-client-named = Нет клиента, в имени которого есть «{ $text }».
audit-none = Ничего подходящего не записано.
audit-newest = К самым новым
audit-older = Более ранние записи
audit-entries = Сначала новые
audit-refused = Проверьте отбор: каждое сообщение стоит рядом со своим полем.
audit-bad-client = Выберите клиента ещё раз.
audit-bad-actor = Выберите, кто, ещё раз.
audit-bad-action = Выберите, что, ещё раз.
audit-not-a-date = Введите дату, например 2026-04-01.
audit-to-before-from = Эта дата раньше первой.
audit-bad-cursor = Эту страницу журнала не найти; начните с самых новых.
audit-client-page = Страница клиента: { $name }

## Как действия называются в отборе

audit-action-read-thread = Просмотр переписки
audit-action-read-message = Получение сообщения переводчиком
audit-action-read-media = Просмотр фото или файла
audit-action-read-checkins = Просмотр ежедневных вопросов
audit-action-read-tasks = Просмотр заданий
audit-action-export-clients = Выгрузка клиентов
audit-action-export-checkins = Выгрузка ежедневных вопросов
audit-action-export-tasks = Выгрузка заданий
audit-action-report-exported = Выгрузка отчёта для оценки
audit-action-client-created = Зачисление клиента
audit-action-client-updated = Изменение данных клиента
audit-action-clients-imported = Зачисление клиентов из файла
audit-action-client-exported = Выгрузка всех данных клиента
audit-action-client-erasure-requested = Просьба удалить данные
audit-action-client-erased = Удаление данных клиента
audit-action-consent-given = Согласие дано
audit-action-consent-withdrawn = Согласие отозвано
audit-action-consent-declined = В согласии отказано
audit-action-note-written = Личная заметка
audit-action-task-create = Новое задание
audit-action-task-update = Изменение задания
audit-action-task-approve = Задание принято
audit-action-task-redo = Задание на доработку
audit-action-task-cancel = Задание отменено
audit-action-alert-acknowledged = Тревога замечена
audit-action-alert-resolved = Тревога закрыта
audit-action-invite-created = Новое приглашение
audit-action-invite-revoked = Приглашения отозваны
audit-action-account-bound = Мессенджер подключён
audit-action-account-replaced = Мессенджер заменён
audit-action-account-revoked = Мессенджер отключён
audit-action-mentor-created = Новый наставник
audit-action-mentor-updated = Изменение данных наставника
audit-action-deliveries-cancelled = Ожидавшие сообщения отменены
audit-action-delivery-retried = Повторная отправка сообщения
audit-action-staff-created = Новая учётная запись консоли
audit-action-staff-updated = Изменение учётной записи консоли
audit-action-staff-password-set = Выбор пароля
audit-action-staff-setup-link-issued = Ссылка для выбора пароля
audit-action-staff-signed-in = Вход
audit-action-staff-signed-out = Выход

## Кто

audit-actor-admin = API администратора
audit-actor-system = Mentorline
audit-actor-unknown = Неизвестный участник
audit-gone-staff-actor = Бывший сотрудник
audit-gone-mentor-actor = Бывший наставник
audit-gone-client-actor = Удалённый клиент
audit-gone-staff = бывший сотрудник
audit-gone-mentor = бывший наставник
audit-gone-client = удалённый клиент

## Что произошло, одна фраза на запись

audit-did-read-thread = { $actor }: просмотр переписки — { $subject }
audit-did-read-message = { $actor }: получение сообщения как переводчик ({ $channel }) — { $subject }
audit-did-read-media = { $actor }: просмотр фото или файла из дела — { $subject }
audit-did-read-checkins = { $actor }: просмотр ежедневных вопросов — { $subject }
audit-did-read-tasks = { $actor }: просмотр заданий — { $subject }
audit-did-export-clients = { $actor }: выгрузка списка клиентов
audit-did-export-checkins = { $actor }: выгрузка ежедневных вопросов, { $period }
audit-did-export-tasks = { $actor }: выгрузка заданий, { $period }
audit-did-report-exported = { $actor }: выгрузка отчёта для оценки ({ $table ->
    [months] месяцы
    [profile] профиль
    [mentors] наставники
   *[pdf] PDF
}), { $period }
audit-did-client-created = { $actor }: зачисление клиента — { $subject }
audit-did-client-created-consent = { $actor }: зачисление клиента с согласием, данным лично — { $subject }
audit-did-clients-imported = { $actor }: зачисление из файла — { $count ->
    [one] { $count } клиент
    [few] { $count } клиента
    [many] { $count } клиентов
   *[other] { $count } клиента
}
audit-did-client-exported = { $actor }: выгрузка всех данных клиента — { $subject }
audit-did-client-erasure-requested = { $actor }: просьба в мессенджере удалить свои данные
audit-did-client-erased = { $actor }: удаление данных клиента — { $subject }
audit-did-consent-given = { $method ->
    [bot] { $actor }: согласие на общение дано в мессенджере
   *[other] { $actor }: записано согласие, данное лично — { $subject }
}
audit-did-consent-withdrawn = { $method ->
    [bot] { $actor }: согласие отозвано в мессенджере
   *[other] { $actor }: записан отзыв согласия — { $subject }
}
audit-did-consent-declined = { $actor }: отказ от общения в мессенджере
audit-did-note-written = { $actor }: личная заметка о клиенте — { $subject }
audit-did-task-create = { $actor }: новое задание — { $subject }
audit-did-task-update = { $actor }: изменение задания — { $subject }
audit-did-task-approve = { $actor }: задание принято — { $subject }
audit-did-task-redo = { $actor }: задание отправлено на доработку — { $subject }
audit-did-task-cancel = { $actor }: задание отменено — { $subject }
audit-did-alert-acknowledged = { $actor }: тревога замечена — { $subject }: { $kind }
audit-did-alert-resolved = { $actor }: тревога закрыта — { $subject }: { $kind }
audit-did-invite-created = { $actor }: новое приглашение — { $subject }
audit-did-invite-revoked = { $reason ->
    [bound] Остальные приглашения больше не действуют, мессенджер подключён — { $subject }
   *[other] { $actor }: { $count ->
        [one] отозвано { $count } приглашение
        [few] отозвано { $count } приглашения
        [many] отозвано { $count } приглашений
       *[other] отозвано { $count } приглашения
    } — { $subject }
}
audit-did-account-bound = { $actor }: подключён мессенджер { $channel }
audit-did-account-replaced = { $actor }: прежний мессенджер заменён новым
audit-did-account-revoked = { $actor }: отключён мессенджер { $channel } — { $subject }
audit-did-mentor-created = { $actor }: новый наставник — { $subject }
audit-did-deliveries-cancelled = { $actor }: наставник больше не активен — { $subject }; отменено ожидавших сообщений: { $count }
audit-did-delivery-retried = { $actor }: повторная отправка сообщения, которое не дошло
audit-did-staff-created = { $actor }: новая учётная запись консоли — { $subject }, { $role }
audit-did-staff-password-set = { $actor }: выбран пароль
audit-did-staff-setup-link-issued = { $actor }: ссылка для выбора пароля — { $subject }
audit-did-staff-signed-in = { $actor }: вход в консоль
audit-did-staff-signed-out = { $actor }: выход из консоли
audit-did-other = { $actor }: { $action }

## Изменения

audit-changed-one = { $actor }: { $subject } — поле «{ $field }» изменено с { $from } на { $to }
audit-changed-fields = { $actor }: { $subject } — изменено: { $fields }
audit-changed-many = { $actor }: изменение данных — { $subject }
audit-changed-nothing = { $actor }: данные сохранены без изменений — { $subject }
audit-change-line = { $field }: с { $from } на { $to }
audit-change-fields-line = Изменено, слова не хранятся: { $fields }
audit-password-changed = Пароль изменён.
audit-period-between = с { $from } по { $to }
audit-period-from = с { $from }
audit-period-to = по { $to }
audit-period-all = все даты

audit-field-name = имя
audit-field-phone = телефон
audit-field-language = язык
audit-field-languages = языки
audit-field-timezone = часовой пояс
audit-field-checkin-time = время ежедневного вопроса
audit-field-checkin-days = дни ежедневного вопроса
audit-field-checkins-paused-until = ежедневные вопросы приостановлены до
audit-field-weekly-summary-day = день недельной сводки
audit-field-status = статус
audit-field-country = страна
audit-field-programme = программа
audit-field-consent = согласие
audit-field-mentor = наставник
audit-field-interpreter = переводчик
audit-field-mentor-record = запись наставника
audit-field-role = роль
audit-field-active = состояние
audit-field-title = название
audit-field-details = описание
audit-field-due-date = срок

audit-value-none = нет
audit-value-yes = да
audit-value-no = нет
audit-value-active = в работе
audit-value-inactive = не в работе
audit-value-no-mentor = без наставника
audit-value-no-interpreter = без переводчика
