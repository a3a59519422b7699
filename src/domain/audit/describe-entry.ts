import { channels, staffRoles } from '../../db/database.js';
import { actionKey, isAuditAction, type AuditAction } from './audit-actions.js';
import type { AuditTrailEntry } from './audit-trail.js';
import type { AuditDescription, AuditWords } from './audit-words.js';
import { describeValue, fieldList, fieldName } from './describe-value.js';

type Args = Record<string, string | number>;

/** Who did it, as the sentence names them; a person no longer on record by what they were. */
function actorWords(entry: AuditTrailEntry, words: AuditWords): string {
  const { kind, name } = entry.actor;
  if (kind === 'admin' || kind === 'system' || kind === 'unknown') return words.t(`audit-actor-${kind}`);
  return name ?? words.t(`audit-gone-${kind}-actor`);
}

/** Whom it is about: the client, or the mentor or staff member it changed; nobody for a download. */
function subjectWords(entry: AuditTrailEntry, words: AuditWords): string {
  const { type, name, clientId, clientName } = entry.subject;
  if (clientId !== null) return clientName ?? words.t('audit-gone-client');
  if (type === 'staff' || type === 'mentor') return name ?? words.t(`audit-gone-${type}`);
  return '';
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const count = (value: unknown): number => (Array.isArray(value) ? value.length : typeof value === 'number' ? value : 1);
const alertKinds = ['low_mood', 'missed_checkins', 'crisis_words'];

/** A value from a fixed set in the reader's words, or as written when the set has no such value. */
const oneOf = (words: AuditWords, prefix: string, known: readonly string[], value: unknown) =>
  known.includes(text(value)) ? words.t(`${prefix}${text(value)}`) : text(value);

/** The days an export or a report covered, either end open. */
function period(details: Record<string, unknown>, words: AuditWords): string {
  const [from, to] = [text(details.from), text(details.to)];
  if (from && to) return words.t('audit-period-between', { from: words.date(from), to: words.date(to) });
  if (from) return words.t('audit-period-from', { from: words.date(from) });
  if (to) return words.t('audit-period-to', { to: words.date(to) });
  return words.t('audit-period-all');
}

/** The arguments an action's sentence takes besides who and whom. */
const argsOf: Partial<Record<AuditAction, (details: Record<string, unknown>, words: AuditWords) => Args>> = {
  'export.checkins': (details, words) => ({ period: period(details, words) }),
  'export.tasks': (details, words) => ({ period: period(details, words) }),
  'report.exported': (details, words) => ({ period: period(details, words), table: text(details.table) }),
  'clients.imported': (details) => ({ count: count(details.created) }),
  'consent.given': (details) => ({ method: text(details.method) }),
  'consent.withdrawn': (details) => ({ method: text(details.method) }),
  'alert.acknowledged': (details, words) => ({ kind: oneOf(words, 'alert-kind-', alertKinds, details.kind) }),
  'alert.resolved': (details, words) => ({ kind: oneOf(words, 'alert-kind-', alertKinds, details.kind) }),
  'invite.revoked': (details) => ({ count: count(details.inviteIds), reason: text(details.reason) }),
  'read.message': (details, words) => ({ channel: oneOf(words, 'channel-', channels, details.channel) }),
  'account.bound': (details, words) => ({ channel: oneOf(words, 'channel-', channels, details.channel) }),
  'account.revoked': (details, words) => ({ channel: oneOf(words, 'channel-', channels, details.channel) }),
  'deliveries.cancelled': (details) => ({ count: count(details.deliveryIds) }),
  'staff.created': (details, words) => ({ role: oneOf(words, 'staff-role-', staffRoles, details.role) }),
};

/** The actions that change a record field by field, told by their changes. */
const changeActions = new Set<string>(['client.updated', 'mentor.updated', 'staff.updated', 'task.update']);

/** A change told field by field: one sentence when one value changed, otherwise a sentence and a line each. */
function describeChanges(entry: AuditTrailEntry, base: Args, words: AuditWords): AuditDescription {
  const { t } = words;
  const recorded = Array.isArray(entry.details.fields) ? entry.details.fields.filter((field): field is string => typeof field === 'string') : [];
  // Fields named without values: free text, whose words are never kept, and entries older than the values.
  const unvalued = recorded.filter((field) => !entry.changes.some((change) => change.field === field));
  const password = entry.details.passwordChanged === true;
  const values = (change: AuditTrailEntry['changes'][number]) => ({
    field: fieldName(change.field, entry.subject.type, words),
    from: describeValue(change, 'from', entry.subject.type, words),
    to: describeValue(change, 'to', entry.subject.type, words),
  });
  const [only] = entry.changes;
  const task = entry.action === 'task.update';
  if (!task && only && entry.changes.length === 1 && unvalued.length === 0 && !password) {
    return { sentence: t('audit-changed-one', { ...base, ...values(only) }), lines: [] };
  }
  if (!task && entry.changes.length === 0 && unvalued.length > 0 && !password) {
    return { sentence: t('audit-changed-fields', { ...base, fields: fieldList(unvalued, entry.subject.type, words) }), lines: [] };
  }
  const lines = entry.changes.map((change) => t('audit-change-line', values(change)));
  if (unvalued.length > 0) lines.push(t('audit-change-fields-line', { fields: fieldList(unvalued, entry.subject.type, words) }));
  if (password) lines.push(t('audit-password-changed'));
  const header = task ? 'audit-did-task-update' : lines.length === 0 ? 'audit-changed-nothing' : 'audit-changed-many';
  return { sentence: t(header, base), lines };
}

/**
 * An entry as a sentence in the reader's language ("Ilze Bērziņa read Olena Petrenko's thread"),
 * with a line for each change when several fields changed. An action this service does not
 * write is told by its name.
 */
export function describeEntry(entry: AuditTrailEntry, words: AuditWords): AuditDescription {
  const base: Args = { actor: actorWords(entry, words), subject: subjectWords(entry, words) };
  const { action } = entry;
  if (!isAuditAction(action)) return { sentence: words.t('audit-did-other', { ...base, action }), lines: [] };
  if (changeActions.has(action)) return describeChanges(entry, base, words);
  const consentOnEnrolment = action === 'client.created' && entry.details.consentGiven === true;
  const id = consentOnEnrolment ? 'audit-did-client-created-consent' : `audit-did-${actionKey(action)}`;
  return { sentence: words.t(id, { ...base, ...argsOf[action]?.(entry.details, words) }), lines: [] };
}
