import { sql, type Kysely } from 'kysely';
import { recordAudit } from '../../core/audit.js';
import { ConflictError, NotFoundError } from '../../core/errors.js';
import type { Database, TaskStatus } from '../../db/database.js';
import { loadClientContext } from '../people/contexts.js';
import { inScope, type Scope, type ScopeDeps } from '../turn/scope.js';
import {
  notifyRedo,
  notifyTaskApproved,
  notifyTaskAssigned,
  notifyTaskCancelled,
  notifyTaskSubmitted,
  type Evidence,
  type TaskRow,
} from './task-notices.js';

export interface TaskEvidenceItem {
  mediaId: string | null;
  /** The type the media store found in the file, to show a photo as a photo. */
  mediaType: string | null;
  caption: string | null;
  createdAt: Date;
}

export interface Task {
  id: string;
  clientId: string;
  mentorId: string | null;
  title: string;
  details: string | null;
  dueDate: string | null;
  status: TaskStatus;
  mentorComment: string | null;
  worksheetMediaId: string | null;
  evidence: TaskEvidenceItem[];
  createdAt: Date;
  updatedAt: Date;
}

export interface NewTask {
  clientId: string;
  title: string;
  details?: string | null | undefined;
  dueDate?: string | null | undefined;
  worksheetMediaId?: string | null | undefined;
  /** The mentor who set it; by default the client's current mentor. */
  mentorId?: string | null | undefined;
}

export interface TaskChanges {
  title?: string | undefined;
  details?: string | null | undefined;
  dueDate?: string | null | undefined;
  status?: TaskStatus | undefined;
  /** What to redo, when the status goes back to assigned. */
  comment?: string | undefined;
}

/** The moves a task's status may make; approved and cancelled are final. */
const transitions: Record<TaskStatus, readonly TaskStatus[]> = {
  assigned: ['submitted', 'cancelled'],
  submitted: ['approved', 'assigned', 'cancelled'],
  approved: [],
  cancelled: [],
};

async function withEvidence(db: Kysely<Database>, rows: TaskRow[]): Promise<Task[]> {
  if (rows.length === 0) return [];
  const evidence = await db
    .selectFrom('task_evidence')
    .leftJoin('media', 'media.id', 'task_evidence.media_id')
    .select(['task_evidence.task_id', 'task_evidence.media_id', 'task_evidence.caption', 'task_evidence.created_at', 'media.content_type'])
    .where(
      'task_evidence.task_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('task_evidence.created_at')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    clientId: row.client_id,
    mentorId: row.mentor_id,
    title: row.title,
    details: row.details,
    dueDate: row.due_date,
    status: row.status,
    mentorComment: row.mentor_comment,
    worksheetMediaId: row.worksheet_media_id,
    evidence: evidence
      .filter((e) => e.task_id === row.id)
      .map((e) => ({ mediaId: e.media_id, mediaType: e.content_type, caption: e.caption, createdAt: e.created_at })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

async function getTask(db: Kysely<Database>, id: string): Promise<Task> {
  const row = await db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('TASK_NOT_FOUND', `no task with id ${id}`);
  const [task] = await withEvidence(db, [row]);
  return task as Task;
}

/** One of a client's tasks; a task of anyone else is not found, as if it did not exist. */
export async function clientTask(db: Kysely<Database>, clientId: string, taskId: string): Promise<Task> {
  const row = await db.selectFrom('tasks').selectAll().where('id', '=', taskId).where('client_id', '=', clientId).executeTakeFirst();
  if (!row) throw new NotFoundError('TASK_NOT_FOUND', `no task with id ${taskId}`);
  const [task] = await withEvidence(db, [row]);
  return task as Task;
}

/** A client's tasks, open ones first, each group newest first. */
export async function listTasks(db: Kysely<Database>, clientId: string): Promise<Task[]> {
  const client = await db.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst();
  if (!client) throw new NotFoundError('CLIENT_NOT_FOUND', `no client with id ${clientId}`);
  const rows = await db
    .selectFrom('tasks')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy(sql`status in ('assigned', 'submitted')`, 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return withEvidence(db, rows);
}

/** The tasks a client can still show done, those due soonest first. */
export async function openTasks(db: Kysely<Database>, clientId: string) {
  return db
    .selectFrom('tasks')
    .select(['id', 'title', 'due_date'])
    .where('client_id', '=', clientId)
    .where('status', '=', 'assigned')
    .orderBy(sql`due_date nulls last`)
    .orderBy('created_at')
    .execute();
}

/** Sets a task and sends it to the client in their language, with its worksheet. */
export async function createTask(scope: Scope, input: NewTask, actor: string): Promise<Task> {
  const trx = scope.db;
  const client = await loadClientContext(trx, input.clientId);
  if (!client) throw new NotFoundError('CLIENT_NOT_FOUND', `no client with id ${input.clientId}`);
  const row = await trx
    .insertInto('tasks')
    .values({
      client_id: client.id,
      mentor_id: input.mentorId === undefined ? (client.mentor?.id ?? null) : input.mentorId,
      title: input.title,
      details: input.details ?? null,
      due_date: input.dueDate ?? null,
      worksheet_media_id: input.worksheetMediaId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(trx, { actor, action: 'task.create', entityType: 'task', entityId: row.id, clientId: client.id, at: scope.now });
  await notifyTaskAssigned(scope, client, row);
  return (await withEvidence(trx, [row]))[0] as Task;
}

/** The task, locked for a change in the caller's transaction. */
async function lockTask(db: Kysely<Database>, id: string): Promise<TaskRow> {
  const row = await db.selectFrom('tasks').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new NotFoundError('TASK_NOT_FOUND', `no task with id ${id}`);
  return row;
}

function assertMove(row: TaskRow, next: TaskStatus): void {
  if (!transitions[row.status].includes(next)) {
    throw new ConflictError('TASK_STATUS_CONFLICT', `a task that is ${row.status} cannot become ${next}`, { status: row.status });
  }
}

/** The client shows a task done, with a photo or without. Returns false when the task was no longer open. */
export async function submitTask(scope: Scope, taskId: string, evidence: Evidence | null): Promise<boolean> {
  const { db, now } = scope;
  const row = await db.selectFrom('tasks').selectAll().where('id', '=', taskId).forUpdate().executeTakeFirst();
  // Shown done twice, or cancelled meanwhile.
  if (row?.status !== 'assigned') return false;
  await db.updateTable('tasks').set({ status: 'submitted', submitted_at: now, updated_at: now }).where('id', '=', taskId).execute();
  if (evidence) {
    await db
      .insertInto('task_evidence')
      .values({ task_id: taskId, media_id: evidence.mediaId, message_id: evidence.messageId, caption: evidence.caption, created_at: now })
      .execute();
  }
  const client = await loadClientContext(db, row.client_id);
  if (client) await notifyTaskSubmitted(scope, client, row, evidence);
  return true;
}

/** Approves a task and praises the client. Approving twice changes nothing and praises once. */
export async function approveTask(scope: Scope, taskId: string, actor: string): Promise<void> {
  const { db, now } = scope;
  const row = await lockTask(db, taskId);
  if (row.status !== 'approved') {
    assertMove(row, 'approved');
    const approved = await db
      .updateTable('tasks')
      .set({ status: 'approved', approved_at: now, updated_at: now })
      .where('id', '=', taskId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(db, { actor, action: 'task.approve', entityType: 'task', entityId: taskId, clientId: row.client_id, at: now });
    const client = await loadClientContext(db, row.client_id);
    if (client) await notifyTaskApproved(scope, client, approved);
  }
}

/** Sends a task back to the client with what to do again. */
export async function requestRedo(scope: Scope, taskId: string, comment: string, actor: string): Promise<void> {
  const { db, now } = scope;
  const row = await lockTask(db, taskId);
  assertMove(row, 'assigned');
  const updated = await db
    .updateTable('tasks')
    .set({ status: 'assigned', mentor_comment: comment, submitted_at: null, updated_at: now })
    .where('id', '=', taskId)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(db, { actor, action: 'task.redo', entityType: 'task', entityId: taskId, clientId: row.client_id, at: now });
  const client = await loadClientContext(db, row.client_id);
  if (client) await notifyRedo(scope, client, updated, comment);
}

/** Takes a task off the client's list and tells them. */
export async function cancelTask(scope: Scope, taskId: string, actor: string): Promise<void> {
  const { db, now } = scope;
  const row = await lockTask(db, taskId);
  assertMove(row, 'cancelled');
  const cancelled = await db
    .updateTable('tasks')
    .set({ status: 'cancelled', updated_at: now })
    .where('id', '=', taskId)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(db, { actor, action: 'task.cancel', entityType: 'task', entityId: taskId, clientId: row.client_id, at: now });
  const client = await loadClientContext(db, row.client_id);
  if (client) await notifyTaskCancelled(scope, client, cancelled);
}

/** Changes a task's title, details, due date or status; a status change has the same effects as in the chat. */
export async function updateTask(db: Kysely<Database>, deps: ScopeDeps, id: string, changes: TaskChanges, actor: string): Promise<Task> {
  return inScope(db, deps, async (scope) => {
    const { db: trx, now } = scope;
    const row = await lockTask(trx, id);
    if (changes.status === 'submitted' && row.status !== 'submitted') {
      throw new ConflictError('TASK_STATUS_CONFLICT', 'only the client submits a task, by showing it done', { status: row.status });
    }
    if (changes.status !== undefined && changes.status !== row.status) assertMove(row, changes.status);
    if (changes.title !== undefined || changes.details !== undefined || changes.dueDate !== undefined) {
      const after = await trx
        .updateTable('tasks')
        .set({ title: changes.title, details: changes.details, due_date: changes.dueDate, updated_at: now })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      // A title and details are the mentor's own words: the trail names them, and keeps only the due date's values.
      const fields = (['title', 'details', 'due_date'] as const).filter((field) => row[field] !== after[field]);
      if (fields.length > 0) {
        await recordAudit(trx, {
          actor,
          action: 'task.update',
          entityType: 'task',
          entityId: id,
          clientId: row.client_id,
          details: { fields: fields.map((field) => (field === 'due_date' ? 'dueDate' : field)) },
          changes: fields.includes('due_date') ? { dueDate: { from: row.due_date, to: after.due_date } } : undefined,
          at: now,
        });
      }
    }
    if (changes.status !== undefined && changes.status !== row.status) {
      if (changes.status === 'approved') await approveTask(scope, id, actor);
      else if (changes.status === 'assigned') await requestRedo(scope, id, changes.comment ?? '', actor);
      // What is left is a cancellation: the client alone submits.
      else await cancelTask(scope, id, actor);
    }
    return getTask(trx, id);
  });
}
