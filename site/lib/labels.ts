// Swedish labels for the codes used in the content's front matter. Typed by
// the schemas' code lists, so a new code without a label does not compile.
import type { CONTACT_FUNCTIONS, FOLLOW_UPS, GUIDELINE_AREAS, SEEN_IN } from './content/schemas.ts';

export const SEEN_IN_LABELS: Record<(typeof SEEN_IN)[number], string> = {
  klotter: 'Klotter',
  klistermarken: 'Klistermärken',
  affischer: 'Affischer och flygblad',
  flaggor: 'Flaggor och banderoller',
  tatueringar: 'Tatueringar',
  klader: 'Kläder',
  smycken: 'Smycken',
  digitalt: 'Digitalt och sociala medier',
};

export const AREA_LABELS: Record<(typeof GUIDELINE_AREAS)[number], string> = {
  general: 'Generell',
  targeted: 'Riktad',
  individual: 'Individnivå',
};

export const FOLLOW_UP_LABELS: Record<(typeof FOLLOW_UPS)[number], string> = {
  T1: 'Tertialrapport 1',
  T2: 'Tertialrapport 2',
  VB: 'Verksamhetsberättelse',
};

export const CONTACT_FUNCTION_LABELS: Record<(typeof CONTACT_FUNCTIONS)[number], string> = {
  'lokal-samordnare': 'Lokal samordnare',
  'stadens-samordnare': 'Stadens samordnare',
  'socialtjanstens-vbe-team': 'Socialtjänstens VBE-team',
  stodfunktion: 'Stödfunktion vid oro',
};
