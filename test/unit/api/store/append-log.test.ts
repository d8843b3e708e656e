import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppendOnlyLog, CorruptLogLineError } from '../../../../api/store/append-log.ts';

let dir: string;
let log: AppendOnlyLog;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vbe-'));
  log = new AppendOnlyLog(path.join(dir, 'audit'));
});

afterEach(async () => {
  await log.close();
  await rm(dir, { recursive: true, force: true });
});

describe('AppendOnlyLog', () => {
  it('appends JSON lines to a file per UTC month taken from entry.at', async () => {
    await log.append({ at: '2026-10-31T23:59:59.000Z', action: 'a' });
    // 00:30 in Stockholm on 1 December is still November in UTC.
    await log.append({ at: '2026-12-01T00:30:00+01:00', action: 'b' });
    await log.append({ at: '2026-12-01T00:30:00Z', action: 'c' });
    expect((await readdir(path.join(dir, 'audit'))).sort()).toEqual(['2026-10.jsonl', '2026-11.jsonl', '2026-12.jsonl']);
    expect(await readFile(path.join(dir, 'audit', '2026-10.jsonl'), 'utf8')).toBe('{"at":"2026-10-31T23:59:59.000Z","action":"a"}\n');
    expect(await log.readAll()).toEqual([
      { at: '2026-10-31T23:59:59.000Z', action: 'a' },
      { at: '2026-12-01T00:30:00+01:00', action: 'b' },
      { at: '2026-12-01T00:30:00Z', action: 'c' },
    ]);
  });

  it('uses the current month when entry.at is missing or not an ISO date', async () => {
    const month = new Date().toISOString().slice(0, 7);
    await log.append({ action: 'utan tid' });
    await log.append({ at: 'igår', action: 'konstig tid' });
    await log.append({ at: 12345, action: 'tal' });
    expect(await readdir(path.join(dir, 'audit'))).toEqual([`${month}.jsonl`]);
    expect(await log.readAll()).toHaveLength(3);
  });

  it('keeps call order for appends not awaited in between', async () => {
    const resolved: number[] = [];
    await Promise.all(Array.from({ length: 200 }, (_, i) => log.append({ at: '2026-11-22T10:00:00Z', i }).then(() => void resolved.push(i))));
    expect(resolved).toEqual([...Array(200).keys()]);
    expect((await log.readAll()).map((e) => (e as { i: number }).i)).toEqual([...Array(200).keys()]);
  });

  it('stores a line with newlines in its strings as one line', async () => {
    await log.append({ at: '2026-11-22T10:00:00Z', text: 'rad 1\nrad 2\u2028' });
    const raw = await readFile(path.join(dir, 'audit', '2026-11.jsonl'), 'utf8');
    expect(raw.split('\n')).toHaveLength(2);
    expect(await log.readAll()).toEqual([{ at: '2026-11-22T10:00:00Z', text: 'rad 1\nrad 2\u2028' }]);
  });

  it('ignores a cut-off last line, and the next append starts on a clean line', async () => {
    const file = path.join(dir, 'audit', '2026-11.jsonl');
    await log.append({ at: '2026-11-01T00:00:00Z', i: 1 });
    await log.close();
    await appendFile(file, '{"at":"2026-11-01T00:00:01Z","i":');
    expect(await log.readAll()).toEqual([{ at: '2026-11-01T00:00:00Z', i: 1 }]);

    const reopened = new AppendOnlyLog(path.join(dir, 'audit'));
    await reopened.append({ at: '2026-11-02T00:00:00Z', i: 2 });
    await reopened.close();
    expect(await readFile(file, 'utf8')).toBe('{"at":"2026-11-01T00:00:00Z","i":1}\n{"at":"2026-11-02T00:00:00Z","i":2}\n');
  });

  it('tolerates a cut-off last line in an earlier month too', async () => {
    const audit = path.join(dir, 'audit');
    await log.append({ at: '2026-12-01T00:00:00Z', i: 2 });
    await writeFile(path.join(audit, '2026-11.jsonl'), '{"i":1}\n{"i":');
    expect(await log.readAll()).toEqual([{ i: 1 }, { at: '2026-12-01T00:00:00Z', i: 2 }]);
  });

  it('refuses a corrupt line in the middle of a file, naming file and line', async () => {
    const audit = path.join(dir, 'audit');
    await log.append({ at: '2026-11-01T00:00:00Z', i: 1 });
    const file = path.join(audit, '2026-11.jsonl');
    await appendFile(file, 'skräp\n{"i":3}\n');
    const err = await log.readAll().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorruptLogLineError);
    expect((err as Error).message).toContain(file);
    expect((err as CorruptLogLineError).line).toBe(2);
  });

  it('returns [] before anything is written, and reopens files after close()', async () => {
    expect(await log.readAll()).toEqual([]);
    await log.append({ at: '2026-11-01T00:00:00Z', i: 1 });
    await log.close();
    await log.append({ at: '2026-11-01T00:00:01Z', i: 2 });
    expect(await log.readAll()).toHaveLength(2);
  });

  it('a failed append rejects alone; later appends still run', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(log.append(cyclic)).rejects.toThrow(TypeError);
    // A folder in the month file's place makes opening it fail.
    await mkdir(path.join(dir, 'audit', '2026-10.jsonl'), { recursive: true });
    const failing = log.append({ at: '2026-10-01T00:00:00Z', ok: false });
    const next = log.append({ at: '2026-11-01T00:00:00Z', ok: true });
    await expect(failing).rejects.toMatchObject({ code: 'EISDIR' });
    await next;
    await rm(path.join(dir, 'audit', '2026-10.jsonl'), { recursive: true });
    expect(await log.readAll()).toEqual([{ at: '2026-11-01T00:00:00Z', ok: true }]);
  });
});
