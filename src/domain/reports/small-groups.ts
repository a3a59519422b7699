export interface Group {
  value: string;
  clients: number;
}

export const otherGroup = 'other';

/**
 * Groups largest first, with every group of fewer than `minimum` clients merged into "other".
 * When "other" itself would be that small it takes the next smallest groups too, so no figure in
 * the table is of fewer than `minimum` people (unless the whole table is).
 */
export function mergeSmallGroups(counts: Map<string, number>, minimum: number): Group[] {
  const groups = [...counts]
    .map(([value, clients]) => ({ value, clients }))
    .sort((a, b) => b.clients - a.clients || a.value.localeCompare(b.value));
  const kept = groups.filter((group) => group.clients >= minimum && group.value !== otherGroup);
  let other = groups.filter((group) => !kept.includes(group)).reduce((sum, group) => sum + group.clients, 0);
  while (other > 0 && other < minimum && kept.length > 0) other += kept.pop()?.clients ?? 0;
  return other > 0 ? [...kept, { value: otherGroup, clients: other }] : kept;
}
