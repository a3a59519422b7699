import { actionKey, isAuditAction } from '../../../../domain/audit/audit-actions.js';
import type { AuditChoices } from '../../../../domain/audit/audit-choices.js';
import type { ConsoleText } from '../../console-text.js';

/** A filter's action in words: its name in the catalog, a family, or as written. */
export function actionLabel(action: string, t: ConsoleText): string {
  if (action === 'read.*') return t('audit-filter-reads');
  return isAuditAction(action) ? t(`audit-action-${actionKey(action)}`) : action;
}

/** A filter's actor in words: a kind, the admin token, the service, or a person by name. */
export function actorLabel(actor: string, choices: AuditChoices, t: ConsoleText): string {
  if (actor === 'staff' || actor === 'mentor' || actor === 'client') return t(`audit-filter-kind-${actor}`);
  if (actor === 'admin' || actor === 'system') return t(`audit-actor-${actor}`);
  const [kind, id] = actor.split(':');
  const people = kind === 'staff' ? choices.staff : kind === 'mentor' ? choices.mentors : [];
  return people.find((person) => person.id === id)?.name ?? t('audit-filter-chosen');
}
