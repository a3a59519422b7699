import { sql, type Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.

const timestamp = sql`timestamptz`;

export async function up(db: Kysely<any>): Promise<void> {
  // Live conversation goes before bulk sends, and bulk before answers to strangers:
  // 0 conversation, 1 bulk, 2 strangers. The claim walks this index in that order.
  await db.schema.alterTable('deliveries').addColumn('priority', 'smallint', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.dropIndex('deliveries_pending_seq_idx').execute();
  await db.schema
    .createIndex('deliveries_pending_priority_idx')
    .on('deliveries')
    .columns(['priority', 'seq'])
    .where(sql.ref('status'), '=', 'pending')
    .execute();
  // A delivery that must no longer go (its account was revoked) is cancelled, not deleted: it stays in the record.
  await sql`alter table deliveries drop constraint deliveries_status_check`.execute(db);
  await sql`alter table deliveries add constraint deliveries_status_check
    check (status in ('pending', 'sending', 'sent', 'delivered', 'read', 'failed', 'dead', 'cancelled'))`.execute(db);

  // Access can be taken back: an account or an invite revoked reaches nobody again.
  await sql`alter table channel_accounts drop constraint channel_accounts_status_check`.execute(db);
  await sql`alter table channel_accounts add constraint channel_accounts_status_check
    check (status in ('active', 'unreachable', 'revoked'))`.execute(db);
  await db.schema.alterTable('channel_accounts').addColumn('revoked_at', timestamp).execute();
  await db.schema.alterTable('invites').addColumn('revoked_at', timestamp).execute();

  // What could not be had of a message's file, when it could not: too large, not downloaded, not stored, not safe.
  await db.schema
    .alterTable('messages')
    .addColumn('media_problem', 'text', (c) => c.check(sql`media_problem in ('too_large', 'download_failed', 'not_stored', 'unsafe', 'unprocessable')`))
    .execute();

  // How often taking an event in was begun and how often it failed, counted where a crash cannot
  // lose the count: a start that ended in neither success nor failure was a crash.
  await db.schema
    .createTable('inbound_failures')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('started', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('first_failed_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_failed_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('inbound_failures_pk', ['channel', 'event_id'])
    .execute();

  // Notices given at most once per window (a stranger's explanation, "this client's mentor is
  // inactive"), keyed by what they are about. Strangers are keyed by a keyed digest (HMAC) of
  // their id now, which the plain SHA-256 digests kept so far cannot be turned into.
  await db.schema
    .createTable('notice_windows')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('noticed_at', timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('notice_windows_pk', ['kind', 'subject'])
    .execute();
  await db.schema.dropTable('stranger_replies').execute();
  // WhatsApp event ids were plain SHA-256 digests of ids that hold phone numbers; the keyed ones
  // that replace them cannot match, and the messages they took in stay unique by their own ids.
  await sql`delete from inbound_events where channel = 'whatsapp'`.execute(db);
  await db.schema.createIndex('inbound_events_received_idx').on('inbound_events').column('received_at').execute();

  // A lease's generation grows each time it changes hands: the fencing token of a holder's claims.
  await db.schema.alterTable('leases').addColumn('generation', 'bigint', (c) => c.notNull().defaultTo(1)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('leases').dropColumn('generation').execute();
  await db.schema.dropIndex('inbound_events_received_idx').execute();
  await db.schema
    .createTable('stranger_replies')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('sender_digest', 'text', (c) => c.notNull())
    .addColumn('replied_at', timestamp, (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('stranger_replies_pk', ['channel', 'sender_digest'])
    .execute();
  await db.schema.dropTable('notice_windows').execute();
  await db.schema.dropTable('inbound_failures').execute();
  await db.schema.alterTable('messages').dropColumn('media_problem').execute();
  await db.schema.alterTable('invites').dropColumn('revoked_at').execute();
  await db.schema.alterTable('channel_accounts').dropColumn('revoked_at').execute();
  await sql`update channel_accounts set status = 'unreachable' where status = 'revoked'`.execute(db);
  await sql`alter table channel_accounts drop constraint channel_accounts_status_check`.execute(db);
  await sql`alter table channel_accounts add constraint channel_accounts_status_check check (status in ('active', 'unreachable'))`.execute(db);
  await sql`update deliveries set status = 'failed' where status = 'cancelled'`.execute(db);
  await sql`alter table deliveries drop constraint deliveries_status_check`.execute(db);
  await sql`alter table deliveries add constraint deliveries_status_check
    check (status in ('pending', 'sending', 'sent', 'delivered', 'read', 'failed', 'dead'))`.execute(db);
  await db.schema.dropIndex('deliveries_pending_priority_idx').execute();
  await db.schema.createIndex('deliveries_pending_seq_idx').on('deliveries').column('seq').where(sql.ref('status'), '=', 'pending').execute();
  await db.schema.alterTable('deliveries').dropColumn('priority').execute();
}
