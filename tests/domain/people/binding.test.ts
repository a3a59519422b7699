import { describe, expect, it } from 'vitest';
import { findAccount } from '../../../src/domain/people/accounts.js';
import { bindWithInvite } from '../../../src/domain/people/binding.js';
import { createClient } from '../../../src/domain/people/clients.js';
import { createInvite } from '../../../src/domain/people/invites.js';
import { createMentor } from '../../../src/domain/people/mentors.js';
import { bindByPhone } from '../../../src/domain/people/phone-binding.js';
import { strangerAnswerWindowMs, strangerOwedAnswer } from '../../../src/domain/people/strangers.js';
import { createKeyedDigest } from '../../../src/core/keyed-digest.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-05-04T10:00:00Z');
const telegram = (n: number) => ({ channel: 'telegram' as const, externalId: String(n), chatId: String(n) });

async function client(name: string, phone: string | null = null) {
  return createClient(database.db, { name, mentorId: null, language: 'en', timezone: 'Europe/Riga', checkinTime: '09:00', phone }, 'test', now);
}

describe('binding with an invite', () => {
  it('binds the first to redeem a code, once, and no one after', async () => {
    const { db } = database;
    const anna = await client('Anna');
    const { code } = await createInvite(db, { clientId: anna.id }, { now, actor: 'test' });
    const bound = await bindWithInvite(db, telegram(1), code.toLowerCase().replace(/(.{5})/, '$1-'), now);
    expect(bound).toMatchObject({ ok: true, role: 'client', account: { client_id: anna.id, chat_id: '1' } });
    expect(await bindWithInvite(db, telegram(2), code, now)).toEqual({ ok: false, reason: 'invalid_code' });
    expect(await findAccount(db, telegram(2))).toBeUndefined();
  });

  it('refuses an expired code, and a mentor’s code anywhere but Telegram', async () => {
    const { db } = database;
    const expired = await createInvite(db, { clientId: (await client('Oleh')).id }, { now, ttlHours: 1, actor: 'test' });
    expect(await bindWithInvite(db, telegram(3), expired.code, new Date(now.getTime() + 3_600_001))).toEqual({ ok: false, reason: 'invalid_code' });
    const mentor = await createMentor(db, { name: 'Ilze' }, 'test');
    const forMentor = await createInvite(db, { mentorId: mentor.id }, { now, actor: 'test' });
    const whatsapp = { channel: 'whatsapp' as const, externalId: '+37120000001', chatId: '37120000001@c.us' };
    expect(await bindWithInvite(db, whatsapp, forMentor.code, now)).toEqual({ ok: false, reason: 'invalid_code' });
    expect(await bindWithInvite(db, telegram(4), forMentor.code, now)).toMatchObject({ ok: true, role: 'mentor' });
  });

  it('does not let an account bound to one person take another person’s code', async () => {
    const { db } = database;
    const first = await client('Kateryna');
    const second = await client('Marta');
    await bindWithInvite(db, telegram(5), (await createInvite(db, { clientId: first.id }, { now, actor: 'test' })).code, now);
    const other = await createInvite(db, { clientId: second.id }, { now, actor: 'test' });
    expect(await bindWithInvite(db, telegram(5), other.code, now)).toEqual({ ok: false, reason: 'account_taken' });
    expect((await findAccount(db, telegram(5)))?.client_id).toBe(first.id);
  });
});

describe('binding by phone', () => {
  it('recognises the number staff recorded, once per channel', async () => {
    const { db } = database;
    const olena = await client('Olena', '+37120000002');
    const sender = { channel: 'whatsapp' as const, externalId: '+37120000002', chatId: '37120000002@c.us', phone: '+37120000002' };
    expect((await bindByPhone(db, sender, now))?.client_id).toBe(olena.id);
    expect(await bindByPhone(db, { ...sender, externalId: 'another-lid@lid', chatId: 'another-lid@lid' }, now)).toBeUndefined();
    expect(await bindByPhone(db, { ...sender, phone: '+37120000003', externalId: '+37120000003' }, now)).toBeUndefined();
  });

  it('answers a stranger once a window, however often they write, and keeps no id of theirs', async () => {
    const stranger = { channel: 'whatsapp' as const, externalId: '+37120000777', chatId: '37120000777@c.us' };
    const digest = createKeyedDigest('binding-test-key-0123456789abcdef');
    const at = (ms: number) => ({ now: new Date(now.getTime() + ms), digest });
    expect(await strangerOwedAnswer(database.db, stranger, at(0))).toBe(true);
    expect(await strangerOwedAnswer(database.db, stranger, at(1000))).toBe(false);
    expect(await strangerOwedAnswer(database.db, stranger, at(strangerAnswerWindowMs - 1))).toBe(false);
    expect(await strangerOwedAnswer(database.db, stranger, at(strangerAnswerWindowMs + 1))).toBe(true);
    const kept = await database.db.selectFrom('notice_windows').select('subject').execute();
    expect(kept.map((row) => row.subject)).toEqual([digest('+37120000777')]);
    expect(kept[0]?.subject).not.toContain('37120000777');
  });
});
