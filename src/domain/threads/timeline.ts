import { sql, type Kysely } from 'kysely';
import type { AlertKind, Channel, Database, DeliveryStatus, MediaProblem, MessageKind } from '../../db/database.js';

/** One thing that happened in a client's case, as the console's timeline shows it. */
export type TimelineItem =
  | {
      type: 'message';
      at: Date;
      id: string;
      direction: 'inbound' | 'outbound';
      author: 'client' | 'mentor' | 'staff';
      authorName: string | null;
      kind: MessageKind;
      text: string | null;
      mediaId: string | null;
      mediaType: string | null;
      mediaProblem: MediaProblem | null;
      channel: Channel | null;
      deliveryStatus: DeliveryStatus | null;
      editedAt: Date | null;
    }
  | { type: 'checkin'; at: Date; date: string; mood: number | null; answered: boolean }
  | { type: 'task'; at: Date; taskId: string; title: string; event: 'created' | 'shown-done' | 'approved' | 'redo' | 'cancelled'; mediaId: string | null }
  | { type: 'alert'; at: Date; id: string; kind: AlertKind; acknowledgedAt: Date | null; resolvedAt: Date | null; resolutionNote: string | null }
  | { type: 'note'; at: Date; text: string; authorName: string | null }
  | { type: 'assignment'; at: Date; event: 'started' | 'ended'; mentorName: string };

interface Row {
  type: TimelineItem['type'];
  at: Date;
  item: Record<string, unknown>;
}

/**
 * A client's case as one timeline, oldest first: messages both ways (with
 * their photos and how far they got), check-ins, tasks and their evidence,
 * alerts, notes (only when `withNotes`) and changes of mentor. `since` gives
 * only what happened after it, for a page that keeps itself up to date; the
 * last `limit` items otherwise.
 */
export async function clientTimeline(
  db: Kysely<Database>,
  clientId: string,
  options: { since?: Date | undefined; limit?: number; withNotes: boolean },
): Promise<TimelineItem[]> {
  const limit = Math.min(options.limit ?? 200, 500);
  const since = options.since ?? new Date(0);
  const rows = await sql<Row>`
    select * from (
      select 'message' as type, m.created_at as at, jsonb_build_object(
               'id', m.id, 'direction', m.direction, 'author', m.author,
               'authorName', coalesce(mt.name, st.name), 'kind', m.kind, 'text', m.text, 'mediaId', m.media_id,
               'mediaType', md.content_type, 'mediaProblem', m.media_problem, 'channel', m.channel, 'editedAt', m.edited_at,
               'deliveryStatus', (select d.status from deliveries d join channel_accounts ca on ca.id = d.account_id
                                   where d.message_id = m.id and ca.client_id is not null
                                   order by array_position(array['dead','failed','cancelled','pending','sending','sent','delivered','read'], d.status) desc limit 1)) as item
      from messages m
      join threads th on th.id = m.thread_id
      left join mentors mt on mt.id = m.author_mentor_id
      left join staff st on st.id = m.author_staff_id
      left join media md on md.id = m.media_id
      where th.client_id = ${clientId} and m.author <> 'system' and m.created_at > ${since}
      union all
      select 'checkin', coalesce(k.answered_at, k.prompted_at), jsonb_build_object('date', k.local_date::text, 'mood', k.mood, 'answered', k.answered_at is not null)
      from checkins k where k.client_id = ${clientId} and coalesce(k.answered_at, k.prompted_at) > ${since}
      union all
      select 'task', t.created_at, jsonb_build_object('taskId', t.id, 'title', t.title, 'event', 'created', 'mediaId', t.worksheet_media_id)
      from tasks t where t.client_id = ${clientId} and t.created_at > ${since}
      union all
      select 'task', e.created_at, jsonb_build_object('taskId', t.id, 'title', t.title, 'event', 'shown-done', 'mediaId', e.media_id)
      from task_evidence e join tasks t on t.id = e.task_id where t.client_id = ${clientId} and e.created_at > ${since}
      union all
      select 'task', t.approved_at, jsonb_build_object('taskId', t.id, 'title', t.title, 'event', 'approved', 'mediaId', null)
      from tasks t where t.client_id = ${clientId} and t.approved_at > ${since}
      union all
      select 'task', l.created_at, jsonb_build_object('taskId', t.id, 'title', t.title, 'event', case l.action when 'task.redo' then 'redo' else 'cancelled' end, 'mediaId', null)
      from audit_log l join tasks t on t.id::text = l.entity_id
      where l.entity_type = 'task' and l.action in ('task.redo', 'task.cancel') and t.client_id = ${clientId} and l.created_at > ${since}
      union all
      select 'alert', al.created_at, jsonb_build_object('id', al.id, 'kind', al.kind, 'acknowledgedAt', al.acknowledged_at,
             'resolvedAt', al.resolved_at, 'resolutionNote', al.resolution_note)
      from alerts al where al.client_id = ${clientId} and greatest(al.created_at, al.acknowledged_at, al.resolved_at) > ${since}
      union all
      select 'note', n.created_at, jsonb_build_object('text', n.text, 'authorName', coalesce(nm.name, ns.name))
      from case_notes n left join mentors nm on nm.id = n.mentor_id left join staff ns on ns.id = n.author_staff_id
      where ${options.withNotes} and n.client_id = ${clientId} and n.created_at > ${since}
      union all
      select 'assignment', a.started_at, jsonb_build_object('event', 'started', 'mentorName', am.name)
      from assignments a join mentors am on am.id = a.mentor_id where a.client_id = ${clientId} and a.started_at > ${since}
      union all
      select 'assignment', a.ended_at, jsonb_build_object('event', 'ended', 'mentorName', am.name)
      from assignments a join mentors am on am.id = a.mentor_id where a.client_id = ${clientId} and a.ended_at > ${since}
    ) everything
    order by at desc
    limit ${limit}`.execute(db);
  return rows.rows.reverse().map(toItem);
}

const dateOf = (value: unknown): Date | null => (typeof value === 'string' ? new Date(value) : null);

function toItem(row: Row): TimelineItem {
  const item = row.item;
  switch (row.type) {
    case 'message':
      return {
        type: 'message',
        at: row.at,
        id: String(item.id),
        direction: item.direction as 'inbound' | 'outbound',
        author: item.author as 'client' | 'mentor' | 'staff',
        authorName: (item.authorName as string | null) ?? null,
        kind: item.kind as MessageKind,
        text: (item.text as string | null) ?? null,
        mediaId: (item.mediaId as string | null) ?? null,
        mediaType: (item.mediaType as string | null) ?? null,
        mediaProblem: (item.mediaProblem as MediaProblem | null) ?? null,
        channel: (item.channel as Channel | null) ?? null,
        deliveryStatus: (item.deliveryStatus as DeliveryStatus | null) ?? null,
        editedAt: dateOf(item.editedAt),
      };
    case 'checkin':
      return { type: 'checkin', at: row.at, date: String(item.date), mood: (item.mood as number | null) ?? null, answered: item.answered === true };
    case 'task':
      return {
        type: 'task',
        at: row.at,
        taskId: String(item.taskId),
        title: String(item.title),
        event: item.event as 'created' | 'shown-done' | 'approved' | 'redo' | 'cancelled',
        mediaId: (item.mediaId as string | null) ?? null,
      };
    case 'alert':
      return {
        type: 'alert',
        at: row.at,
        id: String(item.id),
        kind: item.kind as AlertKind,
        acknowledgedAt: dateOf(item.acknowledgedAt),
        resolvedAt: dateOf(item.resolvedAt),
        resolutionNote: (item.resolutionNote as string | null) ?? null,
      };
    case 'note':
      return { type: 'note', at: row.at, text: String(item.text), authorName: (item.authorName as string | null) ?? null };
    case 'assignment':
      return { type: 'assignment', at: row.at, event: item.event as 'started' | 'ended', mentorName: String(item.mentorName) };
  }
}
