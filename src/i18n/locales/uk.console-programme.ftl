## Консоль працівників: ведення програми (прийом, наставники, сигнали, доставка, працівники).
## У каталозі цієї частини для кожної мови ті самі ідентифікатори повідомлень і змінні.

programme-fix-fields = { $count ->
    [one] Перевірте поля ({ $count }): повідомлення вказано поруч із кожним полем.
   *[other] Перевірте поля ({ $count }): повідомлення вказано поруч із кожним полем.
}

## Прийом

enrol-title = Прийняти
enrol-timezone-hint = Наприклад, Europe/Riga: щоденне запитання й нагадування йдуть за цим поясом.
enrol-client-title = Прийняти клієнта
enrol-client-what = Додайте людину, яка починає програму: наставника, мову та щоденне опитування. Запрошення для передачі на папері чи телефоном Ви отримаєте одразу.
enrol-client-start = Прийняти клієнта
enrol-client-intro = Заповніть те, про що Ви домовилися з клієнтом. Запрошення для сканування чи надсилання Ви отримаєте на наступній сторінці.
enrol-client-about = Клієнт
enrol-client-name = Ім’я
enrol-client-language = Мова
enrol-client-language-hint = Бот пише клієнтові цією мовою.
enrol-client-phone = Телефон
enrol-client-phone-hint = Необов’язково, з кодом країни, наприклад +371 2000 0000. З ним досить написати програмі у WhatsApp із цього номера, щоб приєднатися.
enrol-client-country = Країна
enrol-client-programme = Програма
enrol-client-programme-hint = Необов’язково, наприклад проєкт або джерело фінансування.
enrol-client-mentoring = Наставник і щоденне опитування
enrol-client-mentor = Наставник
enrol-client-mentor-hint = Наставника можна вибрати й пізніше.
enrol-client-no-mentor = Поки без наставника
enrol-mentor-option = { $count ->
    [0] { $name } (немає клієнтів)
   *[other] { $name } (клієнтів: { $count })
}
enrol-client-checkin-time = Час опитування
enrol-client-checkin-time-hint = Коли бот питає, як у клієнта справи, за його часовим поясом.
enrol-client-checkin-days = Дні опитування
enrol-client-consent = Згода
enrol-client-consent-given = Клієнт дав згоду особисто
enrol-client-consent-hint = Позначте, лише якщо клієнт погодився з Вами сьогодні. Інакше бот спершу запитає його сам.
enrol-client-submit = Прийняти й показати запрошення
enrol-client-done-title = { $name }: клієнта прийнято
enrol-client-done = { $name }: клієнта прийнято. Передайте запрошення нижче зараз: коли Ви підете з цієї сторінки, воно більше не показуватиметься.
enrol-client-summary = Прийнято
enrol-client-checkin = Щоденне опитування
enrol-client-checkin-at = { $time } ({ $zone }), { $days }
enrol-client-consent-yes = Надано особисто
enrol-client-consent-no = Поки ні: бот спершу запитає
enrol-client-open = Відкрити сторінку клієнта { $name }
enrol-client-another = Прийняти ще одного клієнта
enrol-invite-gone-title = Запрошення
enrol-invite-gone = Запрошення ({ $name }) було показано, коли його створили, і зберігається лише його відбиток. Якщо його не передали, створіть нове.
enrol-invite-new = Створити нове запрошення

enrol-mentor-title = Прийняти наставника
enrol-mentor-what = Додайте наставника: роль, мови й часовий пояс, і обліковий запис у консолі, якщо є електронна пошта. Запрошення в Telegram Ви отримаєте одразу.
enrol-mentor-start = Прийняти наставника
enrol-mentor-intro = Наставник працює в Telegram. Запрошення для сканування телефоном наставника Ви отримаєте на наступній сторінці.
enrol-mentor-about = Наставник
enrol-mentor-name = Ім’я
enrol-mentor-role = Роль
enrol-mentor-languages = Мови
enrol-mentor-languages-hint = Дволітерні коди через кому, наприклад lv, ru. Бот пише наставникові першою.
enrol-mentor-account = Обліковий запис у консолі
enrol-mentor-account-hint = З електронною поштою наставник отримує обліковий запис у консолі, а Ви — посилання, за яким він вибере пароль. Без неї наставник входить, надіславши ботові /web.
enrol-mentor-email-hint = Необов’язково.
enrol-mentor-submit = Прийняти й показати запрошення
enrol-mentor-done-title = { $name }: наставника прийнято
enrol-mentor-done = { $name }: наставника прийнято. Передайте запрошення нижче зараз: коли Ви підете з цієї сторінки, воно більше не показуватиметься.
enrol-mentor-summary = Прийнято
enrol-mentor-account-made = Створено для { $email }: передайте посилання вище.
enrol-mentor-account-none = Не створено
enrol-mentor-account-bot = Немає: наставник входить, надіславши ботові /web.
enrol-mentor-account-refused = Наставника прийнято, але обліковий запис у консолі для { $email } не створено: { $reason }.
enrol-mentor-account-retry = Додати обліковий запис у консолі для { $name }
enrol-mentor-open = Відкрити сторінку наставника { $name }
enrol-mentor-another = Прийняти ще одного наставника

## Наставники

mentors-title = Наставники
mentors-active = { $count ->
    [0] Немає активних наставників
   *[other] Активні наставники: { $count }
}
mentors-inactive = Більше не активні: { $count }
mentors-none = Ще нікого не прийнято наставником.
mentors-enrol = Прийняти наставника
mentors-summary = Усього клієнтів: { $clients }. Чекають на відповідь: { $waiting }.
mentors-window = Перші відповіді й відповіді на опитування — за останні 30 днів.
mentors-mentor = Наставник
mentors-caseload = Клієнти
mentors-waiting = Чекають на відповідь
mentors-first-reply = Медіана першої відповіді
mentors-answer-rate = Відповіді на опитування
mentors-open-alerts = Відкриті сигнали
mentors-caseload-of = клієнти наставника { $name }
mentors-waiting-of = клієнти наставника { $name }, які чекають на відповідь
mentors-open-alerts-of = відкриті сигнали про клієнтів наставника { $name }
mentors-no-replies = за 30 днів не було повідомлень, що потребують відповіді
mentors-no-checkins = за 30 днів не було опитувань
mentors-not-joined = Ще не в Telegram

mentors-page-inactive = Більше не активний
mentors-page-joined = У Telegram
mentors-page-figures = Коротко
mentors-page-clients = Поточні клієнти
mentors-page-enrol-client = Прийняти клієнта для наставника { $name }
mentors-page-no-clients = У наставника { $name } немає поточних клієнтів.
mentors-page-client = Клієнт
mentors-page-status = Статус
mentors-page-last-contact = Останній контакт
mentors-page-never = ніколи
mentors-page-mood = Настрій
mentors-page-moods-label = Настрій клієнта { $name } за останні 14 днів
mentors-page-open-tasks = Відкриті завдання
mentors-page-telegram = Запрошення в Telegram
mentors-page-telegram-joined = { $name } уже в Telegram. Нове запрошення потрібне, щоб приєднатися з нового телефона чи акаунта.
mentors-page-telegram-not-joined = { $name } ще не приєднався в Telegram. Якщо запрошення загубилося чи сплило, створіть нове.
mentors-page-new-invite = Створити нове запрошення

## Сигнали

alerts-title = Сигнали
alerts-unseen = { $count ->
    [0] Нових сигналів немає
   *[other] Сигнали, які ніхто ще не переглянув: { $count }
}
alerts-none-unseen = Усі сигнали переглянуто.
alerts-following = { $count ->
    [0] Нічого не в роботі
   *[other] У роботі: { $count }
}
alerts-none-following = Немає підтверджених, але ще відкритих сигналів.
alerts-recent = Закриті за останні { $days } дн.
alerts-none-recent = Останнім часом нічого не закривали.
alerts-of-mentor = Сигнали про клієнтів наставника { $name }.
alerts-show-all = Показати всі сигнали
alerts-client = Клієнт
alerts-kind = Сигнал
alerts-raised = Виник
alerts-mentor = Наставник
alerts-no-mentor = Без наставника
alerts-acknowledged = Підтверджено
alerts-not-acknowledged = Поки ніким
alerts-acknowledged-by = { $who }, { $when }
alerts-resolved = Закрито
alerts-resolved-by = { $who }, { $when }
alerts-note = Що було зроблено
alerts-someone = хтось
alerts-actions = Дії
alerts-about = про клієнта { $name }
alerts-acknowledge = Побачив(ла), займуся
alerts-acknowledge-about = Підтвердити сигнал про клієнта { $name }
alerts-open-resolve = Відкрити
alerts-page-title = Сигнал про клієнта { $name }
alerts-page-checkin = Опитування
alerts-page-escalated = Передано координаторам
alerts-page-open-client = Відкрити сторінку й повідомлення клієнта { $name }
alerts-page-act = Дії
alerts-page-acknowledge-hint = Підтвердьте, що Ви побачили сигнал: тоді нікому більше не треба цього робити, і його не буде передано координаторам.
alerts-page-note = Що було зроблено
alerts-page-note-hint = Наприклад: зателефонував(ла), вона в безпеці й у понеділок іде до лікаря. Це закриває сигнал.
alerts-page-resolve = Закрити сигнал
alerts-page-back = Усі сигнали
done-alert-acknowledged = Сигнал підтверджено: Ви ним займаєтеся.
done-alert-already-acknowledged = Хтось уже підтвердив цей сигнал; нічого не змінено.
done-alert-resolved = Сигнал закрито з Вашою приміткою про те, що було зроблено.
done-alert-already-resolved = Цей сигнал уже було закрито; його примітка лишилася такою, як була.

## Доставка

deliveries-page-title = Доставка
deliveries-page-intro = Повідомлення, які не дійшли до адресата. Повторно надіслане повідомлення повертається на своє місце в цьому чаті; наступні повідомлення чекають на нього.
deliveries-page-list = Не доставлено
deliveries-page-older = Не доставлено, давніші
deliveries-page-none = Усі повідомлення доставлено.
deliveries-page-newest = Назад до найновіших
deliveries-page-when = Написано
deliveries-page-for = Кому
deliveries-page-what = Що
deliveries-page-status = Статус
deliveries-page-reason = Причина
deliveries-page-actions = Дії
deliveries-page-client = клієнт
deliveries-page-mentor = наставник
deliveries-page-chat = Чат { $chat }
deliveries-page-about = про клієнта { $name }
deliveries-page-kind-text = Текст
deliveries-page-kind-photo = Фото
deliveries-page-kind-document = Документ
deliveries-page-kind-voice = Голосове повідомлення
deliveries-page-kind-video = Відео
deliveries-page-kind-location = Місцезнаходження
deliveries-page-kind-menu = Меню команд
deliveries-page-status-dead = Спроби вичерпано
deliveries-page-status-failed = Платформа відмовила
deliveries-page-attempts = { $count ->
    [0] ще не надсилалося
   *[other] спроб: { $count }
}
deliveries-page-no-reason = не вказано
deliveries-page-retry = Надіслати знову
deliveries-page-retry-to = адресатові { $name }
deliveries-page-explain = «Спроби вичерпано»: платформа щоразу не відповідала або відповідала помилкою. «Платформа відмовила»: вона повідомила, що таке повідомлення ніколи не може бути доставлене, наприклад тому, що адресат заблокував бота. Надішліть знову, коли причину усунуто.
done-delivery-retried = Повідомлення знову в черзі й незабаром піде. Якщо воно знову не дійде, то повернеться до цього списку.
done-delivery-not-retryable = Це повідомлення більше не чекає на повторне надсилання: за цей час його надіслали або надіслали знову.

## Працівники

staff-page-title = Працівники
staff-page-people = Входять у консоль: { $count }
staff-page-name = Ім’я
staff-page-role = Роль
staff-page-mentor = Працює наставником
staff-page-mentor-hint = Для наставників: запис наставника, чиїх клієнтів вони бачать.
staff-page-no-mentor = Немає
staff-page-mentor-taken = { $name } (є обліковий запис)
staff-page-mentor-record = Запис наставника
staff-page-state = Обліковий запис
staff-page-active = Активний
staff-page-inactive = Вимкнено
staff-page-password-set = Задано
staff-page-password-none = Ще не вибрано
staff-page-no-email = Немає пошти: входить із бота
staff-page-you = Ви
staff-page-language-hint = Консоль говорить із працівником цією мовою.
staff-page-timezone-hint = Наприклад, Europe/Riga: консоль показує час у цьому поясі. Працівник може змінити його у своїх налаштуваннях.
staff-page-add = Додати працівника
staff-page-password = Пароль
staff-page-password-hint = Необов’язково, щонайменше { $min } символів. Без пароля Ви отримаєте посилання, за яким працівник вибере його сам: це краще, ніж передавати пароль.
staff-page-add-submit = Додати
staff-page-change = Змінити
staff-page-self-hint = Це Ваш обліковий запис: якщо Ви його вимкнете або перестанете бути координатором, Ви не зможете повернутися на цю сторінку.
staff-page-may-sign-in = Активний: може входити
staff-page-active-hint = Якщо зняти позначку, { $name } одразу виходить із консолі всюди й не може увійти, доки позначку не повернуть.
staff-page-record = Обліковий запис
staff-page-since = Додано
staff-page-setup-link = Посилання для вибору пароля
staff-page-setup-link-first = { $name } ще не вибрав(ла) пароль. Нове посилання скасовує всі попередні.
staff-page-setup-link-reset = Якщо { $name } забув(ла) пароль, посилання дозволить вибрати новий. Чинний пароль працює, доки цього не станеться.
staff-page-setup-link-issue = Створити нове посилання
staff-page-setup-link-inactive = Обліковий запис { $name } вимкнено: посилання не спрацює. Спершу позначте «Активний» і збережіть.
staff-page-back = Усі працівники
staff-page-link-for = Посилання для вибору пароля: { $name }
staff-page-link-how = Передайте його працівникові { $name }, щоб відкрити на своєму телефоні чи комп’ютері: воно веде на сторінку вибору пароля для входу.
staff-page-link-once = Працює один раз, до { $expires }, і більше не показуватиметься, коли Ви підете з цієї сторінки.
staff-page-link-qr-alt = QR-код посилання для вибору пароля: { $name }
done-staff-saved = Зміни збережено.
done-staff-added = Працівника додано, він може входити з вибраним Вами паролем.
done-staff-added-link = Працівника додано. Передайте посилання нижче: коли Ви підете з цієї сторінки, воно більше не показуватиметься.
done-staff-link-made = Створено нове посилання, усі попередні більше не працюють. Передайте його нижче.
done-staff-deactivated = Обліковий запис вимкнено: працівник вийшов із консолі всюди й не може увійти.
done-staff-reactivated = Обліковий запис знову активний: працівник може входити.
