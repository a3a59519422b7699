import { describe, expect, it } from 'vitest';
import { defineChoice, languageCode, oneOf, recordId, recordIdOr, wholeNumber } from '../../../src/domain/turn/choices.js';

const id = '5f0c1d2e-3a4b-4c5d-8e6f-708192a3b4c5';

describe('a declared choice', () => {
  it('packs its values in declaration order and reads them back', () => {
    const review = defineChoice('task', { action: oneOf('approve', 'redo'), taskId: recordId });
    expect(review.pack({ action: 'approve', taskId: id })).toBe(`task:approve:${id}`);
    expect(review.match(`task:redo:${id}`)).toEqual({ action: 'redo', taskId: id });
    expect(review.option({ action: 'redo', taskId: id }, 'Ask to redo')).toEqual({ data: `task:redo:${id}`, label: 'Ask to redo' });
  });

  it('matches nothing forged, truncated, padded or of another kind', () => {
    const mood = defineChoice('mood', { mood: wholeNumber(1, 5) });
    for (const data of ['mood:0', 'mood:6', 'mood:4:extra', 'mood:', 'mood', 'moods:4', 'mood:4.5', 'mood: 4', 'lang:en', '']) {
      expect(mood.match(data)).toBeUndefined();
    }
    const client = defineChoice('client', { clientId: recordId });
    expect(client.match(`client:${id.toUpperCase()}`)).toBeUndefined();
    expect(client.match("client:x' or 1=1")).toBeUndefined();
    const evidence = defineChoice('evidence', { taskId: recordIdOr('none') });
    expect(evidence.match('evidence:none')).toEqual({ taskId: 'none' });
    expect(evidence.match('evidence:nothing')).toBeUndefined();
    expect(defineChoice('lang', { language: languageCode }).match('lang:english')).toBeUndefined();
  });

  it('refuses, when declared, data that could outgrow the 64 bytes Telegram allows', () => {
    expect(() => defineChoice('pair', { first: recordId, second: recordId })).toThrow(/pair can pack 78 bytes/);
    expect(() => defineChoice('ok', { first: recordId, word: oneOf('approve') })).not.toThrow();
    expect(() => defineChoice('Bad-name', { first: recordId })).toThrow(/lower-case/);
  });

  it('understands the words its declaration names, and nothing when it names none', () => {
    const consent = defineChoice('consent', { answer: oneOf('yes', 'no') }, { understands: ({ answer }, reply) => reply.cleaned === (answer === 'yes' ? 'jā' : 'nē') });
    expect(consent.understands({ answer: 'yes' }, { raw: 'jā!', cleaned: 'jā' })).toBe(true);
    expect(consent.understands({ answer: 'no' }, { raw: 'jā!', cleaned: 'jā' })).toBe(false);
    expect(defineChoice('plain', { n: wholeNumber(1, 3) }).understands({ n: 1 }, { raw: 'one', cleaned: 'one' })).toBe(false);
  });
});
