import { describe, expect, it } from 'vitest';
import { crisisWordMatcher, defaultCrisisWords } from '../../../src/domain/safety/crisis-words.js';

const isCrisis = crisisWordMatcher(defaultCrisisWords);

describe('crisis words', () => {
  it.each([
    ['en', 'Sometimes I think about suicide'],
    ['en', 'I feel SUICIDAL today'],
    ['en', 'i just want to   die'],
    ['en', 'I hurt myself again yesterday'],
    ['lv', 'Es domāju par pašnāvību'],
    ['lv', 'Negribu dzīvot vairs'],
    ['ru', 'Я больше не хочу жить'],
    ['ru', 'думаю о самоубийстве'],
    ['ru', 'Хочу покончить с собой'],
    ['uk', 'Я хочу померти'],
    ['uk', 'Думаю про самогубство'],
    ['uk', 'я вб’ю себе'],
  ])('notices %s: %s', (_language, text) => {
    expect(isCrisis(text)).toBe(true);
  });

  it.each([
    'I cooked a healthy dinner and went for a walk',
    'The exam will kill me, haha, but I studied',
    'Es gribu nomazgāt traukus',
    'Хочу жить лучше',
    'Хочу поспати',
    'antisuicide campaign poster',
  ])('lets an everyday message pass: %s', (text) => {
    expect(isCrisis(text)).toBe(false);
  });

  it('reads ё as е and any apostrophe alike', () => {
    const matcher = crisisWordMatcher({ ru: ['всё надоело'], uk: ["п'ю"] });
    expect(matcher('Мне ВСЕ надоело')).toBe(true);
    expect(matcher('я пʼю')).toBe(true);
    expect(matcher('я п’ю')).toBe(true);
    expect(matcher('я пю')).toBe(false);
  });

  it('matches nothing when every list is empty', () => {
    expect(crisisWordMatcher({ en: [] })('suicide')).toBe(false);
  });
});
