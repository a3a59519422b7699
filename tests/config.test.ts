import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

describe('parseConfig', () => {
  it('applies the documented defaults', () => {
    const config = parseConfig({});
    expect(config).toEqual({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: path.resolve('./data'),
      adminToken: undefined,
      publicUrl: 'http://127.0.0.1:3000',
      sessionIdleMs: 12 * 3600_000,
      agencyTimezone: 'Europe/Riga',
      reportMinGroup: 5,
      chromiumPath: undefined,
      logLevel: 'info',
      logFormat: undefined,
      metricsToken: undefined,
      mediaStore: { kind: 'file' },
      telegram: undefined,
      deliveryMaxAttempts: 10,
      checkins: { tickCron: '* * * * *', catchupMs: 3 * 3600_000, reminderAfterMs: 3 * 3600_000, missedAlertInARow: 2, digestTime: '18:00' },
      alerts: { escalateAfterMs: 30 * 60_000, coordinators: undefined },
      interpreting: { waitMs: 2 * 3600_000 },
      safety: { crisisContactsText: '112', crisisWordsFile: undefined },
      whatsapp: undefined,
      whatsappCloud: undefined,
      deliveryLeaseTtlMs: 15_000,
      digestKey: undefined,
      mediaMaxBytes: 20 * 1024 * 1024,
      retention: { inboundEventsMs: 30 * 86_400_000, endedClientsMs: 730 * 86_400_000, deliveryTextMs: 30 * 86_400_000 },
    });
  });

  it('takes the console settings: PUBLIC_URL without its trailing slash, or HOST:PORT; SESSION_IDLE_TIMEOUT as a duration', () => {
    expect(parseConfig({ PUBLIC_URL: 'https://mentorline.example.org/' }).publicUrl).toBe('https://mentorline.example.org');
    expect(parseConfig({ HOST: '0.0.0.0', PORT: '8080' }).publicUrl).toBe('http://0.0.0.0:8080');
    expect(parseConfig({ HOST: '::1' }).publicUrl).toBe('http://[::1]:3000');
    expect(() => parseConfig({ PUBLIC_URL: 'ftp://files.example.org' })).toThrow(/PUBLIC_URL: must be an http:\/\/ or https:\/\/ URL/);
    expect(() => parseConfig({ PUBLIC_URL: 'mentorline' })).toThrow(/PUBLIC_URL: must be the URL people open the console at/);
    expect(parseConfig({ SESSION_IDLE_TIMEOUT: '30m' }).sessionIdleMs).toBe(30 * 60_000);
    expect(() => parseConfig({ SESSION_IDLE_TIMEOUT: 'a while' })).toThrow(/SESSION_IDLE_TIMEOUT: must be a duration/);
  });

  it('takes the reports settings: AGENCY_TIMEZONE as a canonical IANA zone, REPORT_MIN_GROUP as a whole number', () => {
    expect(parseConfig({ AGENCY_TIMEZONE: 'europe/vilnius' }).agencyTimezone).toBe('Europe/Vilnius');
    expect(() => parseConfig({ AGENCY_TIMEZONE: '+02:00' })).toThrow(/AGENCY_TIMEZONE: must be an IANA time zone name/);
    expect(parseConfig({ REPORT_MIN_GROUP: '10' }).reportMinGroup).toBe(10);
    expect(() => parseConfig({ REPORT_MIN_GROUP: '0' })).toThrow(/REPORT_MIN_GROUP/);
  });

  it('names the alert and digest settings it cannot read', () => {
    expect(parseConfig({ COORDINATOR_CHAT_ID: '-100123', COORDINATOR_LANGUAGE: 'lv' }).alerts.coordinators).toEqual({
      chatId: '-100123',
      language: 'lv',
    });
    expect(() => parseConfig({ COORDINATOR_CHAT_ID: 'coordinators' })).toThrow(/COORDINATOR_CHAT_ID: must be a Telegram chat id/);
    expect(() => parseConfig({ MENTOR_DIGEST_TIME: '6pm' })).toThrow(/MENTOR_DIGEST_TIME: must be a local time HH:MM/);
    expect(() => parseConfig({ ALERT_ESCALATE_AFTER: 'soon' })).toThrow(/ALERT_ESCALATE_AFTER: must be a duration/);
    expect(() => parseConfig({ CHECKIN_MISSED_ALERT: '-1' })).toThrow(/CHECKIN_MISSED_ALERT:/);
  });

  it('turns WhatsApp on, with Chromium from WHATSAPP_CHROMIUM_PATH, else PUPPETEER_EXECUTABLE_PATH, else /usr/bin/chromium', () => {
    expect(parseConfig({ WHATSAPP_ENABLED: 'true', DATA_DIR: '/srv/mentorline' }).whatsapp).toEqual({
      chromiumPath: '/usr/bin/chromium',
      sessionDir: '/srv/mentorline/whatsapp',
      pairingPhone: undefined,
      maxPerMinute: 20,
    });
    expect(parseConfig({ WHATSAPP_ENABLED: '1', PUPPETEER_EXECUTABLE_PATH: '/opt/chrome' }).whatsapp?.chromiumPath).toBe('/opt/chrome');
    expect(
      parseConfig({ WHATSAPP_ENABLED: 'true', PUPPETEER_EXECUTABLE_PATH: '/opt/chrome', WHATSAPP_CHROMIUM_PATH: '/usr/bin/chromium-browser' })
        .whatsapp?.chromiumPath,
    ).toBe('/usr/bin/chromium-browser');
    expect(parseConfig({ WHATSAPP_ENABLED: 'true', WHATSAPP_PAIRING_PHONE: '+37120000000' }).whatsapp?.pairingPhone).toBe('+37120000000');
    expect(parseConfig({ WHATSAPP_ENABLED: 'false', WHATSAPP_CHROMIUM_PATH: '/x' }).whatsapp).toBeUndefined();
  });

  it('turns Telegram on with a token, and requires the webhook settings in webhook mode', () => {
    expect(parseConfig({ TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/' }).telegram).toEqual({
      token: '123:abc',
      apiRoot: 'http://127.0.0.1:8081',
      mode: 'polling',
      webhookUrl: undefined,
      webhookSecret: undefined,
      limits: { perSecond: 30, perChatPerSecond: 1, chatBurst: 3, perGroupPerMinute: 20 },
    });
    expect(parseConfig({ TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_MAX_PER_SECOND: '10' }).telegram?.limits.perSecond).toBe(10);
    expect(() => parseConfig({ TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_MODE: 'webhook' })).toThrow(/TELEGRAM_WEBHOOK_URL:/);
    // Unset, the webhook secret is generated; set, it must be long enough not to be guessed.
    expect(parseConfig({ TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_MODE: 'webhook', TELEGRAM_WEBHOOK_URL: 'https://x.example/telegram/webhook' }).telegram?.webhookSecret).toBeUndefined();
    expect(() => parseConfig({ TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_MODE: 'webhook', TELEGRAM_WEBHOOK_SECRET: 'k' })).toThrow(/TELEGRAM_WEBHOOK_SECRET: must be 32-256/);
    expect(() => parseConfig({ TELEGRAM_BOT_TOKEN: 'not a token' })).toThrow(/TELEGRAM_BOT_TOKEN:/);
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ PORT: '', DATABASE_URL: '', ADMIN_TOKEN: '' })).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      adminToken: undefined,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ ADMIN_TOKEN: 'short' }, 'ADMIN_TOKEN'],
    [{ CHECKIN_CATCHUP: 'three hours' }, 'CHECKIN_CATCHUP'],
    [{ CHECKIN_TICK_CRON: 'every minute' }, 'CHECKIN_TICK_CRON'],
    [{ WHATSAPP_ENABLED: 'yes please' }, 'WHATSAPP_ENABLED'],
    [{ WHATSAPP_PAIRING_PHONE: '12345' }, 'WHATSAPP_PAIRING_PHONE'],
    [{ TELEGRAM_MAX_PER_SECOND: '0' }, 'TELEGRAM_MAX_PER_SECOND'],
    [{ DELIVERY_LEASE_TTL: 'long' }, 'DELIVERY_LEASE_TTL'],
  ])('refuses %j, naming %s', (env, variable) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(new RegExp(`${variable}:`));
  });

  it('takes the media store: file, or an S3 bucket with its prefix, endpoint and region', () => {
    expect(parseConfig({ MEDIA_STORE: 's3://mentorline-media' }).mediaStore).toEqual({
      kind: 's3',
      bucket: 'mentorline-media',
      prefix: '',
      endpoint: undefined,
      region: 'us-east-1',
    });
    expect(
      parseConfig({ MEDIA_STORE: 's3://media.agency/riga/photos/', MEDIA_S3_ENDPOINT: 'http://127.0.0.1:9000/', MEDIA_S3_REGION: 'eu-north-1' })
        .mediaStore,
    ).toEqual({ kind: 's3', bucket: 'media.agency', prefix: 'riga/photos/', endpoint: 'http://127.0.0.1:9000', region: 'eu-north-1' });
    expect(() => parseConfig({ MEDIA_STORE: '/srv/media' })).toThrow(/MEDIA_STORE: must be file or s3:\/\/bucket\/prefix/);
    expect(() => parseConfig({ MEDIA_S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/MEDIA_S3_ENDPOINT: is only read with MEDIA_STORE=s3/);
  });

  it('takes LOG_FORMAT and METRICS_TOKEN', () => {
    expect(parseConfig({ LOG_FORMAT: 'pretty' }).logFormat).toBe('pretty');
    expect(() => parseConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
    expect(parseConfig({ METRICS_TOKEN: 'scrape-token-0123456789' }).metricsToken).toBe('scrape-token-0123456789');
    expect(() => parseConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 16 characters long/);
  });

  it('takes the WhatsApp Cloud API transport, naming every required value that is missing', () => {
    const cloud = {
      WHATSAPP_TRANSPORT: 'cloud',
      WHATSAPP_CLOUD_ACCESS_TOKEN: 'EAAG-token',
      WHATSAPP_CLOUD_PHONE_NUMBER_ID: '106540352242922',
      WHATSAPP_CLOUD_APP_SECRET: 'app-secret',
      WHATSAPP_CLOUD_VERIFY_TOKEN: 'verify-me',
      WHATSAPP_CLOUD_TEMPLATES_FILE: '/etc/mentorline/templates.json',
    };
    expect(parseConfig({ ...cloud, WHATSAPP_ENABLED: 'true' })).toMatchObject({
      whatsapp: undefined,
      whatsappCloud: {
        accessToken: 'EAAG-token',
        phoneNumberId: '106540352242922',
        appSecret: 'app-secret',
        verifyToken: 'verify-me',
        apiRoot: 'https://graph.facebook.com/v23.0',
        maxPerSecond: 20,
        templatesFile: '/etc/mentorline/templates.json',
      },
    });
    expect(parseConfig({ ...cloud, WHATSAPP_CLOUD_API_ROOT: 'http://127.0.0.1:9999/v23.0/' }).whatsappCloud?.apiRoot).toBe('http://127.0.0.1:9999/v23.0');
    expect(() => parseConfig({ WHATSAPP_TRANSPORT: 'cloud', WHATSAPP_CLOUD_ACCESS_TOKEN: 'EAAG-token' })).toThrow(
      /WHATSAPP_CLOUD_PHONE_NUMBER_ID: is required when WHATSAPP_TRANSPORT=cloud[\s\S]*WHATSAPP_CLOUD_APP_SECRET[\s\S]*WHATSAPP_CLOUD_VERIFY_TOKEN[\s\S]*WHATSAPP_CLOUD_TEMPLATES_FILE/,
    );
    expect(() => parseConfig({ WHATSAPP_TRANSPORT: 'business' })).toThrow(/WHATSAPP_TRANSPORT/);
    expect(parseConfig({ WHATSAPP_CLOUD_ACCESS_TOKEN: 'EAAG-token' }).whatsappCloud).toBeUndefined();
  });
});
