import { describe, expect, it } from 'vitest';
import { withoutPerson } from '../../../src/domain/privacy/erasure-reason.js';

describe('the reason kept after an erasure', () => {
  it('names neither the person nor their phone, however they were written', () => {
    const person = { name: 'Olena Petrenko', phone: '+380671234567' };
    expect(withoutPerson('Olena Petrenko asked by phone', person)).toBe('[client] asked by phone');
    expect(withoutPerson('olena asked; her brother PETRENKO called', person)).toBe('[client] asked; her brother [client] called');
    expect(withoutPerson('call +380 67 123-45-67 or 067 123 45 67', person)).toBe('call [phone] or [phone]');
    expect(withoutPerson('asked in person', { name: 'Al', phone: null })).toBe('asked in person');
  });
});
