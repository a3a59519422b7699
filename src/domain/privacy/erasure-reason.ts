import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * The reason for an erasure stays after the person is gone, so it must not name them: their
 * name, each part of it of three letters or more, and their phone number (however it is spaced)
 * are taken out.
 */
export function withoutPerson(reason: string, person: { name: string; phone: string | null }): string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = [person.name, ...person.name.split(/\s+/)].filter((part) => [...part].length >= 3).sort((a, b) => b.length - a.length);
  let cleaned = reason;
  for (const part of parts) cleaned = cleaned.replace(new RegExp(escape(part), 'giu'), '[client]');
  if (person.phone) {
    const spaced = (digits: string) => digits.split('').join('[\\s().-]*');
    const international = person.phone.replace(/\D/g, '');
    // The number as people write it at home: without the country code, often with a leading 0.
    const national = parsePhoneNumberFromString(person.phone)?.nationalNumber ?? international;
    cleaned = cleaned.replace(new RegExp(`\\+?${spaced(international)}|(?:0[\\s().-]*)?${spaced(national)}`, 'g'), '[phone]');
  }
  return cleaned;
}
