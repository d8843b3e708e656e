// The real server for the API benchmark, in a process of its own so the
// benchmark's clients do not share its event loop. Configured from the
// environment as in production (DATA_DIR, NODE_ENV, PORT, HOST). Prints one
// JSON line when listening, then answers line commands on stdin:
//   rss  → {"rss":…,"heapUsed":…,"cpu":{"user":…,"system":…}} (cpu in µs since start)
//   stop → closes the app (so --cpu-prof can write its profile), {"stopped":true}
import path from 'node:path';
import { createInterface } from 'node:readline';
import { startApp } from '../../../api/app.ts';
import { configFromEnv } from '../../../api/config.ts';

const reply = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

const config = configFromEnv();
const before = performance.now();
const app = await startApp(config, process.env.BENCH_DIST_DIR ?? path.join(config.dataDir, 'no-site'));
const startAppMs = performance.now() - before;

app.server.listen(config.port, config.host, () => {
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // performance.now() counts from process start: it includes loading tsx and the code.
  reply({ port, startAppMs, sinceProcessStartMs: performance.now() });
});

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  // A hung close must not leave an orphan process behind.
  setTimeout(() => process.exit(1), 10_000).unref();
  await app.close();
  reply({ stopped: true });
  process.exit(0);
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const command = line.trim();
  if (command === 'rss') {
    const { rss, heapUsed } = process.memoryUsage();
    reply({ rss, heapUsed, cpu: process.cpuUsage() });
  } else if (command === 'stop') {
    void stop();
  }
});
// stdin closes when the benchmark dies: never outlive it.
lines.on('close', () => void stop());
