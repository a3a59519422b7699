import type { Phrasebook } from './phrasebook.js';
import { englishPhrases } from './phrases-en.js';
import { latvianPhrases } from './phrases-lv.js';
import { russianPhrases } from './phrases-ru.js';
import { ukrainianPhrases } from './phrases-uk.js';

const phrasebooks: Record<string, Phrasebook> = {
  en: englishPhrases,
  lv: latvianPhrases,
  ru: russianPhrases,
  uk: ukrainianPhrases,
};

/** What people write in a language the product speaks; English for any other. */
export function phrasebookFor(language: string): Phrasebook {
  return phrasebooks[language] ?? englishPhrases;
}
