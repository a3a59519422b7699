import { describe, expect, it } from 'vitest';
import { parseDueDate } from '../../../src/domain/tasks/due-dates.js';

describe('due dates as mentors type them', () => {
  it.each([
    ['2026-11-25', '2026-11-25'],
    ['25.11.2026', '2026-11-25'],
    ['25.11', '2026-11-25'],
    ['25/11', '2026-11-25'],
    ['5.1', '2027-01-05'],
    ['23.11', '2026-11-23'],
    [' 1.12 ', '2026-12-01'],
  ])('reads %s as %s on 23 November 2026', (text, expected) => {
    expect(parseDueDate(text, '2026-11-23')).toBe(expected);
  });

  it.each(['31.02', '2026-02-29', '22.11.2026', 'tomorrow', '25-11', '32.1'])('refuses %s', (text) => {
    expect(parseDueDate(text, '2026-11-23')).toBeNull();
  });
});
