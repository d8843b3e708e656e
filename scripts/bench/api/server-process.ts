// Starts serve.ts as a child process and talks to it over stdin/stdout.
// Every child is killed when the benchmark exits, however it exits.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SERVE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'serve.ts');
const READY_TIMEOUT_MS = 120_000;

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

export interface ServerOptions {
  dataDir: string;
  distDir: string;
  /** Set to write a V8 CPU profile of the server into this folder when it stops. */
  cpuProfDir?: string;
}

export interface ServerProcess {
  port: number;
  /** From spawn until the port was printed, as the benchmark saw it. */
  spawnToReadyMs: number;
  /** startApp() alone, as the server measured it. */
  startAppMs: number;
  /** Memory now, and CPU time (µs) since the process started. */
  stats(): Promise<{ rss: number; heapUsed: number; cpu: { user: number; system: number } }>;
  stop(): Promise<void>;
}

export async function startServerProcess(options: ServerOptions): Promise<ServerProcess> {
  const args = ['--import', 'tsx'];
  if (options.cpuProfDir) args.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`);
  args.push(SERVE);
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      DATA_DIR: options.dataDir,
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://vbe.bench.example',
      PORT: '0',
      HOST: '127.0.0.1',
      BENCH_DIST_DIR: options.distDir,
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.add(child);

  // Replies come one JSON line per command, in order.
  const waiting: ((message: Record<string, unknown>) => void)[] = [];
  const lines = createInterface({ input: child.stdout! });
  lines.on('line', (line) => {
    let message: Record<string, unknown>;
    try {
      message = JSON.parse(line) as Record<string, unknown>;
    } catch {
      process.stderr.write(`[server] ${line}\n`);
      return;
    }
    waiting.shift()?.(message);
  });

  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.on('exit', () => {
      exited = true;
      children.delete(child);
      resolve();
    }),
  );
  const next = (what: string, timeoutMs = 30_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Servern svarade inte på ${what} inom ${timeoutMs / 1000} s.`)), timeoutMs);
      waiting.push((m) => {
        clearTimeout(timer);
        resolve(m);
      });
      void exit.then(() => {
        clearTimeout(timer);
        reject(new Error(`Servern avslutades innan den svarade på ${what}.`));
      });
    });

  const ready = await next('start', READY_TIMEOUT_MS);
  const spawnToReadyMs = performance.now() - started;

  return {
    port: Number(ready.port),
    spawnToReadyMs,
    startAppMs: Number(ready.startAppMs),
    async stats() {
      const reply = next('rss');
      child.stdin!.write('rss\n');
      const m = await reply;
      const cpu = m.cpu as { user: number; system: number };
      return { rss: Number(m.rss), heapUsed: Number(m.heapUsed), cpu: { user: Number(cpu.user), system: Number(cpu.system) } };
    },
    async stop() {
      if (exited) return;
      const done = next('stop').catch(() => undefined);
      child.stdin!.write('stop\n');
      await done;
      await exit;
    },
  };
}
