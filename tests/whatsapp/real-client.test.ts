import { mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import wa from 'whatsapp-web.js';
import { describe, expect, it } from 'vitest';
import { clientOptions, realWhatsAppLibrary } from '../../src/channels/whatsapp/real-whatsapp-library.js';
import { parseConfig } from '../../src/config.js';

describe('the real whatsapp-web.js client', () => {
  it('is built with the configured Chromium, headless with root flags, and a LocalAuth session under DATA_DIR, without connecting', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-wa-'));
    try {
      const config = parseConfig({ DATA_DIR: dataDir, WHATSAPP_ENABLED: 'true', WHATSAPP_CHROMIUM_PATH: '/opt/chromium/chrome' }).whatsapp;
      if (!config) throw new Error('WhatsApp should be enabled');
      const client = realWhatsAppLibrary(config).createClient();
      expect(client).toBeInstanceOf(wa.Client);

      const options = clientOptions(config);
      expect(options.puppeteer).toMatchObject({ executablePath: '/opt/chromium/chrome', headless: true });
      expect(options.puppeteer?.args).toEqual(expect.arrayContaining(['--no-sandbox', '--disable-setuid-sandbox']));
      expect(options.authStrategy).toBeInstanceOf(wa.LocalAuth);
      expect((options.authStrategy as unknown as { dataPath: string }).dataPath).toBe(path.join(dataDir, 'whatsapp'));
      // Nothing was started, so nothing was written.
      expect(await readdir(dataDir)).toEqual([]);
      await client.destroy().catch(() => undefined);

      // A crashed holder's profile lock would keep Chromium out; the lease makes it safe to clear.
      const profile = path.join(dataDir, 'whatsapp', 'session');
      await mkdir(profile, { recursive: true });
      await symlink('other-host-4242', path.join(profile, 'SingletonLock'));
      realWhatsAppLibrary(config).createClient();
      expect(await readdir(profile)).toEqual([]);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('asks for a pairing code instead of a QR code when a pairing phone is configured', () => {
    const config = parseConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_PAIRING_PHONE: '+37120000000' }).whatsapp;
    if (!config) throw new Error('WhatsApp should be enabled');
    expect(clientOptions(config).pairWithPhoneNumber).toEqual({ phoneNumber: '37120000000', showNotification: true });
  });

  it('wraps media and locations in the classes its sendMessage recognises', () => {
    const library = realWhatsAppLibrary(parseConfig({ WHATSAPP_ENABLED: 'true' }).whatsapp!);
    expect(library.media({ mimetype: 'image/jpeg', data: 'AAAA' })).toBeInstanceOf(wa.MessageMedia);
    expect(library.location(56.95, 24.1, 'Office')).toBeInstanceOf(wa.Location);
  });
});
