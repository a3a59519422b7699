import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { NotFoundError } from '../../../core/errors.js';
import type { Database } from '../../../db/database.js';
import type { Kysely } from 'kysely';
import type { ClientContext } from '../../../domain/people/contexts.js';
import { visibleClient } from '../../../domain/staff/access.js';
import { staffOf } from '../session.js';

const uuid = z.uuid();

/**
 * An id from the path, checked before it reaches SQL. Anything that is not
 * an id is as unknown as a client who does not exist, and answers the same 404.
 */
export function idParam(request: FastifyRequest, name: 'id' | 'taskId' | 'mediaId' | 'inviteId' | 'accountId' | 'messageId'): string {
  const value = (request.params as Record<string, unknown>)[name];
  const parsed = uuid.safeParse(value);
  if (!parsed.success) throw new NotFoundError('NOT_FOUND', `no ${name} ${String(value)}`);
  return parsed.data;
}

/** The client of the path, when the signed-in staff member may see them; a 404 otherwise. */
export async function clientOfRequest(db: Kysely<Database>, request: FastifyRequest): Promise<ClientContext> {
  return visibleClient(db, staffOf(request), idParam(request, 'id'));
}

export const clientPath = (clientId: string, rest = '') => `/console/clients/${clientId}${rest}`;
