import { rmSync } from 'node:fs';
import path from 'node:path';
import wa from 'whatsapp-web.js';
import type { WhatsAppConfig } from '../../config.js';
import type { WhatsAppClientLike, WhatsAppLibrary } from './whatsapp-client.js';

/**
 * Chromium as root in a container has no user namespace to sandbox into;
 * /dev/shm there is too small for it.
 */
const chromiumArgs = ['--no-sandbox', '--disable-setuid-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--no-zygote'];

/** Options for whatsapp-web.js's Client; exported so a test can build the real Client without connecting. */
export function clientOptions(config: WhatsAppConfig): wa.ClientOptions {
  return {
    authStrategy: new wa.LocalAuth({ dataPath: config.sessionDir }),
    puppeteer: { executablePath: config.chromiumPath, headless: true, args: chromiumArgs },
    ...(config.pairingPhone ? { pairWithPhoneNumber: { phoneNumber: config.pairingPhone.replace(/^\+/, ''), showNotification: true } } : {}),
  };
}

/**
 * Chromium's profile locks name the host and process that held them. After a
 * crash, or when a stand-by replica takes over a shared DATA_DIR, they would
 * keep Chromium from opening the session; the lease already guarantees that
 * no other process uses it, so they are stale by the time a client is built.
 */
export function removeStaleProfileLocks(sessionDir: string): void {
  for (const lock of ['SingletonLock', 'SingletonSocket', 'SingletonCookie']) {
    rmSync(path.join(sessionDir, 'session', lock), { force: true });
  }
}

/** whatsapp-web.js itself, behind the adapter's narrow interface. */
export function realWhatsAppLibrary(config: WhatsAppConfig): WhatsAppLibrary {
  return {
    // Returned without a cast: the compiler checks that the real Client satisfies WhatsAppClientLike.
    createClient: (): WhatsAppClientLike => {
      removeStaleProfileLocks(config.sessionDir);
      return new wa.Client(clientOptions(config));
    },
    media: (media) => new wa.MessageMedia(media.mimetype, media.data, media.filename ?? null),
    location: (latitude, longitude, description) => new wa.Location(latitude, longitude, description ? { name: description } : {}),
  };
}
