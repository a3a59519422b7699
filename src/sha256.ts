import { createHash } from 'node:crypto';

/** The SHA-256 digest of a text's UTF-8 bytes, as PostgreSQL's `encode(sha256(convert_to(t, 'UTF8')), 'hex')` writes it. */
export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
