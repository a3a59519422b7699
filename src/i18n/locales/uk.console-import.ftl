## Консоль працівників: прийом багатьох клієнтів із файлу CSV.
## У каталозі цієї частини для кожної мови ті самі ідентифікатори повідомлень і змінні.

import-start = Прийняти з файлу
import-what = Багато клієнтів одразу? Збережіть таблицю у CSV і прийміть усіх після однієї перевірки.
import-title = Прийом клієнтів із файлу
import-intro = Збережіть таблицю як CSV (UTF-8): кожен клієнт у своєму рядку, над ними рядок заголовка з назвами стовпців. Нікого не буде прийнято, доки Ви не побачите перевірку кожного рядка й не підтвердите її.
import-upload = Виберіть файл
import-columns = Стовпці
import-template = Завантажити порожній шаблон
import-column-required = обов'язковий
import-column-mentor-required = обов'язковий, або замість нього mentorId
import-column-name = Ім'я клієнта.
import-column-mentorEmail = Електронна пошта облікового запису наставника в консолі. Порожньо, якщо наставника ще немає.
import-column-language = Мова, якою пише бот, двобуквеним кодом: uk, ru, lv, en.
import-column-timezone = Часовий пояс клієнта, наприклад Europe/Riga.
import-column-checkinTime = Коли бот питає, як у клієнта справи, наприклад 09:30.
import-column-checkinDays = Дні, коли він питає, наприклад mon,wed,fri або mon tue. Порожньо — щодня.
import-column-phone = З кодом країни, наприклад +371 2000 0000. Необов'язково.
import-column-country = Необов'язково.
import-column-programme = Необов'язково, наприклад проєкт або джерело фінансування.
import-column-consentGiven = yes, якщо клієнт дав згоду особисто; інакше порожньо або no, і бот спершу спитає його сам.
import-columns-mentor-id = Замість mentorEmail стовпець mentorId може називати наставників за ідентифікатором їхнього запису. Стовпці можуть іти в будь-якому порядку; необов'язкові можна не включати.
import-file = Файл CSV
import-file-hint = Не більше { $size } МБ і { $rows } клієнтів.
import-check = Перевірити файл
import-file-missing = Виберіть файл CSV.
import-file-too-large = Файл більший за { $size } МБ.
import-file-lost = Перевірений файл не надійшов разом із формою. Виберіть його ще раз.

import-preview-title = Перевірка файлу { $file }
import-count-rows = Клієнтів у файлі
import-count-valid = Готові до прийому
import-count-invalid = Рядків із проблемами
import-problems-title = Що виправити
import-problems = Потрібно виправити рядки: { $count }. Доки їх не виправлено, нікого не буде прийнято. Виправте файл і перевірте його ще раз.
import-problems-more = І ще { $count } — їх видно в таблиці нижче.
import-fix-and-retry = Перевірити виправлений файл
import-ready-title = Усі рядки готові
import-enrol = { $count ->
    [one] Прийняти { $count } клієнта
   *[other] Прийняти { $count } клієнтів
}
import-enrol-hint = Їх буде прийнято всіх разом або нікого, якщо після цієї перевірки щось змінилося, наприклад номер телефону вже зайняв інший клієнт.
import-choose-other = Вибрати інший файл
import-rows-title = Рядки файлу
import-row-heading = Рядок
import-row = Рядок { $row }
import-row-ready = Готовий
import-row-problems = Проблем: { $count }

import-done-title = Прийнято клієнтів: { $count }
import-done = З файлу прийнято клієнтів: { $count } ({ $when }).
import-done-next = Кожному з них ще потрібне запрошення: відкрийте сторінку клієнта, щоб створити його. Клієнт, чий номер телефону був у файлі, може також приєднатися, написавши програмі у WhatsApp із цього номера.
import-done-clients = Прийняті
import-done-name = Ім'я
import-done-mentor = Наставник
import-no-mentor = Поки без наставника
import-again = Прийняти ще з файлу
import-all-clients = Усі клієнти
