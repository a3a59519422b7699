import type { Translator } from '../i18n/translator.js';
import type { Choice } from './outbound.js';

/** The mood buttons, worst first; on WhatsApp they become numbered replies. */
export const moodChoices: Choice[][] = [
  [
    { data: 'mood:1', label: '😞 1' },
    { data: 'mood:2', label: '🙁 2' },
    { data: 'mood:3', label: '😐 3' },
    { data: 'mood:4', label: '🙂 4' },
    { data: 'mood:5', label: '😄 5' },
  ],
];

/** Stands in for the client's name in a template the database fills in per client. */
export const nameMarker = '⟦name⟧';

/** One template per catalog language, with the name left for the database to fill in. */
export function templatesFor(translator: Translator, id: 'checkin-prompt' | 'checkin-reminder') {
  const languages = [...translator.languages];
  return { languages, texts: languages.map((language) => translator.t(language, id, { name: nameMarker })) };
}
