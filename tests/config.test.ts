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
      logLevel: 'info',
      telegram: undefined,
      deliveryMaxAttempts: 10,
      checkins: { tickCron: '* * * * *', catchupMs: 3 * 3600_000, reminderAfterMs: 3 * 3600_000 },
    });
  });

  it('turns Telegram on with a token, and requires the webhook settings in webhook mode', () => {
    expect(parseConfig({ TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/' }).telegram).toEqual({
      token: '123:abc',
      apiRoot: 'http://127.0.0.1:8081',
      mode: 'polling',
      webhookUrl: undefined,
      webhookSecret: undefined,
    });
    expect(() => parseConfig({ TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_MODE: 'webhook' })).toThrow(/TELEGRAM_WEBHOOK_URL:/);
    expect(() => parseConfig({ TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_MODE: 'webhook' })).toThrow(/TELEGRAM_WEBHOOK_SECRET:/);
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
  ])('refuses %j, naming %s', (env, variable) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(new RegExp(`${variable}:`));
  });
});
