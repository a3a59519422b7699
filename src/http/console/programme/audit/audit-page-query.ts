import type { Kysely } from 'kysely';
import { localDateField } from '../../../../core/fields.js';
import { clientName, clientsNamed } from '../../../../domain/audit/audit-choices.js';
import type { AuditFilter } from '../../../../domain/audit/audit-trail.js';
import type { Database } from '../../../../db/database.js';
import { auditFilterQuery } from '../../../routes/audit.js';
import type { ConsoleText } from '../../console-text.js';

/** The page's filters as the address carries them; `client` is part of a name, `clientId` one client. */
export const auditParams = ['client', 'clientId', 'actor', 'action', 'from', 'to'] as const;
export type AuditParam = (typeof auditParams)[number];
export type AuditParams = Partial<Record<AuditParam | 'cursor', string>>;

/** Whom the client filter stands for: one client by id, or those whose name contains the text typed. */
export type ClientChoice = { kind: 'one'; id: string; name: string | null } | { kind: 'named'; text: string; clients: Array<{ id: string; name: string }> };

export interface AuditPageQuery {
  params: AuditParams;
  /** Messages by field, when a filter could not be read; the trail is not shown then. */
  errors: Record<string, string>;
  filter: AuditFilter;
  client: ClientChoice | undefined;
}

/** A value of the address: one given, trimmed; anything else (absent, empty, repeated) is none. */
function single(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The message a refused filter shows next to its field, in the reader's words: a real date was refused for its order. */
function problemOf(field: string, value: string | undefined, t: ConsoleText): string {
  if (field === 'from' || field === 'to') return t(localDateField.safeParse(value).success ? 'audit-to-before-from' : 'audit-not-a-date');
  if (field === 'actor') return t('audit-bad-actor');
  if (field === 'action') return t('audit-bad-action');
  return t('audit-bad-client');
}

/**
 * Reads the page's address by the API's own rules. A name typed into the client field stands
 * for every client whose name contains it (a few at most), and wins over a client chosen by id,
 * so the field can change what a link from a client's page chose.
 */
export async function readAuditPageQuery(db: Kysely<Database>, query: Record<string, unknown>, t: ConsoleText): Promise<AuditPageQuery> {
  const params: AuditParams = {};
  for (const name of [...auditParams, 'cursor'] as const) {
    const value = single(query[name]);
    if (value !== undefined) params[name] = value;
  }
  const parsed = auditFilterQuery.safeParse({ clientId: params.client ? undefined : params.clientId, actor: params.actor, action: params.action, from: params.from, to: params.to });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'clientId');
      errors[field] ??= problemOf(field, params[field as AuditParam], t);
    }
    return { params, errors, filter: {}, client: undefined };
  }
  const { clientId, ...rest } = parsed.data;
  const filter: AuditFilter = { ...rest, cursor: params.cursor };
  if (params.client) {
    const clients = await clientsNamed(db, params.client);
    return { params, errors: {}, filter: { ...filter, clientIds: clients.map((c) => c.id) }, client: { kind: 'named', text: params.client, clients } };
  }
  if (clientId) {
    return { params, errors: {}, filter: { ...filter, clientIds: [clientId] }, client: { kind: 'one', id: clientId, name: await clientName(db, clientId) } };
  }
  return { params, errors: {}, filter, client: undefined };
}
