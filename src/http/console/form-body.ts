import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { ValidationError } from '../../core/errors.js';
import type { FormState } from './ui/form.js';

/** A file posted with a form, read into memory within the upload limit. */
export interface PostedFile {
  bytes: Buffer;
  contentType: string;
  fileName: string;
  /** Cut at the upload limit: the bytes are only the start of the file. */
  truncated: boolean;
}

interface MultipartPart {
  type?: string;
  value?: unknown;
  filename?: string;
  mimetype?: string;
  file?: { truncated?: boolean };
  toBuffer?: () => Promise<Buffer>;
}

const isPart = (value: unknown): value is MultipartPart => typeof value === 'object' && value !== null && 'type' in value;

/**
 * The text fields of a posted form, url-encoded or multipart, as strings;
 * a field sent twice counts once, its first value. Fields that are files,
 * or not text, are left out.
 */
export function fieldsOf(request: FastifyRequest): Record<string, string> {
  const body = request.body;
  if (typeof body !== 'object' || body === null) return {};
  const fields: Record<string, string> = {};
  for (const [name, raw] of Object.entries(body as Record<string, unknown>)) {
    const first: unknown = Array.isArray(raw) ? raw[0] : raw;
    if (typeof first === 'string') fields[name] = first;
    else if (isPart(first) && first.type === 'field' && typeof first.value === 'string') fields[name] = first.value;
  }
  return fields;
}

/** Every value of a field posted several times (check boxes), url-encoded or multipart. */
export function valuesOf(request: FastifyRequest, name: string): string[] {
  const raw = (request.body as Record<string, unknown> | undefined)?.[name];
  const all: unknown[] = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return all.flatMap((value) => (typeof value === 'string' ? [value] : isPart(value) && typeof value.value === 'string' ? [value.value] : []));
}

/** The file posted in a multipart form's field, when one was chosen. */
export async function fileOf(request: FastifyRequest, name: string): Promise<PostedFile | undefined> {
  const raw = (request.body as Record<string, unknown> | undefined)?.[name];
  const part: unknown = Array.isArray(raw) ? raw[0] : raw;
  if (!isPart(part) || part.type !== 'file' || !part.toBuffer) return undefined;
  const bytes = await part.toBuffer();
  if (bytes.length === 0 && !part.filename) return undefined;
  return { bytes, contentType: part.mimetype ?? 'application/octet-stream', fileName: part.filename ?? 'file', truncated: part.file?.truncated === true };
}

/** A form's values with a message for each field a zod schema refused, the first message per field. */
export function zodProblems(values: FormState['values'], error: z.ZodError): FormState {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= issue.message;
  }
  return { values, errors };
}

/** A form's values with the domain's refusal put on the field it names, or on the whole form. */
export function domainProblem(values: FormState['values'], error: ValidationError | Error, fieldNames: Record<string, string> = {}): FormState {
  const field = error instanceof ValidationError ? (fieldNames[error.field] ?? error.field) : 'form';
  return { values, errors: { [field]: error.message } };
}
