import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { deliveryPriorities, type Database } from '../db/database.js';
import type { Actor, DemoHistory, HistoryDelivery, Payload } from './history.js';
import type { SeededPeople } from './write-people.js';

/** Rows per statement: well under PostgreSQL's 65,535 parameters for the widest table. */
const batchSize = 1000;

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) await insert(rows.slice(start, start + batchSize));
}

/** Looks a key up, failing loudly: a key the plan does not know is a mistake in the seeder, not data to skip. */
function resolve(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`no ${what} for ${key}`);
  return id;
}

/**
 * `deliveries.payload` as the outbox's encoder writes it (outbox/payload.ts),
 * with the history's photo keys turned into stored media ids.
 */
function storedPayload(payload: Payload, media: Map<string, string>): string {
  const stored = 'mediaId' in payload ? { ...payload, mediaId: resolve(media, payload.mediaId, 'photo') } : payload;
  return JSON.stringify({ payload: stored, replyToExternalId: null });
}

/**
 * Writes the history with set-based inserts, in batches, each row as the
 * service writes it. Records refer to each other by the history's refs;
 * each ref gets its id here.
 */
export async function writeHistory(db: Kysely<Database>, history: DemoHistory, people: SeededPeople, media: Map<string, string>): Promise<void> {
  const ids = new Map<string, string>();
  const idOf = (ref: string) => {
    const known = ids.get(ref);
    if (known) return known;
    const id = randomUUID();
    ids.set(ref, id);
    return id;
  };
  const client = (key: string) => resolve(people.clients, key, 'client');
  const mentor = (key: string | null) => (key === null ? null : resolve(people.mentors, key, 'mentor'));
  const staff = (key: string | null) => (key === null ? null : resolve(people.staff, key, 'staff member'));
  const actor = (who: Actor | null) => (who === null ? null : 'mentor' in who ? `mentor:${mentor(who.mentor)}` : `staff:${staff(who.staff)}`);
  const photo = (key: string | null) => (key === null ? null : resolve(media, key, 'photo'));

  await inBatches(history.checkins, (batch) =>
    db
      .insertInto('checkins')
      .values(
        batch.map((row) => ({
          id: idOf(row.ref),
          client_id: client(row.client),
          local_date: row.localDate,
          prompted_at: row.promptedAt,
          reminded_at: row.remindedAt,
          answered_at: row.answeredAt,
          mood: row.mood,
          source: row.source,
          created_at: row.promptedAt,
        })),
      )
      .execute(),
  );
  await inBatches(history.messages, (batch) =>
    db
      .insertInto('messages')
      .values(
        batch.map((message) => ({
          id: idOf(message.ref),
          thread_id: resolve(people.threads, message.client, 'thread'),
          direction: message.direction,
          author: message.author,
          author_mentor_id: mentor(message.mentor),
          author_staff_id: staff(message.staff),
          kind: message.kind,
          text: message.text,
          media_id: photo(message.photo),
          channel: message.channel,
          external_id: message.externalId,
          created_at: message.at,
        })),
      )
      .execute(),
  );
  await inBatches(history.tasks, (batch) =>
    db
      .insertInto('tasks')
      .values(
        batch.map((task) => ({
          id: idOf(task.ref),
          client_id: client(task.client),
          mentor_id: mentor(task.mentor),
          title: task.title,
          details: task.details,
          due_date: task.dueDate,
          worksheet_media_id: photo(task.worksheet),
          status: task.status,
          mentor_comment: task.mentorComment,
          created_at: task.createdAt,
          updated_at: task.updatedAt,
          submitted_at: task.submittedAt,
          approved_at: task.approvedAt,
          due_reminded_at: task.dueRemindedAt,
        })),
      )
      .execute(),
  );
  await inBatches(history.evidence, (batch) =>
    db
      .insertInto('task_evidence')
      .values(batch.map((item) => ({ task_id: idOf(item.task), media_id: photo(item.photo), message_id: idOf(item.message), caption: item.caption, created_at: item.at })))
      .execute(),
  );
  await inBatches(history.alerts, (batch) =>
    db
      .insertInto('alerts')
      .values(
        batch.map((alert) => ({
          client_id: client(alert.client),
          mentor_id: mentor(alert.mentor),
          kind: alert.kind,
          checkin_id: alert.checkin === null ? null : idOf(alert.checkin),
          message_id: alert.message === null ? null : idOf(alert.message),
          created_at: alert.at,
          acknowledged_at: alert.acknowledgedAt,
          acknowledged_by: actor(alert.acknowledgedBy),
          escalated_at: alert.escalatedAt,
          resolved_at: alert.resolvedAt,
          resolved_by: actor(alert.resolvedBy),
          resolution_note: alert.resolutionNote,
        })),
      )
      .execute(),
  );
  await inBatches(history.notes, (batch) =>
    db
      .insertInto('case_notes')
      .values(
        batch.map((note) => ({
          client_id: client(note.client),
          mentor_id: 'mentor' in note.author ? mentor(note.author.mentor) : null,
          author_staff_id: 'staff' in note.author ? staff(note.author.staff) : null,
          text: note.text,
          created_at: note.at,
        })),
      )
      .execute(),
  );
  const accountOf = (delivery: HistoryDelivery) => {
    const key = 'client' in delivery.recipient ? delivery.recipient.client : delivery.recipient.mentor;
    const account = people.accounts.get(key);
    if (!account) throw new Error(`no channel account for ${key}`);
    return account;
  };
  await inBatches(history.deliveries, (batch) =>
    db
      .insertInto('deliveries')
      .values(
        batch.map((delivery) => {
          const account = accountOf(delivery);
          return {
            account_id: account.id,
            channel: account.channel,
            recipient_chat_id: account.chatId,
            about_client_id: delivery.aboutClient === null ? null : client(delivery.aboutClient),
            message_id: delivery.message === null ? null : idOf(delivery.message),
            payload: storedPayload(delivery.payload, media),
            priority: deliveryPriorities[delivery.priority],
            status: delivery.status,
            attempts: delivery.attempts,
            next_attempt_at: delivery.at,
            last_error: delivery.lastError,
            external_id: delivery.externalId,
            created_at: delivery.at,
            sent_at: delivery.sentAt,
            updated_at: delivery.updatedAt,
          };
        }),
      )
      .execute(),
  );
  await inBatches(history.audit, (batch) =>
    db
      .insertInto('audit_log')
      .values(
        batch.map((entry) => ({
          actor: actor(entry.actor) ?? '',
          action: entry.action,
          entity_type: 'task',
          entity_id: idOf(entry.task),
          client_id: client(entry.client),
          created_at: entry.at,
        })),
      )
      .execute(),
  );
  // A file is stored when it arrives: with the first message or task that carries it.
  await sql`
    update media md set created_at = coalesce(
      (select min(m.created_at) from messages m where m.media_id = md.id),
      (select min(t.created_at) from tasks t where t.worksheet_media_id = md.id),
      md.created_at)`.execute(db);
  // A mentor has seen their client's thread up to their own last word; what came after is unread.
  await sql`
    update threads t set mentor_seen_seq = coalesce((
      select max(m.seq) from messages m
      where m.thread_id = t.id
        and m.created_at <= (select max(w.created_at) from messages w where w.thread_id = t.id and w.author in ('mentor', 'staff'))), 0)`.execute(db);
}
