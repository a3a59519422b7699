import type { InferResult, Kysely } from 'kysely';
import { weekdayName } from '../../core/fields.js';
import type { Database } from '../../db/database.js';
import { cursorChunkRows, type ExportDataset } from './export-dataset.js';

function clientRows(db: Kysely<Database>) {
  return db
    .selectFrom('clients')
    .leftJoin('assignments', (join) => join.onRef('assignments.client_id', '=', 'clients.id').on('assignments.ended_at', 'is', null))
    .leftJoin('mentors', 'mentors.id', 'assignments.mentor_id')
    .select([
      'clients.id',
      'clients.name',
      'clients.status',
      'assignments.mentor_id',
      'mentors.name as mentor_name',
      'clients.language',
      'clients.timezone',
      'clients.checkin_time',
      'clients.checkin_days',
      'clients.phone',
      'clients.country',
      'clients.programme',
      'clients.consent_given',
      'clients.consent_at',
      'clients.created_at',
    ])
    .orderBy('clients.created_at')
    .orderBy('clients.id');
}

type ClientExportRow = InferResult<ReturnType<typeof clientRows>>[number];

/** Every client, oldest enrolment first, with the mentor they have now. */
export const clientExport: ExportDataset<ClientExportRow> = {
  name: 'clients',
  columns: [
    { header: 'id', value: (row) => row.id },
    { header: 'name', value: (row) => row.name },
    { header: 'status', value: (row) => row.status },
    { header: 'mentorId', value: (row) => row.mentor_id },
    { header: 'mentorName', value: (row) => row.mentor_name },
    { header: 'language', value: (row) => row.language },
    { header: 'timezone', value: (row) => row.timezone },
    { header: 'checkinTime', value: (row) => row.checkin_time.slice(0, 5) },
    // Space-separated, as 'mon tue wed': one cell a spreadsheet shows as written.
    { header: 'checkinDays', value: (row) => [...row.checkin_days].sort((a, b) => a - b).map(weekdayName).join(' ') },
    { header: 'phone', value: (row) => row.phone },
    { header: 'country', value: (row) => row.country },
    { header: 'programme', value: (row) => row.programme },
    { header: 'consentGiven', value: (row) => row.consent_given },
    { header: 'consentAt', value: (row) => row.consent_at },
    { header: 'createdAt', value: (row) => row.created_at },
  ],
  rows: (db) => clientRows(db).stream(cursorChunkRows),
};
