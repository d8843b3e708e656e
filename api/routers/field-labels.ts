// Swedish labels for input fields, by dotted input path, for error messages:
// "Ogiltiga uppgifter: Möte: Uppgiften saknas." rather than "meetingId: …".
// Numeric segments are list positions: `vbe.observations.0.text` is
// "Observation 1: beskrivning". The labels match those the de-identification
// guard uses (api/domain/minutes.ts, agenda.ts, forums.ts). A path not listed
// here is shown as it is.

import { REPORT_FIELD_LABELS } from '../domain/reports.ts';

/** `#1`, `#2` … stand for the 1-based numbers of the path's numeric segments, in order. */
const LABELS: Record<string, string> = {
  '': 'Indata',
  id: 'Id',
  meetingId: 'Möte',
  itemId: 'Dagordningspunkt',
  actionId: 'Åtgärd',
  forumId: 'Forum',
  districtId: 'Stadsdel',
  district: 'Stadsdel',

  // minutes
  text: 'Anteckningar',
  vbe: 'VBE-punkten',
  'vbe.status': 'VBE-status',
  'vbe.observations': 'Observationer',
  'vbe.observations.#': 'Observation #1',
  'vbe.observations.#.id': 'Observation #1: id',
  'vbe.observations.#.milieu': 'Observation #1: miljö',
  'vbe.observations.#.category': 'Observation #1: kategori',
  'vbe.observations.#.source': 'Observation #1: källa',
  'vbe.observations.#.area': 'Observation #1: område',
  'vbe.observations.#.count': 'Observation #1: antal',
  'vbe.observations.#.date': 'Observation #1: datum',
  'vbe.observations.#.text': 'Observation #1: beskrivning',
  'vbe.actions': 'Åtgärder',
  'vbe.actions.#': 'Åtgärd #1',
  'vbe.actions.#.id': 'Åtgärd #1: id',
  'vbe.actions.#.text': 'Åtgärd #1: beskrivning',
  'vbe.actions.#.owner': 'Åtgärd #1: ansvarig',
  'vbe.actions.#.due': 'Åtgärd #1: klar senast',
  actions: 'Åtgärder',
  'actions.#': 'Åtgärd #1',
  'actions.#.id': 'Åtgärd #1: id',
  'actions.#.text': 'Åtgärd #1: beskrivning',
  'actions.#.owner': 'Åtgärd #1: ansvarig',
  'actions.#.due': 'Åtgärd #1: klar senast',
  carriedOutcomes: 'Uppföljning av åtgärder',
  'carriedOutcomes.#': 'Uppföljning #1',
  'carriedOutcomes.#.meetingId': 'Uppföljning #1: möte',
  'carriedOutcomes.#.actionId': 'Uppföljning #1: åtgärd',
  'carriedOutcomes.#.outcome': 'Uppföljning #1: utfall',
  'carriedOutcomes.#.note': 'Uppföljning #1: kommentar',
  approvers: 'Justerare',
  'approvers.#': 'Justerare #1',
  reason: 'Motivering',
  version: 'Version',
  baseVersion: 'Version som redigerades',

  // meetings
  startsAt: 'Datum och tid',
  endsAt: 'Sluttid',
  location: 'Plats',
  agendaFrom: 'Dagordning från',
  from: 'Från',
  to: 'Till',

  // forums
  name: 'Namn',
  type: 'Forumtyp',
  memberOrganisations: 'Organisationer',
  'memberOrganisations.#': 'Organisation #1',
  cadence: 'Mötesintervall',
  'cadence.every': 'Mötesintervall: antal',
  'cadence.unit': 'Mötesintervall: enhet',
  'cadence.durationMinutes': 'Mötets längd i minuter',
  template: 'Dagordningsmall',
  'template.#': 'Punkt #1',
  'template.#.kind': 'Punkt #1: typ',
  'template.#.title': 'Punkt #1: rubrik',
  'template.#.prompts': 'Punkt #1: frågor',
  'template.#.prompts.#': 'Punkt #1: fråga #2',

  members: 'Medlemmar',
  'members.#': 'Medlem #1',
  'members.#.id': 'Medlem #1: id',
  'members.#.name': 'Medlem #1: namn',
  'members.#.organisation': 'Medlem #1: organisation',
  'members.#.role': 'Medlem #1: roll',
  'members.#.email': 'Medlem #1: e-post',

  // attendance
  present: 'Närvarande',
  'present.#': 'Närvarande #1',
  apologies: 'Förhinder',
  'apologies.#': 'Förhinder #1',
  guests: 'Gäster',
  'guests.#': 'Gäst #1',
  'guests.#.name': 'Gäst #1: namn',
  'guests.#.organisation': 'Gäst #1: organisation',
  'guests.#.role': 'Gäst #1: roll',
  chair: 'Ordförande',
  secretary: 'Sekreterare',

  // agenda
  title: 'Rubrik',
  prompts: 'Frågor',
  'prompts.#': 'Fråga #1',
  position: 'Position',

  // actions
  status: 'Status',

  // auth
  username: 'Användarnamn',
  password: 'Lösenord',
  email: 'E-post',

  // mail (issue 10)
  senderEmail: 'Din e-postadress',
  recipients: 'Mottagare',

  // partners' statements and the CSV import (issue 11)
  source: 'Källa',
  summary: 'Sammanfattning',
  nothingToReport: 'Inget att rapportera',
  baseUpdatedAt: 'Version som redigerades',
  observations: 'Observationer',
  'observations.#': 'Observation #1',
  'observations.#.id': 'Observation #1: id',
  'observations.#.milieu': 'Observation #1: miljö',
  'observations.#.category': 'Observation #1: kategori',
  'observations.#.source': 'Observation #1: källa',
  'observations.#.area': 'Observation #1: område',
  'observations.#.count': 'Observation #1: antal',
  'observations.#.date': 'Observation #1: datum',
  'observations.#.text': 'Observation #1: beskrivning',
  csv: 'CSV-fil',

  // ---- surveys (issue 11) ----
  year: 'År',
  closesOn: 'Sista svarsdag',
  units: 'Enheter',
  'units.#': 'Enhet #1',
  'units.#.name': 'Enhet #1: namn',
  'units.#.staff': 'Enhet #1: antal medarbetare',
  addUnits: 'Nya enheter',
  'addUnits.#': 'Ny enhet #1',
  'addUnits.#.name': 'Ny enhet #1: namn',
  'addUnits.#.staff': 'Ny enhet #1: antal medarbetare',
  token: 'Enkätlänk',
  answers: 'Svar',
  'answers.incidents': 'Händelser',
  'answers.incidents.#': 'Händelse #1',
  'answers.incidents.#.milieu': 'Händelse #1: miljö',
  'answers.incidents.#.category': 'Händelse #1: kategori',
  'answers.incidents.#.count': 'Händelse #1: antal',
  'answers.awareness': 'Chefens kännedom',
  'answers.awareness.plan': 'Chefens kännedom: handlingsplanen',
  'answers.awareness.guidance': 'Chefens kännedom: vägledningen',
  'answers.awareness.routine': 'Chefens kännedom: rutinen',
  'answers.awareness.form': 'Chefens kännedom: blanketten',
  'answers.staffAwareness': 'Medarbetarnas kännedom',
  'answers.staffAwareness.plan': 'Medarbetarnas kännedom: handlingsplanen',
  'answers.staffAwareness.guidance': 'Medarbetarnas kännedom: vägledningen',
  'answers.staffAwareness.routine': 'Medarbetarnas kännedom: rutinen',
  'answers.staffAwareness.form': 'Medarbetarnas kännedom: blanketten',
  'answers.collaboration': 'Samverkan',
  'answers.collaboration.polis': 'Samverkan: polisen',
  'answers.collaboration.socialtjanst': 'Samverkan: socialtjänsten',
  'answers.collaboration.skola': 'Samverkan: skolan',
  'answers.collaboration.civilsamhalle': 'Samverkan: civilsamhället',
  'answers.collaboration.samfund': 'Samverkan: trossamfund',
  'answers.collaboration.fastighetsagare': 'Samverkan: fastighetsägare',
  'answers.staffKnowledge': 'Medarbetarnas kunskapsnivå',
  'answers.staff': 'Antal medarbetare',
  'answers.courseCompleted': 'Antal som gått webbutbildningen',
  'answers.comment': 'Kommentar',
  // ---- end surveys ----

  // ---- the saved lägesbild (issue 12, part A) ----
  sections: 'Texter',
  'sections.summary': 'Sammanfattning',
  'sections.analysis': 'Analys',
  'sections.needs': 'Behov och förslag till handlingsplanen',
  // ---- end the saved lägesbild ----
};

/** Where the same path means something else in one procedure. */
const BY_PROCEDURE: Record<string, Record<string, string>> = {
  'forums.get': { id: 'Forum' },
  'forums.update': { id: 'Forum' },
  'meetings.get': { id: 'Möte' },
  'minutes.redact': { text: 'Text att ta bort' },
  // redaction of the lägesbild's other sources (issue 11)
  'sources.redact': { text: 'Text att ta bort' },
  'mail.send': { kind: 'Meddelande' },

  // de-identified reports (issue 11): the labels the form shows
  'reports.submit': REPORT_FIELD_LABELS,
  'reports.list': { status: 'Status' },
  'reports.triage': {
    id: 'Rapport',
    decision: 'Beslut',
    note: 'Motivering',
    observation: 'Observation',
    'observation.milieu': 'Observation: miljö',
    'observation.category': 'Observation: kategori',
    'observation.source': 'Observation: källa',
    'observation.area': 'Observation: område',
    'observation.count': 'Observation: antal',
    'observation.date': 'Observation: datum',
    'observation.text': 'Observation: beskrivning',
  },
  'surveys.get': { id: 'Enkätomgång' },
  'surveys.results': { id: 'Enkätomgång' },
  'surveys.update': { id: 'Enkätomgång' },
  // the saved lägesbild (issue 12, part A)
  'lagesbild.saveDraft': { id: 'Lägesbild' },
  'lagesbild.get': { id: 'Lägesbild' },
  'lagesbild.adopt': { id: 'Lägesbild', decision: 'Beslut' },
  'lagesbild.reopen': { id: 'Lägesbild', reason: 'Motivering' },
};

/** The Swedish label of a dotted input path (`vbe.actions.1.owner` → "Åtgärd 2: ansvarig"), else the path itself. */
export function fieldLabel(path: string, procedure?: string): string {
  const segments = path === '' ? [] : path.split('.');
  const numbers: number[] = [];
  const pattern = segments
    .map((s) => {
      if (!/^\d+$/.test(s)) return s;
      numbers.push(Number(s) + 1);
      return '#';
    })
    .join('.');
  const own = (table: Record<string, string> | undefined) => (table && Object.hasOwn(table, pattern) ? table[pattern] : undefined);
  const template = own(procedure && Object.hasOwn(BY_PROCEDURE, procedure) ? BY_PROCEDURE[procedure] : undefined) ?? own(LABELS);
  if (template === undefined) return path;
  return template.replace(/#(\d)/g, (_, n: string) => String(numbers[Number(n) - 1] ?? '?'));
}
