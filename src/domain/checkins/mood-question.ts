import type { Translator } from '../../i18n/translator.js';
import type { Choice } from '../../outbox/payload.js';
import { defineChoice, wholeNumber } from '../turn/choices.js';
import { parseMood } from './mood-words.js';

/** A mood button, 1 (very bad) to 5 (very good); typed, a mood word or emoji picks it too. */
export const moodChoice = defineChoice(
  'mood',
  { mood: wholeNumber(1, 5) },
  { understands: ({ mood }, reply) => parseMood(reply.raw) === mood },
);

const moodFaces = ['😞', '🙁', '😐', '🙂', '😄'] as const;

/** The mood buttons, worst first, in one row; on WhatsApp they become numbered replies. */
export const moodChoices: Choice[][] = [moodFaces.map((face, index) => moodChoice.option({ mood: index + 1 }, `${face} ${index + 1}`))];

/** The daily question to one client, with its buttons: the one builder for the scheduler, /mood and a mentor's /checkin. */
export function moodQuestion(translator: Translator, language: string, name: string, id: MoodQuestionId = 'checkin-prompt') {
  return { text: translator.t(language, id, { name }), choices: moodChoices };
}

export type MoodQuestionId = 'checkin-prompt' | 'checkin-reminder';

/** Stands in for the client's name in a question the database fills in per client. */
export const nameMarker = '⟦name⟧';
