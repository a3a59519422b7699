import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.js';

/** An import done: when, by whom, and the clients it enrolled, in the file's order. */
export interface ClientImport {
  id: string;
  actor: string;
  at: Date;
  rows: number;
  clients: Array<{ id: string; name: string; mentorName: string | null }>;
}

const importDetails = z.object({ rows: z.number().int(), clientIds: z.array(z.uuid()) });

/**
 * An import as its `clients.imported` audit entry records it, with its
 * clients as they are now; a client erased since is left out. Undefined for
 * an id no import has.
 */
export async function findClientImport(db: Kysely<Database>, importId: string): Promise<ClientImport | undefined> {
  const entry = await db
    .selectFrom('audit_log')
    .select(['actor', 'created_at', 'details'])
    .where('entity_type', '=', 'client_import')
    .where('entity_id', '=', importId)
    .where('action', '=', 'clients.imported')
    .executeTakeFirst();
  const details = importDetails.safeParse(entry?.details);
  if (!entry || !details.success) return undefined;
  const { clientIds } = details.data;
  const found =
    clientIds.length === 0
      ? []
      : await db
          .selectFrom('clients')
          .leftJoin('assignments', (join) => join.onRef('assignments.client_id', '=', 'clients.id').on('assignments.ended_at', 'is', null))
          .leftJoin('mentors', 'mentors.id', 'assignments.mentor_id')
          .select(['clients.id', 'clients.name', 'mentors.name as mentorName'])
          .where('clients.id', 'in', clientIds)
          .execute();
  const byId = new Map(found.map((client) => [client.id, client]));
  return {
    id: importId,
    actor: entry.actor,
    at: entry.created_at,
    rows: details.data.rows,
    clients: clientIds.flatMap((id) => byId.get(id) ?? []),
  };
}
