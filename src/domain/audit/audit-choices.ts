import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

/** What the trail can be narrowed to: the actions it holds, and the people who can act. */
export interface AuditChoices {
  actions: string[];
  staff: Array<{ id: string; name: string }>;
  mentors: Array<{ id: string; name: string }>;
}

/**
 * The actions in the trail, read as a skip along the action index (one probe per action), so
 * the choice costs the same with ten entries or ten million.
 */
async function actionsInUse(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ action: string }>`
    with recursive used(action) as (
      (select action from audit_log order by action limit 1)
      union all
      select (select a.action from audit_log a where a.action > used.action order by a.action limit 1) from used where used.action is not null
    )
    select action from used where action is not null`.execute(db);
  return rows.map((row) => row.action);
}

export async function auditChoices(db: Kysely<Database>): Promise<AuditChoices> {
  const [actions, staff, mentors] = await Promise.all([
    actionsInUse(db),
    db.selectFrom('staff').select(['id', 'name']).orderBy('name').orderBy('id').execute(),
    db.selectFrom('mentors').select(['id', 'name']).orderBy('name').orderBy('id').execute(),
  ]);
  return { actions, staff, mentors };
}

/** The largest number of clients a name typed into the trail's filter stands for. */
const clientsNamedLimit = 20;

/** Clients whose name contains `text` (any case), by name; as many as `clientsNamedLimit`. */
export async function clientsNamed(db: Kysely<Database>, text: string): Promise<Array<{ id: string; name: string }>> {
  const pattern = `%${text.replace(/[\\%_]/g, '\\$&')}%`;
  return db.selectFrom('clients').select(['id', 'name']).where('name', 'ilike', pattern).orderBy('name').orderBy('id').limit(clientsNamedLimit).execute();
}

/** A client's name, while they exist. */
export async function clientName(db: Kysely<Database>, clientId: string): Promise<string | null> {
  const row = await db.selectFrom('clients').select('name').where('id', '=', clientId).executeTakeFirst();
  return row?.name ?? null;
}
