// The page side of the search worker: one worker per page, created lazily.
import type { SearchOptions, SearchResponse } from '../../lib/search/query.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: SearchResponse) => void; reject: (e: Error) => void }>();

// A worker that fails (e.g. its script is gone after a redeploy) must not
// leave searches waiting forever: fail them all and start afresh next time.
function failAll(message: string): void {
  worker?.terminate();
  worker = undefined;
  for (const p of pending.values()) p.reject(new Error(message));
  pending.clear();
}

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    worker.onerror = (event) => {
      event.preventDefault();
      failAll('Sökningen kunde inte starta. Ladda om sidan och försök igen.');
    };
    worker.onmessageerror = () => failAll('Sökningen misslyckades. Försök igen.');
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const msg = event.data;
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      if (msg.type === 'results') p.resolve(msg.response);
      else p.reject(new Error(msg.message));
    };
  }
  return worker;
}

function post(msg: WorkerRequest): void {
  getWorker().postMessage(msg);
}

/**
 * Starts the worker script (not the index) once the page is idle, so the
 * first search does not wait for it to download and compile.
 */
export function warmUpWhenIdle(): void {
  const start = () => void getWorker();
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}

/** Starts fetching the index; called when a search box first gets focus. */
export function preloadIndex(): void {
  post({ type: 'load' });
}

export function search(text: string, options: SearchOptions): Promise<SearchResponse> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    post({ type: 'search', id, text, options });
  });
}
