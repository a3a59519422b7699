import type { Kysely } from 'kysely';
import type { Database, DeliveryStatus } from '../../db/database.js';
import type { Translator } from '../../i18n/translator.js';
import { clientDeliveryStatus } from './thread-listing.js';

/** The messenger ticks people know: sent, delivered, read; a cross for a message that never arrived. */
const receiptMarks: Partial<Record<DeliveryStatus, string>> = { sent: ' ✓', delivered: ' ✓✓', read: ' ✓✓👁', failed: ' ✗', dead: ' ✗' };

/** The last messages of a thread as one line each, oldest first, for a mentor to read; their own carry receipts. */
export async function recentHistoryLines(
  db: Kysely<Database>,
  translator: Translator,
  clientId: string,
  language: string,
  count: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('messages')
    .innerJoin('threads', 'threads.id', 'messages.thread_id')
    .innerJoin('clients', 'clients.id', 'threads.client_id')
    .select(['messages.author', 'messages.kind', 'messages.text', 'messages.created_at', 'clients.name'])
    .select((eb) => clientDeliveryStatus(eb).as('delivery_status'))
    .where('threads.client_id', '=', clientId)
    .orderBy('messages.seq', 'desc')
    .limit(count)
    .execute();
  return rows.reverse().map((row) => {
    const who =
      row.author === 'client'
        ? translator.t(language, 'history-from-client', { name: row.name })
        : translator.t(language, row.author === 'mentor' ? 'history-from-mentor' : 'history-from-system');
    const body = row.text ?? `[${row.kind}]`;
    const time = row.created_at.toISOString().slice(5, 16).replace('T', ' ');
    const receipt = row.delivery_status ? (receiptMarks[row.delivery_status] ?? '') : '';
    return `${time} ${who}: ${row.kind === 'text' ? body : `[${row.kind}] ${row.text ?? ''}`.trim()}${receipt}`;
  });
}
