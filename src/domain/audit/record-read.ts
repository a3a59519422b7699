import { sql, type Kysely } from 'kysely';
import { recordAuditUnlessRecent } from '../../core/audit.js';
import type { Database } from '../../db/database.js';

/** What of a client's case was read. */
export type ReadWhat = 'thread' | 'media' | 'checkins' | 'tasks';

/**
 * One entry per reader, client and thing read in this long. The console's timeline asks every
 * five seconds and a page of photos loads each one; "who read Olena's thread last week" wants
 * the sittings, not the requests.
 */
export const readGrainMs = 10 * 60_000;

export interface ClientRead {
  actor: string;
  clientId: string;
  what: ReadWhat;
  /** The file read, for `media`. */
  mediaId?: string | undefined;
  at: Date;
}

/** Records that someone read part of a client's case, unless they did so in the last ten minutes. */
export async function recordClientRead(db: Kysely<Database>, read: ClientRead): Promise<void> {
  await recordAuditUnlessRecent(
    db,
    {
      actor: read.actor,
      action: `read.${read.what}`,
      entityType: 'client',
      entityId: read.clientId,
      clientId: read.clientId,
      ...(read.mediaId ? { details: { mediaId: read.mediaId } } : {}),
      at: read.at,
    },
    readGrainMs,
  );
}

/**
 * Records a read of a stored file by its id alone, as the API serves it: a read of each client's
 * case that holds it. The store keeps one copy of identical files, so two clients who sent the
 * same photo both had it read.
 */
export async function recordMediaRead(db: Kysely<Database>, read: { actor: string; mediaId: string; at: Date }): Promise<void> {
  const { rows } = await sql<{ client_id: string }>`
    select th.client_id from messages m join threads th on th.id = m.thread_id where m.media_id = ${read.mediaId}
    union
    select t.client_id from task_evidence e join tasks t on t.id = e.task_id where e.media_id = ${read.mediaId}
    union
    select t.client_id from tasks t where t.worksheet_media_id = ${read.mediaId}`.execute(db);
  for (const { client_id: clientId } of rows) {
    await recordClientRead(db, { actor: read.actor, clientId, what: 'media', mediaId: read.mediaId, at: read.at });
  }
}
