import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../src/config.js';
import { loadCrisisWords } from '../src/crisis-words-file.js';
import { defaultCrisisWords } from '../src/domain/safety/crisis-words.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mentorline-crisis-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('CRISIS_WORDS_FILE', () => {
  it('replaces the languages it names and keeps the built-in lists of the others', async () => {
    const file = path.join(dir, 'words.json');
    await writeFile(file, JSON.stringify({ en: ['give up on everything'], ar: ['انتحار'] }));
    const words = await loadCrisisWords(file);
    expect(words.en).toEqual(['give up on everything']);
    expect(words.ar).toEqual(['انتحار']);
    expect(words.ru).toEqual(defaultCrisisWords.ru);
  });

  it('stops the start-up with the file and the problem named', async () => {
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, '{"en": "suicide"}');
    await expect(loadCrisisWords(broken)).rejects.toThrow(ConfigError);
    await expect(loadCrisisWords(broken)).rejects.toThrow(/CRISIS_WORDS_FILE: en/);
    await expect(loadCrisisWords(path.join(dir, 'missing.json'))).rejects.toThrow(/CRISIS_WORDS_FILE: cannot read/);
  });
});
