import { maxPageSize, type Page, type PageRequest } from '../../../core/pagination.js';

/**
 * Every item of a paged listing, for the short lists a form chooses from
 * (mentors, staff): a programme has tens of them, not thousands.
 */
export async function everyPage<T>(list: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await list({ limit: maxPageSize, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}
