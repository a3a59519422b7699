import type { InferResult, Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { cursorChunkRows, type ExportDataset, type ExportPeriod } from './export-dataset.js';

function checkinRows(db: Kysely<Database>, period: ExportPeriod) {
  let query = db
    .selectFrom('checkins')
    .innerJoin('clients', 'clients.id', 'checkins.client_id')
    .select([
      'checkins.client_id',
      'clients.name as client_name',
      'checkins.local_date',
      'checkins.prompted_at',
      'checkins.reminded_at',
      'checkins.answered_at',
      'checkins.mood',
      'checkins.source',
    ])
    .orderBy('checkins.local_date')
    .orderBy('clients.created_at')
    .orderBy('checkins.client_id');
  if (period.from !== undefined) query = query.where('checkins.local_date', '>=', period.from);
  if (period.to !== undefined) query = query.where('checkins.local_date', '<=', period.to);
  return query;
}

type CheckinExportRow = InferResult<ReturnType<typeof checkinRows>>[number];

/**
 * Each day's check-ins, oldest day first and, within a day, clients in the
 * order they enrolled. The period is the client's own calendar day
 * (`local_date`), the day they were asked on.
 */
export const checkinExport: ExportDataset<CheckinExportRow> = {
  name: 'checkins',
  columns: [
    { header: 'clientId', value: (row) => row.client_id },
    { header: 'clientName', value: (row) => row.client_name },
    { header: 'localDate', value: (row) => row.local_date },
    { header: 'promptedAt', value: (row) => row.prompted_at },
    { header: 'remindedAt', value: (row) => row.reminded_at },
    { header: 'answeredAt', value: (row) => row.answered_at },
    { header: 'mood', value: (row) => row.mood },
    { header: 'source', value: (row) => row.source },
  ],
  rows: (db, request) => checkinRows(db, request.period).stream(cursorChunkRows),
};
