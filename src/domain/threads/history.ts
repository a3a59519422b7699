import type { Kysely } from 'kysely';
import type { Database, DeliveryStatus } from '../../db/database.js';
import type { Translator } from '../../i18n/translator.js';
import { clientDeliveryStatus } from './thread-listing.js';

/** The messenger ticks people know: sent, delivered, read; a cross for a message that never arrived. */
const receiptMarks: Partial<Record<DeliveryStatus, string>> = { sent: ' ✓', delivered: ' ✓✓', read: ' ✓✓👁', failed: ' ✗', dead: ' ✗' };

/** 'MM-DD HH:MM' of an instant in a time zone, the mentor's: what they see on their own clock. */
function localStamp(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/**
 * The last messages of a thread as one line each, oldest first, for a mentor
 * to read, stamped in the mentor's time zone; their own carry receipts.
 */
export async function recentHistoryLines(
  db: Kysely<Database>,
  translator: Translator,
  clientId: string,
  reader: { language: string; timezone: string },
  count: number,
): Promise<string[]> {
  const { language } = reader;
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
        : translator.t(language, row.author === 'mentor' || row.author === 'staff' ? 'history-from-mentor' : 'history-from-system');
    const body = row.text ?? `[${row.kind}]`;
    const time = localStamp(row.created_at, reader.timezone);
    const receipt = row.delivery_status ? (receiptMarks[row.delivery_status] ?? '') : '';
    return `${time} ${who}: ${row.kind === 'text' ? body : `[${row.kind}] ${row.text ?? ''}`.trim()}${receipt}`;
  });
}
