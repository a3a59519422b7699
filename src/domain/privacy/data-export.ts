import type { Kysely } from 'kysely';
import { recordAudit } from '../../core/audit.js';
import type { Database } from '../../db/database.js';
import type { CheckinRecord } from '../checkins/checkin-history.js';
import { exportedAlerts, exportedCheckins, exportedNotes, type ExportedAlert, type ExportedNote } from './data-export-case.js';
import { exportedClient, type ExportedClient } from './data-export-client.js';
import { clientMediaFiles, type ExportMediaFile } from './data-export-media.js';
import { exportedTasks, type ExportedTask } from './data-export-tasks.js';
import { exportedThread, type ExportedMessage } from './data-export-thread.js';

/** Everything the service keeps about one client, as records to write out, and the files they refer to. */
export interface ClientDataExport {
  clientId: string;
  /** The client's language, for the archive's README. */
  language: string;
  /** Their own time zone, for the day the README says it was made. */
  timezone: string;
  exportedAt: Date;
  client: ExportedClient;
  thread: ExportedMessage[];
  checkins: CheckinRecord[];
  tasks: ExportedTask[];
  notes: ExportedNote[];
  alerts: ExportedAlert[];
  /** Each stored file once, in the order of their digests. */
  media: ExportMediaFile[];
}

/**
 * Reads a client's whole record for them to take away (GDPR Art. 15 and 20)
 * and records in the audit log who took it, before any of it is sent: a
 * download cut short has still taken records out of the service. One
 * snapshot, so the files agree with one another however busy the thread is.
 * Throws CLIENT_NOT_FOUND for an unknown client, recording nothing.
 */
export async function exportClientData(db: Kysely<Database>, request: { clientId: string; actor: string; now: Date }): Promise<ClientDataExport> {
  const { clientId } = request;
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const client = await exportedClient(trx, clientId);
      const media = await clientMediaFiles(trx, clientId);
      const thread = await exportedThread(trx, clientId, media);
      const checkins = await exportedCheckins(trx, clientId);
      const tasks = await exportedTasks(trx, clientId, media);
      const notes = await exportedNotes(trx, clientId);
      const alerts = await exportedAlerts(trx, clientId);
      const files = [...media.values()];
      await recordAudit(trx, {
        actor: request.actor,
        action: 'client.exported',
        entityType: 'client',
        entityId: clientId,
        clientId,
        at: request.now,
        details: { messages: thread.length, checkins: checkins.length, tasks: tasks.length, notes: notes.length, alerts: alerts.length, mediaFiles: files.length },
      });
      return {
        clientId,
        language: client.profile.language,
        timezone: client.profile.timezone,
        exportedAt: request.now,
        client,
        thread,
        checkins,
        tasks,
        notes,
        alerts,
        media: files,
      };
    });
}
