import { sql, type Kysely } from 'kysely';
import { databaseAnswers } from '../../db/database-answers.js';
import type { Database } from '../../db/database.js';
import { findAccount } from '../people/accounts.js';
import { loadClientContext, loadMentorContext } from '../people/contexts.js';
import { relayToMentor } from '../threads/relay.js';
import { appendThreadMessage } from '../threads/thread-store.js';
import { recordFreshEvents } from '../turn/event-log.js';
import type { InboundEvent } from '../turn/inbound-event.js';
import { inScope } from '../turn/scope.js';
import { turnOf } from '../turn/turn.js';
import type { ConversationDeps } from './conversation-deps.js';
import { handleInbound, type InboundOutcome } from './handle-inbound.js';
import { handledEvent } from './inbound-observer.js';

/** An event whose handling failed this often while the database answered is kept as "could not be processed". */
export const maxEventFailures = 5;
/** An event with a file that took the process down this often is kept without its file. */
export const maxEventCrashes = 3;

const key = (event: InboundEvent) => ({ channel: event.from.channel, event_id: event.eventId });

/** Counts an attempt begun at an event with a file; returns how many earlier attempts ended in neither success nor failure. */
async function countStart(db: Kysely<Database>, event: InboundEvent, now: Date): Promise<number> {
  const row = await db
    .insertInto('inbound_failures')
    .values({ ...key(event), started: 1, first_failed_at: now, last_failed_at: now })
    .onConflict((oc) => oc.columns(['channel', 'event_id']).doUpdateSet({ started: sql<number>`inbound_failures.started + 1` }))
    .returning(['started', 'failed'])
    .executeTakeFirstOrThrow();
  return row.started - 1 - row.failed;
}

/** Counts a failed attempt and returns how many there have been. */
async function countFailure(db: Kysely<Database>, event: InboundEvent, error: unknown, now: Date): Promise<number> {
  const lastError = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);
  const row = await db
    .insertInto('inbound_failures')
    .values({ ...key(event), failed: 1, last_error: lastError, first_failed_at: now, last_failed_at: now })
    .onConflict((oc) =>
      oc.columns(['channel', 'event_id']).doUpdateSet({ failed: sql<number>`inbound_failures.failed + 1`, last_error: lastError, last_failed_at: now }),
    )
    .returning('failed')
    .executeTakeFirstOrThrow();
  return row.failed;
}

/**
 * Takes one event in through `handleInbound`, so that no event can be lost in
 * silence or hold its chat up for ever. A failure while the database answers
 * is counted in PostgreSQL and thrown, so the channel offers the event again;
 * at the `maxEventFailures`th it is kept instead as "could not be processed"
 * (see keepAsUnprocessable) and taken as handled. An event with a file is
 * counted before its file is touched, so a file that takes the whole process
 * down is counted too, and after `maxEventCrashes` such starts it is kept
 * without its file. While the database is away nothing is counted as a
 * failure: that is an outage, and the event waits for it to end.
 */
export async function takeIn(deps: ConversationDeps, event: InboundEvent): Promise<InboundOutcome> {
  const ended = deps.inbound?.begin();
  try {
    const outcome = await takeInOnce(deps, event);
    ended?.([handledEvent(event, outcome === 'handled')]);
    return outcome;
  } catch (error) {
    ended?.([handledEvent(event, false)]);
    throw error;
  }
}

/** One attempt at an event: handled, counted as failed and thrown, or kept as unprocessable. */
async function takeInOnce(deps: ConversationDeps, event: InboundEvent): Promise<InboundOutcome> {
  const risky = event.type === 'message' && event.media !== undefined;
  if (risky && (await countStart(deps.db, event, deps.clock())) >= maxEventCrashes) return quarantine(deps, event);
  try {
    const outcome = await handleInbound(deps, event);
    if (risky) await deps.db.deleteFrom('inbound_failures').where('channel', '=', event.from.channel).where('event_id', '=', event.eventId).execute();
    return outcome;
  } catch (error) {
    if (!(await databaseAnswers(deps.db))) throw error;
    if ((await countFailure(deps.db, event, error, deps.clock())) < maxEventFailures) throw error;
    return quarantine(deps, event);
  }
}

/**
 * What keepAsUnprocessable does, or, should even that fail, at least the
 * event recorded as taken in, so that it cannot hold its chat up: its failure
 * stays in inbound_failures for whoever looks, and the error goes to the
 * caller's log.
 */
async function quarantine(deps: ConversationDeps, event: InboundEvent): Promise<InboundOutcome> {
  try {
    return await keepAsUnprocessable(deps, event);
  } catch (error) {
    await recordFreshEvents(deps.db, [event]);
    throw error;
  }
}

/**
 * Keeps an event that could not be handled as what can be said of it: in a
 * client's thread, its text or caption marked "could not be processed", for
 * their mentor to see; the sender is told in their language. It is recorded
 * as taken in, so it is never offered again.
 */
async function keepAsUnprocessable(deps: ConversationDeps, event: InboundEvent): Promise<InboundOutcome> {
  return inScope(deps.db, deps, async (scope) => {
    const [fresh] = await recordFreshEvents(scope.db, [event]);
    if (!fresh) return 'duplicate';
    const account = await findAccount(scope.db, event.from, { lock: true });
    if (!account || account.status === 'revoked') return 'handled';
    const text = event.type === 'message' || event.type === 'edit' ? event.text : null;
    if (account.client_id !== null) {
      const client = await loadClientContext(scope.db, account.client_id);
      if (!client) return 'handled';
      const turn = turnOf(scope, account, client);
      if (client.consentGiven && event.type === 'message') {
        const stored = await appendThreadMessage(scope.db, {
          clientId: client.id,
          direction: 'inbound',
          author: 'client',
          kind: event.kind,
          text,
          mediaProblem: 'unprocessable',
          channel: account.channel,
          externalId: event.externalMessageId,
        });
        if (stored && client.status !== 'ended') {
          await relayToMentor(turn, client, { kind: 'text', text, problem: { kind: 'unprocessable' } }, { channel: account.channel, messageId: stored.id });
        }
      }
      turn.say('client-unprocessable');
    } else if (account.mentor_id !== null) {
      const mentor = await loadMentorContext(scope.db, account.mentor_id);
      if (mentor) turnOf(scope, account, mentor).say('mentor-unprocessable');
    }
    return 'handled';
  });
}
