import { describe, expect, it } from 'vitest';
import { vbeOf, vbeSummary } from '../../../site/components/workspace/overview/format.ts';

type M = Parameters<typeof vbeOf>[0];
const m = (status: M['status'], vbeStatus: M['vbeStatus'] = null as M['vbeStatus']): M => ({ status, vbeStatus });

describe('the overview’s VBE summary per forum', () => {
  it('counts approved minutes by VBE status, everything else as no minutes or cancelled', () => {
    const meetings = [
      m('approved', 'discussed'),
      m('held', 'discussed'), // not approved: its status may still change
      m('approved', 'not-discussed'),
      m('cancelled'),
      m('approved', 'discussed'),
      m('planned'),
      m('approved', 'nothing-to-report'),
    ];
    expect(vbeSummary(meetings).map((s) => [s.text, s.count])).toEqual([
      ['Diskuterad', 2],
      ['Inget att rapportera', 1],
      ['Inte diskuterad', 1],
      ['Inget protokoll', 2],
      ['Inställt', 1],
    ]);
  });

  it('stays a few lines however many meetings there are', () => {
    const many = Array.from({ length: 500 }, (_, i) => m('approved', i % 2 ? 'discussed' : 'not-discussed'));
    expect(vbeSummary(many)).toHaveLength(2);
    expect(vbeSummary([])).toEqual([]);
  });

  it('marks a missed VBE item as a warning and a raised one as fine', () => {
    expect(vbeOf(m('approved', 'not-discussed')).tone).toBe('ws-badge-warn');
    expect(vbeOf(m('approved', 'nothing-to-report')).tone).toBe('ws-badge-ok');
    expect(vbeOf(m('held', 'discussed'))).toEqual({ text: 'Inget protokoll', tone: '' });
  });
});
