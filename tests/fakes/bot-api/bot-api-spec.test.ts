import { describe, expect, it } from 'vitest';
import { canonicalMethod, fieldKind, isSpecMethod } from './bot-api-spec.js';
import { METHODS } from './method-table.js';
import { coerceFormValue } from './params.js';

describe('parameter kinds read from bot-api-spec.json', () => {
  it('knows every method the fake implements, so each is reached whatever its spelling', () => {
    for (const method of [...Object.keys(METHODS), 'getUpdates']) {
      expect(isSpecMethod(method), method).toBe(true);
      expect(canonicalMethod(method.toUpperCase())).toBe(method);
    }
    expect(canonicalMethod('doSomethingNew')).toBe('doSomethingNew');
  });

  it('reads each field by the type its own method declares', () => {
    expect(fieldKind('sendMessage', 'reply_markup')).toBe('json');
    expect(fieldKind('sendMessage', 'chat_id')).toBe('number');
    expect(fieldKind('sendMessage', 'disable_notification')).toBe('boolean');
    expect(fieldKind('sendMessage', 'text')).toBeUndefined();
    expect(fieldKind('sendLocation', 'latitude')).toBe('number');
    // The same name means different things in different methods.
    expect(fieldKind('sendPhoto', 'photo')).toBeUndefined();
    expect(fieldKind('setMyProfilePhoto', 'photo')).toBe('json');
    expect(fieldKind('getUpdates', 'offset')).toBe('number');
    expect(fieldKind('getUserGifts', 'offset')).toBeUndefined();
  });

  it('coerces form values like Telegram and leaves what does not fit for the handler to reject', () => {
    expect(coerceFormValue('sendMessage', 'chat_id', '-1001234')).toBe(-1001234);
    expect(coerceFormValue('sendMessage', 'chat_id', '@alice_w')).toBe('@alice_w');
    expect(coerceFormValue('sendMessage', 'text', '42')).toBe('42');
    expect(coerceFormValue('sendMessage', 'protect_content', 'true')).toBe(true);
    expect(coerceFormValue('sendMessage', 'reply_markup', '{"inline_keyboard":[]}')).toEqual({ inline_keyboard: [] });
    expect(() => coerceFormValue('sendMessage', 'reply_markup', '{oops')).toThrow("can't parse reply_markup JSON object");
    expect(coerceFormValue('doSomethingNew', 'chat_id', '1')).toBe('1');
  });
});
