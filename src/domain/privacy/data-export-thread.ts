import type { Kysely } from 'kysely';
import type { Channel, Database, DeliveryStatus, MediaProblem, MessageKind } from '../../db/database.js';
import { clientDeliveryStatus } from '../threads/thread-listing.js';
import { translationsOf } from '../threads/message-translations.js';
import type { ExportMediaFile } from './data-export-media.js';

/** One message of the thread as `thread.json` holds it. */
export interface ExportedMessage {
  id: string;
  createdAt: Date;
  direction: 'inbound' | 'outbound';
  author: 'client' | 'mentor' | 'staff' | 'system';
  /** The mentor's or staff member's name; null for the client and the service itself. */
  authorName: string | null;
  channel: Channel | null;
  kind: MessageKind;
  /** The text as it stands now; earlier versions are in `edits`. */
  text: string | null;
  location: { latitude: number; longitude: number } | null;
  /** The file's name in the archive. */
  mediaFile: string | null;
  /** Why a file that came with the message is not kept. */
  mediaProblem: MediaProblem | null;
  replyTo: string | null;
  /** How far a message to the client got on their messenger; null for theirs. */
  deliveryStatus: DeliveryStatus | null;
  /** Each earlier text, oldest first, with when it was replaced. */
  edits: Array<{ previousText: string | null; editedAt: Date }>;
  /** Its translations by the client's interpreters, oldest first. */
  translations: Array<{ language: string; text: string; interpreterName: string; createdAt: Date }>;
}

/** Every message of the client's thread, oldest first, with its edits and its file's name. */
export async function exportedThread(db: Kysely<Database>, clientId: string, media: ReadonlyMap<string, ExportMediaFile>): Promise<ExportedMessage[]> {
  const [rows, edits] = await Promise.all([
    db
      .selectFrom('messages')
      .innerJoin('threads', 'threads.id', 'messages.thread_id')
      .leftJoin('mentors', 'mentors.id', 'messages.author_mentor_id')
      .leftJoin('staff', 'staff.id', 'messages.author_staff_id')
      .select([
        'messages.id',
        'messages.created_at',
        'messages.direction',
        'messages.author',
        'messages.channel',
        'messages.kind',
        'messages.text',
        'messages.location',
        'messages.media_id',
        'messages.media_problem',
        'messages.reply_to_message_id',
        'mentors.name as mentor_name',
        'staff.name as staff_name',
      ])
      .select((eb) => clientDeliveryStatus(eb).as('delivery_status'))
      .where('threads.client_id', '=', clientId)
      .orderBy('messages.seq')
      .execute(),
    db
      .selectFrom('message_edits')
      .innerJoin('messages', 'messages.id', 'message_edits.message_id')
      .innerJoin('threads', 'threads.id', 'messages.thread_id')
      .select(['message_edits.message_id', 'message_edits.previous_text', 'message_edits.edited_at'])
      .where('threads.client_id', '=', clientId)
      .orderBy('message_edits.edited_at')
      .orderBy('message_edits.id')
      .execute(),
  ]);
  const translations = await translationsOf(db, rows.map((row) => row.id));
  const editsOf = new Map<string, ExportedMessage['edits']>();
  for (const edit of edits) {
    const list = editsOf.get(edit.message_id) ?? [];
    list.push({ previousText: edit.previous_text, editedAt: edit.edited_at });
    editsOf.set(edit.message_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.created_at,
    direction: row.direction,
    author: row.author,
    authorName: row.author === 'mentor' ? row.mentor_name : row.author === 'staff' ? row.staff_name : null,
    channel: row.channel,
    kind: row.kind,
    text: row.text,
    location: row.location,
    mediaFile: row.media_id === null ? null : (media.get(row.media_id)?.name ?? null),
    mediaProblem: row.media_problem,
    replyTo: row.reply_to_message_id,
    deliveryStatus: row.direction === 'outbound' ? (row.delivery_status ?? null) : null,
    edits: editsOf.get(row.id) ?? [],
    translations: (translations.get(row.id) ?? []).map((t) => ({ language: t.language, text: t.text, interpreterName: t.authorName, createdAt: t.createdAt })),
  }));
}
