import type { FastifyReply, FastifyRequest } from 'fastify';
import { validationFailed } from './error-handler.js';

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** The path, dot-separated, to the first string or key holding U+0000, or undefined when there is none. */
function pathToNul(root: unknown): string | undefined {
  // An explicit stack rather than recursion: a body of 1 MB can nest far deeper than the call stack goes.
  const pending: Array<[value: unknown, path: string]> = [[root, '']];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [value, path] = next;
    if (typeof value === 'string') {
      if (value.includes('\0')) return path;
      continue;
    }
    if (typeof value !== 'object' || value === null || ArrayBuffer.isView(value)) continue;
    const entries = Object.entries(value);
    const badKey = entries.find(([key]) => key.includes('\0'));
    if (badKey) return join(path, badKey[0]);
    // Reversed onto the stack, so the first offending field in document order is the one named.
    for (const [key, child] of entries.reverse()) pending.push([child, join(path, key)]);
  }
  return undefined;
}

const inputs = [
  ['body', (request: FastifyRequest) => request.body],
  ['querystring', (request: FastifyRequest) => request.query],
  ['params', (request: FastifyRequest) => request.params],
] as const;

/**
 * A preValidation hook for every route: PostgreSQL cannot store U+0000 in
 * text or jsonb, so a string holding it is the client's mistake (400, naming
 * the field) rather than a failed insert (500).
 */
export async function rejectNulCharacters(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  for (const [where, read] of inputs) {
    const field = pathToNul(read(request));
    if (field !== undefined) {
      await reply.status(400).send(validationFailed(where, [{ field, message: 'must not contain the NUL character (U+0000)' }]));
      return;
    }
  }
}
