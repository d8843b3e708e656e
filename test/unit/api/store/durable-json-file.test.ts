import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorruptDataFileError, DataFileReadError, DurableJsonFile, removeStaleTempFiles } from '../../../../api/store/durable-json-file.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'vbe-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const onDisk = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as unknown;
const tmpFiles = async (d: string) => (await readdir(d, { recursive: true })).filter((n) => n.endsWith('.tmp'));

describe('DurableJsonFile.read', () => {
  it('returns null when the file does not exist', async () => {
    expect(await new DurableJsonFile(path.join(dir, 'saknas.json')).read()).toBeNull();
  });

  it('returns the parsed content', async () => {
    const file = path.join(dir, 'a.json');
    await writeFile(file, '{"x":[1,2]}');
    expect(await new DurableJsonFile(file).read()).toEqual({ x: [1, 2] });
  });

  it('throws CorruptDataFileError naming the file when it is not JSON', async () => {
    const file = path.join(dir, 'trasig.json');
    await writeFile(file, '{"x": 1,');
    const err = await new DurableJsonFile(file).read().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CorruptDataFileError);
    expect(err).toBeInstanceOf(DataFileReadError);
    expect((err as CorruptDataFileError).file).toBe(file);
    expect((err as Error).message).toContain(file);
    expect((err as Error).message).toMatch(/skadad/);
  });

  it('treats an empty file as corrupt', async () => {
    const file = path.join(dir, 'tom.json');
    await writeFile(file, '');
    await expect(new DurableJsonFile(file).read()).rejects.toBeInstanceOf(CorruptDataFileError);
  });

  it('throws DataFileReadError naming the file when it cannot be read', async () => {
    const file = path.join(dir, 'mapp.json');
    await mkdir(file);
    const err = await new DurableJsonFile(file).read().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataFileReadError);
    expect(err).not.toBeInstanceOf(CorruptDataFileError);
    expect((err as Error).message).toContain(file);
  });
});

describe('DurableJsonFile.write', () => {
  it('creates missing parent folders and writes JSON', async () => {
    const file = path.join(dir, 'djup', 'mapp', 'data.json');
    await new DurableJsonFile(file).write({ hej: 'då' });
    expect(await onDisk(file)).toEqual({ hej: 'då' });
    expect(await tmpFiles(dir)).toEqual([]);
  });

  it('resolves 100 unawaited writes in call order and leaves the last snapshot on disk', async () => {
    const file = path.join(dir, 'data.json');
    const adapter = new DurableJsonFile<{ n: number }>(file);
    const state = { n: 0 };
    const resolved: number[] = [];
    const pending: Promise<void>[] = [];
    for (let i = 0; i < 100; i++) {
      state.n = i;
      pending.push(adapter.write(state).then(() => void resolved.push(i)));
    }
    await Promise.all(pending);
    expect(resolved).toEqual([...Array(100).keys()]);
    expect(await onDisk(file)).toEqual({ n: 99 });
    expect(await tmpFiles(dir)).toEqual([]);
  });

  it('writes the value as it was at call time, not when its turn came', async () => {
    const file = path.join(dir, 'data.json');
    const adapter = new DurableJsonFile<{ v: number; list: string[] }>(file);
    const state = { v: 1, list: ['a'] };
    const first = adapter.write(state);
    state.v = 2;
    state.list.push('b');
    await first;
    expect(await onDisk(file)).toEqual({ v: 1, list: ['a'] });
  });

  it('works as a lowdb adapter: each Low.write() stores its own snapshot', async () => {
    const file = path.join(dir, 'db.json');
    const db = new Low<{ items: number[] }>(new DurableJsonFile(file), { items: [] });
    await db.read();
    db.data.items.push(1);
    const w1 = db.write();
    db.data.items.push(2);
    await w1;
    expect(await onDisk(file)).toEqual({ items: [1] });
    await db.write();
    const again = new Low<{ items: number[] }>(new DurableJsonFile(file), { items: [] });
    await again.read();
    expect(again.data).toEqual({ items: [1, 2] });
  });

  it('keeps call order across two adapters on the same file', async () => {
    const file = path.join(dir, 'data.json');
    const a = new DurableJsonFile<{ n: number }>(file);
    const b = new DurableJsonFile<{ n: number }>(path.join(dir, '.', 'data.json'));
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3, 4, 5].map((n) => (n % 2 ? a : b).write({ n }).then(() => void order.push(n))));
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(await onDisk(file)).toEqual({ n: 5 });
  });

  it('read() waits for writes already called', async () => {
    const file = path.join(dir, 'data.json');
    const adapter = new DurableJsonFile<{ n: number }>(file);
    void adapter.write({ n: 1 });
    expect(await adapter.read()).toEqual({ n: 1 });
  });

  it('rejects a failed write, removes its temp file, and later writes still succeed', async () => {
    const file = path.join(dir, 'data.json');
    const adapter = new DurableJsonFile<{ n: number }>(file);
    await adapter.write({ n: 1 });
    await rm(file);
    // A directory in the file's place makes rename() fail, even as root.
    await mkdir(file);
    const order: string[] = [];
    const failing = adapter.write({ n: 2 }).then(
      () => void order.push('2 ok'),
      (err: unknown) => void order.push(`2 ${(err as NodeJS.ErrnoException).code}`),
    );
    const alsoFailing = adapter.write({ n: 3 }).then(
      () => void order.push('3 ok'),
      () => void order.push('3 failed'),
    );
    await Promise.all([failing, alsoFailing]);
    expect(order[0]).toMatch(/^2 E/);
    expect(order[1]).toBe('3 failed');
    expect(await tmpFiles(dir)).toEqual([]);

    await rm(file, { recursive: true });
    await adapter.write({ n: 4 });
    expect(await onDisk(file)).toEqual({ n: 4 });
  });

  it('rejects a value JSON cannot express without queueing it', async () => {
    const adapter = new DurableJsonFile<unknown>(path.join(dir, 'data.json'));
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(adapter.write(cyclic)).rejects.toThrow(TypeError);
    await expect(adapter.write(undefined)).rejects.toThrow(/JSON/);
    await adapter.write({ ok: true });
    expect(await adapter.read()).toEqual({ ok: true });
  });
});

describe('removeStaleTempFiles', () => {
  it('removes *.tmp files recursively and keeps everything else', async () => {
    await mkdir(path.join(dir, 'sub', 'deeper'), { recursive: true });
    await writeFile(path.join(dir, 'data.json'), '{}');
    await writeFile(path.join(dir, 'data.json.123.abcdef012345.tmp'), '{"half');
    await writeFile(path.join(dir, 'sub', 'deeper', 'x.json.9.ff.tmp'), '');
    await writeFile(path.join(dir, 'sub', 'notes.txt'), 'tmp');
    const removed = await removeStaleTempFiles(dir);
    expect(removed.sort()).toEqual([path.join(dir, 'data.json.123.abcdef012345.tmp'), path.join(dir, 'sub', 'deeper', 'x.json.9.ff.tmp')].sort());
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(['data.json', 'sub', path.join('sub', 'deeper'), path.join('sub', 'notes.txt')].sort());
  });

  it('returns [] for a folder that does not exist', async () => {
    expect(await removeStaleTempFiles(path.join(dir, 'saknas'))).toEqual([]);
  });
});
