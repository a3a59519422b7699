import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.js';

const localesDir = path.resolve(import.meta.dirname, '../../src/i18n/locales');
const files = readdirSync(localesDir).filter((file) => file.endsWith('.ftl'));

/** A catalog's message ids, each with the variables its text uses, sorted. */
function messagesOf(file: string): Record<string, string[]> {
  const source = readFileSync(path.join(localesDir, file), 'utf8');
  const resource = new FluentResource(source);
  const ids = (resource as unknown as { body: Array<{ id: string }> }).body.map((entry) => entry.id);
  const blocks = source.split(/\n(?=[a-z][a-z0-9_-]* =)/);
  return Object.fromEntries(
    ids.map((id) => {
      const block = blocks.find((b) => b.startsWith(`${id} =`)) ?? '';
      return [id, [...new Set([...block.matchAll(/\$([a-zA-Z_][\w-]*)/g)].map((m) => m[1] ?? ''))].sort()];
    }),
  );
}

const parts = [...new Set(files.map((file) => file.split('.').slice(1).join('.')))];

describe('the catalogs', () => {
  it.each(parts)('of *.%s say the same messages, with the same variables, in every language', (part) => {
    const english = messagesOf(`en.${part}`);
    for (const language of ['lv', 'ru', 'uk']) {
      expect(messagesOf(`${language}.${part}`), `${language}.${part}`).toEqual(english);
    }
  });

  it('load together, with no message id given twice', () => {
    expect(() => createTranslator()).not.toThrow();
  });
});
