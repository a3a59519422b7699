import type { Kysely } from 'kysely';
import { maxPageSize } from '../../core/pagination.js';
import type { AlertKind, Database } from '../../db/database.js';
import { listCaseNotes } from '../caseload/console-notes.js';
import { listCheckins, type CheckinRecord } from '../checkins/checkin-history.js';
import { getAlert } from '../safety/alert-list.js';

export interface ExportedNote {
  id: string;
  createdAt: Date;
  authorName: string | null;
  text: string;
}

export interface ExportedAlert {
  id: string;
  kind: AlertKind;
  createdAt: Date;
  /** The check-in that raised it, when one did. */
  checkin: { date: string; mood: number | null } | null;
  acknowledgedAt: Date | null;
  /** A staff member's or mentor's name, or who else it was (`system`, `admin`). */
  acknowledgedBy: string | null;
  escalatedAt: Date | null;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  resolutionNote: string | null;
}

/** Every check-in, oldest day first, read page by page as the API reads them. */
export async function exportedCheckins(db: Kysely<Database>, clientId: string): Promise<CheckinRecord[]> {
  const newestFirst: CheckinRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await listCheckins(db, clientId, { limit: maxPageSize, cursor });
    newestFirst.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return newestFirst.reverse();
}

/** Every case note, oldest first: the console shows only the latest, an export holds them all. */
export async function exportedNotes(db: Kysely<Database>, clientId: string): Promise<ExportedNote[]> {
  const notes = await listCaseNotes(db, clientId, Number.MAX_SAFE_INTEGER);
  return notes.map((note) => ({ id: note.id, createdAt: note.createdAt, authorName: note.authorName, text: note.text })).reverse();
}

/** Every alert about the client, oldest first, with who followed it up by name, as the console's alert list reads them. */
export async function exportedAlerts(db: Kysely<Database>, clientId: string): Promise<ExportedAlert[]> {
  const ids = await db.selectFrom('alerts').select('id').where('client_id', '=', clientId).orderBy('created_at').orderBy('id').execute();
  const alerts: ExportedAlert[] = [];
  for (const { id } of ids) {
    const alert = await getAlert(db, null, id);
    alerts.push({
      id: alert.id,
      kind: alert.kind,
      createdAt: alert.createdAt,
      checkin: alert.checkin,
      acknowledgedAt: alert.acknowledgedAt,
      acknowledgedBy: alert.acknowledgedBy,
      escalatedAt: alert.escalatedAt,
      resolvedAt: alert.resolvedAt,
      resolvedBy: alert.resolvedBy,
      resolutionNote: alert.resolutionNote,
    });
  }
  return alerts;
}
