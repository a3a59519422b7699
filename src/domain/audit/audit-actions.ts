/**
 * Every action this service writes to the audit trail, in the order the trail's filter offers
 * them. Each has a sentence (`audit-did-<action>`, dots as dashes) and a name for the filter
 * (`audit-action-<action>`) in the console's catalogs; an action written elsewhere and not
 * listed here is told by its name.
 */
export const auditActions = [
  'read.thread',
  'read.message',
  'read.media',
  'read.checkins',
  'read.tasks',
  'export.clients',
  'export.checkins',
  'export.tasks',
  'report.exported',
  'client.created',
  'client.updated',
  'clients.imported',
  'client.exported',
  'client.erasure-requested',
  'client.erased',
  'consent.given',
  'consent.withdrawn',
  'consent.declined',
  'note.written',
  'task.create',
  'task.update',
  'task.approve',
  'task.redo',
  'task.cancel',
  'alert.acknowledged',
  'alert.resolved',
  'invite.created',
  'invite.revoked',
  'account.bound',
  'account.replaced',
  'account.revoked',
  'mentor.created',
  'mentor.updated',
  'deliveries.cancelled',
  'delivery.retried',
  'staff.created',
  'staff.updated',
  'staff.password-set',
  'staff.setup-link-issued',
  'staff.signed-in',
  'staff.signed-out',
] as const;

export type AuditAction = (typeof auditActions)[number];

export const isAuditAction = (action: string): action is AuditAction => (auditActions as readonly string[]).includes(action);

/** The part of a catalog id an action stands for: `read.thread` is `read-thread`. */
export const actionKey = (action: AuditAction): string => action.replace(/\./g, '-');
