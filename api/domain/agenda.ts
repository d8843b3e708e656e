// Agendas. The rule that matters: every agenda and every template carries
// exactly one standing VBE item. All paths that make an agenda go through
// `composeAgenda`, and every edit ends in `assertStandingItem`.
import type { ForumType } from './codes.ts';
import { assertDeidentified, type GuardedField } from './deidentify.ts';
import { badRequest, conflict, forbidden } from './errors.ts';
import type { AgendaItem, CarriedAction, Meeting, TemplateItem } from './types.ts';

export const VBE_TITLE = 'Våldsbejakande extremism (stående punkt)';
export const VBE_LOCKED_MESSAGE =
  'Punkten om våldsbejakande extremism är stående och kan inte tas bort. Den kan flyttas och få fler frågor.';

/** Why the item is always there, in one line, for the UI. */
export const VBE_EXPLANATION =
  'Stadens riktlinjer kräver att våldsbejakande extremism tas upp på varje möte i varje samverkansforum; sammankallande ansvarar för det.';

const VBE_PROMPTS: Record<ForumType, string[]> = {
  bra: [
    'Lägesbild i området per miljö: autonoma miljön, vit makt-miljön, islamistiska miljön',
    'Nya händelser sedan förra mötet (klotter, propaganda, hot, våld, rekrytering)',
    'Polisens bild av läget',
  ],
  sspf: [
    'Information på individnivå endast med samtycke från den det gäller',
    'Har rutinen vid oro eller händelse använts sedan förra mötet?',
    'Orosanmälningar som rör barn och kopplingar till extremism',
  ],
  samverkansforum: [
    'Vad har parterna sett eller hört sedan förra mötet?',
    'Civilsamhällets iakttagelser och behov av stöd',
    'Lokalbokningar, bidrag och uthyrning till aktörer som kan vara odemokratiska',
  ],
};

/** The standard prompts of a forum type's VBE item; forums may add to them, never remove. */
export function standardVbePrompts(type: ForumType): string[] {
  return [...VBE_PROMPTS[type]];
}

export function defaultTemplate(type: ForumType): TemplateItem[] {
  return [
    { kind: 'opening', title: 'Mötet öppnas', prompts: [] },
    { kind: 'minutes-checker', title: 'Val av justerare', prompts: [] },
    { kind: 'adopt-agenda', title: 'Godkännande av dagordningen', prompts: [] },
    { kind: 'previous-minutes', title: 'Föregående mötes anteckningar', prompts: [] },
    {
      kind: 'follow-up',
      title: 'Uppföljning av åtgärder',
      prompts: ['Öppna åtgärder från tidigare möten'],
    },
    { kind: 'vbe', title: VBE_TITLE, prompts: standardVbePrompts(type) },
    { kind: 'other-business', title: 'Övriga frågor', prompts: [] },
    { kind: 'next-meeting', title: 'Nästa möte', prompts: [] },
    { kind: 'closing', title: 'Mötet avslutas', prompts: [] },
  ];
}

/** Item kinds after which the VBE item is placed when a source lacks it. */
const CLOSING_KINDS = new Set(['other-business', 'next-meeting', 'closing']);

function dedupe(prompts: string[]): string[] {
  const seen = new Set<string>();
  return prompts.map((p) => p.trim()).filter((p) => p && !seen.has(p) && seen.add(p));
}

/** The VBE item's prompts: the type's standard ones first, then the forum's own. */
function vbePrompts(type: ForumType, prompts: string[]): string[] {
  return dedupe([...VBE_PROMPTS[type], ...prompts]);
}

/**
 * A template as a forum may store it: exactly one VBE item carrying at least
 * the standard prompts. A template without the VBE item is refused.
 */
export function checkTemplate(type: ForumType, template: TemplateItem[]): TemplateItem[] {
  const vbeCount = template.filter((item) => item.kind === 'vbe').length;
  if (vbeCount === 0) throw forbidden(VBE_LOCKED_MESSAGE);
  if (vbeCount > 1) throw badRequest('Dagordningen kan bara ha en punkt om våldsbejakande extremism.', 'template');
  if (template.filter((item) => item.kind === 'follow-up').length > 1) {
    throw badRequest('Dagordningen kan bara ha en punkt för uppföljning av åtgärder.', 'template');
  }
  // Guard what was sent, so a refusal names the field the user filled in.
  assertDeidentified(itemFields(template, 'template'));
  const checked = template.map((item) =>
    item.kind === 'vbe'
      ? { kind: 'vbe' as const, title: VBE_TITLE, prompts: vbePrompts(type, item.prompts) }
      : { kind: item.kind, title: item.title.trim(), prompts: dedupe(item.prompts) },
  );
  return checked;
}

export interface ComposeContext {
  forumType: ForumType;
  /** Open actions from earlier meetings, listed under the follow-up item. */
  carriedActions: CarriedAction[];
  newId: () => string;
}

/**
 * Turns a source (a template, or the previous meeting's agenda) into a fresh
 * agenda: new ids, the VBE item guaranteed, open actions under follow-up.
 */
export function composeAgenda(source: readonly TemplateItem[], ctx: ComposeContext): AgendaItem[] {
  const items: TemplateItem[] = [];
  let hasVbe = false;
  let hasFollowUp = false;
  for (const item of source) {
    if (item.kind === 'vbe') {
      if (hasVbe) continue;
      hasVbe = true;
    }
    if (item.kind === 'follow-up') {
      if (hasFollowUp) continue;
      hasFollowUp = true;
    }
    items.push({ kind: item.kind, title: item.title, prompts: [...item.prompts] });
  }
  if (!hasVbe) {
    const at = items.findIndex((item) => CLOSING_KINDS.has(item.kind));
    items.splice(at === -1 ? items.length : at, 0, { kind: 'vbe', title: VBE_TITLE, prompts: [] });
  }
  if (!hasFollowUp && ctx.carriedActions.length > 0) {
    const at = items.findIndex((item) => item.kind === 'vbe');
    items.splice(at, 0, { kind: 'follow-up', title: 'Uppföljning av åtgärder', prompts: [] });
  }

  const agenda = items.map((item): AgendaItem => {
    const base = { id: ctx.newId(), kind: item.kind, title: item.title, prompts: item.prompts };
    if (item.kind === 'vbe') return { ...base, title: VBE_TITLE, prompts: vbePrompts(ctx.forumType, item.prompts) };
    if (item.kind === 'follow-up') return { ...base, carriedActions: ctx.carriedActions.map((a) => ({ ...a })) };
    return base;
  });
  assertStandingItem(agenda);
  return agenda;
}

/** An agenda as a template, for copying it into the next meeting. */
export function agendaAsTemplate(agenda: readonly AgendaItem[]): TemplateItem[] {
  return agenda.map((item) => ({ kind: item.kind, title: item.title, prompts: [...item.prompts] }));
}

/** The last line of defence: no agenda leaves the domain without its VBE item. */
export function assertStandingItem(agenda: readonly { kind: string }[]): void {
  if (agenda.filter((item) => item.kind === 'vbe').length !== 1) throw forbidden(VBE_LOCKED_MESSAGE);
}

export function vbeItem<T extends { kind: string }>(agenda: readonly T[]): T {
  const item = agenda.find((i) => i.kind === 'vbe');
  if (!item) throw forbidden(VBE_LOCKED_MESSAGE);
  return item;
}

function itemFields(items: readonly TemplateItem[], prefix: string): GuardedField[] {
  return items.flatMap((item, i) => {
    const group = `${prefix}.${i}`;
    return [
      { path: `${group}.title`, label: `Punkt ${i + 1}: rubrik`, text: item.title, group },
      ...item.prompts.map((p, j) => ({ path: `${group}.prompts.${j}`, label: `Punkt ${i + 1}: fråga ${j + 1}`, text: p, group })),
    ];
  });
}

/** Field paths as the edit procedures name them in their input. */
function editedItemFields(item: { title: string; prompts: string[] }): GuardedField[] {
  const group = 'item';
  return [
    { path: 'title', label: 'Rubrik', text: item.title, group },
    ...item.prompts.map((p, j) => ({ path: `prompts.${j}`, label: `Fråga ${j + 1}`, text: p, group })),
  ];
}

function findItem(agenda: readonly AgendaItem[], itemId: string): number {
  const index = agenda.findIndex((item) => item.id === itemId);
  if (index === -1) throw badRequest('Punkten finns inte på dagordningen.', 'itemId');
  return index;
}

// Edits. Each returns a new agenda and never mutates its input.

export interface NewItem {
  title: string;
  prompts?: string[];
  /** 0-based; defaults to just before "Övriga frågor" or the end. */
  position?: number;
}

export function addItem(agenda: readonly AgendaItem[], input: NewItem, id: string): AgendaItem[] {
  const title = input.title.trim();
  if (!title) throw badRequest('Ange en rubrik för punkten.', 'title');
  assertDeidentified(editedItemFields({ title, prompts: input.prompts ?? [] }));
  const item: AgendaItem = { id, kind: 'topic', title, prompts: dedupe(input.prompts ?? []) };
  const next = [...agenda];
  const beforeClosing = next.findIndex((i) => CLOSING_KINDS.has(i.kind));
  const at = input.position ?? (beforeClosing === -1 ? next.length : beforeClosing);
  next.splice(clampPosition(at, next.length), 0, item);
  assertStandingItem(next);
  return next;
}

export interface ItemChanges {
  title?: string;
  prompts?: string[];
}

export function updateItem(agenda: readonly AgendaItem[], itemId: string, changes: ItemChanges, forumType: ForumType): AgendaItem[] {
  const index = findItem(agenda, itemId);
  const current = agenda[index];
  assertDeidentified(editedItemFields({ title: changes.title ?? '', prompts: changes.prompts ?? [] }));
  let updated: AgendaItem;
  if (current.kind === 'vbe') {
    if (changes.title !== undefined && changes.title.trim() !== VBE_TITLE) {
      throw forbidden('Rubriken på den stående punkten om våldsbejakande extremism kan inte ändras.');
    }
    // Extending is allowed; the standard prompts come back if left out.
    updated = { ...current, prompts: vbePrompts(forumType, changes.prompts ?? current.prompts) };
  } else {
    const title = changes.title === undefined ? current.title : changes.title.trim();
    if (!title) throw badRequest('Ange en rubrik för punkten.', 'title');
    updated = { ...current, title, prompts: changes.prompts === undefined ? current.prompts : dedupe(changes.prompts) };
  }
  const next = [...agenda];
  next[index] = updated;
  assertStandingItem(next);
  return next;
}

export function moveItem(agenda: readonly AgendaItem[], itemId: string, position: number): AgendaItem[] {
  if (!Number.isInteger(position) || position < 0 || position >= agenda.length) {
    throw badRequest(`Positionen måste vara ett heltal från 0 till ${agenda.length - 1}.`, 'position');
  }
  const next = [...agenda];
  const [item] = next.splice(findItem(agenda, itemId), 1);
  next.splice(position, 0, item);
  assertStandingItem(next);
  return next;
}

export function removeItem(agenda: readonly AgendaItem[], itemId: string): AgendaItem[] {
  const index = findItem(agenda, itemId);
  if (agenda[index].kind === 'vbe') throw forbidden(VBE_LOCKED_MESSAGE);
  const next = agenda.filter((_, i) => i !== index);
  assertStandingItem(next);
  return next;
}

// Meeting-level rules for the agenda.

/** Applies an agenda edit to a meeting: approved minutes lock the agenda they were written against. */
export function editMeetingAgenda(meeting: Meeting, edit: (agenda: AgendaItem[]) => AgendaItem[], now: string): Meeting {
  if (meeting.status === 'approved') throw conflict('Protokollet är justerat; dagordningen kan inte ändras.');
  if (meeting.status === 'cancelled') throw conflict('Mötet är inställt; dagordningen kan inte ändras.');
  return { ...meeting, agenda: edit(meeting.agenda), updatedAt: now };
}

/** Removes an item from a meeting's agenda; an item with minutes stays, so no minutes lose their item. */
export function removeMeetingItem(meeting: Meeting, itemId: string, now: string): Meeting {
  return editMeetingAgenda(
    meeting,
    (agenda) => {
      const next = removeItem(agenda, itemId);
      if (meeting.minutes[itemId]) throw conflict('Punkten har anteckningar i protokollet och kan inte tas bort.');
      return next;
    },
    now,
  );
}

function clampPosition(position: number, length: number): number {
  return Math.max(0, Math.min(length, Math.trunc(position)));
}
