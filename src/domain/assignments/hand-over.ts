import { textTo } from '../../outbox/enqueue.js';
import { mentorAccounts } from '../people/accounts.js';
import { loadMentorContext } from '../people/contexts.js';
import { recentHistoryLines } from '../threads/history.js';
import type { Scope } from '../turn/scope.js';

const summaryLength = 5;

export interface Reassignment {
  clientId: string;
  clientName: string;
  fromMentorId: string | null;
  toMentorId: string | null;
}

/**
 * Moves a client to another mentor (or to none): the current assignment ends
 * and a new one starts now, the new mentor gets the thread with its recent
 * history, and the old one is told it no longer reaches them.
 */
export async function reassignClient(scope: Scope, change: Reassignment): Promise<void> {
  const { db, now } = scope;
  await db.updateTable('assignments').set({ ended_at: now }).where('client_id', '=', change.clientId).where('ended_at', 'is', null).execute();
  if (change.toMentorId !== null) {
    await db.insertInto('assignments').values({ client_id: change.clientId, mentor_id: change.toMentorId, started_at: now }).execute();
  }
  await handOverThread(scope, change);
}

async function handOverThread(scope: Scope, change: Reassignment): Promise<void> {
  const { db, translator } = scope;
  if (change.fromMentorId) {
    const previous = await loadMentorContext(db, change.fromMentorId);
    if (previous) {
      const text = translator.t(previous.language, 'handed-away', { name: change.clientName });
      scope.send(...(await mentorAccounts(db, change.fromMentorId)).map((account) => textTo(account, text)));
    }
    await db
      .updateTable('channel_accounts')
      .set({ current_client_id: null, pending_action: null })
      .where('mentor_id', '=', change.fromMentorId)
      .where('current_client_id', '=', change.clientId)
      .execute();
  }
  if (change.toMentorId) {
    const next = await loadMentorContext(db, change.toMentorId);
    if (!next) return;
    const lines = await recentHistoryLines(db, translator, change.clientId, next, summaryLength);
    const text = [translator.t(next.language, 'handed-over', { name: change.clientName }), ...lines].join('\n');
    const accounts = await mentorAccounts(db, change.toMentorId);
    scope.send(...accounts.map((account) => textTo(account, text, { aboutClientId: change.clientId })));
  }
}
