import type { ClientContext } from '../people/contexts.js';
import { defineChoice, oneOf } from '../turn/choices.js';
import type { Turn } from '../turn/turn.js';

/** What people write, in the catalog's languages, to agree or decline without pressing a button. */
const consentWords: Record<'yes' | 'no', readonly string[]> = {
  yes: [
    'yes', 'y', 'agree', 'i agree', 'ok', 'okay', 'sure', '👍', '✅',
    'jā', 'ja', 'piekrītu', 'da',
    'да', 'согласен', 'согласна', 'соглашаюсь',
    'так', 'згоден', 'згодна', 'погоджуюсь',
  ],
  no: [
    'no', 'n', 'decline', 'i decline', 'i do not agree', "i don't agree", '👎', '❌',
    'nē', 'ne', 'nepiekrītu',
    'нет', 'не согласен', 'не согласна',
    'ні', 'не згоден', 'не згодна',
  ],
};

/** The client's answer to the consent question. */
export const consentChoice = defineChoice(
  'consent',
  { answer: oneOf('yes', 'no') },
  { understands: ({ answer }, reply) => consentWords[answer].includes(reply.raw) || consentWords[answer].includes(reply.cleaned) },
);

export type ConsentQuestionId = 'consent-request' | 'consent-still-needed' | 'consent-declined';

/** Asks for consent, in the client's language, with agree and decline choices. */
export function askForConsent(turn: Turn<ClientContext>, id: ConsentQuestionId = 'consent-request'): void {
  turn.say(id, undefined, {
    choices: [[consentChoice.option({ answer: 'yes' }, turn.t('consent-agree')), consentChoice.option({ answer: 'no' }, turn.t('consent-decline'))]],
  });
}

/** Records the client's answer in the bot; declining can be reversed at any time. */
export async function recordConsent(turn: Turn<ClientContext>, agreed: boolean): Promise<void> {
  await turn.db
    .updateTable('clients')
    .set({ consent_given: agreed, consent_at: turn.now, consent_method: 'bot', updated_at: turn.now })
    .where('id', '=', turn.person.id)
    .execute();
  if (agreed) turn.say('consent-thanks');
  else askForConsent(turn, 'consent-declined');
}
