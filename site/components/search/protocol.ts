// Messages between the page and the search worker.
import type { SearchOptions, SearchResponse } from '../../lib/search/query.ts';

export type WorkerRequest = { type: 'load' } | { type: 'search'; id: number; text: string; options: SearchOptions };

export type WorkerResponse =
  | { type: 'results'; id: number; response: SearchResponse }
  | { type: 'error'; id: number; message: string };

export const INDEX_URL = '/search/index.json';
