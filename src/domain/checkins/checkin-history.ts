import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { getClient } from '../people/clients.js';
import { defaultPageSize, decodeCursor, toPage, type Page, type PageRequest } from '../../core/pagination.js';

export interface CheckinRecord {
  date: string;
  promptedAt: Date | null;
  remindedAt: Date | null;
  answeredAt: Date | null;
  mood: number | null;
  source: string | null;
}

/** A client's check-ins, newest local date first. */
export async function listCheckins(db: Kysely<Database>, clientId: string, page: PageRequest): Promise<Page<CheckinRecord>> {
  await getClient(db, clientId);
  const limit = page.limit ?? defaultPageSize;
  const after = decodeCursor(page.cursor, 'date');
  let query = db
    .selectFrom('checkins')
    .select(['id', 'local_date', 'prompted_at', 'reminded_at', 'answered_at', 'mood', 'source'])
    .where('client_id', '=', clientId)
    .orderBy('local_date', 'desc')
    .limit(limit + 1);
  if (after) query = query.where('local_date', '<', String(after.after));
  const rows = await query.execute();
  return toPage(
    rows,
    limit,
    (row) => ({
      date: row.local_date,
      promptedAt: row.prompted_at,
      remindedAt: row.reminded_at,
      answeredAt: row.answered_at,
      mood: row.mood,
      source: row.source,
    }),
    (row) => ({ after: row.local_date, id: row.id }),
  );
}
