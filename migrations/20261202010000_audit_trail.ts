import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

const uuidPattern = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

export async function up(db: Kysely<any>): Promise<void> {
  // The trail is paged by (created_at, id) with cursors that carry milliseconds, as the service's
  // clock writes them; a microsecond the cursor cannot say would make a page skip an entry.
  await sql`update audit_log set created_at = date_trunc('milliseconds', created_at)`.execute(db);
  await sql`alter table audit_log alter column created_at set default date_trunc('milliseconds', now())`.execute(db);

  // The client an entry is about, whatever its subject: the trail is read by client, and erasing a
  // client finds their entries' values by it. No foreign key: the entry outlives the client.
  await db.schema.alterTable('audit_log').addColumn('client_id', 'uuid').execute();
  await sql`update audit_log set client_id = entity_id where entity_type = 'client'`.execute(db);
  await sql`update audit_log a set client_id = t.client_id from tasks t where a.entity_type = 'task' and t.id = a.entity_id`.execute(db);
  await sql`
    update audit_log set client_id = (details->>'clientId')::uuid
    where client_id is null and details->>'clientId' ~ ${uuidPattern}`.execute(db);

  // The old and new values of what a change changed. They may name or describe a person, so they
  // live apart from the entries: audit_log can be append-only for the service, while erasing a
  // client deletes these rows of their entries.
  await db.schema
    .createTable('audit_changes')
    .addColumn('audit_id', 'uuid', (c) => c.notNull().references('audit_log.id'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('old_value', 'jsonb', (c) => c.notNull())
    .addColumn('new_value', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_changes_pk', ['audit_id', 'field'])
    .execute();

  // Staff changes kept their values in the entry itself: they move out, the entry keeps the names.
  await sql`
    insert into audit_changes (audit_id, field, old_value, new_value)
    select a.id, c.key, coalesce(c.value->'from', 'null'::jsonb), coalesce(c.value->'to', 'null'::jsonb)
    from audit_log a, jsonb_each(a.details->'changed') c
    where a.action = 'staff.updated' and jsonb_typeof(a.details->'changed') = 'object'`.execute(db);
  await sql`
    update audit_log
    set details = (details - 'changed') || jsonb_build_object('fields', coalesce((select jsonb_agg(k) from jsonb_object_keys(details->'changed') k), '[]'::jsonb))
    where action = 'staff.updated' and jsonb_typeof(details->'changed') = 'object'`.execute(db);

  // "Who read Olena's thread last week" by client, and the whole trail newest first by time.
  await db.schema.createIndex('audit_log_client_idx').on('audit_log').columns(['client_id', 'created_at']).where(sql.ref('client_id'), 'is not', null).execute();
  await db.schema.createIndex('audit_log_created_idx').on('audit_log').column('created_at').execute();
  // By action, which also lets the console list the actions in use without reading every entry.
  await db.schema.createIndex('audit_log_action_idx').on('audit_log').columns(['action', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('audit_log_action_idx').execute();
  await db.schema.dropIndex('audit_log_created_idx').execute();
  await db.schema.dropIndex('audit_log_client_idx').execute();
  await sql`
    update audit_log a
    set details = (a.details - 'fields') || jsonb_build_object('changed', coalesce((
      select jsonb_object_agg(c.field, jsonb_build_object('from', c.old_value, 'to', c.new_value)) from audit_changes c where c.audit_id = a.id), '{}'::jsonb))
    where a.action = 'staff.updated'`.execute(db);
  await db.schema.dropTable('audit_changes').execute();
  await db.schema.alterTable('audit_log').dropColumn('client_id').execute();
  await sql`alter table audit_log alter column created_at set default now()`.execute(db);
}
