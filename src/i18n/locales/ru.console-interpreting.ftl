## Консоль сотрудников: переводчики на страницах сотрудников, на странице клиента и в своей консоли.
## В консольных каталогах каждого языка одни и те же идентификаторы сообщений и переменные.

## Страницы сотрудников

staff-page-languages = Переводит
staff-page-languages-hint = Для переводчиков: языки, с которыми они работают, двухбуквенными кодами через запятую, например ar, fa, uk.
staff-page-email-hint = У переводчика её может не быть: он входит по ссылке из бота.
staff-page-telegram = Telegram
staff-page-telegram-how = { $name } работает в Telegram: туда приходят сообщения клиентов для перевода. Создайте приглашение: { $name } сканирует его QR-код телефоном или открывает его ссылку.
staff-page-telegram-joined = { $name } уже в Telegram. Новое приглашение нужно, чтобы подключиться с нового телефона или аккаунта.
staff-page-telegram-invite = Создать приглашение в Telegram
staff-page-telegram-inactive = Учётная запись { $name } отключена: приглашение не сработает. Сначала отметьте «Активна» и сохраните.
done-staff-added-interpreter = Переводчик добавлен. Он работает в Telegram: создайте его приглашение ниже. В консоль он входит по ссылке из бота.
done-staff-invite-made = Приглашение создано. Передайте его ниже: когда Вы уйдёте с этой страницы, оно больше не будет показано.

## Страница клиента: его переводчик

client-page-section-interpreter = Переводчик
interpreting-panel = Переводчик
interpreting-panel-none = У клиента { $client } нет переводчика.
interpreting-panel-change = Сменить переводчика
interpreting-panel-choose = Переводчик
interpreting-panel-hint = Переводчики, которые переводят с языка «{ $language }». С этого момента переводчик получает сообщения клиента для перевода, а наставнику сообщают об этом.
interpreting-panel-nobody = Пока ни один активный переводчик не переводит с языка «{ $language }». Добавьте переводчика в разделе «Сотрудники».
interpreting-panel-no-interpreter = Без переводчика
interpreting-panel-submit = Сохранить
done-client-interpreter-assigned = Переводчик сохранён. С этого момента он получает сообщения клиента для перевода; наставнику сообщено.
done-client-interpreter-removed = Теперь у клиента нет переводчика: прежнему о нём больше ничего не отправляется.

## Переписка: переводы и сообщения, ждущие перевода

interpreting-translation-by = Перевод на язык «{ $language }», переводчик: { $name }
interpreting-waiting = Ждёт перевода (переводчик: { $name }) с { $since }
interpreting-waiting-for-you = Ждёт Вашего перевода с { $since }
interpreting-send-original = Отправить оригинал
interpreting-send-original-confirm = Отправить это сообщение клиенту в том виде, в каком оно написано, не дожидаясь перевода (переводчик: { $name })?
done-client-original-sent = Сообщение ушло клиенту в том виде, в каком было написано.
done-client-original-already-sent = Сообщение уже ушло клиенту.

## Поле ответа

interpreting-reply-via = Отправить через переводчика { $name }
interpreting-reply-via-hint = Сначала его переведёт { $name }; клиент { $client } получит его с переводом или в том виде, в каком оно написано, если Вы отправите оригинал.
interpreting-reply-text-only = Через переводчика отправляется только текст. Чтобы отправить фото или файл, снимите эту отметку.
interpreting-reply-no-interpreter = У клиента { $name } теперь нет переводчика, поэтому сообщение не отправлено. Отправьте его без переводчика.
done-client-reply-to-interpreter = Ваше сообщение ушло переводчику. Клиент получит его с переводом.

## Консоль переводчика

interpreting-clients-count = { $count ->
    [0] Сейчас Вы не переводите ни для одного клиента.
    [one] Вы переводите для { $count } клиента.
    [few] Вы переводите для { $count } клиентов.
   *[many] Вы переводите для { $count } клиентов.
}
interpreting-clients-none = Когда координатор назначит Вам клиента, он появится здесь, а его сообщения будут приходить Вам и в Telegram.
interpreting-col-language = Язык
interpreting-page-hint = Сообщения клиента { $name } уходят наставнику с Вашим переводом; сообщения с пометкой «Ждёт Вашего перевода» уходят клиенту { $name }, когда Вы их переведёте.
interpreting-translate-label = Перевести это сообщение
interpreting-translation-for-mentor = Перевод для наставника
interpreting-translation-for-client = Перевод для клиента
interpreting-translate = Отправить перевод
interpreting-translate-again = Перевести заново
interpreting-translation-empty = Напишите перевод.
interpreting-translation-already-sent = Это сообщение уже ушло клиенту (в исходном виде или с прежним переводом), поэтому Ваш перевод не отправлен.
interpreting-translation-not-translatable = Это сообщение не нужно переводить.
done-client-translation-to-mentor = Ваш перевод ушёл наставнику.
done-client-translation-kept = Ваш перевод сохранён при сообщении: у клиента сейчас нет наставника, который бы его прочитал.
done-client-translation-to-client = Ваш перевод ушёл клиенту.
