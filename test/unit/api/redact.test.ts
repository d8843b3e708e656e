import { describe, expect, it } from 'vitest';
import {
  holdsNeedle,
  redactLaterAgenda,
  redactCopy,
  REDACTED,
  redactionNeedle,
  redactionReason,
  redactionSummary,
  redactMeeting,
  redactText,
  withRedactionVersion,
} from '../../../api/domain/redact.ts';
import type { Meeting } from '../../../api/domain/types.ts';
import { deepFreeze, expectDomainError } from '../../fixtures/domain-helpers.ts';

const NAME = 'Kalle Svensson';
const needle = redactionNeedle(NAME);

const count = (text: string, n = needle) => redactText(text, n).count;

describe('redactionNeedle and redactText', () => {
  it('ignores case and treats any run of whitespace in either as equal', () => {
    expect(count('kalle svensson')).toBe(1);
    expect(count('KALLE\nSVENSSON och Kalle \t  Svensson')).toBe(2);
    expect(count('Kalle\u00a0Svensson')).toBe(1);
    expect(count('Kalle', redactionNeedle('  kalle  '))).toBe(1);
    expect(redactText('Kalle Svensson', redactionNeedle('Kalle  Svensson')).text).toBe(REDACTED);
    expect(redactText('Kalle\r\n  Svensson', redactionNeedle('kalle svensson')).text).toBe(REDACTED);
  });

  it('replaces every occurrence with the marker and keeps the rest', () => {
    expect(redactText('Sa att Kalle Svensson och kalle  svensson kom.', needle)).toEqual({
      text: `Sa att ${REDACTED} och ${REDACTED} kom.`,
      count: 2,
    });
    expect(redactText('Ingenting här', needle)).toEqual({ text: 'Ingenting här', count: 0 });
  });

  it('does not match a different word or a name broken by other characters', () => {
    expect(count('Kalle-Svensson')).toBe(0);
    expect(count('KalleSvensson')).toBe(0);
    expect(count('Kalle Svenson')).toBe(0);
  });

  it('treats regular expression characters literally', () => {
    const n = redactionNeedle('a.b*(c)[d]?/e|f+$^\\');
    expect(count('xx a.b*(c)[d]?/e|f+$^\\ yy', n)).toBe(1);
    expect(count('aXb*(c)[d]?/e|f+$^\\', n)).toBe(0);
    expect(count('namn[at]exempel', redactionNeedle('namn[at]exempel'))).toBe(1);
  });

  it('matches Swedish letters whatever their case', () => {
    expect(count('ÅSA ÖBERG', redactionNeedle('åsa öberg'))).toBe(1);
  });

  it('is linear enough for long texts', () => {
    const long = 'Kalle '.repeat(20_000);
    const started = performance.now();
    expect(count(long)).toBe(0);
    // Generous: a backtracking blow-up would take seconds or more.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses fewer than 4 characters after trimming, naming the field text and never repeating it', () => {
    for (const short of ['', '   ', 'abc', ' a b ', '\nÅÄÖ\t']) {
      const error = expectDomainError(() => redactionNeedle(short), 'BAD_REQUEST', 'text');
      expect(error.message).toContain('Text att ta bort');
    }
    expect(() => redactionNeedle(' abcd ')).not.toThrow();
    expect(() => redactionNeedle('ab cd')).not.toThrow();
    // Spaces do not count towards the minimum.
    expectDomainError(() => redactionNeedle('ab c'), 'BAD_REQUEST', 'text');
  });

  it('refuses a text that overlaps the marker, since replacing it could make a new occurrence', () => {
    for (const bad of ['borttaget', '[borttaget]', 'BORT', 'get]', 'och [borttaget] sa', 'Kalle [', 't] Kalle', '] Kalle']) {
      const error = expectDomainError(() => redactionNeedle(bad), 'BAD_REQUEST', 'text');
      if (bad.includes('Kalle')) expect(error.message).not.toContain('Kalle');
    }
    expect(() => redactionNeedle('[at] exempel')).not.toThrow();
  });

  it('leaves no occurrence after replacing, even next to earlier markers', () => {
    const n = redactionNeedle('Svensson');
    const once = redactText(`${REDACTED}Svensson Svensson${REDACTED}`, n).text;
    expect(holdsNeedle(once, n)).toBe(false);
    expect(once).toBe(`${REDACTED}${REDACTED} ${REDACTED}${REDACTED}`);
  });

  it('holdsNeedle has no state between calls', () => {
    expect(holdsNeedle('Kalle Svensson', needle)).toBe(true);
    expect(holdsNeedle('Kalle Svensson', needle)).toBe(true);
    redactText('Kalle Svensson x', needle);
    expect(holdsNeedle('x Kalle Svensson', needle)).toBe(true);
  });
});

// --- A meeting with the name in every field that can hold text --------------------

function meeting(text = NAME): Meeting {
  return deepFreeze({
    id: 'm1',
    forumId: 'f1',
    districtId: 'd1',
    startsAt: '2026-03-03T13:00:00.000Z',
    location: `Hos ${text}`,
    status: 'approved',
    agenda: [
      {
        id: 'follow',
        kind: 'follow-up',
        title: `Uppföljning ${text}`,
        prompts: [`Fråga om ${text}`, 'Annan fråga'],
        carriedActions: [{ meetingId: 'm0', actionId: 'a0', text: `Ring ${text}`, owner: text, due: '2026-04-01' }],
      },
      { id: 'vbe', kind: 'vbe', title: 'VBE', prompts: [] },
    ],
    minutes: {
      follow: { text: `${text} sa att ${text.toUpperCase()} kom` },
      vbe: {
        text: 'Inget',
        vbe: {
          status: 'discussed',
          observations: [{ id: 'o1', milieu: 'vit-makt', category: 'propaganda', source: 'polis', area: text, count: 1, date: '2026-03-01', text: `Om ${text}` }],
          actions: [{ id: 'a1', text: `Möte med ${text}`, owner: text, due: '2026-04-01', completedAt: '2026-03-10T10:00:00.000Z', completedBy: 'u1' }],
        },
      },
    },
    approval: { at: '2026-03-04T10:00:00.000Z', by: 'u1', approvers: [text, 'Stina'], forum: { name: `Forum ${text}`, memberOrganisations: [text, 'Polisen'] } },
    history: [
      { version: 1, at: '2026-03-03T14:00:00.000Z', by: 'u1', change: 'save', itemId: 'follow', item: { text: `Tidigt: ${text}` } },
      { version: 2, at: '2026-03-03T14:05:00.000Z', by: 'u1', change: 'save', itemId: 'follow', item: { text: 'Ingenting' } },
      {
        version: 3,
        at: '2026-03-03T14:10:00.000Z',
        by: 'u1',
        change: 'save',
        itemId: 'vbe',
        item: { text: 'Inget', vbe: { status: 'discussed', observations: [], actions: [{ id: 'a1', text: 'x', owner: text, due: '2026-04-01' }] } },
      },
      { version: 4, at: '2026-03-04T10:00:00.000Z', by: 'u1', change: 'approve', approvers: [text] },
      { version: 5, at: '2026-03-04T11:00:00.000Z', by: 'u2', change: 'reopen', reason: `Fel om ${text}` },
    ],
    createdAt: '2026-02-01T09:00:00.000Z',
    createdBy: 'u1',
    updatedAt: '2026-03-04T11:00:00.000Z',
  } satisfies Meeting);
}

describe('redactMeeting', () => {
  it('replaces the text in every current field and every version that held it', () => {
    const before = meeting();
    const { meeting: after, replaced, versions } = redactMeeting(before, needle);
    // location 1; agenda: title, prompt, carried text and owner 4; minutes: text 2, observation 2, action 2; approval 3.
    expect(replaced).toBe(14);
    expect(versions).toBe(4);
    expect(JSON.stringify(after).toLowerCase()).not.toContain('svensson');
    expect(after.location).toBe(`Hos ${REDACTED}`);
    expect(after.agenda[0].prompts).toEqual([`Fråga om ${REDACTED}`, 'Annan fråga']);
    expect(after.agenda[0].carriedActions![0]).toMatchObject({ text: `Ring ${REDACTED}`, owner: REDACTED, actionId: 'a0' });
    expect(after.minutes.follow.text).toBe(`${REDACTED} sa att ${REDACTED} kom`);
    expect(after.minutes.vbe.vbe!.observations[0]).toMatchObject({ area: REDACTED, text: `Om ${REDACTED}`, count: 1 });
    expect(after.minutes.vbe.vbe!.actions[0]).toMatchObject({ text: `Möte med ${REDACTED}`, owner: REDACTED, completedBy: 'u1' });
    expect(after.approval).toEqual({
      at: '2026-03-04T10:00:00.000Z',
      by: 'u1',
      approvers: [REDACTED, 'Stina'],
      forum: { name: `Forum ${REDACTED}`, memberOrganisations: [REDACTED, 'Polisen'] },
    });
    expect(after.history.map((v) => v.version)).toEqual([1, 2, 3, 4, 5]);
    expect(after.history[1]).toBe(before.history[1]); // untouched versions are the same objects
    expect(after.history[4].reason).toBe(`Fel om ${REDACTED}`);
  });

  it('keeps status, approval and everything else; leaves the input unchanged', () => {
    const before = meeting();
    const json = JSON.stringify(before);
    const { meeting: after } = redactMeeting(before, needle);
    expect(JSON.stringify(before)).toBe(json);
    expect(after.status).toBe('approved');
    expect(after.approval!.at).toBe(before.approval!.at);
    expect(after.updatedAt).toBe(before.updatedAt);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after.agenda[1]).toEqual(before.agenda[1]);
    expect('carriedActions' in after.agenda[1]).toBe(false);
  });

  it('returns the same object and zero counts when the text is nowhere', () => {
    const before = meeting('Anonym Roll');
    const result = redactMeeting(before, needle);
    expect(result).toEqual({ meeting: before, replaced: 0, versions: 0 });
    expect(result.meeting).toBe(before);
  });

  it('counts a text only in the history as versions, not as current occurrences', () => {
    const before = meeting('Anonym Roll');
    const withOld = deepFreeze({ ...before, history: [{ version: 1, at: before.createdAt, by: 'u1', change: 'save' as const, itemId: 'follow', item: { text: NAME } }] });
    const { meeting: after, replaced, versions } = redactMeeting(withOld, needle);
    expect({ replaced, versions }).toEqual({ replaced: 0, versions: 1 });
    expect(after.history[0].item!.text).toBe(REDACTED);
  });
});

describe('redactLaterAgenda', () => {
  const later = deepFreeze({
    ...meeting('Anonym Roll'),
    id: 'm2',
    startsAt: '2026-04-07T12:00:00.000Z',
    agenda: [
      {
        id: 'follow',
        kind: 'follow-up' as const,
        title: 'Uppföljning',
        prompts: [`Fråga om ${NAME}`],
        carriedActions: [
          { meetingId: 'm1', actionId: 'a1', text: `Möte med ${NAME}`, owner: NAME, due: '2026-04-01' },
          { meetingId: 'm9', actionId: 'a9', text: `Möte med ${NAME}`, owner: 'Polisen', due: '2026-04-01' },
        ],
      },
    ],
  });

  it('replaces the text in actions carried from the given meeting and in titles and prompts copied from it, not in actions carried from others', () => {
    const { meeting: after, replaced } = redactLaterAgenda(later, 'm1', needle);
    expect(replaced).toBe(3);
    expect(after.agenda[0].carriedActions![0]).toMatchObject({ text: `Möte med ${REDACTED}`, owner: REDACTED });
    expect(after.agenda[0].carriedActions![1].text).toBe(`Möte med ${NAME}`);
    expect(after.agenda[0].prompts).toEqual([`Fråga om ${REDACTED}`]);
    expect(after.history).toBe(later.history);
  });

  it('returns the same object when there is nothing to replace', () => {
    const clean = deepFreeze({ ...later, agenda: [{ ...later.agenda[0]!, prompts: [], carriedActions: [later.agenda[0]!.carriedActions![1]!] }] });
    expect(redactLaterAgenda(clean, 'm7', needle)).toEqual({ meeting: clean, replaced: 0 });
    expect(redactLaterAgenda(clean, 'm7', needle).meeting).toBe(clean);
  });

  it('redactCopy applies the full redaction to the meeting, the agenda one to later meetings and nothing to earlier ones', () => {
    const own = meeting();
    const edit = redactCopy(own, needle);
    expect(JSON.stringify(edit(own)).toLowerCase()).not.toContain('svensson');
    expect(edit(later).agenda[0].carriedActions![0].owner).toBe(REDACTED);
    const earlier = { ...later, id: 'm0', startsAt: '2026-01-01T12:00:00.000Z' };
    expect(edit(earlier)).toBe(earlier);
  });
});

describe('redactionNeedle: where an occurrence starts', () => {
  it('takes a name and its genitive but not the end of a longer word', () => {
    const anna = redactionNeedle('Anna');
    expect(redactText('Anna och Annas syster, inte Hanna eller Susanna', anna)).toEqual({ text: `${REDACTED} och ${REDACTED}s syster, inte Hanna eller Susanna`, count: 2 });
    expect(redactText('Omar och Komarov', redactionNeedle('Omar')).text).toBe(`${REDACTED} och Komarov`);
  });

  it('counts the minimum length without spaces', () => {
    expectDomainError(() => redactionNeedle('a  b'), 'BAD_REQUEST', 'text');
    expect(() => redactionNeedle('ab cd')).not.toThrow();
  });
});

describe('redactionReason', () => {
  it('keeps a decision reference and trims', () => {
    expect(redactionReason('  Beslut Dnr 1.2.3-45/2026 ', needle)).toBe('Beslut Dnr 1.2.3-45/2026');
  });

  it('refuses a short reason and one holding the text itself, on the field reason', () => {
    expectDomainError(() => redactionReason(' kort', needle), 'BAD_REQUEST', 'reason');
    const error = expectDomainError(() => redactionReason('Tog bort kalle  svensson enligt beslut', needle), 'BAD_REQUEST', 'reason');
    expect(error.message.toLowerCase()).not.toContain('svensson');
  });
});

describe('withRedactionVersion and redactionSummary', () => {
  it('appends a redact version with who, when, why and counts, and keeps status', () => {
    const before = meeting('Anonym Roll');
    const after = withRedactionVersion(before, { at: '2026-05-01T08:00:00.000Z', by: 'u9', reason: 'Beslut Dnr 1.2.3-45/2026', replaced: 3, versions: 2 });
    expect(after.history.at(-1)).toEqual({
      version: 6,
      at: '2026-05-01T08:00:00.000Z',
      by: 'u9',
      change: 'redact',
      reason: 'Beslut Dnr 1.2.3-45/2026',
      replaced: 3,
      versions: 2,
    });
    expect(after.status).toBe('approved');
    expect(after.approval).toBe(before.approval);
    expect(after.updatedAt).toBe('2026-05-01T08:00:00.000Z');
  });

  it('says how much was taken, in Swedish with singulars', () => {
    expect(redactionSummary({ replaced: 12, versions: 3, backups: 2 })).toBe('12 förekomster i 3 versioner och 2 säkerhetskopior togs bort.');
    expect(redactionSummary({ replaced: 1, versions: 1, backups: 1 })).toBe('1 förekomst i 1 version och 1 säkerhetskopia togs bort.');
    expect(redactionSummary({ replaced: 0, versions: 0, backups: 0 })).toBe('0 förekomster i 0 versioner och 0 säkerhetskopior togs bort.');
  });
});
