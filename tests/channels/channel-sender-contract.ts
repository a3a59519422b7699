import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/database.js';
import type { MediaStore } from '../../src/media/media-store.js';
import type { ChannelSender, OutboundDelivery } from '../../src/outbox/channel-sender.js';
import type { OutboundPayload } from '../../src/outbox/payload.js';
import { plainPhoto, stored } from '../support/test-media.js';

/** What the recipient's app shows for one sent message, whatever the platform. */
export interface Received {
  kind: 'text' | 'photo' | 'document' | 'voice' | 'video' | 'location';
  /** The text or caption, without the choices. */
  text: string;
  /** The choices' labels, in order: buttons on one platform, a numbered list on another. */
  choices: string[];
  bytes?: Buffer;
  fileName?: string;
  location?: { latitude: number; longitude: number };
}

export interface SenderUnderTest {
  sender: ChannelSender;
  db: Kysely<Database>;
  mediaStore: MediaStore;
  /** A chat the platform will deliver to. */
  chatId: string;
  /** Everything the chat has received so far, oldest first. */
  received(): Promise<Received[]>;
  close(): Promise<void>;
}

/**
 * The behaviour every channel adapter's sender owes the outbox, run against
 * each adapter over its fake platform: whatever the platform, the recipient
 * sees the same content, files byte for byte, and choices they can make.
 */
export function describeChannelSenderContract(name: string, setup: () => Promise<SenderUnderTest>): void {
  describe(`${name} sender contract`, () => {
    let t: SenderUnderTest;
    let seq = 0;
    beforeEach(async () => {
      t = await setup();
    });
    afterEach(async () => {
      await t.close();
    });

    /** A delivery as the outbox claims it: with its stored file, if it carries one. */
    const deliver = async (payload: OutboundPayload) => {
      const media =
        'mediaId' in payload
          ? await t.db.selectFrom('media').select(['sha256', 'content_type', 'size_bytes']).where('id', '=', payload.mediaId).executeTakeFirstOrThrow()
          : undefined;
      const delivery: OutboundDelivery = {
        id: `00000000-0000-4000-8000-${String(++seq).padStart(12, '0')}`,
        channel: 'telegram',
        chatId: t.chatId,
        accountId: null,
        aboutClientId: null,
        payload,
        replyToExternalId: null,
        attempts: 1,
        ...(media ? { media: { sha256: media.sha256, contentType: media.content_type, sizeBytes: media.size_bytes } } : {}),
      };
      return t.sender.send(delivery, { threadOpened: async () => undefined });
    };

    it('sends a text, with a distinct platform id per message', async () => {
      const first = await deliver({ kind: 'text', text: 'Hello' });
      const second = await deliver({ kind: 'text', text: 'Hello again' });
      expect(first.externalId).toEqual(expect.any(String));
      expect(second.externalId).not.toBe(first.externalId);
      expect(await t.received()).toMatchObject([
        { kind: 'text', text: 'Hello', choices: [] },
        { kind: 'text', text: 'Hello again', choices: [] },
      ]);
    });

    it('shows every choice, in order, with the text they belong to', async () => {
      await deliver({
        kind: 'text',
        text: 'How do you feel?',
        choices: [[{ data: 'mood:1', label: 'Bad' }, { data: 'mood:2', label: 'Fine' }], [{ data: 'mood:3', label: 'Great' }]],
      });
      expect(await t.received()).toMatchObject([{ kind: 'text', text: 'How do you feel?', choices: ['Bad', 'Fine', 'Great'] }]);
    });

    it('delivers files byte for byte, with their captions and file names', async () => {
      const photoBytes = await plainPhoto();
      const photo = stored(await t.mediaStore.put(t.db, photoBytes, 'image/jpeg'));
      const pdf = stored(await t.mediaStore.put(t.db, Buffer.from('%PDF-1.4 worksheet'), 'application/pdf'));
      const voice = stored(await t.mediaStore.put(t.db, Buffer.from('OggS voice'), 'audio/ogg'));
      const video = stored(await t.mediaStore.put(t.db, Buffer.from('....ftypmp42 video'), 'video/mp4'));
      await deliver({ kind: 'photo', mediaId: photo.id, caption: 'Look' });
      await deliver({ kind: 'document', mediaId: pdf.id, caption: 'The sheet', fileName: 'sheet.pdf' });
      await deliver({ kind: 'voice', mediaId: voice.id });
      await deliver({ kind: 'video', mediaId: video.id, caption: 'Clip' });
      const received = await t.received();
      expect(received.map((r) => [r.kind, r.text])).toEqual([
        ['photo', 'Look'],
        ['document', 'The sheet'],
        ['voice', ''],
        ['video', 'Clip'],
      ]);
      expect(received[0]?.bytes?.equals(photoBytes)).toBe(true);
      expect(received[1]?.bytes?.toString()).toBe('%PDF-1.4 worksheet');
      expect(received[1]?.fileName).toBe('sheet.pdf');
      expect(received[2]?.bytes?.toString()).toBe('OggS voice');
      expect(received[3]?.bytes?.toString()).toBe('....ftypmp42 video');
    });

    it('sends a location', async () => {
      await deliver({ kind: 'location', latitude: 56.9496, longitude: 24.1052 });
      expect(await t.received()).toMatchObject([{ kind: 'location', location: { latitude: 56.9496, longitude: 24.1052 } }]);
    });
  });
}
