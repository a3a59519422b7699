import type { Selectable } from 'kysely';
import type { StaffRole, StaffTable } from '../../db/database.js';

/** A staff member as the console and the API see them: never their password hash. */
export interface Staff {
  id: string;
  email: string | null;
  name: string;
  role: StaffRole;
  mentorId: string | null;
  /** The languages an interpreter translates; empty for anyone else. */
  languages: string[];
  language: string;
  timezone: string;
  active: boolean;
  hasPassword: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export function toStaff(row: Selectable<StaffTable>): Staff {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    mentorId: row.mentor_id,
    languages: row.languages,
    language: row.language,
    timezone: row.timezone,
    active: row.active,
    hasPassword: row.password_hash !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
