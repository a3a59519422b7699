import { describe, expect, it } from 'vitest';
import { parseMood } from '../../../src/domain/checkins/mood-words.js';

describe('parseMood', () => {
  it.each([
    ['1', 1], ['5', 5], [' 4 ', 4], ['3/5', 3], ['4 из 5', 4], ['2 of 5', 2],
    ['😞', 1], ['🙁', 2], ['😐', 3], ['🙂', 4], ['😄', 5],
    ['terrible', 1], ['Bad', 2], ['ok', 3], ['Good!', 4], ['great', 5],
    ['ļoti slikti', 1], ['slikti', 2], ['normāli', 3], ['labi', 4], ['lieliski', 5],
    ['ужасно', 1], ['плохо', 2], ['так себе', 3], ['Хорошо', 4], ['отлично', 5],
    ['жахливо', 1], ['погано', 2], ['так собі', 3], ['добре', 4], ['чудово', 5],
  ])('reads %j as %i', (text, mood) => {
    expect(parseMood(text)).toBe(mood);
  });

  it.each(['0', '6', '45', 'I feel good because the course went well today', 'hello', '', 'good morning'])(
    'does not take %j for an answer',
    (text) => {
      expect(parseMood(text)).toBeNull();
    },
  );
});
