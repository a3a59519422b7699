import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit } from '../../core/audit.js';
import { DomainError, NotFoundError, ValidationError } from '../../core/errors.js';
import type { Database } from '../../db/database.js';
import { checkImport, type ClientImportRules, type ImportReport, type ImportRowError } from './client-import-check.js';
import { importColumns, type ImportColumn, type ImportFile } from './client-import-file.js';
import { createClient, type NewClient } from './clients.js';

export interface CreatedClient {
  row: number;
  id: string;
}

/** Either every row was enrolled, or none was and the report says why. */
export type ImportOutcome =
  | { committed: true; importId: string; report: ImportReport; created: CreatedClient[] }
  | { committed: false; report: ImportReport };

/** A row createClient refused after the check let it through (a phone number taken meanwhile); thrown to roll back every row. */
class RowRefused extends Error {
  constructor(readonly refusal: ImportRowError) {
    super(refusal.message);
  }
}

/** createClient's refusal of a row as an error on the column it names; anything that is not a refusal stays what it is. */
function refusalOf(row: number, error: unknown, mentorColumn: ImportColumn): unknown {
  if (!(error instanceof DomainError) || error instanceof NotFoundError) return error;
  const named = error instanceof ValidationError ? error.field : error.details?.field;
  const field = named === 'mentorId' ? mentorColumn : importColumns.find((column) => column === named) ?? 'name';
  return new RowRefused({ row, field, message: error.message });
}

/**
 * Enrols every client of a file in one transaction, through createClient as
 * a single enrolment does, or none: the rows are checked again inside the
 * transaction, and a row refused on the way (a phone number another client
 * took since the check) rolls back the rows before it. The import is
 * audited as `clients.imported` with its counts and the clients it made.
 */
export async function importClients(
  db: Kysely<Database>,
  file: ImportFile,
  context: { rules: ClientImportRules; actor: string; now: Date },
): Promise<ImportOutcome> {
  const mentorColumn: ImportColumn = file.columns.includes('mentorEmail') ? 'mentorEmail' : 'mentorId';
  try {
    return await db.transaction().execute(async (trx): Promise<ImportOutcome> => {
      const checked = await checkImport(trx, file, context.rules);
      if (checked.report.errors.length > 0) return { committed: false, report: checked.report };
      const enrolling = checked.rows.flatMap(({ row, client }): Array<{ row: number; client: NewClient }> => (client ? [{ row, client }] : []));
      const created: CreatedClient[] = [];
      for (const { row, client } of enrolling) {
        const made = await createClient(trx, client, context.actor, context.now).catch((error: unknown) => {
          throw refusalOf(row, error, mentorColumn);
        });
        created.push({ row, id: made.id });
      }
      const importId = randomUUID();
      await recordAudit(trx, {
        actor: context.actor,
        action: 'clients.imported',
        entityType: 'client_import',
        entityId: importId,
        details: { rows: checked.report.rows, created: created.length, clientIds: created.map(({ id }) => id) },
        at: context.now,
      });
      return { committed: true, importId, report: checked.report, created };
    });
  } catch (error) {
    if (!(error instanceof RowRefused)) throw error;
    const rows = file.rows.length;
    return { committed: false, report: { rows, valid: rows - 1, errors: [error.refusal] } };
  }
}
