import { describe, expect, it } from 'vitest';
import { loadClientContext } from '../../../src/domain/people/contexts.js';
import { createClient } from '../../../src/domain/people/clients.js';
import { createMentor } from '../../../src/domain/people/mentors.js';
import { payloadsFor, relayToClient, relayToMentor, textsToClients } from '../../../src/domain/threads/relay.js';
import { inScope } from '../../../src/domain/turn/scope.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const deps = { translator: createTranslator(), clock: () => new Date('2026-05-04T10:00:00Z') };

async function pair(mentorLanguage: string, clientLanguage: string) {
  const { db } = database;
  const mentor = await createMentor(db, { name: 'Ilze', languages: [mentorLanguage] }, 'test');
  const client = await createClient(
    db,
    { name: 'Olena', mentorId: mentor.id, language: clientLanguage, timezone: 'Europe/Riga', checkinTime: '09:00', consentGiven: true },
    'test',
    deps.clock(),
  );
  const account = (owner: object, chat: string) => db.insertInto('channel_accounts').values({ channel: 'telegram', external_id: chat, chat_id: chat, ...owner }).execute();
  await account({ mentor_id: mentor.id }, `m-${mentor.id}`);
  await account({ client_id: client.id }, `c-${client.id}`);
  await db.insertInto('channel_accounts').values({ channel: 'whatsapp', external_id: `w-${client.id}`, chat_id: `w-${client.id}`, client_id: client.id, status: 'unreachable' }).execute();
  return { mentor, client: (await loadClientContext(db, client.id))! };
}

const deliveriesTo = (chat: string) =>
  database.db.selectFrom('deliveries').select(['payload', 'about_client_id', 'message_id']).where('recipient_chat_id', '=', chat).orderBy('seq').execute();

describe('relaying', () => {
  it('labels a client’s message for the mentor in the mentor’s language, about that client', async () => {
    const { mentor, client } = await pair('lv', 'uk');
    await inScope(database.db, deps, (scope) => relayToMentor(scope, client, { kind: 'text', text: 'Добрий день' }, { channel: 'telegram', messageId: null }));
    const [relayed] = await deliveriesTo(`m-${mentor.id}`);
    expect(relayed?.about_client_id).toBe(client.id);
    expect((relayed?.payload as { payload: { text: string } }).payload.text).toBe(
      `${deps.translator.t('lv', 'client-said', { client: 'Olena', channel: deps.translator.t('lv', 'channel-telegram') })}\nДобрий день`,
    );
  });

  it('sends a mentor’s message to every reachable account of the client, labelled in the client’s language', async () => {
    const { client } = await pair('en', 'ru');
    expect(await inScope(database.db, deps, (scope) => relayToClient(scope, client, 'Ilze', { kind: 'text', text: 'See you at 10' }, null))).toBe(1);
    expect((await deliveriesTo(`c-${client.id}`)).map((d) => (d.payload as { payload: { text: string } }).payload.text)).toEqual([
      `${deps.translator.t('ru', 'from-mentor', { mentor: 'Ilze' })}\nSee you at 10`,
    ]);
    expect(await deliveriesTo(`w-${client.id}`)).toEqual([]);
  });

  it('reports that nobody can receive a message of a client without a mentor', async () => {
    const { client } = await pair('en', 'en');
    expect(await inScope(database.db, deps, (scope) => relayToMentor(scope, { ...client, mentor: null }, { kind: 'text', text: 'hi' }, { channel: 'telegram', messageId: null }))).toBe(false);
  });

  it('writes texts to many clients with one lookup of their accounts', async () => {
    const first = await pair('en', 'en');
    const second = await pair('en', 'lv');
    const made = await inScope(database.db, deps, (scope) =>
      textsToClients(scope, [
        { clientId: first.client.id, text: 'one' },
        { clientId: second.client.id, text: 'two' },
      ]),
    );
    expect(made).toBe(2);
  });

  it('puts a photo’s label in its caption and a location’s in a text before it', () => {
    expect(payloadsFor({ kind: 'photo', text: 'my CV', mediaId: 'm1' }, 'Olena:')).toEqual([{ kind: 'photo', mediaId: 'm1', caption: 'Olena:\nmy CV' }]);
    expect(payloadsFor({ kind: 'location', text: null, location: { latitude: 1, longitude: 2 } }, 'Olena:')).toEqual([
      { kind: 'text', text: 'Olena:' },
      { kind: 'location', latitude: 1, longitude: 2 },
    ]);
    expect(payloadsFor({ kind: 'photo', text: 'lost', mediaId: null }, 'Olena:')).toEqual([{ kind: 'text', text: 'Olena:\nlost' }]);
  });
});
