import type { FastifyRequest } from 'fastify';
import { importLimits } from '../../../../domain/people/client-import-file.js';
import { fieldsOf, fileOf } from '../../form-body.js';

/**
 * The upload reads the whole file even past the limit, so the refusal can
 * say the file is too large rather than the form being broken.
 */
export const uploadOptions = { multipartOptions: { throwFileSizeLimit: false, limits: { fileSize: importLimits.maxBytes } } };

/**
 * The checked file comes back with the confirmation as base64 in a hidden
 * field, which is a third larger than the file; anything longer is cut by
 * the parser and then refused here, never read in part.
 */
const carriedChars = Math.ceil(importLimits.maxBytes / 3) * 4;
export const confirmOptions = { multipartOptions: { limits: { fieldSize: carriedChars + 1 } } };

/** The file chosen in the upload form, or why there is none to read. */
export type UploadedFile = { kind: 'file'; bytes: Buffer; fileName: string } | { kind: 'none' } | { kind: 'too_large' };

export async function uploadedFile(request: FastifyRequest): Promise<UploadedFile> {
  const posted = await fileOf(request, 'file');
  if (!posted) return { kind: 'none' };
  if (posted.truncated) return { kind: 'too_large' };
  return { kind: 'file', bytes: posted.bytes, fileName: posted.fileName };
}

/** The file as the page that previewed it carried it forward. */
export function carriedFile(bytes: Buffer, fileName: string): { content: string; fileName: string } {
  return { content: bytes.toString('base64'), fileName };
}

const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The file a confirmation carries, or undefined when the field is missing,
 * cut short or not base64: it is checked again from the start either way,
 * so a changed field is no more than another file.
 */
export function confirmedFile(request: FastifyRequest): { bytes: Buffer; fileName: string } | undefined {
  const { content, fileName } = fieldsOf(request);
  if (content === undefined || content.length > carriedChars || content.length % 4 !== 0 || !base64.test(content)) return undefined;
  return { bytes: Buffer.from(content, 'base64'), fileName: (fileName ?? '').slice(0, 200) || 'clients.csv' };
}
