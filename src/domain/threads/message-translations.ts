import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

/** A translation as the console's timeline shows it under its message. */
export interface Translation {
  id: string;
  messageId: string;
  language: string;
  text: string;
  authorName: string;
  createdAt: Date;
}

/** The translations of some messages, oldest first, by message id. */
export async function translationsOf(db: Kysely<Database>, messageIds: string[]): Promise<Map<string, Translation[]>> {
  const byMessage = new Map<string, Translation[]>();
  if (messageIds.length === 0) return byMessage;
  const rows = await db
    .selectFrom('translations as t')
    .innerJoin('staff', 'staff.id', 't.author_staff_id')
    .select(['t.id', 't.message_id', 't.language', 't.text', 'staff.name', 't.created_at'])
    .where('t.message_id', 'in', messageIds)
    .orderBy('t.created_at')
    .orderBy('t.id')
    .execute();
  for (const row of rows) {
    const translation = { id: row.id, messageId: row.message_id, language: row.language, text: row.text, authorName: row.name, createdAt: row.created_at };
    byMessage.set(row.message_id, [...(byMessage.get(row.message_id) ?? []), translation]);
  }
  return byMessage;
}
