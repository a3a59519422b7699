import type { Kysely } from 'kysely';
import { NotFoundError } from '../../core/errors.js';
import type { Database } from '../../db/database.js';
import { recordClientRead } from '../audit/record-read.js';
import { loadClientContext, type ClientContext } from '../people/contexts.js';
import type { Staff } from './staff-record.js';

/** How a staff member acts in the records: `staff:<id>`. */
export const actorOf = (staff: Pick<Staff, 'id'>): string => `staff:${staff.id}`;

/**
 * Which clients a staff member may see: every client for a coordinator, a
 * mentor's own current clients only. Expressed as the mentor id to filter by,
 * or null for no filter.
 */
export function caseloadFilter(staff: Staff): { mentorId: string } | null {
  if (staff.role === 'coordinator') return null;
  // An interpreter's clients are not a caseload: they see no alerts, check-ins or figures (see visibleClient for their threads).
  return { mentorId: staff.mentorId ?? '00000000-0000-0000-0000-000000000000' };
}

/**
 * The client, when this staff member may see them (an interpreter: the
 * clients they interpret for now); otherwise the same NotFoundError as for a
 * client that does not exist, so nobody can learn by trying whether another
 * mentor's client exists.
 */
export async function visibleClient(db: Kysely<Database>, staff: Staff, clientId: string): Promise<ClientContext> {
  const client = await loadClientContext(db, clientId);
  const filter = caseloadFilter(staff);
  const visible = staff.role === 'interpreter' ? client?.interpreter?.id === staff.id : !filter || (client?.mentor?.id ?? client?.inactiveMentor?.id) === filter.mentorId;
  if (!client || !visible) {
    throw new NotFoundError('CLIENT_NOT_FOUND', `no client with id ${clientId}`);
  }
  return client;
}

/**
 * Records that a staff member read a client's thread or one of their files, for "who read
 * Olena's thread last week": once a sitting, not once a request (see audit/record-read.ts).
 */
export async function recordRead(db: Kysely<Database>, staff: Staff, read: { clientId: string; what: 'thread' | 'media'; mediaId?: string }, now: Date): Promise<void> {
  await recordClientRead(db, { actor: actorOf(staff), ...read, at: now });
}
