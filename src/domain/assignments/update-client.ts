import type { Kysely } from 'kysely';
import { recordAudit } from '../../core/audit.js';
import type { Database } from '../../db/database.js';
import { assertMentorExists, toClient, updateClientRecord, type Client, type ClientChanges } from '../people/clients.js';
import { inScope, type ScopeDeps } from '../turn/scope.js';
import { reassignClient, type Reassignment } from './hand-over.js';

export interface ClientUpdate {
  client: Client;
  /** Set when the change moved the client to another mentor (or to none). */
  reassigned?: Pick<Reassignment, 'fromMentorId' | 'toMentorId'>;
}

/** Changes a client; moving them to another mentor hands the thread over in the same transaction. */
export async function updateClient(
  db: Kysely<Database>,
  deps: ScopeDeps,
  id: string,
  changes: ClientChanges,
  actor: string,
): Promise<ClientUpdate> {
  return inScope(db, deps, async (scope) => {
    const { mentorId, ...fields } = changes;
    const { before, after } = await updateClientRecord(scope.db, id, fields, scope.now);
    let reassigned: ClientUpdate['reassigned'];
    if (mentorId !== undefined && mentorId !== before.mentor_id) {
      if (mentorId !== null) await assertMentorExists(scope.db, mentorId);
      reassigned = { fromMentorId: before.mentor_id, toMentorId: mentorId };
      await reassignClient(scope, { clientId: id, clientName: after.name, ...reassigned });
    }
    await recordAudit(scope.db, {
      actor,
      action: 'client.updated',
      entityType: 'client',
      entityId: id,
      details: { fields: Object.keys(changes), ...(reassigned ? { reassigned } : {}) },
    });
    const client = toClient({ ...after, mentor_id: reassigned ? reassigned.toMentorId : before.mentor_id });
    return reassigned ? { client, reassigned } : { client };
  });
}
