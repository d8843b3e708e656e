// The agenda as a Word document (dagordning.docx): header, the participants
// invited, the items with their prompts and the carried actions.
import { bullet, fact, heading, meetingFacts, note, packDocument, paragraph, table } from './docx-parts.ts';
import {
  AGENDA_TITLE,
  CARRIED_LEAD,
  PEOPLE_TABLE,
  VBE_STANDING_NOTE,
  carriedActionLine,
  personCells,
  promptsToShow,
  type MeetingView,
} from './export-model.ts';

export function agendaDocx(view: MeetingView): Promise<Buffer> {
  const title = `${view.forumName} – ${AGENDA_TITLE}`;
  const children = [
    heading(title, 1),
    ...meetingFacts(view),
    fact('Medlemsorganisationer', view.memberOrganisations.join(', ') || 'Ej angivna'),
    heading('Kallade', 2),
    view.invited.length ? table(PEOPLE_TABLE, view.invited.map(personCells)) : note('Forumets deltagare är inte angivna.'),
    ...view.items.flatMap((item) => [
      heading(`${item.number}. ${item.title}`, 2),
      ...(item.isVbe ? [note(VBE_STANDING_NOTE)] : []),
      ...promptsToShow(item).map(bullet),
      ...(item.kind === 'follow-up'
        ? item.carriedActions.length
          ? [paragraph(`${CARRIED_LEAD}:`), ...item.carriedActions.map((a) => bullet(carriedActionLine(a)))]
          : [note(`Inga ${CARRIED_LEAD.toLocaleLowerCase('sv')}.`)]
        : []),
    ]),
  ];
  return packDocument({ view, title, subject: `${AGENDA_TITLE} för mötet ${view.when}, ${view.districtName}`, children });
}
