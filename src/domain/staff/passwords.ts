import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { ValidationError } from '../../core/errors.js';

/**
 * scrypt at N = 2^15, r = 8, p = 1: 32 MiB and tens of milliseconds a try,
 * on the thread pool rather than the event loop. The parameters are kept in
 * the hash, so raising them later leaves old hashes readable.
 */
const cost = { N: 2 ** 15, r: 8, p: 1 } as const;
const keyLength = 32;
export const minPasswordLength = 10;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, keyLength, { ...options, maxmem: 128 * (options.N ?? 0) * (options.r ?? 0) * 2 }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Refuses a password too short to be one, naming the field. */
export function assertUsablePassword(password: string): void {
  if ([...password].length < minPasswordLength) {
    throw new ValidationError('PASSWORD_TOO_SHORT', 'password', `must be at least ${minPasswordLength} characters long`);
  }
}

/** `scrypt$N$r$p$salt$key`, salt and key in base64url. */
export async function hashPassword(password: string): Promise<string> {
  assertUsablePassword(password);
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` is the one `stored` was made from; a malformed hash matches nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
