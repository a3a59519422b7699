import type { Kysely } from 'kysely';
import { recordAudit } from '../../core/audit.js';
import type { Database } from '../../db/database.js';
import type { ExportName, ExportPeriod } from './export-dataset.js';

/**
 * Records who took which export and for which days, before its rows are sent:
 * a download cut short still took some of the records out of the service.
 */
export async function recordExport(
  db: Kysely<Database>,
  entry: { actor: string; dataset: ExportName; period: ExportPeriod; at: Date },
): Promise<void> {
  const { from, to } = entry.period;
  await recordAudit(db, {
    actor: entry.actor,
    action: `export.${entry.dataset}`,
    entityType: 'export',
    entityId: null,
    details: entry.dataset === 'clients' ? {} : { from: from ?? null, to: to ?? null },
    at: entry.at,
  });
}
