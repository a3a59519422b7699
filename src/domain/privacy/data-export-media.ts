import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

/** A stored file a client's case refers to, and its name in the archive. */
export interface ExportMediaFile {
  id: string;
  sha256: string;
  contentType: string;
  sizeBytes: number;
  /** `media/<sha256>.<extension>`: the store keeps each content once, so the same photo sent twice is one file. */
  name: string;
}

/**
 * Extensions for the types chats carry, so a photo opens as a photo on the
 * client's computer. Any other type keeps `bin`: a document's type is what
 * its sender declared, and an extension taken from it could be one a
 * computer runs (`.exe`, `.html`).
 */
const extensions: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'image/avif': 'avif',
  'image/tiff': 'tiff',
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/3gpp': '3gp',
  'video/webm': 'webm',
  'audio/ogg': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.oasis.opendocument.text': 'odt',
};

function archiveName(sha256: string, contentType: string): string {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return `media/${sha256}.${extensions[type] ?? 'bin'}`;
}

/**
 * Every stored file of a client's case, by media id: sent in their thread
 * either way, a task's worksheet, or a task's evidence.
 */
export async function clientMediaFiles(db: Kysely<Database>, clientId: string): Promise<Map<string, ExportMediaFile>> {
  const rows = await db
    .selectFrom('media')
    .select(['id', 'sha256', 'content_type', 'size_bytes'])
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('messages')
        .innerJoin('threads', 'threads.id', 'messages.thread_id')
        .select('messages.media_id as media_id')
        .where('threads.client_id', '=', clientId)
        .union(eb.selectFrom('tasks').select('tasks.worksheet_media_id as media_id').where('tasks.client_id', '=', clientId))
        .union(
          eb
            .selectFrom('task_evidence')
            .innerJoin('tasks', 'tasks.id', 'task_evidence.task_id')
            .select('task_evidence.media_id as media_id')
            .where('tasks.client_id', '=', clientId),
        ),
    )
    .orderBy('sha256')
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      { id: row.id, sha256: row.sha256, contentType: row.content_type, sizeBytes: row.size_bytes, name: archiveName(row.sha256, row.content_type) },
    ]),
  );
}
