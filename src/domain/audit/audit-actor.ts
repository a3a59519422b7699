/** Who can act in the trail: a staff member in the console, the admin token, the service, or a person in a bot. */
const personKinds = ['staff', 'mentor', 'client'] as const;
export const actorKinds = [...personKinds, 'admin', 'system'] as const;
export type ActorKind = (typeof actorKinds)[number];

/** An actor as the trail shows it; `unknown` for a string this service never writes. */
export interface Actor {
  kind: ActorKind | 'unknown';
  id: string | null;
}

const withId = /^(staff|mentor|client):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The actor an `actor` column holds: `staff:<id>`, `mentor:<id>`, `client:<id>`, `admin` or `system`. */
export function parseActor(actor: string): Actor {
  if (actor === 'admin' || actor === 'system') return { kind: actor, id: null };
  const match = withId.exec(actor);
  return match ? { kind: match[1] as ActorKind, id: match[2] ?? null } : { kind: 'unknown', id: null };
}

/**
 * Whether a filter names actors: one actor (`staff:<id>`, `admin`, ...) or every actor of a kind
 * (`staff`, `mentor`, `client`).
 */
export function isActorFilter(filter: string): boolean {
  return isKindFilter(filter) || parseActor(filter).kind !== 'unknown';
}

/** Whether a filter names every actor of a kind of person rather than one actor. */
export function isKindFilter(filter: string): boolean {
  return (personKinds as readonly string[]).includes(filter);
}
