import { textTo } from '../../outbox/enqueue.js';
import type { ClientContext } from '../people/contexts.js';
import { defineChoice, languageCode } from '../turn/choices.js';
import type { Turn } from '../turn/turn.js';

/** The languages a client can choose, named in themselves. */
const languageNames: Record<string, string> = { en: 'English', lv: 'Latviešu', ru: 'Русский', uk: 'Українська' };

/** A language button of the client's /language. */
export const languageChoice = defineChoice('lang', { language: languageCode });

/** The client's /language: every catalog language, each named in itself. */
export function offerLanguages(turn: Turn<ClientContext>): void {
  turn.say('language-choose', undefined, {
    choices: turn.translator.languages.map((code) => [languageChoice.option({ language: code }, languageNames[code] ?? code)]),
  });
}

/** Switches the client to a catalog language, and says so in it. Returns false for a language without a catalog. */
export async function setLanguage(turn: Turn<ClientContext>, language: string): Promise<boolean> {
  if (!turn.translator.has(language)) return false;
  await turn.db.updateTable('clients').set({ language, updated_at: turn.now }).where('id', '=', turn.person.id).execute();
  // Said in the new language: the turn's own still speaks the old one.
  turn.send(textTo(turn.account, turn.translator.t(language, 'language-set')));
  return true;
}
