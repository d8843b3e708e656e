import { describe, expect, it } from 'vitest';
import { composeAgenda, defaultTemplate } from '../../../api/domain/agenda.ts';
import {
  approveMinutes,
  type ActionInput,
  type Change,
  completeAction,
  latestVersion,
  type ObservationInput,
  openActions,
  reopenMinutes,
  saveItemMinutes,
} from '../../../api/domain/minutes.ts';
import type { MeetingStatus } from '../../../api/domain/codes.ts';
import type { Action, AgendaItem, Meeting } from '../../../api/domain/types.ts';
import { counterIds, deepFreeze, expectDomainError } from '../../fixtures/domain-helpers.ts';

// --- Helpers ---------------------------------------------------------------------

const TOPIC = 'item-topic';
const VBE = 'item-vbe';

function agenda(): AgendaItem[] {
  return [
    { id: 'item-open', kind: 'opening', title: 'Mötet öppnas', prompts: [] },
    { id: TOPIC, kind: 'topic', title: 'Skolan', prompts: [] },
    { id: VBE, kind: 'vbe', title: 'Våldsbejakande extremism (stående punkt)', prompts: ['Polisens bild av läget'] },
    { id: 'item-close', kind: 'closing', title: 'Mötet avslutas', prompts: [] },
  ];
}

function makeMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'meeting-1',
    forumId: 'forum-1',
    districtId: 'district-1',
    startsAt: '2026-03-03T14:00:00+01:00',
    status: 'planned',
    agenda: agenda(),
    minutes: {},
    history: [],
    createdAt: '2026-02-01T09:00:00.000Z',
    createdBy: 'acc-creator',
    updatedAt: '2026-02-01T09:00:00.000Z',
    ...overrides,
  };
}

/** A change at `now` by `actorId`; ids come from a fresh counter unless one is given. */
function makeChange(now = '2026-03-03T15:00:00.000Z', actorId = 'acc-1', newId: () => string = counterIds('new')): Change {
  return { actorId, now, newId };
}

function obs(overrides: Partial<ObservationInput> = {}): ObservationInput {
  return {
    milieu: 'vit-makt',
    category: 'propaganda',
    source: 'polis',
    area: 'Husby',
    count: 2,
    date: '2026-03-01',
    text: 'Klistermärken vid tunnelbanan',
    ...overrides,
  };
}

function act(overrides: Partial<ActionInput> = {}): ActionInput {
  return { text: 'Sanera klotter', owner: 'Fastighetsägaren', due: '2026-04-01', ...overrides };
}

/** A held meeting whose VBE item has a structured record with one observation and two actions. */
function heldWithVbe(): Meeting {
  return saveItemMinutes(
    makeMeeting(),
    {
      itemId: VBE,
      text: 'Lägesbild från polisen.',
      vbe: { status: 'discussed', observations: [obs()], actions: [act(), act({ text: 'Informera skolan', owner: 'Rektor' })] },
    },
    makeChange('2026-03-03T15:00:00.000Z', 'acc-1', counterIds('v')),
  );
}

function approved(): Meeting {
  const held = heldWithVbe();
  return approveMinutes(held, { approvers: ['Anna Andersson', 'Bo Berg'], version: latestVersion(held) }, makeChange('2026-03-05T10:00:00.000Z', 'acc-2'));
}

const vbeActions = (m: Meeting): Action[] => m.minutes[VBE]!.vbe!.actions;

// --- saveItemMinutes ---------------------------------------------------------------

describe('saveItemMinutes', () => {
  it('saves trimmed text and moves a planned meeting to held', () => {
    const meeting = makeMeeting();
    const saved = saveItemMinutes(meeting, { itemId: TOPIC, text: '  Skolan rapporterar lugnt läge.  ' }, makeChange());
    expect(saved.minutes[TOPIC]).toEqual({ text: 'Skolan rapporterar lugnt läge.' });
    expect(saved.status).toBe('held');
    expect(saved.updatedAt).toBe('2026-03-03T15:00:00.000Z');
    expect(meeting.status).toBe('planned');
    expect(meeting.minutes).toEqual({});
  });

  it('keeps a held meeting held', () => {
    const meeting = heldWithVbe();
    expect(saveItemMinutes(meeting, { itemId: TOPIC, text: 'Mer' }, makeChange()).status).toBe('held');
  });

  it('appends a version per save: numbers 1, 2, 3, item snapshot, by and at', () => {
    let meeting = makeMeeting();
    meeting = saveItemMinutes(meeting, { itemId: TOPIC, text: 'Ett' }, makeChange('2026-03-03T15:00:00.000Z', 'acc-1'));
    meeting = saveItemMinutes(meeting, { itemId: TOPIC, text: 'Två' }, makeChange('2026-03-03T15:05:00.000Z', 'acc-2'));
    meeting = saveItemMinutes(
      meeting,
      { itemId: VBE, vbe: { status: 'nothing-to-report', observations: [], actions: [] } },
      makeChange('2026-03-03T15:10:00.000Z', 'acc-3'),
    );
    expect(meeting.history.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(meeting.history.map((v) => v.change)).toEqual(['save', 'save', 'save']);
    expect(meeting.history.map((v) => v.by)).toEqual(['acc-1', 'acc-2', 'acc-3']);
    expect(meeting.history.map((v) => v.at)).toEqual(['2026-03-03T15:00:00.000Z', '2026-03-03T15:05:00.000Z', '2026-03-03T15:10:00.000Z']);
    expect(meeting.history.map((v) => v.itemId)).toEqual([TOPIC, TOPIC, VBE]);
    expect(meeting.history[0]!.item).toEqual({ text: 'Ett' });
    expect(meeting.history[1]!.item).toEqual({ text: 'Två' });
    expect(meeting.history[2]!.item).toEqual(meeting.minutes[VBE]);
    expect(meeting.minutes[TOPIC]).toEqual({ text: 'Två' });
  });

  it('continues numbering after the last version', () => {
    const meeting = makeMeeting({
      status: 'held',
      history: [{ version: 7, at: '2026-03-03T15:00:00.000Z', by: 'acc-1', change: 'save', itemId: TOPIC, item: { text: 'x' } }],
    });
    expect(saveItemMinutes(meeting, { itemId: TOPIC, text: 'y' }, makeChange()).history.at(-1)!.version).toBe(8);
  });

  it('stores a VBE record on the VBE item with new ids and trimmed texts', () => {
    const newId = counterIds('n');
    const saved = saveItemMinutes(
      makeMeeting(),
      {
        itemId: VBE,
        vbe: {
          status: 'discussed',
          observations: [obs({ area: ' Rinkeby ', text: ' Affischer ' }), obs({ milieu: 'autonoma', category: 'klotter', count: 5 })],
          actions: [act({ text: ' Sanera ', owner: ' Fastighetsägaren ' })],
        },
      },
      makeChange(undefined, undefined, newId),
    );
    const { id: _o, ...firstInput } = obs({ area: 'Rinkeby', text: 'Affischer' });
    expect(saved.minutes[VBE]).toEqual({
      text: '',
      vbe: {
        status: 'discussed',
        observations: [
          { id: 'n-1', ...firstInput },
          { id: 'n-2', ...obs({ milieu: 'autonoma', category: 'klotter', count: 5 }) },
        ],
        actions: [{ id: 'n-3', text: 'Sanera', owner: 'Fastighetsägaren', due: '2026-04-01' }],
      },
    });
    expect(newId.calls).toBe(3);
  });

  it('refuses a VBE record on any other item with BAD_REQUEST field vbe', () => {
    const meeting = deepFreeze(makeMeeting());
    const error = expectDomainError(
      () => saveItemMinutes(meeting, { itemId: TOPIC, vbe: { status: 'discussed', observations: [], actions: [] } }, makeChange()),
      'BAD_REQUEST',
      'vbe',
    );
    expect(error.message).toMatch(/VBE/);
  });

  it('refuses an unknown item with BAD_REQUEST field itemId', () => {
    expectDomainError(() => saveItemMinutes(makeMeeting(), { itemId: 'nope', text: 'x' }, makeChange()), 'BAD_REQUEST', 'itemId');
  });

  it('refuses a save with neither text nor VBE record', () => {
    expectDomainError(() => saveItemMinutes(makeMeeting(), { itemId: VBE }, makeChange()), 'BAD_REQUEST', 'text');
  });

  it('keeps ids the input passes for known observations and actions, and replaces made-up ones', () => {
    const first = heldWithVbe();
    const [o1] = first.minutes[VBE]!.vbe!.observations;
    const [a1, a2] = vbeActions(first);
    const second = saveItemMinutes(
      first,
      {
        itemId: VBE,
        vbe: {
          status: 'discussed',
          observations: [obs({ id: o1!.id, text: 'Redigerad' }), obs({ id: 'made-up-obs' })],
          actions: [act({ id: a2!.id }), act({ id: 'made-up-action' }), act({ id: a1!.id, text: 'Ny text' })],
        },
      },
      makeChange(undefined, undefined, counterIds('w')),
    );
    const record = second.minutes[VBE]!.vbe!;
    expect(record.observations.map((o) => o.id)).toEqual([o1!.id, 'w-1']);
    expect(record.observations[0]!.text).toBe('Redigerad');
    expect(record.actions.map((a) => a.id)).toEqual([a2!.id, 'w-2', a1!.id]);
    expect(record.actions[2]!.text).toBe('Ny text');
  });

  it('does not accept an observation id as an action id (ids are known per list)', () => {
    const first = heldWithVbe();
    const obsId = first.minutes[VBE]!.vbe!.observations[0]!.id;
    const second = saveItemMinutes(
      first,
      { itemId: VBE, vbe: { status: 'discussed', observations: [], actions: [act({ id: obsId })] } },
      makeChange(undefined, undefined, counterIds('w')),
    );
    expect(vbeActions(second)[0]!.id).toBe('w-1');
  });

  it('an edited action keeps completedAt and completedBy', () => {
    const held = heldWithVbe();
    const [a1, a2] = vbeActions(held);
    const done = completeAction(held, a1!.id, makeChange('2026-03-10T08:00:00.000Z', 'acc-9'));
    const edited = saveItemMinutes(
      done,
      { itemId: VBE, vbe: { status: 'discussed', observations: [], actions: [act({ id: a1!.id, text: 'Sanera klotter, tunneln' }), act({ id: a2!.id })] } },
      makeChange('2026-03-11T08:00:00.000Z'),
    );
    expect(vbeActions(edited)[0]).toEqual({
      id: a1!.id,
      text: 'Sanera klotter, tunneln',
      owner: 'Fastighetsägaren',
      due: '2026-04-01',
      completedAt: '2026-03-10T08:00:00.000Z',
      completedBy: 'acc-9',
    });
    expect(vbeActions(edited)[1]).not.toHaveProperty('completedAt');
  });

  it('keeps the previous text when text is omitted, and the previous VBE record when vbe is omitted', () => {
    const held = heldWithVbe();
    const record = held.minutes[VBE]!.vbe!;
    const vbeOnly = saveItemMinutes(held, { itemId: VBE, vbe: { status: 'not-discussed', observations: [], actions: [] } }, makeChange());
    expect(vbeOnly.minutes[VBE]!.text).toBe('Lägesbild från polisen.');
    expect(vbeOnly.minutes[VBE]!.vbe!.status).toBe('not-discussed');
    const textOnly = saveItemMinutes(held, { itemId: VBE, text: 'Ny text' }, makeChange());
    expect(textOnly.minutes[VBE]).toEqual({ text: 'Ny text', vbe: record });
    expect(textOnly.history.at(-1)!.item).toEqual({ text: 'Ny text', vbe: record });
  });

  it('leaves the minutes of other items untouched', () => {
    const held = saveItemMinutes(heldWithVbe(), { itemId: TOPIC, text: 'Skolan' }, makeChange());
    const next = saveItemMinutes(held, { itemId: VBE, text: 'Ändrad' }, makeChange());
    expect(next.minutes[TOPIC]).toEqual({ text: 'Skolan' });
  });

  it('refuses a personal identity number in vbe.observations.1.text, naming that field, and stores nothing', () => {
    const meeting = deepFreeze(heldWithVbe());
    const before = structuredClone(meeting);
    const newId = counterIds('z');
    const error = expectDomainError(
      () =>
        saveItemMinutes(
          meeting,
          {
            itemId: VBE,
            text: 'Ny text',
            vbe: { status: 'discussed', observations: [obs(), obs({ text: 'Gäller 811218-9876' })], actions: [] },
          },
          makeChange(undefined, undefined, newId),
        ),
      'BAD_REQUEST',
      'vbe.observations.1.text',
    );
    expect(error.message).toMatch(/Observation 2: beskrivning/);
    expect(error.message).toMatch(/personnummer/);
    expect(error.message).not.toContain('811218');
    expect(meeting).toEqual(before);
    expect(newId.calls).toBe(0);
  });

  it.each([
    ['text', { itemId: TOPIC, text: 'Ring 070-123 45 67' }],
    ['vbe.observations.0.area', { itemId: VBE, vbe: { status: 'discussed' as const, observations: [obs({ area: 'Storgatan 12' })], actions: [] } }],
    ['vbe.actions.0.text', { itemId: VBE, vbe: { status: 'discussed' as const, observations: [], actions: [act({ text: 'Mejla namn@exempel.se' })] } }],
    ['vbe.actions.1.owner', { itemId: VBE, vbe: { status: 'discussed' as const, observations: [], actions: [act(), act({ owner: '811218-9876' })] } }],
  ])('guards %s', (field, input) => {
    const meeting = deepFreeze(makeMeeting());
    expectDomainError(() => saveItemMinutes(meeting, input, makeChange()), 'BAD_REQUEST', field);
    expect(meeting.history).toEqual([]);
    expect(meeting.status).toBe('planned');
  });

  it('does not mutate a frozen meeting when saving', () => {
    const meeting = deepFreeze(heldWithVbe());
    const before = structuredClone(meeting);
    const next = saveItemMinutes(meeting, { itemId: VBE, text: 'x', vbe: { status: 'discussed', observations: [obs()], actions: [] } }, makeChange());
    expect(meeting).toEqual(before);
    expect(next).not.toBe(meeting);
    expect(next.history).toHaveLength(before.history.length + 1);
  });

  it('refuses a save begun before a redaction: it would bring the text back', () => {
    const held = heldWithVbe();
    const seen = latestVersion(held);
    const redacted: Meeting = { ...held, history: [...held.history, { version: seen + 1, at: '2026-03-05T09:00:00.000Z', by: 'acc-coord', change: 'redact', reason: 'Beslut Dnr 1/2026', replaced: 1, versions: 1 }] };
    expectDomainError(() => saveItemMinutes(redacted, { itemId: TOPIC, text: 'Gammal text', baseVersion: seen }, makeChange()), 'CONFLICT');
    expect(saveItemMinutes(redacted, { itemId: TOPIC, text: 'Ny text', baseVersion: seen + 1 }, makeChange()).minutes[TOPIC]!.text).toBe('Ny text');
  });

  it('refuses a baseVersion newer than the newest version as a bad request', () => {
    const held = heldWithVbe();
    expectDomainError(
      () => saveItemMinutes(held, { itemId: TOPIC, text: 'Ny text', baseVersion: latestVersion(held) + 1 }, makeChange()),
      'BAD_REQUEST',
      'baseVersion',
    );
  });

  it('refuses a personnummer split between the area and the text of one observation', () => {
    const split = { ...obs(), area: 'Rinkeby 121212', text: '-1212 sågs' };
    expectDomainError(
      () => saveItemMinutes(makeMeeting(), { itemId: VBE, vbe: { status: 'discussed', observations: [split], actions: [] } }, makeChange()),
      'BAD_REQUEST',
      'vbe.observations.0.area',
    );
  });

  // BUG (minutes.ts:72-96, mergeVbe): a known id passed twice is kept twice, so
  // two actions (or observations) share one id. completeAction then marks both
  // done, and openActions carries two actions with the same actionId.
  it('gives every action a unique id even when the input repeats a known id', () => {
    const held = heldWithVbe();
    const a1 = vbeActions(held)[0]!.id;
    const next = saveItemMinutes(
      held,
      { itemId: VBE, vbe: { status: 'discussed', observations: [], actions: [act({ id: a1 }), act({ id: a1, text: 'Kopia' })] } },
      makeChange(undefined, undefined, counterIds('w')),
    );
    const actionIds = vbeActions(next).map((a) => a.id);
    expect(new Set(actionIds).size).toBe(actionIds.length);
  });
});

// --- approveMinutes ---------------------------------------------------------------

describe('approveMinutes', () => {
  it.each([[[]], [['  ', '']]])('requires approvers (%j)', (approvers) => {
    expectDomainError(() => approveMinutes(heldWithVbe(), { approvers, version: latestVersion(heldWithVbe()) }, makeChange()), 'BAD_REQUEST', 'approvers');
  });

  it('refuses a planned meeting without minutes', () => {
    const error = expectDomainError(() => approveMinutes(makeMeeting(), { approvers: ['Anna Andersson'], version: 0 }, makeChange()), 'BAD_REQUEST', 'meetingId');
    expect(error.message).toMatch(/inga anteckningar/);
  });

  it('refuses when the VBE item has no structured record (field vbe.status)', () => {
    const onlyTopic = saveItemMinutes(makeMeeting(), { itemId: TOPIC, text: 'Skolan' }, makeChange());
    expectDomainError(() => approveMinutes(onlyTopic, { approvers: ['Anna Andersson'], version: latestVersion(onlyTopic) }, makeChange()), 'BAD_REQUEST', 'vbe.status');
    const vbeTextOnly = saveItemMinutes(makeMeeting(), { itemId: VBE, text: 'Pratade lite' }, makeChange());
    expectDomainError(() => approveMinutes(vbeTextOnly, { approvers: ['Anna Andersson'], version: latestVersion(vbeTextOnly) }, makeChange()), 'BAD_REQUEST', 'vbe.status');
  });

  it('accepts any VBE status, including not-discussed', () => {
    const m = saveItemMinutes(makeMeeting(), { itemId: VBE, vbe: { status: 'not-discussed', observations: [], actions: [] } }, makeChange());
    expect(approveMinutes(m, { approvers: ['Anna Andersson'], version: latestVersion(m) }, makeChange()).status).toBe('approved');
  });

  it('refuses personal data in an approver', () => {
    expectDomainError(() => approveMinutes(heldWithVbe(), { approvers: ['Anna Andersson', '811218-9876'], version: latestVersion(heldWithVbe()) }, makeChange()), 'BAD_REQUEST', 'approvers.1');
  });

  it('sets status approved and the approval, and appends an approve version', () => {
    const held = deepFreeze(heldWithVbe());
    const before = structuredClone(held);
    const result = approveMinutes(held, { approvers: [' Anna Andersson ', '', 'Bo Berg'], version: latestVersion(held) }, makeChange('2026-03-05T10:00:00.000Z', 'acc-2'));
    expect(result.status).toBe('approved');
    expect(result.approval).toEqual({ at: '2026-03-05T10:00:00.000Z', by: 'acc-2', approvers: ['Anna Andersson', 'Bo Berg'] });
    expect(result.history).toHaveLength(2);
    expect(result.history[1]).toEqual({
      version: 2,
      at: '2026-03-05T10:00:00.000Z',
      by: 'acc-2',
      change: 'approve',
      approvers: ['Anna Andersson', 'Bo Berg'],
    });
    expect(result.history[0]).toEqual(before.history[0]);
    expect(result.minutes).toEqual(before.minutes);
    expect(result.updatedAt).toBe('2026-03-05T10:00:00.000Z');
    expect(held).toEqual(before);
  });

  it('approves only what the approvers saw: a later save is a CONFLICT, an unknown version a bad request', () => {
    const held = heldWithVbe();
    const seen = latestVersion(held);
    const later = saveItemMinutes(held, { itemId: TOPIC, text: 'Ändrat efter genomläsningen' }, makeChange());
    const error = expectDomainError(() => approveMinutes(later, { approvers: ['Anna Andersson'], version: seen }, makeChange()), 'CONFLICT');
    expect(error.message).toMatch(/ändrats sedan du läste/);
    expectDomainError(() => approveMinutes(later, { approvers: ['Anna Andersson'], version: seen + 5 }, makeChange()), 'BAD_REQUEST', 'version');
    expect(approveMinutes(later, { approvers: ['Anna Andersson'], version: latestVersion(later) }, makeChange()).status).toBe('approved');
  });

  it('does not count a completed action as a change the approvers missed', () => {
    const held = heldWithVbe();
    const seen = latestVersion(held);
    const actionId = vbeActions(held)[0]!.id;
    const later = completeAction(held, actionId, makeChange('2026-03-05T09:00:00.000Z'));
    expect(approveMinutes(later, { approvers: ['Anna Andersson'], version: seen }, makeChange()).status).toBe('approved');
  });

  it('lets an approver be named: justerare are officials', () => {
    const held = heldWithVbe();
    expect(approveMinutes(held, { approvers: ['Kalle Svensson'], version: latestVersion(held) }, makeChange()).approval?.approvers).toEqual(['Kalle Svensson']);
  });

  it('locks the minutes: saving and approving again throw CONFLICT', () => {
    const m = approved();
    const error = expectDomainError(() => saveItemMinutes(m, { itemId: TOPIC, text: 'Efteråt' }, makeChange()), 'CONFLICT');
    expect(error.message).toMatch(/justerat och låst/);
    expectDomainError(() => approveMinutes(m, { approvers: ['Anna Andersson'], version: latestVersion(m) }, makeChange()), 'CONFLICT');
  });
});

// --- reopenMinutes ------------------------------------------------------------------

describe('reopenMinutes', () => {
  it.each<MeetingStatus>(['planned', 'held'])('refuses a %s meeting with CONFLICT', (status) => {
    const meeting = status === 'planned' ? makeMeeting() : heldWithVbe();
    expectDomainError(() => reopenMinutes(meeting, 'Rättelse av punkt 3', makeChange()), 'CONFLICT');
  });

  it.each(['', '    ', 'kort', '  abcd  '])('requires a reason of at least 5 characters (%j)', (reason) => {
    expectDomainError(() => reopenMinutes(approved(), reason, makeChange()), 'BAD_REQUEST', 'reason');
  });

  it('accepts a reason of exactly 5 characters', () => {
    expect(reopenMinutes(approved(), ' abcde ', makeChange()).history.at(-1)!.reason).toBe('abcde');
  });

  it('refuses personal data in the reason', () => {
    expectDomainError(() => reopenMinutes(approved(), 'Rätta 811218-9876', makeChange()), 'BAD_REQUEST', 'reason');
  });

  it('sets status held, removes the approval and appends a reopen version with the reason', () => {
    const m = deepFreeze(approved());
    const before = structuredClone(m);
    const reopened = reopenMinutes(m, '  Fel datum i punkt 3  ', makeChange('2026-03-06T09:00:00.000Z', 'acc-coord'));
    expect(reopened.status).toBe('held');
    expect(reopened).not.toHaveProperty('approval');
    expect(reopened.history.at(-1)).toEqual({
      version: 3,
      at: '2026-03-06T09:00:00.000Z',
      by: 'acc-coord',
      change: 'reopen',
      reason: 'Fel datum i punkt 3',
    });
    expect(reopened.minutes).toEqual(before.minutes);
    expect(m).toEqual(before);
  });

  it('lets saving work again, and never rewrites earlier versions', () => {
    const m = approved();
    const historyBefore = structuredClone(m.history);
    const reopened = reopenMinutes(m, 'Fel datum i punkt 3', makeChange('2026-03-06T09:00:00.000Z'));
    const historyAfterReopen = structuredClone(reopened.history);
    const saved = saveItemMinutes(reopened, { itemId: VBE, text: 'Rättad text' }, makeChange('2026-03-06T09:05:00.000Z'));
    const again = approveMinutes(saved, { approvers: ['Anna Andersson'], version: latestVersion(saved) }, makeChange('2026-03-06T10:00:00.000Z'));

    expect(saved.minutes[VBE]!.text).toBe('Rättad text');
    expect(again.history.map((v) => v.change)).toEqual(['save', 'approve', 'reopen', 'save', 'approve']);
    expect(again.history.map((v) => v.version)).toEqual([1, 2, 3, 4, 5]);
    expect(again.history.slice(0, historyBefore.length)).toEqual(historyBefore);
    expect(again.history.slice(0, historyAfterReopen.length)).toEqual(historyAfterReopen);
    // The first save still shows the original text.
    expect(again.history[0]!.item!.text).toBe('Lägesbild från polisen.');
  });
});

// --- completeAction -----------------------------------------------------------------

describe('completeAction', () => {
  it('works on approved minutes: sets completedAt/By and appends a complete-action version', () => {
    const m = deepFreeze(approved());
    const before = structuredClone(m);
    const [a1, a2] = vbeActions(m);
    const done = completeAction(m, a2!.id, makeChange('2026-03-20T12:00:00.000Z', 'acc-7'));
    expect(vbeActions(done)[1]).toEqual({ ...a2, completedAt: '2026-03-20T12:00:00.000Z', completedBy: 'acc-7' });
    expect(vbeActions(done)[0]).toEqual(a1);
    expect(done.status).toBe('approved');
    expect(done.approval).toEqual(before.approval);
    expect(done.history.at(-1)).toEqual({
      version: 3,
      at: '2026-03-20T12:00:00.000Z',
      by: 'acc-7',
      change: 'complete-action',
      itemId: VBE,
      item: done.minutes[VBE],
    });
    expect(done.history.slice(0, 2)).toEqual(before.history);
    expect(m).toEqual(before);
  });

  it('works on held minutes too', () => {
    const held = heldWithVbe();
    const done = completeAction(held, vbeActions(held)[0]!.id, makeChange());
    expect(vbeActions(done)[0]!.completedAt).toBe('2026-03-03T15:00:00.000Z');
    expect(done.status).toBe('held');
  });

  it('refuses a second completion with CONFLICT', () => {
    const m = approved();
    const id = vbeActions(m)[0]!.id;
    const done = completeAction(m, id, makeChange());
    const error = expectDomainError(() => completeAction(done, id, makeChange()), 'CONFLICT');
    expect(error.message).toMatch(/redan/);
  });

  it('refuses an unknown action with BAD_REQUEST field actionId', () => {
    expectDomainError(() => completeAction(approved(), 'nope', makeChange()), 'BAD_REQUEST', 'actionId');
    expectDomainError(() => completeAction(makeMeeting(), 'nope', makeChange()), 'BAD_REQUEST', 'actionId');
  });
});

// --- openActions ------------------------------------------------------------------

describe('openActions', () => {
  function meetingWithActions(id: string, startsAt: string, status: MeetingStatus, actions: Action[]): Meeting {
    return makeMeeting({
      id,
      startsAt,
      status,
      minutes: { [VBE]: { text: '', vbe: { status: 'discussed', observations: [], actions } } },
    });
  }
  const action = (id: string, completed = false): Action => ({
    id,
    text: `Åtgärd ${id}`,
    owner: 'Skolan',
    due: '2026-06-01',
    ...(completed ? { completedAt: '2026-03-01T00:00:00.000Z', completedBy: 'acc-1' } : {}),
  });

  const BEFORE = '2026-04-01T14:00:00+02:00';

  it('carries only uncompleted actions of meetings that started earlier (whatever their stored status), oldest first', () => {
    const meetings = deepFreeze([
      meetingWithActions('m-feb', '2026-02-10T14:00:00+01:00', 'approved', [action('a-feb')]),
      meetingWithActions('m-later', '2026-04-15T14:00:00+02:00', 'held', [action('a-later')]),
      meetingWithActions('m-jan', '2026-01-10T14:00:00+01:00', 'held', [action('a-jan-1'), action('a-jan-done', true), action('a-jan-2')]),
      meetingWithActions('m-planned', '2026-01-05T14:00:00+01:00', 'planned', [action('a-planned')]),
      meetingWithActions('m-same', BEFORE, 'held', [action('a-same-instant')]),
    ]);
    const order = meetings.map((m) => m.id);
    expect(openActions(meetings, BEFORE)).toEqual([
      // Stored as planned, but it started before: a meeting is held once its start has passed.
      { meetingId: 'm-planned', actionId: 'a-planned', text: 'Åtgärd a-planned', owner: 'Skolan', due: '2026-06-01' },
      { meetingId: 'm-jan', actionId: 'a-jan-1', text: 'Åtgärd a-jan-1', owner: 'Skolan', due: '2026-06-01' },
      { meetingId: 'm-jan', actionId: 'a-jan-2', text: 'Åtgärd a-jan-2', owner: 'Skolan', due: '2026-06-01' },
      { meetingId: 'm-feb', actionId: 'a-feb', text: 'Åtgärd a-feb', owner: 'Skolan', due: '2026-06-01' },
    ]);
    expect(meetings.map((m) => m.id)).toEqual(order);
  });

  it('compares instants, not strings, across offsets', () => {
    // 00:30 at +01:00 is 23:30 UTC the day before, so it is before midnight UTC.
    const meetings = [meetingWithActions('m', '2026-03-01T00:30:00+01:00', 'held', [action('a')])];
    expect(openActions(meetings, '2026-03-01T00:00:00Z').map((a) => a.actionId)).toEqual(['a']);
    expect(openActions(meetings, '2026-02-28T23:00:00Z')).toEqual([]);
  });

  it('returns nothing without meetings or when every action is completed', () => {
    expect(openActions([], BEFORE)).toEqual([]);
    expect(openActions([meetingWithActions('m', '2026-01-10T14:00:00+01:00', 'held', [action('a', true)])], BEFORE)).toEqual([]);
  });

  it('carries actions completed by completeAction no more', () => {
    const held = heldWithVbe();
    const [a1, a2] = vbeActions(held);
    const done = completeAction(held, a1!.id, makeChange());
    expect(openActions([done], BEFORE).map((a) => a.actionId)).toEqual([a2!.id]);
  });
});

describe('saveItemMinutes with baseVersion', () => {
  it('refuses to overwrite a save of the same item made after the editor’s version, and allows other items', () => {
    let n = 0;
    const change = { actorId: 'a', now: '2026-03-03T13:00:00.000Z', newId: () => `id${++n}` };
    const agenda = composeAgenda(defaultTemplate('bra'), { forumType: 'bra', carriedActions: [], newId: change.newId });
    const base: Meeting = {
      id: 'm',
      forumId: 'f',
      districtId: 'd',
      startsAt: '2026-03-03T13:00:00.000Z',
      status: 'planned',
      agenda,
      minutes: {},
      history: [],
      createdAt: change.now,
      createdBy: 'a',
      updatedAt: change.now,
    };
    const [first, second] = agenda;
    const seen = saveItemMinutes(base, { itemId: first.id, text: 'Första' }, change); // version 1
    const other = saveItemMinutes(seen, { itemId: first.id, text: 'Någon annans', baseVersion: 1 }, { ...change, actorId: 'b' }); // version 2
    expect(() => saveItemMinutes(other, { itemId: first.id, text: 'Min', baseVersion: 1 }, change)).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(saveItemMinutes(other, { itemId: second.id, text: 'Annan punkt', baseVersion: 1 }, change).history).toHaveLength(3);
    expect(saveItemMinutes(other, { itemId: first.id, text: 'Min', baseVersion: 2 }, change).minutes[first.id].text).toBe('Min');
  });
});
