import { recordAudit } from '../../core/audit.js';
import type { ClientContext } from '../people/contexts.js';
import { defineChoice, oneOf } from '../turn/choices.js';
import { yesNoWords } from '../turn/yes-no-words.js';
import type { Turn } from '../turn/turn.js';

/** The client's answer to the consent question. */
export const consentChoice = defineChoice(
  'consent',
  { answer: oneOf('yes', 'no') },
  { understands: ({ answer }, reply) => yesNoWords[answer].includes(reply.raw) || yesNoWords[answer].includes(reply.cleaned) },
);

export type ConsentQuestionId = 'consent-request' | 'consent-still-needed' | 'consent-declined';

/** Asks for consent, in the client's language, with agree and decline choices. */
export function askForConsent(turn: Turn<ClientContext>, id: ConsentQuestionId = 'consent-request'): void {
  turn.say(id, undefined, {
    choices: [[consentChoice.option({ answer: 'yes' }, turn.t('consent-agree')), consentChoice.option({ answer: 'no' }, turn.t('consent-decline'))]],
  });
}

/** What a consent answer in the bot did: given, withdrawn, or declined while never given; nothing when agreed again. */
function consentAction(wasGiven: boolean, agreed: boolean): string | null {
  if (agreed) return wasGiven ? null : 'consent.given';
  return wasGiven ? 'consent.withdrawn' : 'consent.declined';
}

/** Records the client's answer in the bot, as their own doing; declining can be reversed at any time. */
export async function recordConsent(turn: Turn<ClientContext>, agreed: boolean): Promise<void> {
  const client = turn.person;
  await turn.db
    .updateTable('clients')
    .set({ consent_given: agreed, consent_at: turn.now, consent_method: 'bot', updated_at: turn.now })
    .where('id', '=', client.id)
    .execute();
  const action = consentAction(client.consentGiven, agreed);
  if (action) {
    await recordAudit(turn.db, { actor: `client:${client.id}`, action, entityType: 'client', entityId: client.id, clientId: client.id, details: { method: 'bot' }, at: turn.now });
  }
  if (agreed) turn.say('consent-thanks');
  else askForConsent(turn, 'consent-declined');
}
