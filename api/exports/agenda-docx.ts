// The agenda as a Word document (dagordning.docx).
import { bullet, fact, heading, meetingFacts, note, packDocument, paragraph } from './docx-parts.ts';
import { AGENDA_TITLE, VBE_STANDING_NOTE, carriedActionLine, type MeetingView } from './export-model.ts';

export function agendaDocx(view: MeetingView): Promise<Buffer> {
  const title = `${view.forumName} – ${AGENDA_TITLE}`;
  const children = [
    heading(title, 1),
    ...meetingFacts(view),
    fact('Medlemsorganisationer', view.memberOrganisations.join(', ') || 'Ej angivna'),
    ...view.items.flatMap((item) => [
      heading(`${item.number}. ${item.title}`, 2),
      ...(item.isVbe ? [note(VBE_STANDING_NOTE)] : []),
      ...item.prompts.map(bullet),
      ...(item.kind === 'follow-up'
        ? item.carriedActions.length
          ? [paragraph('Öppna åtgärder från tidigare möten:'), ...item.carriedActions.map((a) => bullet(carriedActionLine(a)))]
          : [note('Inga öppna åtgärder från tidigare möten.')]
        : []),
    ]),
  ];
  return packDocument(title, children);
}
