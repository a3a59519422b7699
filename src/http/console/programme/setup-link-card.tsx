import QRCode from 'qrcode';
import { linkLifetimeMs } from '../../../domain/staff/staff-links.js';
import { usePage } from '../ui/page-context.js';

/** A one-time link to choose a password, as the console shows it once: the address and its QR code. */
export interface ShownSetupLink {
  url: string;
  /** The link as a QR code (a data: URL), to scan from the new staff member's phone across the desk. */
  qr: string;
  expiresAt: Date;
}

/** A link just issued, as what is kept to show it: it works for the setup links' lifetime from now. */
export const keptSetupLink = (url: string, issuedAt: Date) => ({ url, expiresAt: new Date(issuedAt.getTime() + linkLifetimeMs.setup).toISOString() });

export async function showSetupLink(link: { url: string; expiresAt: string }): Promise<ShownSetupLink> {
  return {
    url: link.url,
    qr: await QRCode.toDataURL(link.url, { margin: 1, width: 240, errorCorrectionLevel: 'M' }),
    expiresAt: new Date(link.expiresAt),
  };
}

/**
 * The link, shown once: only a digest of it is kept, so this page is the
 * one place it can be read, copied or scanned.
 */
export function SetupLinkCard(props: { link: ShownSetupLink; name: string }) {
  const { t, f } = usePage();
  return (
    <section class="panel setup-link" aria-labelledby="setup-link-heading">
      <h2 id="setup-link-heading">{t('staff-page-link-for', { name: props.name })}</h2>
      <p>{t('staff-page-link-how', { name: props.name })}</p>
      <p class="hint">{t('staff-page-link-once', { expires: f.dateTime(props.link.expiresAt) })}</p>
      <img class="qr" src={props.link.qr} alt={t('staff-page-link-qr-alt', { name: props.name })} />
      {/* Text, not a link: opened here, it would be this browser's page to choose their password. */}
      <p>
        <code class="link-text">{props.link.url}</code>
      </p>
    </section>
  );
}
