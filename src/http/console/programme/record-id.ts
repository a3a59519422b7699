import { NotFoundError } from '../../../core/errors.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record's id from a path; anything that cannot be one answers as a record that does not exist. */
export function recordId(value: string, code: string): string {
  if (!uuid.test(value)) throw new NotFoundError(code, 'no record has this id');
  return value;
}
