// A meeting as a protocol has it: forum members, attendance with guests,
// chair and secretary, actions on an ordinary item, the outcomes of carried
// actions, a reference number and as many observations as asked for.
import { composeAgenda, defaultTemplate } from '../../../../api/domain/agenda.ts';
import { CATEGORIES, MILIEUS, SOURCES } from '../../../../api/domain/codes.ts';
import type { Forum, Meeting, Observation } from '../../../../api/domain/types.ts';

const NOW = '2026-03-05T10:00:00.000Z';

export const protocolForum: Forum = {
  id: 'forum-1',
  name: 'BRÅ Rinkeby-Kista',
  type: 'bra',
  districtId: 'rinkeby-kista',
  memberOrganisations: ['Polisen', 'Socialtjänsten', 'Familjebostäder'],
  members: [
    { id: 'mem-1', name: 'Anna Andersson', organisation: 'Polisen', role: 'Kommunpolis', email: 'anna.andersson@polisen.se' },
    { id: 'mem-2', name: 'Bertil Berg', organisation: 'Socialtjänsten', role: 'Enhetschef', email: 'bertil.berg@stockholm.se' },
    { id: 'mem-3', name: 'Cecilia Ceder', organisation: 'Familjebostäder', role: 'Trygghetsvärd', email: 'cecilia.ceder@familjebostader.se' },
    { id: 'mem-4', name: 'David Dahl', organisation: 'Rinkeby-Kista stadsdelsförvaltning', role: 'Preventionssamordnare', email: 'david.dahl@stockholm.se' },
  ],
  cadence: { every: 1, unit: 'month' },
  template: defaultTemplate('bra'),
  createdAt: NOW,
  updatedAt: NOW,
};

const DESCRIPTIONS = [
  'Klistermärken med nordisk symbolik vid busshållplatsen, sanerade samma vecka.',
  'Klotter med hakkors i gångtunneln under Rinkebystråket.',
  'Flygblad i trapphus, avsändaren okänd.',
  'Oro från föräldrar om rekrytering via sociala medier bland högstadieelever.',
];

export function observations(n: number): Observation[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `o-${i + 1}`,
    milieu: MILIEUS[i % MILIEUS.length],
    category: CATEGORIES[i % CATEGORIES.length],
    source: SOURCES[i % SOURCES.length],
    area: i % 2 ? 'Husby centrum' : 'Rinkeby',
    count: (i % 5) + 1,
    date: `2026-02-${String((i % 27) + 1).padStart(2, '0')}`,
    text: DESCRIPTIONS[i % DESCRIPTIONS.length],
  }));
}

export function protocolMeeting(opts: { observations?: number; approved?: boolean } = {}): Meeting {
  let n = 0;
  const agenda = composeAgenda(protocolForum.template, {
    forumType: 'bra',
    carriedActions: [
      { meetingId: 'm-0', actionId: 'a-0', text: 'Kartlägga klotter vid torget', owner: 'Fältassistenterna', due: '2026-02-28' },
      { meetingId: 'm-0', actionId: 'a-9', text: 'Bjuda in skolorna till nästa möte', owner: 'Preventionssamordnaren', due: '2026-03-01' },
    ],
    newId: () => `item-${++n}`,
  });
  const opening = agenda.find((i) => i.kind === 'opening')!;
  const followUp = agenda.find((i) => i.kind === 'follow-up')!;
  const other = agenda.find((i) => i.kind === 'other-business')!;
  const vbe = agenda.find((i) => i.kind === 'vbe')!;
  const approved = opts.approved ?? true;
  return {
    id: 'meeting-1',
    forumId: protocolForum.id,
    districtId: protocolForum.districtId,
    startsAt: '2026-03-03T13:00:00.000Z',
    location: 'Rinkeby stadsdelsförvaltning, sal 3',
    reference: 'RK 2026/117',
    status: approved ? 'approved' : 'held',
    attendance: {
      present: ['mem-1', 'mem-2', 'mem-4'],
      apologies: ['mem-3'],
      guests: [{ name: 'Eva Ek', organisation: 'Länsstyrelsen', role: 'Samordnare' }],
      chair: 'mem-4',
      secretary: 'mem-2',
    },
    agenda,
    minutes: {
      [opening.id]: { text: 'Ordföranden öppnade mötet.' },
      [followUp.id]: {
        text: 'Åtgärderna gicks igenom.',
        carriedOutcomes: [{ meetingId: 'm-0', actionId: 'a-0', outcome: 'done', note: 'Kartan finns hos fältassistenterna' }],
      },
      [other.id]: {
        text: 'Trygghetsvandring planeras.',
        actions: [{ id: 'x-1', text: 'Planera trygghetsvandring i Husby', owner: 'Familjebostäder', due: '2026-04-15' }],
      },
      [vbe.id]: {
        text: 'Polisen redogjorde för läget.',
        vbe: {
          status: 'discussed',
          observations: observations(opts.observations ?? 2),
          actions: [{ id: 'a-1', text: 'Sanera klotter', owner: 'Fastighetsägaren', due: '2026-03-31' }],
        },
      },
    },
    ...(approved ? { approval: { at: '2026-03-04T15:00:00.000Z', by: 'u', approvers: ['Anna Andersson', 'Eva Ek'] } } : {}),
    history: [],
    createdAt: NOW,
    createdBy: 'u',
    updatedAt: NOW,
  };
}
