import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ResolvedAdminToken {
  token: string;
  /** Where a generated token is kept, or null when it came from ADMIN_TOKEN. */
  storedAt: string | null;
  generated: boolean;
}

/**
 * ADMIN_TOKEN when set; otherwise the token kept in `<dataDir>/admin-token`,
 * generated on first start and readable by the service's user only.
 */
export async function resolveAdminToken(configured: string | undefined, dataDir: string): Promise<ResolvedAdminToken> {
  if (configured !== undefined) return { token: configured, storedAt: null, generated: false };
  const file = path.join(dataDir, 'admin-token');
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing !== undefined && existing.trim().length >= 16) {
    return { token: existing.trim(), storedAt: file, generated: false };
  }
  await mkdir(dataDir, { recursive: true });
  const token = randomBytes(32).toString('base64url');
  await writeFile(file, token + '\n', { mode: 0o600 });
  await chmod(file, 0o600);
  return { token, storedAt: file, generated: true };
}
