// The minutes as a Word document (protokoll.docx).
import { fact, heading, meetingFacts, note, packDocument, paragraph, table } from './docx-parts.ts';
import {
  ACTION_COLUMNS,
  OBSERVATION_COLUMNS,
  actionCells,
  minutesTitle,
  observationCells,
  type ItemView,
  type MeetingView,
} from './export-model.ts';

function itemBlocks(item: ItemView) {
  const text = item.minutesLines.length ? item.minutesLines.map(paragraph) : item.isVbe ? [] : [note('Inga anteckningar.')];
  if (!item.vbe) return [heading(`${item.number}. ${item.title}`, 2), ...text];
  const { vbe } = item;
  return [
    heading(`${item.number}. ${item.title}`, 2),
    fact('Status', vbe.status),
    ...text,
    heading('Observationer', 3),
    vbe.observations.length ? table(OBSERVATION_COLUMNS, vbe.observations.map(observationCells)) : note('Inga observationer.'),
    heading('Åtgärder', 3),
    vbe.actions.length ? table(ACTION_COLUMNS, vbe.actions.map(actionCells)) : note('Inga åtgärder.'),
  ];
}

export function minutesDocx(view: MeetingView): Promise<Buffer> {
  const title = `${view.forumName} – ${minutesTitle(view)}`;
  const children = [heading(title, 1), ...meetingFacts(view), fact('Status', view.approvalLine), ...view.items.flatMap(itemBlocks)];
  return packDocument(title, children);
}
