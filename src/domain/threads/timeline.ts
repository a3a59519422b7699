import { sql, type Kysely } from 'kysely';
import type { AlertKind, Channel, Database, DeliveryStatus, MediaProblem, MessageKind } from '../../db/database.js';
import { translationsOf, type Translation } from './message-translations.js';

/** One thing that happened in a client's case, as the console's timeline shows it. */
export type TimelineItem = (
  | {
      type: 'message';
      id: string;
      direction: 'inbound' | 'outbound';
      author: 'client' | 'mentor' | 'staff';
      authorName: string | null;
      kind: MessageKind;
      text: string | null;
      mediaId: string | null;
      mediaType: string | null;
      mediaProblem: MediaProblem | null;
      location: { latitude: number; longitude: number } | null;
      channel: Channel | null;
      deliveryStatus: DeliveryStatus | null;
      editedAt: Date | null;
      /** What interpreters made of it, oldest first. */
      translations: Translation[];
      /** A message held for its translation before it goes to the client: since when, and for whom. */
      waiting: { since: Date; interpreterName: string } | null;
    }
  | { type: 'checkin'; date: string; mood: number | null; answered: boolean }
  | {
      type: 'task';
      taskId: string;
      title: string;
      event: 'created' | 'shown-done' | 'approved' | 'redo' | 'cancelled';
      /** The worksheet of a task set, the photo or file of a task shown done. */
      mediaId: string | null;
      mediaType: string | null;
    }
  | { type: 'alert'; id: string; kind: AlertKind; acknowledgedAt: Date | null; resolvedAt: Date | null; resolutionNote: string | null }
  | { type: 'note'; id: string; text: string; authorName: string | null }
  | { type: 'assignment'; event: 'started' | 'ended'; mentorName: string }
) & {
  /** When it happened: where it stands in the timeline. */
  at: Date;
  /**
   * When it last changed: a message when it was edited, held for its
   * translation, translated, let go to the client or its delivery moved on;
   * an alert when it was acknowledged or resolved; a check-in when it was
   * answered. What a page that keeps itself up to date asks after.
   */
  changedAt: Date;
};

interface Row {
  type: TimelineItem['type'];
  at: Date;
  changed: Date;
  item: Record<string, unknown>;
  delivery_status: DeliveryStatus | null;
}

/** How far back a delivery's progress (sent, delivered, read) is still worth showing as it happens. */
const deliveryProgressDays = 1;

/**
 * A client's case as one timeline, oldest first: messages both ways (with
 * their photos, translations and how far they got), check-ins, tasks and
 * their evidence, alerts, notes (only when `withNotes`) and changes of
 * mentor; with `messagesOnly`, the thread's messages alone (all an
 * interpreter reads of a case). `since` gives only what happened or changed
 * after it (see `changedAt`), for a page that keeps itself up to date; the
 * last `limit` items otherwise.
 */
export async function clientTimeline(
  db: Kysely<Database>,
  clientId: string,
  options: { since?: Date | undefined; limit?: number; withNotes: boolean; messagesOnly?: boolean },
): Promise<TimelineItem[]> {
  const limit = Math.min(options.limit ?? 200, 500);
  const since = options.since ?? new Date(0);
  const wholeCase = options.messagesOnly !== true;
  // A message changes when its delivery moves on; asked only with `since`, and only of recent messages.
  const deliveryMoved = options.since
    ? sql`or (m.direction = 'outbound' and m.created_at > ${since}::timestamptz - ${deliveryProgressDays} * interval '1 day'
              and exists (select 1 from deliveries d where d.message_id = m.id and d.updated_at > ${since}))`
    : sql``;
  const rows = await sql<Row>`
    with everything as (select * from (
      select 'message' as type, m.created_at as at,
             greatest(m.created_at, m.edited_at, ir.requested_at, ir.settled_at, tr.latest) as changed, m.id as message_id, jsonb_build_object(
               'id', m.id, 'direction', m.direction, 'author', m.author,
               'authorName', coalesce(mt.name, st.name), 'kind', m.kind, 'text', m.text, 'mediaId', m.media_id,
               'mediaType', md.content_type, 'mediaProblem', m.media_problem, 'location', m.location,
               'channel', m.channel, 'editedAt', m.edited_at,
               'waiting', case when ir.message_id is not null and ir.settled_at is null then jsonb_build_object('since', ir.requested_at, 'interpreterName', irs.name) end) as item
      from messages m
      join threads th on th.id = m.thread_id
      left join mentors mt on mt.id = m.author_mentor_id
      left join staff st on st.id = m.author_staff_id
      left join media md on md.id = m.media_id
      left join interpretation_requests ir on ir.message_id = m.id
      left join staff irs on irs.id = ir.interpreter_id
      left join lateral (select max(t.created_at) as latest from translations t where t.message_id = m.id) tr on true
      where th.client_id = ${clientId} and m.author <> 'system'
        and (m.created_at > ${since} or m.edited_at > ${since} or ir.requested_at > ${since} or ir.settled_at > ${since} or tr.latest > ${since} ${deliveryMoved})
      union all
      select 'checkin', coalesce(k.answered_at, k.prompted_at), coalesce(k.answered_at, k.prompted_at), null::uuid,
             jsonb_build_object('date', k.local_date::text, 'mood', k.mood, 'answered', k.answered_at is not null)
      from checkins k where k.client_id = ${clientId} and coalesce(k.answered_at, k.prompted_at) > ${since}
      union all
      select 'task', t.created_at, t.created_at, null::uuid,
             jsonb_build_object('taskId', t.id, 'title', t.title, 'event', 'created', 'mediaId', t.worksheet_media_id,
             'mediaType', (select md.content_type from media md where md.id = t.worksheet_media_id))
      from tasks t where t.client_id = ${clientId} and t.created_at > ${since}
      union all
      select 'task', e.created_at, e.created_at, null::uuid,
             jsonb_build_object('taskId', t.id, 'title', t.title, 'event', 'shown-done', 'mediaId', e.media_id,
             'mediaType', (select md.content_type from media md where md.id = e.media_id))
      from task_evidence e join tasks t on t.id = e.task_id where t.client_id = ${clientId} and e.created_at > ${since}
      union all
      select 'task', t.approved_at, t.approved_at, null::uuid,
             jsonb_build_object('taskId', t.id, 'title', t.title, 'event', 'approved', 'mediaId', null)
      from tasks t where t.client_id = ${clientId} and t.approved_at > ${since}
      union all
      select 'task', l.created_at, l.created_at, null::uuid,
             jsonb_build_object('taskId', t.id, 'title', t.title, 'event', case l.action when 'task.redo' then 'redo' else 'cancelled' end, 'mediaId', null)
      from audit_log l join tasks t on t.id = l.entity_id
      where l.entity_type = 'task' and l.action in ('task.redo', 'task.cancel') and t.client_id = ${clientId} and l.created_at > ${since}
      union all
      select 'alert', al.created_at, greatest(al.created_at, al.acknowledged_at, al.resolved_at), null::uuid,
             jsonb_build_object('id', al.id, 'kind', al.kind, 'acknowledgedAt', al.acknowledged_at,
             'resolvedAt', al.resolved_at, 'resolutionNote', al.resolution_note)
      from alerts al where al.client_id = ${clientId} and greatest(al.created_at, al.acknowledged_at, al.resolved_at) > ${since}
      union all
      select 'note', n.created_at, n.created_at, null::uuid,
             jsonb_build_object('id', n.id, 'text', n.text, 'authorName', coalesce(nm.name, ns.name))
      from case_notes n left join mentors nm on nm.id = n.mentor_id left join staff ns on ns.id = n.author_staff_id
      where ${options.withNotes} and n.client_id = ${clientId} and n.created_at > ${since}
      union all
      select 'assignment', a.started_at, a.started_at, null, jsonb_build_object('event', 'started', 'mentorName', am.name)
      from assignments a join mentors am on am.id = a.mentor_id where a.client_id = ${clientId} and a.started_at > ${since}
      union all
      select 'assignment', a.ended_at, a.ended_at, null, jsonb_build_object('event', 'ended', 'mentorName', am.name)
      from assignments a join mentors am on am.id = a.mentor_id where a.client_id = ${clientId} and a.ended_at > ${since}
    ) as parts
    where parts.type = 'message' or ${wholeCase}
    order by at desc
    limit ${limit})
    -- How far each message got is read for the page's messages only, not for the whole thread.
    select e.type, e.at, greatest(e.changed, d.updated_at) as changed, e.item, d.status as delivery_status
    from everything e
    left join lateral (
      select max(dd.updated_at) as updated_at,
             (array_agg(dd.status order by array_position(array['dead','failed','cancelled','pending','sending','sent','delivered','read'], dd.status::text) desc))[1] as status
      from deliveries dd join channel_accounts ca on ca.id = dd.account_id
      where dd.message_id = e.message_id and ca.client_id is not null
    ) d on e.message_id is not null
    order by e.at`.execute(db);
  const items = rows.rows.map(toItem);
  const translations = await translationsOf(db, items.flatMap((item) => (item.type === 'message' ? [item.id] : [])));
  return items.map((item) => (item.type === 'message' ? { ...item, translations: translations.get(item.id) ?? [] } : item));
}

/**
 * Where a page that shows `items` stands: the latest change among them, or
 * `since` when there is none. Asking again from there gives only what is new.
 */
export function timelineWatermark(items: readonly TimelineItem[], since: Date): Date {
  return items.reduce((latest, item) => (item.changedAt > latest ? item.changedAt : latest), since);
}

/** Whether a message is one of the client's thread. */
export async function isThreadMessage(db: Kysely<Database>, clientId: string, messageId: string): Promise<boolean> {
  const found = await db
    .selectFrom('messages as m')
    .innerJoin('threads as th', 'th.id', 'm.thread_id')
    .select('m.id')
    .where('m.id', '=', messageId)
    .where('th.client_id', '=', clientId)
    .executeTakeFirst();
  return found !== undefined;
}

/** Whether a stored file was sent in a client's thread, either way: the media of their messages alone. */
export async function isThreadMedia(db: Kysely<Database>, clientId: string, mediaId: string): Promise<boolean> {
  const found = await db
    .selectFrom('messages as m')
    .innerJoin('threads as th', 'th.id', 'm.thread_id')
    .select('m.id')
    .where('m.media_id', '=', mediaId)
    .where('th.client_id', '=', clientId)
    .executeTakeFirst();
  return found !== undefined;
}

/**
 * Whether a stored file is part of a client's case: sent in their thread
 * (either way), shown as a task's evidence, or a worksheet of one of their tasks.
 */
export async function isClientMedia(db: Kysely<Database>, clientId: string, mediaId: string): Promise<boolean> {
  const found = await sql<{ found: boolean }>`
    select exists (select 1 from messages m join threads th on th.id = m.thread_id where th.client_id = ${clientId} and m.media_id = ${mediaId})
        or exists (select 1 from task_evidence e join tasks t on t.id = e.task_id where t.client_id = ${clientId} and e.media_id = ${mediaId})
        or exists (select 1 from tasks t where t.client_id = ${clientId} and t.worksheet_media_id = ${mediaId}) as found`.execute(db);
  return found.rows[0]?.found === true;
}

const dateOf = (value: unknown): Date | null => (typeof value === 'string' ? new Date(value) : null);

const locationOf = (value: unknown): { latitude: number; longitude: number } | null => {
  if (typeof value !== 'object' || value === null) return null;
  const { latitude, longitude } = value as Record<string, unknown>;
  return typeof latitude === 'number' && typeof longitude === 'number' ? { latitude, longitude } : null;
};

const waitingOf = (value: unknown): { since: Date; interpreterName: string } | null => {
  if (typeof value !== 'object' || value === null) return null;
  const { since, interpreterName } = value as Record<string, unknown>;
  return typeof since === 'string' ? { since: new Date(since), interpreterName: typeof interpreterName === 'string' ? interpreterName : '' } : null;
};

function toItem(row: Row): TimelineItem {
  const item = row.item;
  const when = { at: row.at, changedAt: row.changed };
  switch (row.type) {
    case 'message':
      return {
        type: 'message',
        ...when,
        id: String(item.id),
        direction: item.direction as 'inbound' | 'outbound',
        author: item.author as 'client' | 'mentor' | 'staff',
        authorName: (item.authorName as string | null) ?? null,
        kind: item.kind as MessageKind,
        text: (item.text as string | null) ?? null,
        mediaId: (item.mediaId as string | null) ?? null,
        mediaType: (item.mediaType as string | null) ?? null,
        mediaProblem: (item.mediaProblem as MediaProblem | null) ?? null,
        location: locationOf(item.location),
        channel: (item.channel as Channel | null) ?? null,
        deliveryStatus: row.delivery_status,
        editedAt: dateOf(item.editedAt),
        translations: [],
        waiting: waitingOf(item.waiting),
      };
    case 'checkin':
      return { type: 'checkin', ...when, date: String(item.date), mood: (item.mood as number | null) ?? null, answered: item.answered === true };
    case 'task':
      return {
        type: 'task',
        ...when,
        taskId: String(item.taskId),
        title: String(item.title),
        event: item.event as 'created' | 'shown-done' | 'approved' | 'redo' | 'cancelled',
        mediaId: (item.mediaId as string | null) ?? null,
        mediaType: (item.mediaType as string | null) ?? null,
      };
    case 'alert':
      return {
        type: 'alert',
        ...when,
        id: String(item.id),
        kind: item.kind as AlertKind,
        acknowledgedAt: dateOf(item.acknowledgedAt),
        resolvedAt: dateOf(item.resolvedAt),
        resolutionNote: (item.resolutionNote as string | null) ?? null,
      };
    case 'note':
      return { type: 'note', ...when, id: String(item.id), text: String(item.text), authorName: (item.authorName as string | null) ?? null };
    case 'assignment':
      return { type: 'assignment', ...when, event: item.event as 'started' | 'ended', mentorName: String(item.mentorName) };
  }
}
