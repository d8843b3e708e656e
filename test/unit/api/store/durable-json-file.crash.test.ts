// SIGKILLs a writer at random moments: every acknowledged write must be on disk and the
// file must always be whole JSON. (This covers process crashes; power loss would also
// need the fsyncs, which no test here can observe.)
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DurableJsonFile, removeStaleTempFiles } from '../../../../api/store/durable-json-file.ts';

const projectRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const fixture = fileURLToPath(new URL('../../../fixtures/store/write-stream.ts', import.meta.url));
const pad = 'x'.repeat(20000);

const dirs: string[] = [];

afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function runAndKill(mode: 'await' | 'queue') {
  const dir = await mkdtemp(path.join(tmpdir(), 'vbe-'));
  dirs.push(dir);
  const file = path.join(dir, 'data.json');
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, file, mode], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  const acks: number[] = [];
  let pending = '';
  let stderr = '';
  let killDelay: number | undefined;
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.on('data', (c: Buffer) => {
    pending += c.toString();
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) acks.push(Number(/^ack (\d+)$/.exec(line)?.[1] ?? NaN));
    if (acks.length >= 50 && killDelay === undefined) {
      killDelay = Math.random() * 80;
      setTimeout(() => child.kill('SIGKILL'), killDelay);
    }
  });
  const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, sig) => resolve(sig)));
  expect(signal, `the writer stopped by itself: ${stderr}`).toBe('SIGKILL');
  return { dir, file, acks, killDelay: killDelay! };
}

async function checkAfterCrash(run: Awaited<ReturnType<typeof runAndKill>>, maxUnacked: number) {
  const { dir, file, acks } = run;
  // Acks came strictly in call order, none skipped.
  expect(acks).toEqual(acks.map((_, i) => i + 1));
  const lastAck = acks.at(-1)!;
  const data = JSON.parse(await readFile(file, 'utf8')) as { n: number; pad: string };
  expect(data.n).toBeGreaterThanOrEqual(lastAck);
  // The queue runs one write at a time, so at most the write whose ack was cut off is beyond
  // the last ack. Serialising late (at its turn, not at call time) would show up here in queue mode.
  expect(data.n).toBeLessThanOrEqual(lastAck + maxUnacked);
  expect(data.pad).toBe(pad);
  // The next start finds temp files at most, and cleans them up.
  const leftovers = (await readdir(dir)).filter((n) => n !== 'data.json');
  expect(leftovers.every((n) => n.endsWith('.tmp'))).toBe(true);
  await removeStaleTempFiles(dir);
  expect(await readdir(dir)).toEqual(['data.json']);
  expect(await new DurableJsonFile(file).read()).toEqual(data);
  return { lastAck, onDisk: data.n };
}

describe('DurableJsonFile after SIGKILL', () => {
  it.each([1, 2, 3, 4])('awaited writes: every acknowledged write survives (run %i)', async () => {
    const run = await runAndKill('await');
    await checkAfterCrash(run, 1);
  }, 10_000);

  it.each([1, 2])('queued writes of a mutated object: order and snapshots survive (run %i)', async () => {
    const run = await runAndKill('queue');
    await checkAfterCrash(run, 1);
  }, 10_000);
});
