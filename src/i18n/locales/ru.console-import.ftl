## Консоль сотрудников: приём многих клиентов из файла CSV.
## В каталоге этой части для каждого языка одни и те же идентификаторы сообщений и переменные.

import-start = Принять из файла
import-what = Много клиентов сразу? Сохраните таблицу в CSV и примите всех после одной проверки.
import-title = Приём клиентов из файла
import-intro = Сохраните таблицу как CSV (UTF-8): каждый клиент в своей строке, над ними строка заголовка с названиями столбцов. Никто не будет принят, пока Вы не увидите проверку каждой строки и не подтвердите её.
import-upload = Выберите файл
import-columns = Столбцы
import-template = Скачать пустой шаблон
import-column-required = обязательный
import-column-mentor-required = обязательный, или вместо него mentorId
import-column-name = Имя клиента.
import-column-mentorEmail = Электронная почта учётной записи наставника в консоли. Пусто, если наставника пока нет.
import-column-language = Язык, на котором пишет бот, двухбуквенным кодом: uk, ru, lv, en.
import-column-timezone = Часовой пояс клиента, например Europe/Riga.
import-column-checkinTime = Когда бот спрашивает, как у клиента дела, например 09:30.
import-column-checkinDays = Дни, когда он спрашивает, например mon,wed,fri или mon tue. Пусто — каждый день.
import-column-phone = С кодом страны, например +371 2000 0000. Необязательно.
import-column-country = Необязательно.
import-column-programme = Необязательно, например проект или источник финансирования.
import-column-consentGiven = yes, если клиент дал согласие лично; иначе пусто или no, и бот сначала спросит его сам.
import-columns-mentor-id = Вместо mentorEmail столбец mentorId может называть наставников по идентификатору их записи. Столбцы могут идти в любом порядке; необязательные можно не включать.
import-file = Файл CSV
import-file-hint = Не больше { $size } МБ и { $rows } клиентов.
import-check = Проверить файл
import-file-missing = Выберите файл CSV.
import-file-too-large = Файл больше { $size } МБ.
import-file-lost = Проверенный файл не пришёл вместе с формой. Выберите его ещё раз.

import-preview-title = Проверка файла { $file }
import-count-rows = Клиентов в файле
import-count-valid = Готовы к приёму
import-count-invalid = Строк с проблемами
import-problems-title = Что исправить
import-problems = Нужно исправить строки: { $count }. Пока они не исправлены, никто не будет принят. Исправьте файл и проверьте его ещё раз.
import-problems-more = И ещё { $count } — их видно в таблице ниже.
import-fix-and-retry = Проверить исправленный файл
import-ready-title = Все строки готовы
import-enrol = { $count ->
    [one] Принять { $count } клиента
   *[other] Принять { $count } клиентов
}
import-enrol-hint = Они будут приняты все вместе или никто, если после этой проверки что-то изменилось, например номер телефона уже занял другой клиент.
import-choose-other = Выбрать другой файл
import-rows-title = Строки файла
import-row-heading = Строка
import-row = Строка { $row }
import-row-ready = Готова
import-row-problems = Проблем: { $count }

import-done-title = Принято клиентов: { $count }
import-done = Из файла принято клиентов: { $count } ({ $when }).
import-done-next = Каждому из них ещё нужно приглашение: откройте страницу клиента, чтобы создать его. Клиент, чей номер телефона был в файле, может также подключиться, написав программе в WhatsApp с этого номера.
import-done-clients = Принятые
import-done-name = Имя
import-done-mentor = Наставник
import-no-mentor = Пока без наставника
import-again = Принять ещё из файла
import-all-clients = Все клиенты
