import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatContentError, loadContent, type ContentError } from '../../scripts/lib/content-files.ts';

const BROKEN = 'test/fixtures/broken-content';
const f = (p: string) => `${BROKEN}/${p}`;

// In CONTENT_KINDS order, files sorted by name within a kind.
const EXPECTED: ContentError[] = [
  { file: f('guidance/Fel-Namn.md'), field: '(filnamn)', problem: 'ska vara små bokstäver a–z, siffror och bindestreck' },
  { file: f('guidance/saknar-titel.md'), field: 'title', problem: 'saknas' },
  { file: f('guidance/trasig-yaml.md'), field: '(front matter)', problem: expect.stringMatching(/^ogiltig YAML: \S/) },
  { file: f('routines/okant-falt.md'), field: '(front matter)', problem: 'okänt fält: author' },
  { file: f('routines/utan-brodtext.md'), field: '(brödtext)', problem: 'saknas' },
  {
    file: f('symbols/okand-miljo.md'),
    field: 'milieu',
    problem: 'ska vara ett av: autonoma, vit-makt, islamistisk (inte ”nazism”)',
  },
  { file: f('symbols/tom-seen-in.md'), field: 'seenIn', problem: 'minst en plats där symbolen syns' },
  { file: f('plans/fel-avsnitt.md'), field: 'activities.1.section', problem: 'avsnittet ”skills” saknas i sections' },
  { file: f('contacts/fel-epost.md'), field: 'email', problem: 'demoadresser ska sluta på .invalid' },
];

describe('loadContent on broken content', () => {
  it('reports exactly the expected file, field and problem for each broken file', async () => {
    const { errors } = await loadContent(BROKEN);
    expect(errors).toEqual(EXPECTED);
  });

  it('keeps no entry for a file whose front matter fails', async () => {
    const { entries } = await loadContent(BROKEN);
    // Only the bad filename leaves valid front matter; it is still reported above.
    expect(entries.map((e) => e.file)).toEqual([f('guidance/Fel-Namn.md')]);
  });

  it('gives file paths relative to the working directory', async () => {
    const { errors } = await loadContent(`${process.cwd()}/${BROKEN}`);
    expect(errors.map((e) => e.file)).toEqual(EXPECTED.map((e) => e.file));
  });

  it('returns nothing for a directory that does not exist', async () => {
    expect(await loadContent('test/fixtures/finns-inte')).toEqual({ entries: [], errors: [] });
  });
});

describe('formatContentError', () => {
  it('formats as "file: field: problem"', () => {
    expect(formatContentError({ file: 'content/symbols/x.md', field: 'seenIn', problem: 'saknas' })).toBe(
      'content/symbols/x.md: seenIn: saknas',
    );
  });
});

describe('check-content CLI', () => {
  it('exits 1 and prints every error line for broken content', async () => {
    const { errors } = await loadContent(BROKEN);
    const run = spawnSync('npx', ['tsx', 'scripts/check-content.ts', BROKEN], { encoding: 'utf8', cwd: process.cwd() });
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n');
    for (const e of errors) expect(lines).toContain(formatContentError(e));
    expect(run.stderr).toContain(`${EXPECTED.length} fel i innehållet`);
    expect(run.stdout).not.toContain('Innehållet är giltigt');
  }, 30_000);

  it('exits 0 for the valid fixture content', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/check-content.ts', 'test/fixtures/content'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Innehållet är giltigt: 8 filer.');
  }, 30_000);
});

describe('real content', () => {
  it('content/ has zero errors', async () => {
    const { entries, errors } = await loadContent('content');
    expect(errors.map(formatContentError)).toEqual([]);
    expect(entries.length).toBeGreaterThan(0);
    for (const kind of ['guidance', 'routines', 'symbols', 'plans', 'contacts']) {
      expect(entries.some((e) => e.kind === kind), kind).toBe(true);
    }
  });
});
