/** A record id as it appears inside a choice's data, which comes from the user's device and is checked before use. */
export const uuidSource = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** A whole string that is a record id. */
export const uuidPattern = new RegExp(`^${uuidSource}$`);
