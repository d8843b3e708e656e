// Actions on any agenda item, outcomes of carried actions, justerare among
// those present, and the structured diff of two saved versions.
import { describe, expect, it } from 'vitest';
import { approveMinutes, completeAction, openActions, saveItemMinutes, type Change } from '../../../api/domain/minutes.ts';
import { diffItemMinutes, isEmptyDiff } from '../../../api/domain/minutes-diff.ts';
import type { AgendaItem, ItemMinutes, Meeting } from '../../../api/domain/types.ts';
import { counterIds, deepFreeze, expectDomainError } from '../../fixtures/domain-helpers.ts';

const TOPIC = 'item-topic';
const VBE = 'item-vbe';
const FOLLOW = 'item-follow';
const CARRIED = { meetingId: 'm-earlier', actionId: 'a-old', text: 'Sanera klotter', owner: 'Fastighetsägaren', due: '2026-02-01' };

function agenda(): AgendaItem[] {
  return [
    { id: FOLLOW, kind: 'follow-up', title: 'Uppföljning', prompts: [], carriedActions: [CARRIED] },
    { id: TOPIC, kind: 'topic', title: 'Skolan', prompts: [] },
    { id: VBE, kind: 'vbe', title: 'Våldsbejakande extremism (stående punkt)', prompts: [] },
  ];
}

function makeMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return deepFreeze({
    id: 'meeting-1',
    forumId: 'forum-1',
    districtId: 'district-1',
    startsAt: '2026-03-03T14:00:00+01:00',
    status: 'planned',
    agenda: agenda(),
    minutes: {},
    history: [],
    createdAt: '2026-02-01T09:00:00.000Z',
    createdBy: 'acc-1',
    updatedAt: '2026-02-01T09:00:00.000Z',
    ...overrides,
  } as Meeting);
}

const change = (newId: () => string = counterIds('new'), now = '2026-03-03T15:00:00.000Z'): Change => ({ actorId: 'acc-1', now, newId });

describe('actions on any item', () => {
  it('saves actions on a topic item with ids, keeping ids and completion on edit', () => {
    const ids = counterIds('a');
    const first = saveItemMinutes(makeMeeting(), { itemId: TOPIC, actions: [{ text: 'Bjud in skolan', owner: 'Rektor', due: '2026-04-01' }] }, change(ids));
    expect(first.minutes[TOPIC]).toEqual({ text: '', actions: [{ id: 'a-1', text: 'Bjud in skolan', owner: 'Rektor', due: '2026-04-01' }] });
    const done = completeAction(first, 'a-1', change());
    expect(done.minutes[TOPIC]!.actions![0]!.completedAt).toBe('2026-03-03T15:00:00.000Z');
    const edited = saveItemMinutes(
      done,
      { itemId: TOPIC, text: 'Skolan', actions: [{ id: 'a-1', text: 'Bjud in skolan i april', owner: 'Rektor', due: '2026-04-15' }, { text: 'Ny', owner: 'Polisen', due: '2026-05-01' }] },
      change(ids),
    );
    expect(edited.minutes[TOPIC]!.actions).toEqual([
      { id: 'a-1', text: 'Bjud in skolan i april', owner: 'Rektor', due: '2026-04-15', completedAt: '2026-03-03T15:00:00.000Z', completedBy: 'acc-1' },
      { id: 'a-2', text: 'Ny', owner: 'Polisen', due: '2026-05-01' },
    ]);
    // Text alone keeps the actions.
    expect(saveItemMinutes(edited, { itemId: TOPIC, text: 'Mer' }, change()).minutes[TOPIC]!.actions).toHaveLength(2);
  });

  it('refuses actions on the VBE item outside vbe.actions', () => {
    expectDomainError(() => saveItemMinutes(makeMeeting(), { itemId: VBE, actions: [] }, change()), 'BAD_REQUEST', 'actions');
  });

  it('guards the actions’ text and owner', () => {
    expectDomainError(
      () => saveItemMinutes(makeMeeting(), { itemId: TOPIC, actions: [{ text: 'Ring 070-123 45 67', owner: 'Polisen', due: '2026-04-01' }] }, change()),
      'BAD_REQUEST',
      'actions.0.text',
    );
    expectDomainError(
      () => saveItemMinutes(makeMeeting(), { itemId: TOPIC, actions: [{ text: 'Samtal', owner: 'Kalle Svensson', due: '2026-04-01' }] }, change()),
      'BAD_REQUEST',
      'actions.0.owner',
    );
  });

  it('carries open actions of any item, and none a protocol recorded as done or dropped', () => {
    let earlier = makeMeeting({ id: 'm-1', startsAt: '2026-01-10T14:00:00+01:00' });
    earlier = saveItemMinutes(earlier, { itemId: TOPIC, actions: [{ text: 'A', owner: 'Skolan', due: '2026-02-01' }, { text: 'B', owner: 'Skolan', due: '2026-02-01' }] }, change(counterIds('t')));
    earlier = saveItemMinutes(
      earlier,
      { itemId: VBE, vbe: { status: 'discussed', observations: [], actions: [{ text: 'C', owner: 'Polisen', due: '2026-02-01' }] } },
      change(counterIds('v')),
    );
    expect(openActions([earlier], '2026-02-10T14:00:00+01:00').map((a) => a.text)).toEqual(['A', 'B', 'C']);

    const followUp: AgendaItem = { id: FOLLOW, kind: 'follow-up', title: 'Uppföljning', prompts: [], carriedActions: openActions([earlier], '2026-02-10T14:00:00+01:00') };
    let next = makeMeeting({ id: 'm-2', startsAt: '2026-02-10T14:00:00+01:00', agenda: [followUp] });
    next = saveItemMinutes(
      next,
      {
        itemId: FOLLOW,
        carriedOutcomes: [
          { meetingId: 'm-1', actionId: 't-1', outcome: 'done' },
          { meetingId: 'm-1', actionId: 't-2', outcome: 'continues', note: ' Väntar på svar ' },
          { meetingId: 'm-1', actionId: 'v-1', outcome: 'dropped' },
        ],
      },
      change(),
    );
    expect(next.minutes[FOLLOW]!.carriedOutcomes![1]).toEqual({ meetingId: 'm-1', actionId: 't-2', outcome: 'continues', note: 'Väntar på svar' });
    // The outcome is the protocol's record; the action itself stays as it was.
    expect(earlier.minutes[TOPIC]!.actions!.every((a) => !a.completedAt)).toBe(true);
    expect(openActions([earlier, next], '2026-03-10T14:00:00+01:00').map((a) => a.text)).toEqual(['B']);
  });
});

describe('carriedOutcomes', () => {
  it('belong to the follow-up item only', () => {
    expectDomainError(
      () => saveItemMinutes(makeMeeting(), { itemId: TOPIC, carriedOutcomes: [{ meetingId: 'm-earlier', actionId: 'a-old', outcome: 'done' }] }, change()),
      'BAD_REQUEST',
      'carriedOutcomes',
    );
  });

  it('refer only to actions carried onto the item, once each', () => {
    expectDomainError(
      () => saveItemMinutes(makeMeeting(), { itemId: FOLLOW, carriedOutcomes: [{ meetingId: 'm-earlier', actionId: 'annan', outcome: 'done' }] }, change()),
      'BAD_REQUEST',
      'carriedOutcomes.0.actionId',
    );
    const twice = { meetingId: 'm-earlier', actionId: 'a-old', outcome: 'done' as const };
    expectDomainError(() => saveItemMinutes(makeMeeting(), { itemId: FOLLOW, carriedOutcomes: [twice, twice] }, change()), 'BAD_REQUEST', 'carriedOutcomes.1.actionId');
  });

  it('guards the note', () => {
    expectDomainError(
      () =>
        saveItemMinutes(
          makeMeeting(),
          { itemId: FOLLOW, carriedOutcomes: [{ meetingId: 'm-earlier', actionId: 'a-old', outcome: 'continues', note: 'Kontakt med Kalle Svensson' }] },
          change(),
        ),
      'BAD_REQUEST',
      'carriedOutcomes.0.note',
    );
  });
});

describe('approval with attendance', () => {
  const forum = {
    name: 'BRÅ',
    memberOrganisations: [],
    members: [{ id: 'm-1', name: 'Karin Lindberg', organisation: 'Polisen', role: 'Kommunpolis', email: 'k@polisen.se' }],
  };

  function ready(attendance?: Meeting['attendance']): Meeting {
    const held = saveItemMinutes(
      makeMeeting(attendance ? { attendance } : {}),
      { itemId: VBE, vbe: { status: 'nothing-to-report', observations: [], actions: [] } },
      change(),
    );
    return held;
  }

  it('takes the justerare among those present once attendance is set', () => {
    const m = ready({ present: ['m-1'], apologies: [], guests: [{ name: 'Olle Berg', organisation: 'Fryshuset' }] });
    expectDomainError(() => approveMinutes(m, { approvers: ['Karin Lindberg', 'Eva Ström'], version: 1 }, change(), forum), 'BAD_REQUEST', 'approvers.1');
    expect(approveMinutes(m, { approvers: ['Karin Lindberg', 'Olle Berg'], version: 1 }, change(), forum).approval!.approvers).toEqual(['Karin Lindberg', 'Olle Berg']);
  });

  it('keeps free names without attendance', () => {
    expect(approveMinutes(ready(), { approvers: ['Eva Ström'], version: 1 }, change(), forum).status).toBe('approved');
  });
});

describe('diffItemMinutes', () => {
  const before: ItemMinutes = {
    text: 'Polisen berättade.',
    vbe: {
      status: 'discussed',
      observations: [
        { id: 'o-1', milieu: 'vit-makt', category: 'propaganda', source: 'polis', area: 'Husby', count: 2, date: '2026-03-01', text: 'Klistermärken' },
        { id: 'o-2', milieu: 'autonoma', category: 'propaganda', source: 'skola', area: 'Kista', count: 1, date: '2026-03-01', text: '' },
      ],
      actions: [{ id: 'a-1', text: 'Sanera', owner: 'Fastighetsägaren', due: '2026-04-01' }],
    },
  };

  it('finds nothing between equal versions', () => {
    expect(isEmptyDiff(diffItemMinutes(before, structuredClone(before)))).toBe(true);
  });

  it('names added, changed (field by field) and removed records', () => {
    const after: ItemMinutes = {
      text: 'Polisen berättade mer.',
      vbe: {
        status: 'discussed',
        observations: [
          { ...before.vbe!.observations[0]!, area: 'Rinkeby', count: 3 },
          { id: 'o-3', milieu: 'vit-makt', category: 'rekrytering', source: 'polis', area: 'Tensta', count: 1, date: '2026-03-02', text: '' },
        ],
        actions: [{ id: 'a-1', text: 'Sanera', owner: 'Fastighetsägaren', due: '2026-04-01', completedAt: '2026-03-05T00:00:00Z', completedBy: 'x' }],
      },
    };
    const diff = diffItemMinutes(before, after);
    expect(diff.textChanged).toBe(true);
    expect(diff.vbeStatus).toBeUndefined();
    expect(diff.changes.map((c) => [c.kind, c.what])).toEqual([
      ['changed', 'observation'],
      ['added', 'observation'],
      ['removed', 'observation'],
      ['changed', 'vbe-action'],
    ]);
    expect(diff.changes[0]!.fields).toEqual([
      { label: 'Område', before: 'Husby', after: 'Rinkeby' },
      { label: 'Antal', before: '2', after: '3' },
    ]);
    expect(diff.changes[3]!.fields).toEqual([{ label: 'Läge', before: 'Öppen', after: 'Klar' }]);
  });

  it('covers the first save, the VBE status, actions on other items and outcomes', () => {
    const first = diffItemMinutes(undefined, before);
    expect(first.textChanged).toBe(true);
    expect(first.vbeStatus).toEqual({ before: '', after: 'Diskuterad' });
    expect(first.changes.filter((c) => c.kind === 'added')).toHaveLength(3);

    const topic = diffItemMinutes(
      { text: '', actions: [{ id: 'a', text: 'X', owner: 'Y', due: '2026-01-01' }], carriedOutcomes: [{ meetingId: 'm', actionId: 'b', outcome: 'continues' }] },
      { text: '', actions: [], carriedOutcomes: [{ meetingId: 'm', actionId: 'b', outcome: 'done', note: 'Klart i mars' }] },
    );
    expect(topic.changes).toEqual([
      { kind: 'removed', what: 'action', summary: 'X', fields: [] },
      {
        kind: 'changed',
        what: 'outcome',
        summary: 'Klar',
        fields: [
          { label: 'Utfall', before: 'Fortsätter', after: 'Klar' },
          { label: 'Kommentar', before: '', after: 'Klart i mars' },
        ],
      },
    ]);
  });
});
