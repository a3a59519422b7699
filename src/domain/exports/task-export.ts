import { sql, type InferResult, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { cursorChunkRows, type ExportDataset, type ExportRequest } from './export-dataset.js';

/** The instant a calendar day of the zone begins (a day after `date` for the end of a period). */
const dayStart = (date: string, zone: string, daysLater = 0) =>
  sql<Date>`(${date}::date + ${daysLater}::int)::timestamp at time zone ${zone}`;

function taskRows(db: Kysely<Database>, { period, agencyTimezone }: ExportRequest) {
  let query = db
    .selectFrom('tasks')
    .innerJoin('clients', 'clients.id', 'tasks.client_id')
    .leftJoin('mentors', 'mentors.id', 'tasks.mentor_id')
    .select((eb) => [
      'tasks.id',
      'tasks.client_id',
      'clients.name as client_name',
      'tasks.mentor_id',
      'mentors.name as mentor_name',
      'tasks.title',
      'tasks.details',
      'tasks.due_date',
      'tasks.status',
      'tasks.created_at',
      'tasks.submitted_at',
      'tasks.approved_at',
      eb
        .selectFrom('task_evidence')
        .select(eb.fn.countAll<number>().as('count'))
        .whereRef('task_evidence.task_id', '=', 'tasks.id')
        .as('evidence_count'),
    ])
    .orderBy('tasks.created_at')
    .orderBy('tasks.id');
  // The period's edges as instants, the zone's midnights (summer time included) computed once rather than each row's time converted.
  if (period.from !== undefined) query = query.where('tasks.created_at', '>=', dayStart(period.from, agencyTimezone));
  if (period.to !== undefined) query = query.where('tasks.created_at', '<', dayStart(period.to, agencyTimezone, 1));
  return query;
}

type TaskExportRow = InferResult<ReturnType<typeof taskRows>>[number];

/**
 * Every task, oldest first. The period is the day the task was agreed, as a
 * calendar day in the agency's zone: 21:30 UTC on 31 March is 1 April in Riga.
 */
export const taskExport: ExportDataset<TaskExportRow> = {
  name: 'tasks',
  columns: [
    { header: 'id', value: (row) => row.id },
    { header: 'clientId', value: (row) => row.client_id },
    { header: 'clientName', value: (row) => row.client_name },
    { header: 'mentorId', value: (row) => row.mentor_id },
    { header: 'mentorName', value: (row) => row.mentor_name },
    { header: 'title', value: (row) => row.title },
    { header: 'details', value: (row) => row.details },
    { header: 'dueDate', value: (row) => row.due_date },
    { header: 'status', value: (row) => row.status },
    { header: 'createdAt', value: (row) => row.created_at },
    { header: 'submittedAt', value: (row) => row.submitted_at },
    { header: 'approvedAt', value: (row) => row.approved_at },
    { header: 'evidenceCount', value: (row) => row.evidence_count ?? 0 },
  ],
  rows: (db, request) => taskRows(db, request).stream(cursorChunkRows),
};
