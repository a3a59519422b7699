import { createHmac } from 'node:crypto';

/**
 * A keyed digest (HMAC-SHA-256, hex) of what must be recognised again but
 * never read back, such as the phone number of a stranger who wrote once. A
 * plain SHA-256 of a phone number is reversed by trying every number in
 * seconds; without the key, which is kept outside the database, it is not.
 */
export type KeyedDigest = (text: string) => string;

export function createKeyedDigest(key: string): KeyedDigest {
  return (text) => createHmac('sha256', key).update(text, 'utf8').digest('hex');
}
