import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ResolvedSecret {
  value: string;
  /** Where a generated secret is kept, or null when it came from the environment. */
  storedAt: string | null;
  generated: boolean;
}

/**
 * A secret from the environment when set; otherwise the one kept in
 * `<dataDir>/<fileName>`, generated on first start and readable by the
 * service's user only. `minLength` is what a kept file must hold to be used.
 */
export async function resolveSecret(options: {
  configured: string | undefined;
  dataDir: string;
  fileName: string;
  minLength: number;
}): Promise<ResolvedSecret> {
  if (options.configured !== undefined) return { value: options.configured, storedAt: null, generated: false };
  const file = path.join(options.dataDir, options.fileName);
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing !== undefined && existing.trim().length >= options.minLength) {
    return { value: existing.trim(), storedAt: file, generated: false };
  }
  await mkdir(options.dataDir, { recursive: true });
  const value = randomBytes(32).toString('base64url');
  await writeFile(file, value + '\n', { mode: 0o600 });
  await chmod(file, 0o600);
  return { value, storedAt: file, generated: true };
}
