// Content entries per kind, in the order the site lists them.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ContentKind } from './content/schemas.ts';
import { MILIEUS, CONTACT_FUNCTIONS } from './content/schemas.ts';

export type AnyEntry = CollectionEntry<ContentKind>;

const byTitle = (a: AnyEntry, b: AnyEntry) => a.data.title.localeCompare(b.data.title, 'sv');
const byOrder = (a: AnyEntry, b: AnyEntry) => {
  const oa = 'order' in a.data ? (a.data.order ?? 999) : 999;
  const ob = 'order' in b.data ? (b.data.order ?? 999) : 999;
  return oa - ob || byTitle(a, b);
};

export async function sortedEntries(kind: ContentKind): Promise<AnyEntry[]> {
  const entries: AnyEntry[] = await getCollection(kind);
  switch (kind) {
    case 'symbols':
      return entries.sort((a, b) => rank(MILIEUS, a.data, 'milieu') - rank(MILIEUS, b.data, 'milieu') || byTitle(a, b));
    case 'plans':
      return entries.sort((a, b) => ('year' in b.data ? b.data.year : 0) - ('year' in a.data ? a.data.year : 0) || byTitle(a, b));
    case 'contacts':
      return entries.sort((a, b) => rank(CONTACT_FUNCTIONS, a.data, 'function') - rank(CONTACT_FUNCTIONS, b.data, 'function') || byTitle(a, b));
    default:
      return entries.sort(byOrder);
  }
}

function rank(order: readonly string[], data: object, key: string): number {
  const v = (data as Record<string, unknown>)[key];
  return typeof v === 'string' ? order.indexOf(v) : order.length;
}
