/**
 * How a walker says why it cannot vouch for a file. The entry point turns
 * each into a status; none of them escapes it.
 */

/** The structure cannot be followed, so it cannot be proven that no metadata is left. */
export class MalformedMedia extends Error {}

/** The file declares more structure than any real file has: treated as hostile, never re-encoded. */
export class MediaTooComplex extends Error {}

/** The file carries location in a form that cannot be removed without rewriting it. */
export class UnstrippableMetadata extends Error {}
