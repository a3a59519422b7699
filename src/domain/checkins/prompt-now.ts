import { sql } from 'kysely';
import { textTo } from '../../outbox/enqueue.js';
import { clientAccounts } from '../people/accounts.js';
import { assignedClientOrRefuse, type ClientContext, type MentorContext } from '../people/contexts.js';
import { defineChoice, recordId } from '../turn/choices.js';
import type { Scope } from '../turn/scope.js';
import type { Turn } from '../turn/turn.js';
import { moodQuestion } from './mood-question.js';

export type PromptNowResult = 'sent' | 'already-asked' | 'no-consent' | 'unreachable';

/** The mentor's "ask a second time" button, for a client already asked today. */
export const askAgainChoice = defineChoice('checkin', { clientId: recordId });

/**
 * A mentor asks a client the daily question now. Today's check-in (in the
 * client's zone) carries the prompt, so the scheduler does not ask again
 * today; a second prompt on one day needs `again`.
 */
export async function promptClientNow(scope: Scope, client: ClientContext, options: { again: boolean }): Promise<PromptNowResult> {
  const { db, now } = scope;
  if (!client.consentGiven) return 'no-consent';
  const accounts = await clientAccounts(db, client.id);
  if (accounts.length === 0) return 'unreachable';
  const localDate = sql<string>`(${now.toISOString()}::timestamptz at time zone ${client.timezone})::date`;
  const today = await db
    .selectFrom('checkins')
    .select('prompted_at')
    .where('client_id', '=', client.id)
    .where('local_date', '=', localDate)
    .executeTakeFirst();
  if (today?.prompted_at && !options.again) return 'already-asked';
  await db
    .insertInto('checkins')
    .values({ client_id: client.id, local_date: localDate, prompted_at: now, source: 'mentor' })
    .onConflict((oc) => oc.columns(['client_id', 'local_date']).doUpdateSet({ prompted_at: sql<Date>`coalesce(checkins.prompted_at, excluded.prompted_at)` }))
    .execute();
  const { text, choices } = moodQuestion(scope.translator, client.language, client.name);
  scope.send(...accounts.map((account) => textTo(account, text, { choices })));
  return 'sent';
}

/** The mentor's /checkin (or its "ask again" button): asks their client now and says how it went. */
export async function askNow(turn: Turn<MentorContext>, clientId: string, again: boolean): Promise<void> {
  const client = await assignedClientOrRefuse(turn, clientId);
  if (!client) return;
  const result = await promptClientNow(turn, client, { again });
  const choices = result === 'already-asked' ? [[askAgainChoice.option({ clientId: client.id }, turn.t('checkin-ask-again'))]] : undefined;
  turn.say(`checkin-now-${result}`, { name: client.name }, { aboutClientId: client.id, ...(choices ? { choices } : {}) });
}
