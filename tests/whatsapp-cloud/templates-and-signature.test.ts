import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { templatesFrom } from '../../src/channels/whatsapp-cloud/templates-file.js';
import { hasValidSignature } from '../../src/channels/whatsapp-cloud/webhook-signature.js';
import { ConfigError } from '../../src/config.js';
import { templates } from './cloud-harness.js';

describe('templatesFrom', () => {
  const chosen = templatesFrom(templates, 'templates.json');

  it('gives a purpose’s template in the client’s language, else in en', () => {
    expect(chosen.forPurpose('checkin_prompt', 'lv')).toEqual({ name: 'daily_checkin', languageCode: 'lv' });
    expect(chosen.forPurpose('checkin_prompt', 'de')).toEqual({ name: 'daily_checkin', languageCode: 'en' });
    expect(chosen.forPurpose('mentor_message_waiting', 'ru')).toEqual({ name: 'mentor_message_waiting', languageCode: 'en' });
  });

  it('gives nothing for a purpose the file does not name', () => {
    const { task_assigned: _left, ...fewer } = templates;
    expect(templatesFrom(fewer, 'templates.json').forPurpose('task_assigned', 'en')).toBeUndefined();
  });

  it('refuses a purpose it does not know, naming it and the file', () => {
    const unknown = { ...templates, birthday_wishes: { name: 'birthday', languages: { en: 'en' } } };
    expect(() => templatesFrom(unknown, 'templates.json')).toThrow(ConfigError);
    expect(() => templatesFrom(unknown, 'templates.json')).toThrow(/WHATSAPP_CLOUD_TEMPLATES_FILE templates\.json:[\s\S]*birthday_wishes/);
  });

  it('refuses a template without its en language', () => {
    const noEnglish = { ...templates, weekly_summary: { name: 'weekly_summary', languages: { lv: 'lv' } } };
    expect(() => templatesFrom(noEnglish, 'templates.json')).toThrow(/weekly_summary\.languages: must name the template’s language for en/);
  });
});

describe('hasValidSignature', () => {
  const secret = 'app-secret';
  const sign = (bytes: Buffer) => `sha256=${createHmac('sha256', secret).update(bytes).digest('hex')}`;
  // As Meta sends it: its own spacing, emoji and accents as UTF-8, a slash escaped.
  const raw = Buffer.from('{"entry":[{"text":{"body":"Šodien jūtos labi 😊 — ça va"}}], "url":"https:\\/\\/example.org"}', 'utf8');

  it('accepts the HMAC of exactly the bytes that came', () => {
    expect(hasValidSignature(raw, sign(raw), secret)).toBe(true);
    expect(hasValidSignature(raw, sign(raw).toUpperCase().replace('SHA256=', 'sha256='), secret)).toBe(true);
  });

  it('refuses the same body parsed and written again', () => {
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(raw.toString('utf8'))), 'utf8');
    expect(reserialised.equals(raw)).toBe(false);
    expect(hasValidSignature(reserialised, sign(raw), secret)).toBe(false);
  });

  it('refuses another secret, a missing or malformed header', () => {
    expect(hasValidSignature(raw, sign(raw), 'another-secret')).toBe(false);
    expect(hasValidSignature(raw, undefined, secret)).toBe(false);
    expect(hasValidSignature(raw, sign(raw).slice('sha256='.length), secret)).toBe(false);
    expect(hasValidSignature(raw, `${sign(raw)}00`, secret)).toBe(false);
  });
});
