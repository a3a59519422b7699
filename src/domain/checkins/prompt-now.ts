import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Translator } from '../i18n/translator.js';
import { clientAccounts } from './accounts.js';
import { moodChoices } from './checkin-prompts.js';
import { enqueueDeliveries } from './outbound.js';
import type { ClientContext } from './people.js';
import { textTo } from './relay.js';

export type PromptNowResult = 'sent' | 'already-asked' | 'no-consent' | 'unreachable';

/**
 * A mentor asks a client the daily question now. Today's check-in (in the
 * client's zone) carries the prompt, so the scheduler does not ask again
 * today; a second prompt on one day needs `again`.
 */
export async function promptClientNow(
  db: Kysely<Database>,
  translator: Translator,
  client: ClientContext,
  options: { now: Date; again: boolean },
): Promise<PromptNowResult> {
  if (!client.consentGiven) return 'no-consent';
  const accounts = await clientAccounts(db, client.id);
  if (accounts.length === 0) return 'unreachable';
  const localDate = sql<string>`(${options.now.toISOString()}::timestamptz at time zone (select timezone from clients where id = ${client.id}))::date`;
  const today = await db
    .selectFrom('checkins')
    .select('prompted_at')
    .where('client_id', '=', client.id)
    .where('local_date', '=', localDate)
    .executeTakeFirst();
  if (today?.prompted_at && !options.again) return 'already-asked';
  await db
    .insertInto('checkins')
    .values({ client_id: client.id, local_date: localDate, prompted_at: options.now, source: 'mentor' })
    .onConflict((oc) => oc.columns(['client_id', 'local_date']).doUpdateSet({ prompted_at: sql<Date>`coalesce(checkins.prompted_at, excluded.prompted_at)` }))
    .execute();
  const text = translator.t(client.language, 'checkin-prompt', { name: client.name });
  await enqueueDeliveries(db, accounts.map((account) => textTo(account, text, { choices: moodChoices })));
  return 'sent';
}
