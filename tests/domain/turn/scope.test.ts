import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { inScope } from '../../../src/domain/turn/scope.js';
import { turnOf } from '../../../src/domain/turn/turn.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { textTo } from '../../../src/outbox/enqueue.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const deps = { translator: createTranslator(), clock: () => new Date('2026-05-04T10:00:00Z') };
const chat = (n: number) => ({ channel: 'telegram' as const, chat_id: `scope-${n}`, id: null });

async function sentTexts(prefix: string): Promise<string[]> {
  const rows = await database.db.selectFrom('deliveries').select('payload').where('recipient_chat_id', 'like', `${prefix}%`).orderBy('seq').execute();
  return rows.map((row) => (row.payload as { payload: { text: string } }).payload.text);
}

describe('a scope', () => {
  it('writes what it sent when its work ends, in the order sent, with its `now` for the work', async () => {
    const seen = await inScope(database.db, deps, async (scope) => {
      scope.send(textTo(chat(1), 'first'), textTo(chat(2), 'second'));
      // Nothing is in the outbox yet: the deliveries land with the work's other effects.
      const during = await scope.db.selectFrom('deliveries').select('id').where('recipient_chat_id', 'like', 'scope-%').execute();
      scope.send(textTo(chat(1), 'third'));
      return { during: during.length, now: scope.now.toISOString() };
    });
    expect(seen).toEqual({ during: 0, now: '2026-05-04T10:00:00.000Z' });
    expect(await sentTexts('scope-')).toEqual(['first', 'second', 'third']);
  });

  it('writes nothing when its work fails, and no worker is woken', async () => {
    const listener = new pg.Client({ connectionString: database.url });
    await listener.connect();
    const notifications: string[] = [];
    listener.on('notification', (n) => notifications.push(n.channel));
    await listener.query('listen mentorline_outbox');
    try {
      await expect(
        inScope(database.db, deps, async (scope) => {
          scope.send(textTo(chat(9), 'never'));
          await sql`select 1/0`.execute(scope.db);
        }),
      ).rejects.toThrow(/division by zero/);
      await inScope(database.db, deps, async (scope) => scope.send(textTo({ ...chat(8), chat_id: 'woken-8' }, 'sent')));
      await expect.poll(() => notifications.length).toBe(1);
      expect(await sentTexts('scope-9')).toEqual([]);
    } finally {
      await listener.end();
    }
  });

  it('gives a turn say() in the person’s language, to the account the event came from', async () => {
    const account = { id: null, channel: 'telegram' as const, chat_id: 'turn-1' };
    await inScope(database.db, deps, async (scope) => {
      const turn = turnOf(scope, account as never, { language: 'lv' });
      turn.say('checkins-paused');
      expect(turn.t('checkins-paused')).toBe(deps.translator.t('lv', 'checkins-paused'));
    });
    expect(await sentTexts('turn-1')).toEqual([deps.translator.t('lv', 'checkins-paused')]);
  });
});
