// SIGKILL the server during a stream of writes, start it again on the same
// data folder, and find every write that was acknowledged.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { apiClient, type ApiClient } from '../fixtures/api/client.ts';
import { PASSWORD } from '../fixtures/api/server.ts';

const SERVE = fileURLToPath(new URL('../fixtures/api/serve.ts', import.meta.url));
const children = new Set<ChildProcess>();
const dirs: string[] = [];

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVE], {
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', (line) => resolve((JSON.parse(line) as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`Servern avslutades (${code}) innan den lyssnade.`)));
  });
  return { child, url };
}

async function killed(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

async function jsonFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => path.join(e.parentPath, e.name));
}

interface Acked {
  meetings: Set<string>;
  saves: { meetingId: string; itemId: string; text: string }[];
}

/** One client's stream: create a meeting, then save minutes to it, again and again. */
async function writeStream(client: ApiClient, forumId: string, stream: number, acked: Acked, stop: { now: boolean }) {
  let n = 0;
  while (!stop.now) {
    const day = String((n % 27) + 1).padStart(2, '0');
    // Days repeat within a stream: the test is about storage, not the one-meeting-a-day rule.
    const meeting = await client.meetings.create.mutate({ forumId, startsAt: `2026-0${(stream % 9) + 1}-${day}T10:00:00+01:00`, allowSameDay: true });
    acked.meetings.add(meeting.id);
    for (const item of meeting.agenda.slice(0, 3)) {
      const text = `Ström ${stream}, anteckning ${n++}`;
      await client.minutes.saveItem.mutate({ meetingId: meeting.id, itemId: item.id, text });
      acked.saves.push({ meetingId: meeting.id, itemId: item.id, text });
    }
  }
}

describe('crash safety', () => {
  it('keeps every acknowledged write across SIGKILLs at random moments', { timeout: 90_000 }, async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'vbe-crash-'));
    dirs.push(dataDir);
    const acked: Acked = { meetings: new Set(), saves: [] };
    let cookie = '';

    for (let round = 0; round < 3; round++) {
      const { child, url } = await startServer(dataDir);
      const client = apiClient(url);
      if (cookie) {
        // The session written before the crash survives it.
        client.cookie = cookie;
        expect((await client.auth.me.query()).account?.username).toBe('konvenor.bra');
      } else {
        await client.auth.login.mutate({ username: 'konvenor.bra', password: PASSWORD });
        cookie = client.cookie;
      }
      const forumId = (await client.forums.list.query())[0].id;

      const stop = { now: false };
      const failures: unknown[] = [];
      // Errors after the kill are expected; errors before it are not.
      const streams = [0, 1, 2, 3].map((s) =>
        writeStream(client, forumId, s + round * 4, acked, stop).catch((err) => stop.now || failures.push(err)),
      );
      const target = acked.saves.length + 40;
      while (acked.saves.length < target) {
        if (failures.length) throw failures[0];
        await new Promise((r) => setTimeout(r, 5));
      }
      await new Promise((r) => setTimeout(r, Math.random() * 30));
      stop.now = true;
      await killed(child);
      await Promise.all(streams);
    }

    for (const file of await jsonFiles(dataDir)) {
      await expect(readFile(file, 'utf8').then(JSON.parse), file).resolves.toBeTypeOf('object');
    }

    const { child, url } = await startServer(dataDir);
    // The start repaired any audit line a kill cut short: every line is whole.
    for (const name of await readdir(path.join(dataDir, 'audit'))) {
      const text = await readFile(path.join(dataDir, 'audit', name), 'utf8');
      expect(text.endsWith('\n'), name).toBe(true);
      for (const line of text.split('\n').filter(Boolean)) expect(() => JSON.parse(line), `${name}: ${line}`).not.toThrow();
    }
    const client = apiClient(url);
    client.cookie = cookie;
    for (const id of acked.meetings) {
      await expect(client.meetings.get.query({ id }), `möte ${id}`).resolves.toMatchObject({ id });
    }
    const histories = new Map<string, string[]>();
    for (const save of acked.saves) {
      if (!histories.has(save.meetingId)) {
        const history = await client.minutes.history.query({ meetingId: save.meetingId });
        histories.set(save.meetingId, history.map((v) => v.item?.text ?? ''));
      }
      expect(histories.get(save.meetingId), save.text).toContain(save.text);
    }
    expect(acked.saves.length).toBeGreaterThanOrEqual(120);
    await killed(child);
  });
});
