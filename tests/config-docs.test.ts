import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** Every variable the service reads, as `src/config.ts` names them in its schema. */
const variables = [...read('src/config.ts').matchAll(/^ {2}([A-Z][A-Z0-9_]+): z\./gm)].map((match) => match[1] ?? '');

describe('the settings', () => {
  it('are all found by the schema', () => {
    expect(variables.length).toBeGreaterThan(30);
    expect(variables).toContain('PUBLIC_URL');
  });

  it.each([
    ['README.md', (name: string) => `| \`${name}\` |`],
    ['.env.example', (name: string) => `\n${name}=`],
    ['docker-compose.yml', (name: string) => `      ${name}: `],
  ])('are each described in %s', (file, entry) => {
    const text = read(file);
    // The Chromium path is a fallback name Puppeteer users know, not a setting of its own.
    const expected = variables.filter((name) => name !== 'PUPPETEER_EXECUTABLE_PATH');
    expect(expected.filter((name) => !text.includes(entry(name)))).toEqual([]);
  });
});
