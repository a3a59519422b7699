## Консоль працівників: перекладачі на сторінках працівників, на сторінці клієнта і у власній консолі.
## У консольних каталогах кожної мови ті самі ідентифікатори повідомлень і змінні.

## Сторінки працівників

staff-page-languages = Перекладає
staff-page-languages-hint = Для перекладачів: мови, з якими вони працюють, дволітерними кодами через кому, наприклад ar, fa, uk.
staff-page-email-hint = У перекладача її може не бути: він входить за посиланням із бота.
staff-page-telegram = Telegram
staff-page-telegram-how = { $name } працює в Telegram: туди надходять повідомлення клієнтів для перекладу. Створіть запрошення: { $name } сканує його QR-код телефоном або відкриває його посилання.
staff-page-telegram-joined = { $name } уже в Telegram. Нове запрошення потрібне, щоб приєднатися з нового телефона чи акаунта.
staff-page-telegram-invite = Створити запрошення в Telegram
staff-page-telegram-inactive = Обліковий запис { $name } вимкнено: запрошення не спрацює. Спершу позначте «Активний» і збережіть.
done-staff-added-interpreter = Перекладача додано. Він працює в Telegram: створіть його запрошення нижче. До консолі він входить за посиланням із бота.
done-staff-invite-made = Запрошення створено. Передайте його нижче: коли Ви підете з цієї сторінки, воно більше не показуватиметься.

## Сторінка клієнта: його перекладач

client-page-section-interpreter = Перекладач
interpreting-panel = Перекладач
interpreting-panel-none = У клієнта { $client } немає перекладача.
interpreting-panel-change = Змінити перекладача
interpreting-panel-choose = Перекладач
interpreting-panel-hint = Перекладачі, які перекладають з мови «{ $language }». Відтепер перекладач отримує повідомлення клієнта для перекладу, а наставникові про це повідомляють.
interpreting-panel-nobody = Поки жоден активний перекладач не перекладає з мови «{ $language }». Додайте перекладача в розділі «Працівники».
interpreting-panel-no-interpreter = Без перекладача
interpreting-panel-submit = Зберегти
done-client-interpreter-assigned = Перекладача збережено. Відтепер він отримує повідомлення клієнта для перекладу; наставникові повідомлено.
done-client-interpreter-removed = Тепер у клієнта немає перекладача: попередньому про нього більше нічого не надсилається.

## Листування: переклади та повідомлення, що чекають на переклад

interpreting-translation-by = Переклад мовою «{ $language }», перекладач: { $name }
interpreting-waiting = Чекає на переклад (перекладач: { $name }) з { $since }
interpreting-waiting-for-you = Чекає на Ваш переклад з { $since }
interpreting-send-original = Надіслати оригінал
interpreting-send-original-confirm = Надіслати це повідомлення клієнту так, як його написано, не чекаючи на переклад (перекладач: { $name })?
done-client-original-sent = Повідомлення пішло клієнту так, як його написано.
done-client-original-already-sent = Повідомлення вже пішло клієнту.

## Поле відповіді

interpreting-reply-via = Надіслати через перекладача { $name }
interpreting-reply-via-hint = Спершу його перекладе { $name }; клієнт { $client } отримає його з перекладом або так, як його написано, якщо Ви надішлете оригінал.
interpreting-reply-text-only = Через перекладача надсилається лише текст. Щоб надіслати фото чи файл, зніміть цю позначку.
interpreting-reply-no-interpreter = У клієнта { $name } тепер немає перекладача, тому повідомлення не надіслано. Надішліть його без перекладача.
done-client-reply-to-interpreter = Ваше повідомлення пішло перекладачеві. Клієнт отримає його з перекладом.

## Консоль перекладача

interpreting-clients-count = { $count ->
    [0] Зараз Ви не перекладаєте для жодного клієнта.
    [one] Ви перекладаєте для { $count } клієнта.
    [few] Ви перекладаєте для { $count } клієнтів.
   *[many] Ви перекладаєте для { $count } клієнтів.
}
interpreting-clients-none = Коли координатор призначить Вам клієнта, він з’явиться тут, а його повідомлення надходитимуть Вам і в Telegram.
interpreting-col-language = Мова
interpreting-page-hint = Повідомлення клієнта { $name } надходять наставникові з Вашим перекладом; повідомлення з позначкою «Чекає на Ваш переклад» надходять клієнту { $name }, коли Ви їх перекладете.
interpreting-translate-label = Перекласти це повідомлення
interpreting-translation-for-mentor = Переклад для наставника
interpreting-translation-for-client = Переклад для клієнта
interpreting-translate = Надіслати переклад
interpreting-translate-again = Перекласти ще раз
interpreting-translation-empty = Напишіть переклад.
interpreting-translation-already-sent = Це повідомлення вже пішло клієнту (як його написано або з попереднім перекладом), тому Ваш переклад не надіслано.
interpreting-translation-not-translatable = Це повідомлення не потрібно перекладати.
done-client-translation-to-mentor = Ваш переклад пішов наставникові.
done-client-translation-kept = Ваш переклад збережено з повідомленням: у клієнта зараз немає наставника, який би його прочитав.
done-client-translation-to-client = Ваш переклад пішов клієнту.
