import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { textTo } from '../../outbox/enqueue.js';
import type { ClientContext } from '../people/contexts.js';
import { raiseAlert } from '../safety/alerts.js';
import { textToMentor } from '../threads/relay.js';
import { appendThreadMessage } from '../threads/thread-store.js';
import type { Turn } from '../turn/turn.js';
import { moodQuestion } from './mood-question.js';

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
export function sendMoodQuestion(turn: Turn<ClientContext>): void {
  const { text, choices } = moodQuestion(turn.translator, turn.person.language, turn.person.name);
  turn.send(textTo(turn.account, text, { choices }));
}

/**
 * Records a mood on the client's most recent open check-in, or on today's
 * (in the client's zone) when none is open; tells the mentor, alerts them
 * when the mood is low, and thanks the client.
 */
export async function recordMood(turn: Turn<ClientContext>, mood: number, source: 'button' | 'text'): Promise<void> {
  const { db, now, translator, person: client } = turn;
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
          local_date: sql<string>`(${now.toISOString()}::timestamptz at time zone ${client.timezone})::date`,
          mood,
          answered_at: now,
          source,
        })
        .onConflict((oc) => oc.columns(['client_id', 'local_date']).doUpdateSet({ mood, answered_at: now, source }))
        .returning('id')
        .executeTakeFirstOrThrow();

  const low = mood <= lowMoodThreshold;
  turn.say(low ? 'checkin-thanks-low' : 'checkin-thanks');
  // Without a mentor the alert still stands, for the coordinators to see when it is escalated.
  if (!client.mentor) {
    if (low) await raiseAlert(turn, { client, kind: 'low_mood', checkinId: checkin.id, args: { mood } });
    return;
  }
  const text = translator.t(client.mentor.language, 'client-checked-in', { client: client.name, mood });
  const stored = await appendThreadMessage(db, { clientId: client.id, direction: 'inbound', author: 'system', kind: 'system', text });
  const alerted = low && (await raiseAlert(turn, { client, kind: 'low_mood', checkinId: checkin.id, messageId: stored?.id, args: { mood } }));
  if (alerted) return;
  await textToMentor(turn, client.mentor.id, text, { aboutClientId: client.id, messageId: stored?.id ?? null });
}
