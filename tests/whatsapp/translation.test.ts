import { describe, expect, it } from 'vitest';
import { phoneOf, toInboundEvent } from '../../src/channels/whatsapp/to-inbound-event.js';
import { withNumberedChoices } from '../../src/channels/whatsapp/whatsapp-sender.js';
import { moodChoices } from '../../src/domain/checkins/mood-question.js';
import { clientTypedKinds } from '../../src/domain/conversation/client-router.js';
import { matchTypedChoice as matchWithKinds } from '../../src/domain/turn/typed-answers.js';
import { numberedChoices, type Choice } from '../../src/outbox/payload.js';
import { FakeWhatsAppClient } from '../fakes/fake-whatsapp-client.js';
import { createKeyedDigest } from '../../src/core/keyed-digest.js';

/** The client's typed answers, as the client router resolves them. */
const matchTypedChoice = (options: Choice[], text: string) => matchWithKinds(options, text, clientTypedKinds);

const consent = [[{ data: 'consent:yes', label: 'Yes, I agree' }, { data: 'consent:no', label: 'No' }]];
const noLids = async () => null;
const digest = createKeyedDigest('translation-test-key-0123456789abcdef');

function message(from: string, body: string, extra: Record<string, unknown> = {}) {
  const client = new FakeWhatsAppClient('ready', new Map(), new Map());
  let captured: Parameters<typeof toInboundEvent>[0] | undefined;
  client.on('message', (m: Parameters<typeof toInboundEvent>[0]) => (captured = m));
  client.receive({ from, body, ...extra });
  if (!captured) throw new Error('no message');
  return captured;
}

describe('WhatsApp messages as inbound events', () => {
  it('names the sender by E.164 number, and answers in the chat the message came from', async () => {
    expect(phoneOf('37120000000@c.us')).toBe('+37120000000');
    expect(phoneOf('12345@c.us')).toBeNull();
    const event = await toInboundEvent(message('37120000000@c.us', 'hi'), noLids, digest);
    expect(event).toMatchObject({ type: 'message', kind: 'text', from: { channel: 'whatsapp', externalId: '+37120000000', chatId: '37120000000@c.us', phone: '+37120000000' } });
    const hidden = await toInboundEvent(message('99999@lid', 'hi'), noLids, digest);
    expect(hidden?.from).toEqual({ channel: 'whatsapp', externalId: '99999@lid', chatId: '99999@lid' });
  });

  it('reads START with an invite code and slash commands as commands, and everyday words as text', async () => {
    const read = async (body: string) => toInboundEvent(message('37120000000@c.us', body), noLids, digest);
    expect(await read('START ABCD-EFGH23')).toMatchObject({ type: 'command', command: 'start', args: 'ABCD-EFGH23' });
    expect(await read('start abcdefgh23')).toMatchObject({ type: 'command', command: 'start' });
    expect(await read('/mood')).toMatchObject({ type: 'command', command: 'mood', args: '' });
    expect(await read('start tomorrow')).toMatchObject({ type: 'message', text: 'start tomorrow' });
    expect(await read('Start something')).toMatchObject({ type: 'message' });
    expect(await read(' Forget ')).toMatchObject({ type: 'command', command: 'forget', args: '' });
    expect(await read('forget it')).toMatchObject({ type: 'message', text: 'forget it' });
  });

  it('leaves out groups, broadcasts and our own messages', async () => {
    expect(await toInboundEvent(message('1203630000@g.us', 'x'), noLids, digest)).toBeNull();
    expect(await toInboundEvent(message('status@broadcast', 'x'), noLids, digest)).toBeNull();
    expect(await toInboundEvent({ ...message('37120000000@c.us', 'x'), fromMe: true }, noLids, digest)).toBeNull();
  });
});

describe('numbered choices', () => {
  it('are rendered and resolved with the same numbers', () => {
    expect(withNumberedChoices('Do you agree?', consent)).toBe('Do you agree?\n\n1. Yes, I agree\n2. No');
    const options = numberedChoices(consent);
    expect(matchTypedChoice(options, '1')).toBe('consent:yes');
    expect(matchTypedChoice(options, ' 2. ')).toBe('consent:no');
    expect(matchTypedChoice(options, '3')).toBeNull();
    expect(matchTypedChoice(options, 'yes, I agree!')).toBe('consent:yes');
    expect(matchTypedChoice(options, 'Piekrītu')).toBe('consent:yes');
    expect(matchTypedChoice(options, 'ні')).toBe('consent:no');
    expect(matchTypedChoice(options, 'I need to think about what this means')).toBeNull();
  });

  it('take mood words and emoji as well as numbers', () => {
    const options = numberedChoices(moodChoices);
    expect(matchTypedChoice(options, '4')).toBe('mood:4');
    expect(matchTypedChoice(options, 'так себе')).toBe('mood:3');
    expect(matchTypedChoice(options, '😄')).toBe('mood:5');
  });
});
