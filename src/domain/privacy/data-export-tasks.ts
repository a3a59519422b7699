import type { Kysely } from 'kysely';
import type { Database, TaskStatus } from '../../db/database.js';
import { listTasks } from '../tasks/tasks.js';
import type { ExportMediaFile } from './data-export-media.js';

/** One task as `tasks.json` holds it, with the photos and files that showed it done. */
export interface ExportedTask {
  id: string;
  title: string;
  details: string | null;
  status: TaskStatus;
  dueDate: string | null;
  /** The mentor who set it. */
  mentorName: string | null;
  /** What the mentor asked to redo, the last time they did. */
  mentorComment: string | null;
  worksheetFile: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
  updatedAt: Date;
  evidence: Array<{ file: string | null; caption: string | null; createdAt: Date }>;
}

/** Every task of the client, oldest first. */
export async function exportedTasks(db: Kysely<Database>, clientId: string, media: ReadonlyMap<string, ExportMediaFile>): Promise<ExportedTask[]> {
  const [tasks, times] = await Promise.all([
    listTasks(db, clientId),
    db
      .selectFrom('tasks')
      .leftJoin('mentors', 'mentors.id', 'tasks.mentor_id')
      .select(['tasks.id', 'tasks.submitted_at', 'tasks.approved_at', 'mentors.name as mentor_name'])
      .where('tasks.client_id', '=', clientId)
      .execute(),
  ]);
  const more = new Map(times.map((row) => [row.id, row]));
  const fileOf = (mediaId: string | null) => (mediaId === null ? null : (media.get(mediaId)?.name ?? null));
  return tasks
    .map((task) => ({
      id: task.id,
      title: task.title,
      details: task.details,
      status: task.status,
      dueDate: task.dueDate,
      mentorName: more.get(task.id)?.mentor_name ?? null,
      mentorComment: task.mentorComment,
      worksheetFile: fileOf(task.worksheetMediaId),
      createdAt: task.createdAt,
      submittedAt: more.get(task.id)?.submitted_at ?? null,
      approvedAt: more.get(task.id)?.approved_at ?? null,
      updatedAt: task.updatedAt,
      evidence: task.evidence.map((e) => ({ file: fileOf(e.mediaId), caption: e.caption, createdAt: e.createdAt })),
    }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
