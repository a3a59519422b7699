import { createInvite, type InviteTarget } from '../../../domain/people/invites.js';
import type { HttpDeps } from '../../http-deps.js';
import { inviteToShow, type InviteeKind, type ShownInvite } from '../invite-card.js';
import type { Shown } from './shown-once.js';

/** Makes an invite through the domain, as the API does, as what is kept to show it. */
export async function makeInvite(deps: Pick<HttpDeps, 'db' | 'clock'>, target: InviteTarget, actor: string): Promise<NonNullable<Shown['invite']>> {
  const invite = await createInvite(deps.db, target, { now: deps.clock(), ttlHours: undefined, actor });
  return { code: invite.code, expiresAt: invite.expiresAt.toISOString() };
}

/** A kept invite as the invite card shows it. */
export function showInvite(deps: Pick<HttpDeps, 'telegramInviteLink'>, invite: NonNullable<Shown['invite']>, target: InviteeKind): Promise<ShownInvite> {
  return inviteToShow(deps, { code: invite.code, expiresAt: new Date(invite.expiresAt) }, target);
}
