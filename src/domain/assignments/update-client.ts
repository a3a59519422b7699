import type { Kysely } from 'kysely';
import { changesBetween, recordAudit } from '../../core/audit.js';
import type { Database } from '../../db/database.js';
import { assertMentorExists, toClient, updateClientRecord, type Client, type ClientChanges } from '../people/clients.js';
import { inScope, type ScopeDeps } from '../turn/scope.js';
import { reassignClient, type Reassignment } from './hand-over.js';
import { changeInterpreter } from '../interpreting/interpreter-assignment.js';

export interface ClientUpdate {
  client: Client;
  /** Set when the change moved the client to another mentor (or to none). */
  reassigned?: Pick<Reassignment, 'fromMentorId' | 'toMentorId'>;
}

/** The client's fields the audit trail keeps old and new values of; consent has entries of its own. */
const auditedFields = ['name', 'phone', 'language', 'timezone', 'checkinTime', 'checkinDays', 'checkinsPausedUntil', 'weeklySummaryDay', 'status', 'country', 'programme', 'mentorId', 'interpreterId'] as const;

/**
 * Changes a client; moving them to another mentor hands the thread over, and
 * giving them another interpreter (or none) moves the interpreting, in the
 * same transaction.
 */
export async function updateClient(
  db: Kysely<Database>,
  deps: ScopeDeps,
  id: string,
  changes: ClientChanges,
  actor: string,
): Promise<ClientUpdate> {
  return inScope(db, deps, async (scope) => {
    const { mentorId, interpreterId, ...fields } = changes;
    const { before, after } = await updateClientRecord(scope.db, id, fields, scope.now);
    let reassigned: ClientUpdate['reassigned'];
    if (mentorId !== undefined && mentorId !== before.mentor_id) {
      if (mentorId !== null) await assertMentorExists(scope.db, mentorId);
      reassigned = { fromMentorId: before.mentor_id, toMentorId: mentorId };
      await reassignClient(scope, { clientId: id, clientName: after.name, ...reassigned });
    }
    const currentMentorId = reassigned ? reassigned.toMentorId : before.mentor_id;
    if (interpreterId !== undefined && interpreterId !== before.interpreter_id) {
      await changeInterpreter(scope, {
        clientId: id,
        clientName: after.name,
        clientLanguage: after.language,
        mentorId: currentMentorId,
        fromInterpreterId: before.interpreter_id,
        toInterpreterId: interpreterId,
      });
    }
    const client = toClient({ ...after, mentor_id: currentMentorId, interpreter_id: interpreterId !== undefined ? interpreterId : before.interpreter_id });
    const changed = changesBetween(toClient(before), client, auditedFields);
    const audit = { actor, entityType: 'client', entityId: id, clientId: id, at: scope.now };
    if (Object.keys(changed).length > 0) {
      await recordAudit(scope.db, { ...audit, action: 'client.updated', details: { fields: Object.keys(changed) }, changes: changed });
    }
    if (client.consentGiven !== before.consent_given) {
      await recordAudit(scope.db, { ...audit, action: client.consentGiven ? 'consent.given' : 'consent.withdrawn', details: { method: 'in_person' } });
    }
    return reassigned ? { client, reassigned } : { client };
  });
}
