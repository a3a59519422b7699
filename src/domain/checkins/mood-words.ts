/**
 * How people answer "how do you feel, 1 to 5" in a chat: a digit, an emoji,
 * or a word, in English, Latvian, Russian or Ukrainian.
 */
const moodWords: Record<number, string[]> = {
  1: [
    '😭', '😢', '😞', '😫', '☹️', '☹',
    'terrible', 'awful', 'very bad', 'horrible',
    'ļoti slikti', 'briesmīgi', 'šausmīgi',
    'ужасно', 'очень плохо', 'отвратительно',
    'жахливо', 'дуже погано',
  ],
  2: [
    '😟', '🙁', '😔',
    'bad', 'not good', 'not great', 'poor',
    'slikti', 'ne pārāk labi',
    'плохо', 'не очень', 'неважно',
    'погано', 'не дуже',
  ],
  3: [
    '😐', '😶',
    'ok', 'okay', 'so-so', 'so so', 'alright', 'fine', 'average', 'normal',
    'normāli', 'tā neko', 'vidēji', 'ok',
    'нормально', 'так себе', 'средне', 'ничего',
    'так собі', 'середньо', 'нічого',
  ],
  4: [
    '🙂', '😊', '👍',
    'good', 'well', 'pretty good',
    'labi', 'diezgan labi',
    'хорошо', 'неплохо',
    'добре', 'непогано', 'гарно',
  ],
  5: [
    '😄', '😁', '😃', '🤩', '🥰', '😍',
    'great', 'excellent', 'very good', 'wonderful', 'amazing', 'perfect',
    'ļoti labi', 'lieliski', 'izcili', 'super',
    'отлично', 'очень хорошо', 'прекрасно', 'замечательно', 'супер',
    'чудово', 'дуже добре', 'відмінно', 'прекрасно', 'супер',
  ],
};

const lookup = new Map<string, number>();
for (const [mood, words] of Object.entries(moodWords)) for (const word of words) lookup.set(word, Number(mood));

/**
 * The mood (1–5) a short reply expresses, or null when it is not an answer
 * but something to pass on to the mentor.
 */
export function parseMood(text: string): number | null {
  const cleaned = text
    .trim()
    .toLowerCase()
    .replace(/[.!?,…]+$/u, '')
    .replace(/\s+/g, ' ');
  if (cleaned.length === 0 || cleaned.length > 40) return null;
  const number = /^([1-5])(?:\s*(?:\/|из|no|з|of|out of)\s*5)?$/u.exec(cleaned);
  if (number) return Number(number[1]);
  return lookup.get(cleaned) ?? null;
}
