/** Phrases that signal a risk of self-harm, per language; each matches as the start of a word, so a stem covers its endings. */
export type CrisisWords = Record<string, string[]>;

/**
 * The built-in lists, kept short and unambiguous: a false alarm costs a
 * mentor a minute, a miss can cost far more. A deployment replaces a
 * language's list through CRISIS_WORDS_FILE.
 */
export const defaultCrisisWords: CrisisWords = {
  en: [
    'suicid',
    'kill myself',
    'killing myself',
    'end my life',
    'take my own life',
    'want to die',
    'wanna die',
    'self-harm',
    'self harm',
    'hurt myself',
    'cut myself',
    'no reason to live',
  ],
  lv: ['pašnāvīb', 'nogalināt sevi', 'nogalināšos', 'gribu nomirt', 'negribu dzīvot', 'atņemt sev dzīvību', 'savainot sevi', 'sagriezt sevi'],
  ru: [
    'суицид',
    'самоубийств',
    'покончить с собой',
    'покончу с собой',
    'убить себя',
    'убью себя',
    'хочу умереть',
    'не хочу жить',
    'порезать себя',
    'причинить себе вред',
    'наложить на себя руки',
  ],
  uk: [
    'суїцид',
    'самогубств',
    'покінчити з собою',
    'покінчу з собою',
    'вбити себе',
    "вб'ю себе",
    'хочу померти',
    'не хочу жити',
    'порізати себе',
    'заподіяти собі шкоду',
    'накласти на себе руки',
  ],
};

/** Lower case, one kind of apostrophe, ё as е: the spellings people type for the same word. */
function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[’ʼ`]/g, "'").replace(/ё/g, 'е');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A test for crisis words in any of the languages, whatever the client's own
 * language: people in resettlement often write in a second language.
 */
export function crisisWordMatcher(words: CrisisWords): (text: string) => boolean {
  const phrases = Object.values(words)
    .flat()
    .map((phrase) => normalise(phrase.trim()))
    .filter((phrase) => phrase.length > 0)
    .map((phrase) => phrase.split(/\s+/).map(escapeRegExp).join('\\s+'));
  if (phrases.length === 0) return () => false;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})`, 'u');
  return (text) => pattern.test(normalise(text));
}
