import { createHash } from 'node:crypto';

/**
 * The SHA-256 digest of bytes, or of a text's UTF-8 bytes, in hex: for a text
 * this is what PostgreSQL's `encode(sha256(convert_to(t, 'UTF8')), 'hex')` gives.
 */
export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
