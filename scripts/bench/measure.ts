// Timing, size and memory helpers for the search benchmark.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';

export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile, p in (0, 100]. */
export function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}

export interface Sizes {
  raw: number;
  gzip: number;
}

export function sizes(json: string): Sizes {
  const bytes = Buffer.from(json, 'utf8');
  return { raw: bytes.length, gzip: gzipSync(bytes).length };
}

// npm run does not pass --expose-gc; V8 can still hand out gc() to a new
// context once the flag is set, which is enough for a settled heap reading.
const gc: (() => void) | undefined = exposeGc();

function exposeGc(): (() => void) | undefined {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

export const gcAvailable = gc !== undefined;

export function collectGarbage(): void {
  gc?.();
}

/** heapUsed after a full collection (if gc is available). */
export function settledHeap(): number {
  collectGarbage();
  collectGarbage(); // a second pass frees what finalisers of the first released
  return process.memoryUsage().heapUsed;
}
