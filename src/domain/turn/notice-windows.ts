import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

/**
 * Whether a notice of `kind` about `subject` is due: true at most once per
 * `windowMs`, for any number of replicas at once (the row is claimed in one
 * statement), so a flood of the same cause yields one notice.
 */
export async function noticeDue(db: Kysely<Database>, notice: { kind: string; subject: string; now: Date; windowMs: number }): Promise<boolean> {
  const row = await db
    .insertInto('notice_windows')
    .values({ kind: notice.kind, subject: notice.subject, noticed_at: notice.now })
    .onConflict((oc) =>
      oc
        .columns(['kind', 'subject'])
        .doUpdateSet({ noticed_at: notice.now })
        .where('notice_windows.noticed_at', '<=', sql<Date>`${notice.now.toISOString()}::timestamptz - ${notice.windowMs} * interval '1 millisecond'`),
    )
    .returning('subject')
    .executeTakeFirst();
  return row !== undefined;
}
