// The minutes as a Word document (protokoll.docx): header, attendance, the
// items with their actions, the carried actions and what became of them, the
// VBE record, and the signature block.
import { attendanceBlocks, fact, heading, meetingFacts, note, packDocument, paragraph, signatureBlocks, table } from './docx-parts.ts';
import {
  ACTION_TABLE,
  CARRIED_TABLE,
  OBSERVATION_TABLE,
  actionCells,
  carriedCells,
  deidentifiedNote,
  minutesTitle,
  observationCells,
  type ItemView,
  type MeetingView,
} from './export-model.ts';

function itemBlocks(item: ItemView) {
  const text = item.minutesLines.length ? item.minutesLines.map(paragraph) : item.isVbe ? [] : [note('Inga anteckningar.')];
  const carried =
    item.kind === 'follow-up'
      ? [
          heading('Åtgärder från tidigare möten', 3),
          item.carriedActions.length ? table(CARRIED_TABLE, item.carriedActions.map(carriedCells)) : note('Inga öppna åtgärder från tidigare möten.'),
        ]
      : [];
  // Actions under any item other than VBE, shown only where some were recorded.
  const actions = item.actions.length ? [heading('Åtgärder', 3), table(ACTION_TABLE, item.actions.map(actionCells))] : [];
  if (!item.vbe) return [heading(`${item.number}. ${item.title}`, 2), ...text, ...carried, ...actions];
  const { vbe } = item;
  return [
    heading(`${item.number}. ${item.title}`, 2),
    fact('Status', vbe.status),
    ...text,
    heading('Observationer', 3),
    vbe.observations.length ? table(OBSERVATION_TABLE, vbe.observations.map(observationCells)) : note('Inga observationer.'),
    heading('Åtgärder', 3),
    vbe.actions.length ? table(ACTION_TABLE, vbe.actions.map(actionCells)) : note('Inga åtgärder.'),
  ];
}

export function minutesDocx(view: MeetingView): Promise<Buffer> {
  const docTitle = minutesTitle(view);
  const title = `${view.forumName} – ${docTitle}`;
  const children = [
    heading(title, 1),
    ...meetingFacts(view),
    fact('Status', view.approvalLine),
    ...attendanceBlocks(view.attendance),
    ...view.items.flatMap(itemBlocks),
    ...signatureBlocks(view.signatures),
  ];
  return packDocument({
    view,
    title,
    subject: `${docTitle} från mötet ${view.when}, ${view.districtName}`,
    footerNote: deidentifiedNote(view),
    children,
  });
}
