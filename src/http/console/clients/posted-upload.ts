import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/database.js';
import type { MediaStore } from '../../../media/media-store.js';
import { fileOf } from '../form-body.js';

/**
 * Routes that take a file read it to the end even when it is too large, so
 * the form's other fields arrive too and can be shown again; the file is
 * then cut at the limit and said to be too large.
 */
export const keepFieldsOfLargeFiles = { multipartOptions: { throwFileSizeLimit: false } };

/** A file posted with a form, once the media store has cleaned and kept it, or why it did not. */
export type Upload =
  | { kind: 'none' }
  | { kind: 'stored'; mediaId: string; contentType: string; fileName: string }
  | { kind: 'refused'; reason: 'too_large' | 'unsafe' | 'empty' };

/** The file of a form's field, stored; nothing when none was chosen. */
export async function storeUpload(request: FastifyRequest, name: string, deps: { db: Kysely<Database>; mediaStore: MediaStore }): Promise<Upload> {
  const posted = await fileOf(request, name);
  if (!posted) return { kind: 'none' };
  if (posted.truncated) return { kind: 'refused', reason: 'too_large' };
  const result = await deps.mediaStore.put(deps.db, posted.bytes, posted.contentType);
  if ('refused' in result) return { kind: 'refused', reason: result.refused };
  return { kind: 'stored', mediaId: result.stored.id, contentType: result.stored.contentType, fileName: posted.fileName };
}
