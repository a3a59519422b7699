import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ConfigError } from './config.js';
import { defaultCrisisWords, type CrisisWords } from './domain/safety/crisis-words.js';
import { languageField } from './core/fields.js';

const fileSchema = z.record(languageField, z.array(z.string().min(1)));

/**
 * The crisis words in force: the built-in lists, each language replaced by
 * the deployment's file where the file names it.
 */
export async function loadCrisisWords(file: string | undefined): Promise<CrisisWords> {
  if (file === undefined) return defaultCrisisWords;
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`CRISIS_WORDS_FILE: cannot read ${file} as JSON (${(error as Error).message})`);
  }
  const result = fileSchema.safeParse(parsed);
  if (!result.success) {
    const problem = result.error.issues[0];
    throw new ConfigError(`CRISIS_WORDS_FILE: ${problem?.path.join('.') ?? ''} ${problem?.message ?? 'is not valid'}; expected {"en": ["phrase", ...], ...}`);
  }
  return { ...defaultCrisisWords, ...result.data };
}
