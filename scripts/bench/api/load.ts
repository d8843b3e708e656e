// Latency series and closed-loop load for the API benchmark. Times are
// client-side round trips over loopback, response parsing included.

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentile of sorted values, p in (0, 100]. */
function rank(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summarise(values: number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return { n: 0, p50: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN };
  return { n: s.length, p50: rank(s, 50), p95: rank(s, 95), p99: rank(s, 99), max: s[s.length - 1], mean: s.reduce((a, b) => a + b, 0) / s.length };
}

/** Calls fn(i) n times one after another; milliseconds per call. */
export async function sequential(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn(i);
    times.push(performance.now() - start);
  }
  return times;
}

export interface LoadResult {
  clients: number;
  seconds: number;
  completed: number;
  errors: number;
  firstError?: string;
  perSecond: number;
  latency: Summary;
}

/**
 * `clients` loops, each calling fn(client, i) back to back until the time is
 * up. Only calls that finish inside the window count.
 */
export async function closedLoop(clients: number, seconds: number, fn: (client: number, i: number) => Promise<unknown>): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const start = performance.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; performance.now() < end; i++) {
        const t = performance.now();
        try {
          await fn(client, i);
          const done = performance.now();
          if (done <= end) latencies.push(done - t);
        } catch (err) {
          errors++;
          firstError ??= err instanceof Error ? err.message : String(err);
        }
      }
    }),
  );
  return { clients, seconds, completed: latencies.length, errors, firstError, perSecond: latencies.length / seconds, latency: summarise(latencies) };
}
