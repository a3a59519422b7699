import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { sha256Hex } from '../../core/sha256.js';
import type { Database, StaffLinkTable } from '../../db/database.js';

export type LinkPurpose = StaffLinkTable['purpose'];

/** How long each kind of link works. */
export const linkLifetimeMs: Record<LinkPurpose, number> = {
  setup: 72 * 3600_000,
  'sign-in': 10 * 60_000,
  'first-coordinator': 72 * 3600_000,
};

/** The path under PUBLIC_URL each kind of link opens. */
const linkPaths: Record<LinkPurpose, string> = {
  setup: '/console/setup',
  'sign-in': '/console/sign-in',
  'first-coordinator': '/console/setup',
};

/**
 * Issues a one-time link and returns its URL; only a digest of its token is
 * kept. Issuing a new link of a kind ends the open ones of that kind for the
 * same person, so only the latest works.
 */
export async function issueLink(
  db: Kysely<Database>,
  options: { purpose: LinkPurpose; staffId: string | null; now: Date; publicUrl: string },
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .updateTable('staff_links')
    .set({ used_at: options.now })
    .where('purpose', '=', options.purpose)
    .where('used_at', 'is', null)
    .where((eb) => (options.staffId === null ? eb('staff_id', 'is', null) : eb('staff_id', '=', options.staffId)))
    .execute();
  await db
    .insertInto('staff_links')
    .values({
      token_digest: sha256Hex(token),
      staff_id: options.staffId,
      purpose: options.purpose,
      expires_at: new Date(options.now.getTime() + linkLifetimeMs[options.purpose]),
      created_at: options.now,
    })
    .execute();
  return `${options.publicUrl.replace(/\/+$/, '')}${linkPaths[options.purpose]}/${token}`;
}

/** The link a token opens, while it still works; undefined for an unknown, used or expired token. */
export async function findOpenLink(db: Kysely<Database>, token: string, now: Date) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  return db
    .selectFrom('staff_links')
    .selectAll()
    .where('token_digest', '=', sha256Hex(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/** Uses a link up; false when it was used (or expired) meanwhile, so two tabs cannot both use one. */
export async function useLink(db: Kysely<Database>, token: string, now: Date): Promise<boolean> {
  const used = await db
    .updateTable('staff_links')
    .set({ used_at: now })
    .where('token_digest', '=', sha256Hex(token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return used.numUpdatedRows > 0n;
}
