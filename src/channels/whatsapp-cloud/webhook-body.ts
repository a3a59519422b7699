import { z } from 'zod';

/**
 * The parts of a Cloud API webhook the transport reads. Meta adds fields over
 * time, so anything else is let through unread; a part that does not have the
 * shape we read is left out rather than failing the whole batch.
 */
const mediaObject = z.object({
  id: z.string().max(128),
  mime_type: z.string().max(255).optional(),
  sha256: z.string().max(128).optional(),
  caption: z.string().max(4096).optional(),
  filename: z.string().max(1024).optional(),
  voice: z.boolean().optional(),
});

const cloudMessage = z.object({
  id: z.string().min(1).max(512),
  from: z.string().regex(/^\d{6,15}$/),
  timestamp: z.string().regex(/^\d{1,12}$/),
  type: z.string().max(64),
  context: z.object({ id: z.string().max(512).optional() }).optional(),
  text: z.object({ body: z.string().max(65_536) }).optional(),
  image: mediaObject.optional(),
  audio: mediaObject.optional(),
  video: mediaObject.optional(),
  document: mediaObject.optional(),
  sticker: mediaObject.optional(),
  location: z
    .object({ latitude: z.number(), longitude: z.number(), name: z.string().max(1024).optional(), address: z.string().max(1024).optional() })
    .optional(),
  contacts: z
    .array(
      z.object({
        name: z.object({ formatted_name: z.string().max(1024).optional() }).optional(),
        phones: z.array(z.object({ phone: z.string().max(64).optional() })).max(20).optional(),
      }),
    )
    .max(20)
    .optional(),
  interactive: z
    .object({
      type: z.string().max(64),
      button_reply: z.object({ id: z.string().max(256), title: z.string().max(256) }).optional(),
      list_reply: z.object({ id: z.string().max(256), title: z.string().max(256) }).optional(),
    })
    .optional(),
  button: z.object({ payload: z.string().max(1024).optional(), text: z.string().max(1024) }).optional(),
  reaction: z.object({ message_id: z.string().max(512).optional(), emoji: z.string().max(64).optional() }).optional(),
});
export type CloudMessage = z.infer<typeof cloudMessage>;

const cloudStatus = z.object({
  id: z.string().min(1).max(512),
  status: z.string().max(32),
  timestamp: z.string().regex(/^\d{1,12}$/).optional(),
  recipient_id: z.string().max(32).optional(),
  errors: z.array(z.object({ code: z.number().optional(), title: z.string().max(1024).optional() })).max(10).optional(),
});
export type CloudStatus = z.infer<typeof cloudStatus>;

/** Keeps the items of a list that have the shape, counting those that do not. */
function lenientArray<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .max(1000)
    .optional()
    .transform((values) => {
      const kept: Array<z.infer<T>> = [];
      let dropped = 0;
      for (const value of values ?? []) {
        const parsed = item.safeParse(value);
        if (parsed.success) kept.push(parsed.data);
        else dropped += 1;
      }
      return { kept, dropped };
    });
}

const change = z.object({
  field: z.string(),
  value: z
    .object({
      metadata: z.object({ phone_number_id: z.string().optional() }).optional(),
      contacts: z.array(z.object({ wa_id: z.string().optional(), profile: z.object({ name: z.string().optional() }).optional() })).max(1000).optional(),
      messages: lenientArray(cloudMessage),
      statuses: lenientArray(cloudStatus),
    })
    .optional(),
});

export const webhookBody = z.object({
  object: z.string(),
  entry: z.array(z.object({ id: z.string().optional(), changes: z.array(change).max(100) })).max(100),
});
export type WebhookBody = z.infer<typeof webhookBody>;

/** The messages and statuses of a webhook meant for this phone number, in the order Meta listed them. */
export function batchOf(body: WebhookBody, phoneNumberId: string): { messages: CloudMessage[]; statuses: CloudStatus[]; dropped: number } {
  const messages: CloudMessage[] = [];
  const statuses: CloudStatus[] = [];
  let dropped = 0;
  for (const entry of body.entry) {
    for (const { field, value } of entry.changes) {
      if (field !== 'messages' || !value) continue;
      // One app may serve several numbers; another number's events are not ours to take.
      if (value.metadata?.phone_number_id !== undefined && value.metadata.phone_number_id !== phoneNumberId) continue;
      messages.push(...value.messages.kept);
      statuses.push(...value.statuses.kept);
      dropped += value.messages.dropped + value.statuses.dropped;
    }
  }
  return { messages, statuses, dropped };
}
