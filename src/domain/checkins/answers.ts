import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { ChannelAccount } from './accounts.js';
import { raiseAlert } from './alerts.js';
import { moodChoices } from './checkin-prompts.js';
import type { ConversationDeps } from './conversation-deps.js';
import { enqueueDeliveries } from './outbound.js';
import type { ClientContext } from './people.js';
import { textTo, textToMentor } from './relay.js';
import { appendThreadMessage } from './thread-store.js';

/** A mood this low alerts the mentor at once. */
export const lowMoodThreshold = 2;
/** A typed answer counts for a prompt this recent. */
const openPromptMs = 24 * 3600_000;

/** Whether the client has a prompt that a short typed reply would answer. */
export async function hasOpenPrompt(db: Kysely<Database>, clientId: string, now: Date): Promise<boolean> {
  const row = await db
    .selectFrom('checkins')
    .select('id')
    .where('client_id', '=', clientId)
    .where('prompted_at', '>', new Date(now.getTime() - openPromptMs))
    .where('answered_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Sends the mood question now (the client's /mood). */
export async function sendMoodQuestion(db: Kysely<Database>, deps: ConversationDeps, account: ChannelAccount, client: ClientContext) {
  const text = deps.translator.t(client.language, 'checkin-prompt', { name: client.name });
  await enqueueDeliveries(db, [textTo(account, text, { choices: moodChoices })]);
}

/**
 * Records a mood on the client's most recent open check-in, or on today's
 * (in the client's zone) when none is open; tells the mentor, alerts them
 * when the mood is low, and thanks the client.
 */
export async function recordMood(
  db: Kysely<Database>,
  deps: ConversationDeps,
  account: ChannelAccount,
  client: ClientContext,
  mood: number,
  source: 'button' | 'text',
): Promise<void> {
  const now = deps.clock();
  const open = await db
    .selectFrom('checkins')
    .select('id')
    .where('client_id', '=', client.id)
    .where('prompted_at', '>', new Date(now.getTime() - openPromptMs))
    .where('answered_at', 'is', null)
    .orderBy('local_date', 'desc')
    .executeTakeFirst();
  const checkin = open
    ? await db
        .updateTable('checkins')
        .set({ mood, answered_at: now, source })
        .where('id', '=', open.id)
        .returning('id')
        .executeTakeFirstOrThrow()
    : await db
        .insertInto('checkins')
        .values({
          client_id: client.id,
          local_date: sql<string>`(${now.toISOString()}::timestamptz at time zone (select timezone from clients where id = ${client.id}))::date`,
          mood,
          answered_at: now,
          source,
        })
        .onConflict((oc) => oc.columns(['client_id', 'local_date']).doUpdateSet({ mood, answered_at: now, source }))
        .returning('id')
        .executeTakeFirstOrThrow();

  const low = mood <= lowMoodThreshold;
  await enqueueDeliveries(db, [textTo(account, deps.translator.t(client.language, low ? 'checkin-thanks-low' : 'checkin-thanks'))]);
  // Without a mentor the alert still stands, for the coordinators to see when it is escalated.
  if (!client.mentor) {
    if (low) await raiseAlert(db, deps.translator, { client, kind: 'low_mood', checkinId: checkin.id, args: { mood } });
    return;
  }
  const language = client.mentor.language;
  const stored = await appendThreadMessage(db, {
    clientId: client.id,
    direction: 'inbound',
    author: 'system',
    kind: 'system',
    text: deps.translator.t(language, 'client-checked-in', { client: client.name, mood }),
  });
  const alerted =
    low && (await raiseAlert(db, deps.translator, { client, kind: 'low_mood', checkinId: checkin.id, messageId: stored?.id, args: { mood } }));
  if (alerted) return;
  await textToMentor(db, client.mentor.id, deps.translator.t(language, 'client-checked-in', { client: client.name, mood }), {
    aboutClientId: client.id,
    messageId: stored?.id ?? null,
  });
}
