## The staff console: interpreters, on the staff pages, on a client's page and in their own console.
## Each language's console catalogs have the same message ids and variables.

## The staff pages

staff-page-languages = Translates
staff-page-languages-hint = For interpreters: the languages they translate, as two-letter codes separated by commas, such as ar, fa, uk.
staff-page-email-hint = An interpreter may have none: they sign in with a link from the bot.
staff-page-telegram = Telegram
staff-page-telegram-how = { $name } works in Telegram: the clients' messages come there to translate. Make an invite, and let { $name } scan its QR code with their phone or open its link.
staff-page-telegram-joined = { $name } is in Telegram. A new invite is for joining from a new phone or account.
staff-page-telegram-invite = Make a Telegram invite
staff-page-telegram-inactive = { $name } is deactivated: an invite would not work. Tick "Active" and save first.
done-staff-added-interpreter = The interpreter is added. They work in Telegram: make their invite below. They sign in to the console with a link from the bot.
done-staff-invite-made = The invite is made. Hand it over below: it is not shown again once you leave this page.

## A client's page: their interpreter

client-page-section-interpreter = Interpreter
interpreting-panel = Interpreter
interpreting-panel-none = { $client } has no interpreter.
interpreting-panel-change = Change the interpreter
interpreting-panel-choose = Interpreter
interpreting-panel-hint = Interpreters who translate { $language }. From now on the interpreter is sent the client's messages to translate, and the mentor is told.
interpreting-panel-nobody = No active interpreter translates { $language } yet. Add one under Staff.
interpreting-panel-no-interpreter = No interpreter
interpreting-panel-submit = Save
done-client-interpreter-assigned = The interpreter is saved. They are sent the client's messages to translate from now on, and the mentor is told.
done-client-interpreter-removed = The client has no interpreter now: nothing more about them goes to the former one.

## The thread: translations, and messages waiting for one

interpreting-translation-by = Translation into { $language } by { $name }
interpreting-waiting = Waiting for the translation by { $name } since { $since }
interpreting-waiting-for-you = Waiting for your translation since { $since }
interpreting-send-original = Send the original
interpreting-send-original-confirm = Send this message to the client as it was written, without waiting for the translation by { $name }?
done-client-original-sent = The message went to the client as it was written.
done-client-original-already-sent = The message had gone to the client already.

## The reply box

interpreting-reply-via = Send through the interpreter { $name }
interpreting-reply-via-hint = { $name } translates it first; it goes to { $client } with the translation, or as written if you send the original.
interpreting-reply-text-only = Only words go through the interpreter. Untick this to send a photo or file.
interpreting-reply-no-interpreter = { $name } has no interpreter now, so the message was not sent. Send it without the interpreter.
done-client-reply-to-interpreter = Your message went to the interpreter to translate. It goes to the client with the translation.

## An interpreter's console

interpreting-clients-count = { $count ->
    [0] You interpret for no client now.
    [one] You interpret for one client.
   *[other] You interpret for { $count } clients.
}
interpreting-clients-none = When a coordinator gives you a client, they appear here, and their messages come to you in Telegram too.
interpreting-col-language = Language
interpreting-page-hint = { $name }'s messages go to the mentor with your translation; those marked as waiting go to { $name } once you translate them.
interpreting-translate-label = Translate this message
interpreting-translation-for-mentor = Translation for the mentor
interpreting-translation-for-client = Translation for the client
interpreting-translate = Send the translation
interpreting-translate-again = Translate again
interpreting-translation-empty = Write the translation.
interpreting-translation-already-sent = This message has gone to the client already (as written, or translated before), so your translation was not sent.
interpreting-translation-not-translatable = This message is not one to translate.
done-client-translation-to-mentor = Your translation went to the mentor.
done-client-translation-kept = Your translation is kept with the message: the client has no mentor to read it now.
done-client-translation-to-client = Your translation went to the client.
