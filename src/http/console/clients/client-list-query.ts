import { z } from 'zod';
import { channels, clientStatuses } from '../../../db/database.js';
import type { ClientDirectoryFilter } from '../../../domain/caseload/client-directory.js';
import { checkinStates } from '../../../domain/caseload/today.js';

/** A filter value that cannot be read is no filter, as an empty choice in the form is. */
const loose = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const text = z
  .string()
  .trim()
  .max(200)
  .transform((value) => value || undefined);

/** What the address of the list may narrow it by: the form's choices, and the links from Today. */
export const clientListQuery = z.object({
  q: loose(text),
  mentor: loose(z.uuid()),
  status: loose(z.enum(clientStatuses)),
  programme: loose(text),
  language: loose(z.string().regex(/^[a-z]{2}$/)),
  channel: loose(z.enum(channels)),
  checkin: loose(z.enum(checkinStates)),
  mood: loose(z.coerce.number().int().min(1).max(5)),
  waiting: loose(z.literal('yes')),
  overdue: loose(z.literal('yes')),
  // A cursor is checked by the domain, which refuses one it did not hand out.
  cursor: loose(z.string().min(1)),
});

export type ClientListQuery = z.infer<typeof clientListQuery>;

/** The filters that can be on, in the order the page names them. */
export const filterNames = ['q', 'mentor', 'status', 'programme', 'language', 'channel', 'checkin', 'mood', 'waiting', 'overdue'] as const;
export type FilterName = (typeof filterNames)[number];

export function directoryFilterOf(query: ClientListQuery): ClientDirectoryFilter {
  return {
    search: query.q,
    mentorId: query.mentor,
    status: query.status,
    programme: query.programme,
    language: query.language,
    channel: query.channel,
    checkin: query.checkin,
    mood: query.mood,
    waiting: query.waiting === 'yes',
    overdue: query.overdue === 'yes',
    cursor: query.cursor,
    limit: 25,
  };
}

/** The list's address with these filters; `without` leaves one out, and every change starts again at the first page. */
export function clientListHref(query: ClientListQuery, without?: FilterName): string {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    const value = query[name];
    if (name !== without && value !== undefined) params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `/console/clients?${search}` : '/console/clients';
}
