import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { localDateField } from '../../core/fields.js';
import { actorKinds, isActorFilter } from '../../domain/audit/audit-actor.js';
import { listAuditTrail } from '../../domain/audit/audit-trail.js';
import type { HttpDeps } from '../http-deps.js';
import { errorResponse, pageOf, pageQuery } from '../schemas.js';

/** An action (`read.thread`) or a family of them (`read.*`). */
const actionPattern = /^[a-z][a-z-]*(\.[a-z][a-z-]*)*(\.\*)?$/;

const auditFilterShape = {
  clientId: z.uuid({ message: 'must be a client id (UUID)' }).optional().describe('Entries about this client.'),
  actor: z
    .string()
    .trim()
    .toLowerCase()
    .refine(isActorFilter, { message: 'must be staff:<id>, mentor:<id>, client:<id>, admin or system, or staff, mentor or client for all of them' })
    .optional()
    .describe('Who acted: `staff:<id>`, `mentor:<id>` and `client:<id>` (in a bot), `admin`, `system`; or `staff`, `mentor`, `client` for any of them.'),
  action: z
    .string()
    .max(100)
    .regex(actionPattern, 'must be an action such as read.thread, or a family such as read.*')
    .optional()
    .describe('What was done, such as `read.thread` or `client.updated`; `read.*` for every action of a family.'),
  from: localDateField.optional().describe('The first day included, YYYY-MM-DD in AGENCY_TIMEZONE.'),
  to: localDateField.optional().describe('The last day included, YYYY-MM-DD in AGENCY_TIMEZONE.'),
};

function periodInOrder({ from, to }: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx): void {
  // Zod runs this even when a date failed; that date is named already.
  if (from === undefined || to === undefined || !localDateField.safeParse(from).success || !localDateField.safeParse(to).success) return;
  if (from > to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
}

/** The trail's filters; the console's filter form is checked by the same rules. */
export const auditFilterQuery = z.object(auditFilterShape).superRefine(periodInOrder);

const auditQuery = pageQuery.extend(auditFilterShape).superRefine(periodInOrder);

const auditEntryResponse = z
  .object({
    id: z.uuid(),
    at: z.date(),
    actor: z.object({ kind: z.enum([...actorKinds, 'unknown']), id: z.uuid().nullable(), name: z.string().nullable() }),
    action: z.string(),
    subject: z.object({
      type: z.string(),
      id: z.uuid().nullable(),
      name: z.string().nullable().describe('The staff member, mentor or client the entry is about, while they exist.'),
      clientId: z.uuid().nullable(),
      clientName: z.string().nullable(),
    }),
    details: z.record(z.string(), z.unknown()),
    changes: z.array(
      z.object({
        field: z.string(),
        from: z.unknown(),
        to: z.unknown(),
        fromName: z.string().nullable().optional().describe('For a field that names a mentor: their name.'),
        toName: z.string().nullable().optional(),
      }),
    ),
  })
  .meta({ id: 'AuditEntry' });

export const auditRoutes: FastifyPluginAsyncZod<HttpDeps> = async (app, { db, agencyTimezone }) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        operationId: 'listAuditEntries',
        summary: 'Read the audit trail',
        description:
          'The audit trail, newest first: who read or changed what and when, with the old and new values of changed fields ' +
          '(never message or note texts). Filters combine; dates are calendar days in AGENCY_TIMEZONE, both included.',
        querystring: auditQuery,
        response: { 200: pageOf(auditEntryResponse), 400: errorResponse },
      },
    },
    async (request) => {
      const { clientId, ...filter } = request.query;
      return listAuditTrail(db, { ...filter, ...(clientId ? { clientIds: [clientId] } : {}) }, { timeZone: agencyTimezone });
    },
  );
};
