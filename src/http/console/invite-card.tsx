import QRCode from 'qrcode';
import { createInvite, whatsappInviteText, type InviteTarget } from '../../domain/people/invites.js';
import type { HttpDeps } from '../http-deps.js';
import { usePage } from './ui/page-context.js';

/** A fresh invite as the console shows it: the code, the Telegram link with its QR code, and what to send on WhatsApp. */
export interface ShownInvite {
  code: string;
  expiresAt: Date;
  telegramLink: string | null;
  /** The Telegram link as a QR code (a data: URL), to scan from a phone across the desk. */
  telegramQr: string | null;
  /** Clients only: mentors and interpreters work in Telegram. */
  whatsappText: string | null;
}

/** Whom an invite binds. */
export type InviteeKind = 'client' | 'mentor' | 'interpreter';

/** An invite's code as the card shows it: the Telegram link with its QR code and, for a client, what to send on WhatsApp. */
export async function inviteToShow(deps: Pick<HttpDeps, 'telegramInviteLink'>, invite: { code: string; expiresAt: Date }, target: InviteeKind): Promise<ShownInvite> {
  const telegramLink = deps.telegramInviteLink(invite.code);
  return {
    code: invite.code,
    expiresAt: invite.expiresAt,
    telegramLink,
    telegramQr: telegramLink ? await QRCode.toDataURL(telegramLink, { margin: 1, width: 240, errorCorrectionLevel: 'M' }) : null,
    // Mentors and interpreters work in Telegram; only clients join on WhatsApp.
    whatsappText: target === 'client' ? whatsappInviteText(invite.code) : null,
  };
}

/** Issues an invite through the domain, as the API does, and draws its QR code. */
export async function issueInvite(deps: Pick<HttpDeps, 'db' | 'clock' | 'telegramInviteLink'>, target: InviteTarget, actor: string): Promise<ShownInvite> {
  const invite = await createInvite(deps.db, target, { now: deps.clock(), ttlHours: undefined, actor });
  return inviteToShow(deps, invite, 'clientId' in target ? 'client' : 'mentorId' in target ? 'mentor' : 'interpreter');
}

/**
 * The invite, shown once: only a digest of the code is kept, so this is the
 * one moment it can be read, printed or scanned.
 */
export function InviteCard(props: { invite: ShownInvite; name: string }) {
  const { t, f } = usePage();
  const { invite } = props;
  return (
    <section class="panel invite" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('invite-for', { name: props.name })}</h2>
      <p class="hint">{t('invite-once', { expires: f.dateTime(invite.expiresAt) })}</p>
      <p>
        {t('invite-code')}: <strong class="code">{invite.code}</strong>
      </p>
      {invite.telegramLink ? (
        <div class="invite-telegram">
          <h3>{t('channel-telegram')}</h3>
          {invite.telegramQr ? <img class="qr" src={invite.telegramQr} alt={t('invite-qr-alt', { name: props.name })} /> : null}
          <p>
            <a href={invite.telegramLink}>{invite.telegramLink}</a>
          </p>
        </div>
      ) : (
        <p class="hint">{t('invite-no-telegram')}</p>
      )}
      {invite.whatsappText ? (
        <div class="invite-whatsapp">
          <h3>{t('channel-whatsapp')}</h3>
          <p>{t('invite-whatsapp-how')}</p>
          <p>
            <strong class="code">{invite.whatsappText}</strong>
          </p>
        </div>
      ) : null}
    </section>
  );
}
