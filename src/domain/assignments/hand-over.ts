import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { Translator } from '../i18n/translator.js';
import { mentorAccounts } from './accounts.js';
import { recentHistoryLines } from './mentor-conversation.js';
import { enqueueDeliveries } from './outbound.js';
import { loadMentorContext } from './people.js';
import { textTo } from './relay.js';

const summaryLength = 5;

/**
 * When a client moves to another mentor, the new mentor gets the thread with
 * its recent history and the old one is told it no longer reaches them.
 */
export async function handOverThread(
  db: Kysely<Database>,
  translator: Translator,
  change: { clientId: string; clientName: string; fromMentorId: string | null; toMentorId: string | null },
): Promise<void> {
  if (change.fromMentorId) {
    const previous = await loadMentorContext(db, change.fromMentorId);
    const accounts = await mentorAccounts(db, change.fromMentorId);
    if (previous) {
      const text = translator.t(previous.language, 'handed-away', { name: change.clientName });
      await enqueueDeliveries(db, accounts.map((a) => textTo(a, text)));
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
    const lines = await recentHistoryLines(db, translator, change.clientId, next.language, summaryLength);
    const text = [translator.t(next.language, 'handed-over', { name: change.clientName }), ...lines].join('\n');
    const accounts = await mentorAccounts(db, change.toMentorId);
    await enqueueDeliveries(db, accounts.map((a) => textTo(a, text, { aboutClientId: change.clientId })));
  }
}
