import { describe, expect, it } from 'vitest';
import { updateClient } from '../../../src/domain/assignments/update-client.js';
import { writeForTranslation } from '../../../src/domain/interpreting/via-interpreter.js';
import { flagWaitingTranslations } from '../../../src/domain/interpreting/waiting-translations.js';
import { createStaff, updateStaff } from '../../../src/domain/staff/staff.js';
import { loadClientContext } from '../../../src/domain/people/contexts.js';
import { inScope } from '../../../src/domain/turn/scope.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { useMentorWithClients } from '../../support/mentor-with-clients.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const { fixture, addClient, sentTo } = useMentorWithClients(database.db);
const translator = createTranslator();
const requestedAt = new Date('2026-11-20T10:00:00Z');
const hours = (n: number) => new Date(requestedAt.getTime() + n * 3600_000);
const wait = 2 * 3600_000;

async function clientWithWaitingMessage(text: string) {
  const { db } = database;
  const clientId = await addClient('Ahmad');
  await db.updateTable('clients').set({ language: 'ar' }).where('id', '=', clientId).execute();
  const { staff } = await createStaff(db, { name: 'Amir', role: 'interpreter', languages: ['ar'] }, { now: requestedAt, publicUrl: 'http://localhost', actor: 'admin' });
  await db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: `i-${staff.id}`, chat_id: `i-${staff.id}`, interpreter_id: staff.id }).execute();
  await updateClient(db, { translator, clock: () => requestedAt }, clientId, { interpreterId: staff.id }, 'admin');
  const client = await loadClientContext(db, clientId);
  if (!client?.interpreter) throw new Error('no interpreter');
  const interpreter = client.interpreter;
  const messageId = await inScope(db, { translator, clock: () => requestedAt }, (scope) =>
    writeForTranslation(scope, { ...client, interpreter }, { kind: 'mentor', mentorId: fixture.mentorId, name: 'Laura' }, text),
  );
  if (!messageId) throw new Error('the message was not stored');
  return { clientId, interpreterId: staff.id, messageId };
}

const flagAt = (now: Date) => inScope(database.db, { translator, clock: () => now }, (scope) => flagWaitingTranslations(scope, wait));

describe('messages waiting for their translation', () => {
  it('are flagged to the mentor once, when they have waited INTERPRETER_WAIT, with a button to send the original', async () => {
    const { messageId } = await clientWithWaitingMessage('Bring your documents');
    expect(await flagAt(hours(1.9))).toBe(0);
    expect(await flagAt(hours(2))).toBe(1);
    expect(await flagAt(hours(5))).toBe(0);
    const notices = (await sentTo(fixture.mentorChat)).filter((payload) => payload.text.includes('has not translated'));
    expect(notices).toHaveLength(1);
    expect(notices[0]?.text).toBe('Amir has not translated your message to Ahmad yet:\nBring your documents\nYou can send it as you wrote it.');
    expect(notices[0]?.choices).toEqual([[{ data: `original:${messageId}`, label: 'Send the original' }]]);
    const request = await database.db.selectFrom('interpretation_requests').selectAll().where('message_id', '=', messageId).executeTakeFirstOrThrow();
    // Flagged, not settled: a translation that comes later still goes.
    expect(request).toMatchObject({ flagged_at: hours(2), settled_at: null, outcome: null });
  });

  it('are flagged at the next tick when the interpreter is deactivated, and what waited for them is cancelled', async () => {
    const { interpreterId } = await clientWithWaitingMessage('See you at ten');
    await updateStaff(database.db, interpreterId, { active: false }, { now: hours(0.5), actor: 'admin' });
    const pendingToInterpreter = await database.db
      .selectFrom('deliveries')
      .innerJoin('channel_accounts', 'channel_accounts.id', 'deliveries.account_id')
      .select('deliveries.status')
      .where('channel_accounts.interpreter_id', '=', interpreterId)
      .execute();
    expect(pendingToInterpreter.map((row) => row.status)).toEqual(expect.arrayContaining(['cancelled']));
    expect(pendingToInterpreter.filter((row) => row.status === 'pending')).toEqual([]);
    expect(await flagAt(hours(0.6))).toBe(1);
    const notices = (await sentTo(fixture.mentorChat)).filter((payload) => payload.text.includes('no longer interprets'));
    expect(notices.map((payload) => payload.text)).toEqual(['Amir no longer interprets for Ahmad, and your message was not translated:\nSee you at ten\nYou can send it as you wrote it.']);
  });
});
