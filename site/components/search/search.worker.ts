// Loads the prebuilt index on first use and answers queries off the main
// thread, so typing never waits for the search. Nothing leaves the browser.
import type { SearchBundle } from '../../lib/search/build-index.ts';
import { SearchEngine } from '../../lib/search/query.ts';
import { INDEX_URL, type WorkerRequest, type WorkerResponse } from './protocol.ts';

let engine: Promise<SearchEngine> | undefined;

function load(): Promise<SearchEngine> {
  engine ??= fetch(INDEX_URL)
    .then((res) => {
      if (!res.ok) throw new Error(`Sökindexet kunde inte hämtas (${res.status}).`);
      return res.json() as Promise<SearchBundle>;
    })
    .then((bundle) => new SearchEngine(bundle));
  // A failed load may be retried on the next query.
  engine.catch(() => (engine = undefined));
  return engine;
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const msg = event.data;
  if (msg.type === 'load') {
    load().catch(() => undefined);
    return;
  }
  let reply: WorkerResponse;
  try {
    const response = (await load()).search(msg.text, msg.options);
    reply = { type: 'results', id: msg.id, response };
  } catch (err) {
    reply = { type: 'error', id: msg.id, message: err instanceof Error ? err.message : 'Sökningen misslyckades.' };
  }
  self.postMessage(reply);
};
