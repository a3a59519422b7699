import { describe, expect, it } from 'vitest';
import { escalateAlerts } from '../../../src/domain/safety/escalation.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { useMentorWithClients } from '../../support/mentor-with-clients.js';
import { useTestDatabase } from '../../support/test-database.js';

const translator = createTranslator();
const database = useTestDatabase();
const { db } = database;
const coordinators = { chatId: '-100777', language: 'en' };
const { fixture, addClient, sentTo } = useMentorWithClients(db);

describe('escalation', () => {
  it('passes an alert left unacknowledged to the coordinators once, and leaves acknowledged ones alone', async () => {
    const anna = await addClient('Anna');
    const created = new Date('2026-03-03T10:00:00Z');
    const [open, acknowledged] = await db
      .insertInto('alerts')
      .values([
        { client_id: anna, mentor_id: fixture.mentorId, kind: 'low_mood', created_at: created },
        { client_id: anna, mentor_id: fixture.mentorId, kind: 'crisis_words', created_at: created, acknowledged_at: new Date('2026-03-03T10:05:00Z') },
      ])
      .returning('id')
      .execute();
    const options = { translator, afterMs: 30 * 60_000, coordinators };
    expect(await escalateAlerts(db, { ...options, now: new Date('2026-03-03T10:29:00Z') })).toBe(0);
    expect(await escalateAlerts(db, { ...options, now: new Date('2026-03-03T10:31:00Z') })).toBe(1);
    expect(await escalateAlerts(db, { ...options, now: new Date('2026-03-03T10:45:00Z') })).toBe(0);
    expect((await sentTo(coordinators.chatId)).map((p) => p.text)).toEqual([
      '⚠️ Not acknowledged after 31 min: Anna (low mood). Mentor: Laura.',
    ]);
    const rows = await db.selectFrom('alerts').select(['id', 'escalated_at']).execute();
    expect(rows.find((r) => r.id === open?.id)?.escalated_at).not.toBeNull();
    expect(rows.find((r) => r.id === acknowledged?.id)?.escalated_at).toBeNull();
  });
});
